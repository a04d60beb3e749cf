"""The open case being edited: the single source of truth for every widget of the wizard.

Widgets read from ``draft.case`` and change it only through ``set_value`` or ``edit``; each edit
becomes an undoable command, triggers validation through the domain rules, and is saved to the
store within about a second (``AUTOSAVE_MS``) without a Save button.

Nothing typed is dropped. When the case was saved elsewhere meanwhile, the edits go into a
conflict copy (``conflict_copy_id``) until the person keeps theirs or takes the stored version.
When a save fails (read-only or full disk, I/O error) the edits stay here, the failure is shown
(``save_failure``), and the save is tried again every few seconds and whenever asked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.approval import Actor, is_author, read_only_reason
from ..domain.fields import get_field, set_field
from ..domain.issues import Issue
from ..domain.model import Case, Catalog
from ..domain.serialize import case_from_data, case_to_data
from ..domain.text import plain_data
from ..domain.validation import validate_case
from ..store import ConflictCopy, DatabaseFailure, DraftSaved, NotAllowed, Store, StoreError
from .autosave import BackgroundSaver

AUTOSAVE_MS = 1000
VALIDATE_MS = 150
RETRY_MS = 5000  # after a failed save: try again this often, on its own
BUSY_RETRY_MS = 1000  # another program held the database too long: try again soon

_BOOKKEEPING = ("id", "revision", "version", "approved_by", "approved_at", "created", "updated")


class _EditCommand(QUndoCommand):
    """One edit as the case's content before and after; consecutive edits of a field merge."""

    def __init__(self, draft: CaseDraft, text: str, before: dict, after: dict,
                 merge_key: str | None):
        super().__init__(text)
        self._draft = draft
        self._before = before
        self._after = after
        self._merge_id = (hash(merge_key) & 0x3FFFFFFF) if merge_key else -1
        self._merge_key = merge_key
        self._applied = True  # the edit is already applied when the command is pushed

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _EditCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._draft._restore(self._after)

    def undo(self) -> None:
        self._draft._restore(self._before)


class CaseDraft(QObject):
    """Holds the case being edited, its undo history, its validation issues and its saving."""

    changed = Signal()
    issues_changed = Signal()
    save_state_changed = Signal()
    conflict = Signal(object)  # the StoreError of the save that lost; its edits are in a copy
    copies_changed = Signal()  # a conflict copy of the case was taken over or discarded

    def __init__(self, case: Case, store: Store, catalog: Catalog, parent: QObject | None = None,
                 saver: BackgroundSaver | None = None, actor: Actor | None = None,
                 last_editor: Actor | None = None):
        super().__init__(parent)
        self.case = case
        self.store = store
        self.catalog = catalog
        self.saver = saver
        # Who edits here, and who last edited the content: a case in review is read-only for
        # its authors. Without an actor (tools, tests of one field) only the lock applies.
        self.actor = actor
        self.last_editor = last_editor
        self._sequence = 0  # bumped by every change of content
        self._handled = 0  # the newest sequence whose save result has been taken in
        self._durable = 0  # the newest sequence stored in the case or its conflict copy
        if saver is not None:
            saver.saved.connect(self._saved_in_background)
            saver.failed.connect(self._failed_in_background)
        self.undo_stack = QUndoStack(self)
        self.issues: list[Issue] = validate_case(case, catalog)
        self.last_saved: datetime | None = case.updated
        self.conflict_copy_id: int | None = None  # where edits go while in conflict
        self.save_failure: StoreError | None = None  # the last save's failure, until one works
        self.save_times: list[float] = []  # seconds per save (in the saver), for benchmarks
        self.ui_save_times: list[float] = []  # seconds the UI thread spent per save

        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self._validate_timer.timeout.connect(self.revalidate)

    # --- reading ------------------------------------------------------------------------

    @property
    def read_only_reason(self) -> str | None:
        """"locked" (approved or decided), "in_review" (for the case's authors), or None."""
        if self.actor is None:
            return "locked" if self.case.status in ("approved", "decided") else None
        return read_only_reason(self.case, self.catalog, self.actor, self.last_editor)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def can_review(self) -> bool:
        """Whether verdicts may be given here: in review, by someone other than the authors
        (anyone when the two-person rule is off)."""
        if self.case.status != "in_review":
            return False
        if self.actor is None or not self.catalog.two_person_rule:
            return True
        return not self.read_only and not is_author(self.case, self.actor, self.last_editor)

    @property
    def is_reviewer(self) -> bool:
        """A second person reviewing here (they give verdicts; answers are the caseworker's)."""
        return (self.actor is not None and self.catalog.two_person_rule and self.can_review)

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

    def value(self, path: str) -> Any:
        return get_field(self.case, path)

    def issues_at(self, prefix: str) -> list[Issue]:
        """Issues whose field path is ``prefix`` or lies inside it."""
        return [
            i for i in self.issues
            if i.path == prefix or i.path.startswith((prefix + ".", prefix + "["))
        ]

    # --- editing ------------------------------------------------------------------------

    def set_value(self, path: str, value: Any, description: str = "") -> bool:
        """Set one scalar field; typing into one field merges into one undo step."""
        if get_field(self.case, path) == value:
            return False
        return self.edit(description or path, lambda case: set_field(case, path, value),
                         merge_key=path)

    def edit(self, description: str, mutate: Callable[[Case], None],
             merge_key: str | None = None) -> bool:
        """Apply ``mutate`` to the case as one undoable edit; False if read-only or no change."""
        if self.read_only:
            return False
        before = case_to_data(self.case)
        mutate(self.case)
        after = case_to_data(self.case)
        plain = plain_data(after)
        if plain != after:  # control characters (e.g. pasted) never reach the case
            self._replace_content(plain)
            after = plain
        if before == after:
            return False
        if self.actor is not None and any(
                before.get(k) != after.get(k) for k in before.keys() | after.keys()
                if k != "review"):
            self.last_editor = self.actor  # as the store will record it on saving
        self.undo_stack.push(_EditCommand(self, description, before, after, merge_key))
        self._content_changed()
        return True

    def _restore(self, data: dict) -> None:
        self._replace_content(data)
        self._content_changed()

    def _replace_content(self, data: dict) -> None:
        restored = case_from_data(data)
        for name in _BOOKKEEPING:
            setattr(restored, name, getattr(self.case, name))
        self.case = restored

    def _content_changed(self) -> None:
        self._sequence += 1
        if not self._save_timer.isActive():
            self._save_timer.start(AUTOSAVE_MS)  # at most a second after the first change
        self._validate_timer.start()
        self.save_state_changed.emit()
        self.changed.emit()

    def revalidate(self) -> None:
        self._validate_timer.stop()
        self.issues = validate_case(self.case, self.catalog)
        self.issues_changed.emit()

    def replace_case(self, case: Case, *, keep_history: bool = False) -> None:
        """Take a case from the store (a status change, a conflict resolved): what it holds is
        stored, so nothing is pending; the undo history starts anew unless ``keep_history``."""
        self._save_timer.stop()
        self.case = case
        self._durable = self._handled = self._sequence
        self.conflict_copy_id = None
        self.save_failure = None
        self.last_saved = case.updated
        if self.saver is not None:
            self.saver.set_version(case.version)
        if not keep_history:
            self.undo_stack.clear()
        self.revalidate()
        self.save_state_changed.emit()
        self.changed.emit()

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save now if anything is pending; True when the store holds (or will hold) it.

        With a background saver the snapshot is handed over and the UI thread goes on at once;
        without one (tests, tools) the save happens here.
        """
        self._save_timer.stop()
        if not self.pending:
            return True
        start = time.perf_counter()
        if self.saver is not None:
            self.saver.submit(self._sequence, case_to_data(self.case), {})
            self.ui_save_times.append(time.perf_counter() - start)
            return True
        try:
            result = self.store.save_draft(self.case, copy_id=self.conflict_copy_id)
        except StoreError as exc:
            self._take_failure(self._sequence, exc)
            return False
        seconds = time.perf_counter() - start
        self.ui_save_times.append(seconds)
        self._take_saved(self._sequence, result, seconds)
        return True

    def retry_now(self) -> None:
        """Try the failed save again at once (the person asked)."""
        self.save()

    # A result counts when it is about content not yet stored; a failure also only when no
    # newer result has come in. (A retry saves the same content again: same sequence.)

    def _saved_in_background(self, sequence: int, result: DraftSaved, seconds: float) -> None:
        if sequence > self._durable:
            self._take_saved(sequence, result, seconds)

    def _failed_in_background(self, sequence: int, exc: StoreError) -> None:
        if sequence > self._durable and sequence >= self._handled:
            self._take_failure(sequence, exc)

    def _take_saved(self, sequence: int, result: DraftSaved, seconds: float) -> None:
        self._handled = max(self._handled, sequence)
        self._durable = max(self._durable, sequence)
        if seconds:
            self.save_times.append(seconds)
        self.save_failure = None
        if result.copy is None:
            self.case.version = result.version
            self.case.updated = result.updated
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
            self._save_timer.start(BUSY_RETRY_MS if busy else RETRY_MS)
        self.save_state_changed.emit()

    def flush(self) -> bool:
        """Save what is pending and wait until it is written (closing, status changes).

        True when the stored case holds every edit; False while they are kept in a conflict
        copy or could not be saved (``pending`` tells whether they are stored anywhere).
        """
        if self._validate_timer.isActive():
            self.revalidate()
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
                    self._saved_in_background(sequence, *payload)
                else:
                    self._failed_in_background(sequence, payload)
        return not self.dirty and self.save_failure is None

    def close(self) -> None:
        """Flush and stop the background saver (the window is closing)."""
        self.flush()
        self._save_timer.stop()
        # The edit commands refer back to this draft; dropping them now means no cycle of Qt
        # objects is left for a garbage collection after the application has gone.
        self.undo_stack.clear()
        if self.saver is not None:
            self.saver.close()
            self.saver = None

    # --- conflict copies ----------------------------------------------------------------

    def copies(self) -> list[ConflictCopy]:
        """The case's conflict copies other than the one this window is writing into."""
        if self.case.id is None or self.case.version == 0:
            return []  # an earlier revision, shown read-only
        return [c for c in self.store.conflict_copies(self.case.id)
                if c.id != self.conflict_copy_id]

    def keep_mine(self) -> Case:
        """Make this window's edits the case's next version (the copy is taken over).

        The version it replaces is kept as a conflict copy. Raises StoreError.
        """
        copy_id = self._copy_in_hand()
        taken = self.store.take_over_conflict_copy(copy_id)
        self.replace_case(taken, keep_history=True)
        self.copies_changed.emit()
        return taken

    def take_theirs(self) -> Case:
        """Show the stored version again; this window's edits stay in their conflict copy."""
        self._copy_in_hand()
        stored = self.store.get_case(self._case_id())
        self.replace_case(stored)
        self.copies_changed.emit()
        return stored

    def take_over_copy(self, copy_id: int) -> Case:
        """Make a listed conflict copy the case's next version (the current one is kept).

        Not while this window is in a conflict of its own (``keep_mine`` is for that).
        """
        if self.conflict_copy_id is not None:
            raise ValueError("this window is in a conflict; resolve it with keep_mine")
        if not self.flush():
            raise self.save_failure or StoreError()
        taken = self.store.take_over_conflict_copy(copy_id)
        self.replace_case(taken)
        self.copies_changed.emit()
        return taken

    def discard_copy(self, copy_id: int) -> None:
        """Remove a listed conflict copy for good."""
        self.store.discard_conflict_copy(copy_id)
        self.copies_changed.emit()

    def _copy_in_hand(self) -> int:
        """Flush into the conflict copy; its id. Raises when the edits are not all in it."""
        self.flush()
        if self.pending or self.conflict_copy_id is None:
            raise self.save_failure or StoreError()
        return self.conflict_copy_id

    def _case_id(self) -> int:
        assert self.case.id is not None
        return self.case.id
