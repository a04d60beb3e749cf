"""The open case being edited: the single source of truth for every widget of the wizard.

Widgets read from ``draft.case`` and change it only through ``set_value`` or ``edit``; each edit
becomes an undoable command and triggers validation through the domain rules. Saving is the
autosave controller's (``draft.autosave``, ui/autosave_control.py): within about a second of
an edit, without a Save button, and nothing typed is ever dropped.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.approval import Actor, is_author, read_only_reason
from ..domain.fields import get_field, set_field
from ..domain.issues import Issue
from ..domain.model import Case, Catalog
from ..domain.serialize import Data, case_from_data, case_to_data
from ..domain.text import plain_data
from ..domain.validation import validate_case
from ..store import Store
from .autosave import Saver, SynchronousSaver
from .autosave_control import AutosaveController

VALIDATE_MS = 150

_BOOKKEEPING = ("id", "revision", "version", "approved_by", "approved_at", "created", "updated")


class _EditCommand(QUndoCommand):
    """One edit as the case's content before and after; consecutive edits of a field merge."""

    def __init__(self, draft: CaseDraft, text: str, before: dict, after: dict,
                 merge_key: str | None):
        super().__init__(text)
        # A weak reference: the draft's undo stack (a Qt child of the draft) owns this
        # command, so a strong one back made a cycle only the garbage collector could free,
        # and freeing it from there deleted the draft, and so the stack, while the stack's
        # commands were being freed (a crash in QUndoStack::clear).
        self._draft = weakref.ref(draft)
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
        self._restore(self._after)

    def undo(self) -> None:
        self._restore(self._before)

    def _restore(self, data: dict) -> None:
        draft = self._draft()
        if draft is not None:
            draft._restore(data)


class CaseDraft(QObject):
    """Holds the case being edited, its undo history and its validation issues; its saving is
    ``autosave``'s (without a saver given, it saves at once through ``store``)."""

    changed = Signal()
    issues_changed = Signal()

    def __init__(self, case: Case, store: Store, catalog: Catalog, parent: QObject | None = None,
                 saver: Saver | None = None, actor: Actor | None = None,
                 last_editor: Actor | None = None, may_edit: bool = True):
        super().__init__(parent)
        self.case = case
        # Whether the store lets this login save the case at all (``CaseStore.may_edit``: on
        # a shared database someone else's draft, or anything for a leader, is not theirs).
        self.may_edit = may_edit
        self.store = store
        self.catalog = catalog
        # Who edits here, and who last edited the content: a case in review is read-only for
        # its authors. Without an actor (tools, tests of one field) only the lock applies.
        self.actor = actor
        self.last_editor = last_editor
        self._data: Data | None = None  # the case's content as plain data, once known
        self.undo_stack = QUndoStack(self)
        self.issues: list[Issue] = validate_case(case, catalog)
        if saver is None:
            saver = SynchronousSaver.borrowing(store, case.id or 0, case.version)
        self.autosave = AutosaveController(self, store, saver)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self._validate_timer.timeout.connect(self.revalidate)

    # --- reading ------------------------------------------------------------------------

    @property
    def read_only_reason(self) -> str | None:
        """"locked" (approved or decided), "in_review" (for the case's authors),
        "not_allowed" (the store does not let this login save it), or None."""
        if self.actor is None:
            reason = "locked" if self.case.status in ("approved", "decided") else None
        else:
            reason = read_only_reason(self.case, self.catalog, self.actor, self.last_editor)
        return "not_allowed" if reason is None and not self.may_edit else reason

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

    def value(self, path: str) -> Any:
        return get_field(self.case, path)

    def issues_at(self, prefix: str) -> list[Issue]:
        """Issues whose field path is ``prefix`` or lies inside it."""
        return [
            i for i in self.issues
            if i.path == prefix or i.path.startswith((prefix + ".", prefix + "["))
        ]

    def content_data(self) -> Data:
        """The case's content as plain data (what is saved); shared, so never change it."""
        if self._data is None:
            self._data = case_to_data(self.case)
        return self._data

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
        if plain is not after:  # control characters (e.g. pasted) never reach the case
            self._replace_content(plain)
            after = plain
        if before == after:
            return False
        if self.actor is not None and any(
                before.get(k) != after.get(k) for k in before.keys() | after.keys()
                if k != "review"):
            self.last_editor = self.actor  # as the store will record it on saving
        self.undo_stack.push(_EditCommand(self, description, before, after, merge_key))
        self._content_changed(after)
        return True

    def _restore(self, data: dict) -> None:
        self._replace_content(data)
        self._content_changed(data)

    def _replace_content(self, data: dict) -> None:
        restored = case_from_data(data)
        for name in _BOOKKEEPING:
            setattr(restored, name, getattr(self.case, name))
        self.case = restored

    def _content_changed(self, data: Data) -> None:
        self._data = data
        self._validate_timer.start()
        self.autosave.content_changed()
        self.changed.emit()

    def revalidate(self) -> None:
        self._validate_timer.stop()
        self.issues = validate_case(self.case, self.catalog)
        self.issues_changed.emit()

    def replace_case(self, case: Case, *, keep_history: bool = False) -> None:
        """Take a case from the store (a status change, a conflict resolved): what it holds is
        stored, so nothing is pending; the undo history starts anew unless ``keep_history``."""
        self.case = case
        self._data = None
        self.autosave.case_replaced(case)
        if not keep_history:
            self.undo_stack.clear()
        self.revalidate()
        self.autosave.save_state_changed.emit()
        self.changed.emit()

    def flush(self) -> bool:
        """Validate and store every edit now (closing, status changes, memos); True when the
        stored case holds them all (see ``AutosaveController.flush``)."""
        if self._validate_timer.isActive():
            self.revalidate()
        return self.autosave.flush()

    def close(self) -> None:
        """Flush and stop saving (the window is closing)."""
        self.autosave.close()
        # The edit commands refer back to this draft; dropping them now means no cycle of Qt
        # objects is left for a garbage collection after the application has gone.
        self.undo_stack.clear()
