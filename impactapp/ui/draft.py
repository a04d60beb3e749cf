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

    def __init__(self, case: Case, store: Store, catalog: Catalog, parent: QObject | None = None):
        super().__init__(parent)
        self.case = case
        self.store = store
        self.catalog = catalog
        self.undo_stack = QUndoStack(self)
        self.issues: list[Issue] = validate_case(case, catalog)
        self.dirty = False
        self.last_saved: datetime | None = case.updated
        self.save_error = ""
        self.save_times: list[float] = []  # seconds per autosave, for the benchmarks

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
        self.undo_stack.clear()
        self.revalidate()
        self.save_state_changed.emit()
        self.changed.emit()

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save now if anything changed; True when the store holds the current content."""
        self._save_timer.stop()
        if not self.dirty:
            return True
        start = time.perf_counter()
        try:
            saved = self.store.save_case(self.case)
        except ConflictError as exc:
            self.save_error = str(exc)
            self.save_state_changed.emit()
            self.conflict.emit(exc)
            return False
        except StoreError as exc:
            self.save_error = str(exc)
            self._save_timer.start(RETRY_MS)
            self.save_state_changed.emit()
            return False
        self.save_times.append(time.perf_counter() - start)
        self.case.version = saved.version
        self.case.updated = saved.updated
        self.last_saved = saved.updated
        self.dirty = False
        self.save_error = ""
        self.save_state_changed.emit()
        return True

    def flush(self) -> bool:
        """Save any pending change at once (closing the window, switching cases)."""
        if self._validate_timer.isActive():
            self.revalidate()
        return self.save()
