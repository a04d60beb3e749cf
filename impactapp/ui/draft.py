"""The open case being edited: the single source of truth for every widget of the wizard.

Widgets read from ``draft.case`` and change it only through ``set_value`` or ``edit``; each edit
becomes an undoable command, triggers validation through the domain rules, and is saved to the
store within about a second (``AUTOSAVE_MS``) without a Save button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.fields import get_field, set_field
from ..domain.issues import Issue
from ..domain.model import Case, Catalog
from ..domain.serialize import case_from_data, case_to_data
from ..domain.status import is_locked
from ..domain.validation import validate_case
from ..store import ConflictError, Store, StoreError
from .autosave import BackgroundSaver

AUTOSAVE_MS = 1000
VALIDATE_MS = 150
RETRY_MS = 5000

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
    conflict = Signal(object)  # the ConflictError

    def __init__(self, case: Case, store: Store, catalog: Catalog, parent: QObject | None = None,
                 saver: BackgroundSaver | None = None):
        super().__init__(parent)
        self.case = case
        self.store = store
        self.catalog = catalog
        self.saver = saver
        self._sequence = 0  # bumped by every change of content
        self._handled = 0  # the newest sequence whose save result has been taken in
        if saver is not None:
            saver.saved.connect(self._saved_in_background)
            saver.failed.connect(self._failed_in_background)
        self.undo_stack = QUndoStack(self)
        self.issues: list[Issue] = validate_case(case, catalog)
        self.dirty = False
        self.last_saved: datetime | None = case.updated
        self.save_error = ""
        self.save_times: list[float] = []  # seconds per save (in the saver), for benchmarks
        self.ui_save_times: list[float] = []  # seconds the UI thread spent per save

        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self._validate_timer.timeout.connect(self.revalidate)

    # --- reading ------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return is_locked(self.case)

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
        if before == after:
            return False
        self.undo_stack.push(_EditCommand(self, description, before, after, merge_key))
        self._content_changed()
        return True

    def _restore(self, data: dict) -> None:
        restored = case_from_data(data)
        for name in _BOOKKEEPING:
            setattr(restored, name, getattr(self.case, name))
        self.case = restored
        self._content_changed()

    def _content_changed(self) -> None:
        self._sequence += 1
        self.dirty = True
        if not self._save_timer.isActive():
            self._save_timer.start()  # at most AUTOSAVE_MS after the first unsaved change
        self._validate_timer.start()
        self.save_state_changed.emit()
        self.changed.emit()

    def revalidate(self) -> None:
        self._validate_timer.stop()
        self.issues = validate_case(self.case, self.catalog)
        self.issues_changed.emit()

    def replace_case(self, case: Case) -> None:
        """Take a case from the store (after a status change): history and issues start anew."""
        self._save_timer.stop()
        self.case = case
        self.dirty = False
        if self.saver is not None:
            self.saver.set_version(case.version)
        self.undo_stack.clear()
        self.revalidate()
        self.save_state_changed.emit()
        self.changed.emit()

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save now if anything changed; True when the store holds (or will hold) the content.

        With a background saver the snapshot is handed over and the UI thread goes on at once;
        without one (tests, tools) the save happens here.
        """
        self._save_timer.stop()
        if not self.dirty:
            return True
        start = time.perf_counter()
        if self.saver is not None:
            self.saver.submit(self._sequence, case_to_data(self.case), {})
            self.ui_save_times.append(time.perf_counter() - start)
            return True
        try:
            saved = self.store.save_case(self.case)
        except StoreError as exc:
            self._take_failure(exc)
            return False
        seconds = time.perf_counter() - start
        self.ui_save_times.append(seconds)
        self._take_saved(self._sequence, saved.version, saved.updated, seconds)
        return True

    def _saved_in_background(self, sequence: int, version: int, updated: datetime,
                             seconds: float) -> None:
        if sequence > self._handled:
            self._take_saved(sequence, version, updated, seconds)

    def _failed_in_background(self, sequence: int, exc: StoreError) -> None:
        if sequence > self._handled:
            self._handled = sequence
            self._take_failure(exc)

    def _take_saved(self, sequence: int, version: int, updated: datetime,
                    seconds: float) -> None:
        self._handled = sequence
        if seconds:
            self.save_times.append(seconds)
        self.case.version = version
        self.case.updated = updated
        self.last_saved = updated
        self.save_error = ""
        if sequence == self._sequence:
            self.dirty = False
        self.save_state_changed.emit()

    def _take_failure(self, exc: StoreError) -> None:
        self.save_error = str(exc)
        if isinstance(exc, ConflictError):
            self.save_state_changed.emit()
            self.conflict.emit(exc)
            return
        self._save_timer.start(RETRY_MS)
        self.save_state_changed.emit()

    def flush(self) -> bool:
        """Save any pending change and wait until it is written (closing, status changes)."""
        if self._validate_timer.isActive():
            self.revalidate()
        if not self.save():
            return False
        if self.saver is None:
            return True
        if not self.saver.wait():
            self.save_error = "the database did not answer in time"
            self.save_state_changed.emit()
            return False
        result = self.saver.last_result
        if result is not None and result[1] > self._handled:
            kind, sequence, payload = result
            if kind == "saved":
                self._take_saved(sequence, *payload)
            else:
                self._handled = sequence
                self._take_failure(payload)
        return not self.dirty and not self.save_error

    def close(self) -> None:
        """Flush and stop the background saver (the window is closing)."""
        self.flush()
        if self.saver is not None:
            self.saver.close()
            self.saver = None
