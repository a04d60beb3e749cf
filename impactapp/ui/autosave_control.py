"""Saving the open case without a Save button: when, through which saver, and what came of it.

The draft says when its content changed; within about a second (``AUTOSAVE_MS``) its snapshot
goes to the saver, the one path every save takes (a background thread in the program, the
calling thread in tools and tests). Nothing typed is dropped: when the case was saved
elsewhere meanwhile, the edits go into a conflict copy (``conflict_copy_id``) until the person
keeps theirs or takes the stored version; when a save fails (read-only or full disk, I/O
error) the edits stay in the window, the failure is shown (``save_failure``), and the save is
tried again every few seconds and whenever asked.
"""

from __future__ import annotations

import time
import weakref
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.model import Case
from ..store import ConflictCopy, DatabaseFailure, DraftSaved, NotAllowed, Store, StoreError
from .autosave import Saver

if TYPE_CHECKING:
    from .draft import CaseDraft

AUTOSAVE_MS = 1000
RETRY_MS = 5000  # after a failed save: try again this often, on its own
BUSY_RETRY_MS = 1000  # another program held the database too long: try again soon


class AutosaveController(QObject):
    """Keeps the stored case in step with the draft: schedules, saves, retries, resolves."""

    save_state_changed = Signal()
    conflict = Signal(object)  # the StoreError of the save that lost; its edits are in a copy
    copies_changed = Signal()  # a conflict copy of the case was taken over or discarded

    def __init__(self, draft: CaseDraft, store: Store, saver: Saver):
        super().__init__(draft)
        # Weak, as the draft's undo commands hold it: the controller is the draft's Qt child,
        # and a strong reference back made a cycle only the garbage collector could free.
        self._draft = weakref.ref(draft)
        self.store = store
        self.saver: Saver | None = saver
        self._sequence = 0  # bumped by every change of content
        self._handled = 0  # the newest sequence whose save result has been taken in
        self._durable = 0  # the newest sequence stored in the case or its conflict copy
        saver.saved.connect(self._saved)
        saver.failed.connect(self._failed)
        self.last_saved: datetime | None = draft.case.updated
        self.conflict_copy_id: int | None = None  # where edits go while in conflict
        self.save_failure: StoreError | None = None  # the last save's failure, until one works
        self.save_times: list[float] = []  # seconds per save (in the saver), for benchmarks
        self.ui_save_times: list[float] = []  # seconds the UI thread spent per save
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)

    # --- state --------------------------------------------------------------------------

    @property
    def draft(self) -> CaseDraft:
        draft = self._draft()
        if draft is None:
            raise RuntimeError("the draft of this autosave is gone")
        return draft

    @property
    def pending(self) -> bool:
        """Edits made here are stored nowhere yet (neither in the case nor in a copy)."""
        return self._durable < self._sequence

    @property
    def dirty(self) -> bool:
        """The stored case lacks edits made here (pending, or kept in a conflict copy)."""
        return self.pending or self.conflict_copy_id is not None

    @property
    def save_error(self) -> str:
        """The last failed save as an English sentence; empty when saving works."""
        return "" if self.save_failure is None else str(self.save_failure)

    def content_changed(self) -> None:
        """The draft's content changed: save it at most a second after the first change."""
        self._sequence += 1
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_MS)
        self.save_state_changed.emit()

    def case_replaced(self, case: Case) -> None:
        """The draft took ``case`` from the store: what it holds is stored, nothing pends."""
        self._timer.stop()
        self._durable = self._handled = self._sequence
        self.conflict_copy_id = None
        self.save_failure = None
        self.last_saved = case.updated
        if self.saver is not None:
            self.saver.set_version(case.version)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Hand what is pending to the saver; False only when it has already failed."""
        self._timer.stop()
        if not self.pending or self.saver is None:
            return not self.pending
        start = time.perf_counter()
        sequence = self._sequence
        self.saver.submit(sequence, self.draft.content_data())
        self.ui_save_times.append(time.perf_counter() - start)
        return not (self._handled >= sequence and self.save_failure is not None)

    def retry_now(self) -> None:
        """Try the failed save again at once (the person asked)."""
        self.save()

    def flush(self) -> bool:
        """Save what is pending and wait until it is written (closing, status changes).

        True when the stored case holds every edit; False while they are kept in a conflict
        copy or could not be saved (``pending`` tells whether they are stored anywhere).
        """
        if not self.save():
            return False
        if self.saver is not None:
            if not self.saver.wait():
                self._take_failure(self._sequence, DatabaseFailure(
                    "busy", "the database did not answer in time"))
                return False
            result = self.saver.last_result  # its signal may not have arrived yet
            if result is not None:
                kind, sequence, payload = result
                if kind == "saved":
                    self._saved(sequence, *payload)
                else:
                    self._failed(sequence, payload)
        return not self.dirty and self.save_failure is None

    def close(self) -> None:
        """Flush and stop the saver (the window is closing)."""
        self.flush()
        self._timer.stop()
        if self.saver is not None:
            self.saver.close()
            self.saver = None

    # A result counts when it is about content not yet stored; a failure also only when no
    # newer result has come in. (A retry saves the same content again: same sequence.)

    def _saved(self, sequence: int, result: DraftSaved, seconds: float) -> None:
        if sequence > self._durable:
            self._take_saved(sequence, result, seconds)

    def _failed(self, sequence: int, exc: StoreError) -> None:
        if sequence > self._durable and sequence >= self._handled:
            self._take_failure(sequence, exc)

    def _take_saved(self, sequence: int, result: DraftSaved, seconds: float) -> None:
        self._handled = max(self._handled, sequence)
        self._durable = max(self._durable, sequence)
        self.save_times.append(seconds)
        self.save_failure = None
        if result.copy is None:
            self.draft.case.version = result.version
            self.draft.case.updated = result.updated
            self.last_saved = result.updated
        else:
            self.conflict_copy_id = result.copy.id
        self.save_state_changed.emit()
        if result.conflict is not None:
            self.conflict.emit(result.conflict)

    def _take_failure(self, sequence: int, exc: StoreError) -> None:
        self._handled = sequence
        self.save_failure = exc
        busy = isinstance(exc, DatabaseFailure) and exc.problem == "busy"
        if not isinstance(exc, NotAllowed):  # trying again would be refused again
            self._timer.start(BUSY_RETRY_MS if busy else RETRY_MS)
        self.save_state_changed.emit()

    # --- conflict copies ----------------------------------------------------------------

    def copies(self) -> list[ConflictCopy]:
        """The case's conflict copies other than the one this window is writing into."""
        case = self.draft.case
        if case.id is None or case.version == 0:
            return []  # an earlier revision, shown read-only
        return [c for c in self.store.conflict_copies(case.id) if c.id != self.conflict_copy_id]

    def keep_mine(self) -> Case:
        """Make this window's edits the case's next version (the copy is taken over).

        The version it replaces is kept as a conflict copy. Raises StoreError.
        """
        copy_id = self._copy_in_hand()
        taken = self.store.take_over_conflict_copy(copy_id)
        self.draft.replace_case(taken, keep_history=True)
        self.copies_changed.emit()
        return taken

    def take_theirs(self) -> Case:
        """Show the stored version again; this window's edits stay in their conflict copy."""
        self._copy_in_hand()
        stored = self.store.get_case(self._case_id())
        self.draft.replace_case(stored)
        self.copies_changed.emit()
        return stored

    def take_over_copy(self, copy_id: int) -> Case:
        """Make a listed conflict copy the case's next version (the current one is kept).

        Not while this window is in a conflict of its own (``keep_mine`` is for that).
        """
        if self.conflict_copy_id is not None:
            raise ValueError("this window is in a conflict; resolve it with keep_mine")
        if not self.draft.flush():
            raise self.save_failure or StoreError()
        taken = self.store.take_over_conflict_copy(copy_id)
        self.draft.replace_case(taken)
        self.copies_changed.emit()
        return taken

    def discard_copy(self, copy_id: int) -> None:
        """Remove a listed conflict copy for good."""
        self.store.discard_conflict_copy(copy_id)
        self.copies_changed.emit()

    def _copy_in_hand(self) -> int:
        """Flush into the conflict copy; its id. Raises when the edits are not all in it."""
        self.draft.flush()
        if self.pending or self.conflict_copy_id is None:
            raise self.save_failure or StoreError()
        return self.conflict_copy_id

    def _case_id(self) -> int:
        assert self.draft.case.id is not None
        return self.draft.case.id
