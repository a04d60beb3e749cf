"""The case window's "Case" menu: review, approval, decision, new revision, earlier revisions.

Whether a status change is allowed is the domain's decision (check_transition); the store
keeps the invariants (frozen revisions). This module only asks, explains and carries out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ...domain.approval import Actor, approver_blockers
from ...domain.blockers import blockers as located
from ...domain.status import allowed_transitions, check_transition
from ...store import StoreError
from ..history_dialog import add_history_action
from ..labels import error_sentence
from ..prompts import Choice
from .blocker_dialog import show_blockers

if TYPE_CHECKING:
    from .window import CaseWindow


class StatusActions(QObject):
    """Adds the Case menu to a CaseWindow and keeps its actions in step with the status."""

    revision_requested = Signal(int, int)  # case id, revision number to view
    status_changed = Signal(int)  # case id

    def __init__(self, window: CaseWindow, acting_person: Callable[[], Actor | None]):
        """``acting_person`` names who acts, asking for the profile when there is none (None:
        the person declined, so nothing happens)."""
        super().__init__(window)
        self.window = window
        self.acting_person = acting_person
        menu = window.case_menu
        self.to_review = self._add(menu, self.tr("Send to &review"), "in_review")
        self.to_draft = self._add(menu, self.tr("Take back to &draft"), "draft")
        self.approve = self._add(menu, self.tr("&Approve"), "approved")
        self.decide = self._add(menu, self.tr("Mark as &decided"), "decided")
        menu.addSeparator()
        self.new_revision = QAction(self.tr("Start a &new revision"), window)
        self.new_revision.triggered.connect(self.start_new_revision)
        menu.addAction(self.new_revision)
        self.revisions_menu = menu.addMenu(self.tr("Earlier &revisions"))
        self.revisions_menu.aboutToShow.connect(self._fill_revisions)
        self.history = add_history_action(menu, window)
        window.draft.changed.connect(self.update_enabled)
        self.update_enabled()

    def _add(self, menu, text: str, status: str) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _=False, s=status: self.change_status(s))
        menu.addAction(action)
        return action

    @property
    def draft(self):
        return self.window.draft

    def update_enabled(self) -> None:
        allowed = allowed_transitions(self.draft.case.status)
        for action, status in ((self.to_review, "in_review"), (self.to_draft, "draft"),
                               (self.approve, "approved"), (self.decide, "decided")):
            action.setEnabled(status in allowed)
        self.new_revision.setEnabled(self.draft.read_only_reason == "locked")

    def _last_editor(self) -> Actor | None:
        case = self.draft.case
        return self.draft.store.last_editor(case.id) if case.id is not None else None

    def blockers(self, status: str, actor: Actor | None = None) -> list[str]:
        """What keeps ``actor`` from moving the case to ``status``, each led by its step and
        field, in the UI language (the last editor as the store knows it)."""
        case = self.draft.case
        issues = check_transition(case, status, self.draft.catalog, actor, self._last_editor())
        lang = self.window.ctx.lang
        return [b.text(lang) for b in located(case, issues, self.window.form)]

    def _refuse_person(self, problems: list[str]) -> None:
        """A rule about the person never lifts by itself: say so, rather than "not yet"."""
        self.window.prompts.inform(self.window, self.tr("Not allowed"),
                                   self.tr("You cannot make this change:"),
                                   informative="\n".join(f"• {p}" for p in problems))

    def confirm_approval(self) -> bool:
        """Ask before the irreversible lock, naming what becomes read-only."""
        case = self.draft.case
        informative = self.tr(
            "Everything in the case becomes read-only: every step's fields, the ratings, the "
            "SDG targets, the trade-offs, the recommendation and the review. The approval, "
            "with your name and the time, cannot be undone; later changes need a new "
            "revision.")
        text = self.tr("Approve revision %1 of this case and lock it?")
        return self.window.prompts.ask(
            self.window, self.tr("Approve and lock?"), text.replace("%1", str(case.revision)),
            [Choice("approve", self.tr("Approve and lock")), Choice("cancel")],
            default="cancel", informative=informative) == "approve"

    def change_status(self, status: str) -> bool:
        """Check with the domain, list what blocks (step and field, a click goes there), else
        save and change the status."""
        self.draft.flush()
        actor = self.acting_person()
        if actor is None:
            return False
        last_editor = self._last_editor()
        if status == "approved":
            personal = approver_blockers(self.draft.case, self.draft.catalog, actor, last_editor)
            if personal:
                self._refuse_person([p.message.get(self.window.ctx.lang) for p in personal])
                return False
        if show_blockers(self.window, check_transition(self.draft.case, status,
                                                       self.draft.catalog, actor, last_editor)):
            return False
        if status == "approved" and not self.confirm_approval():
            return False
        case = self.draft.case
        try:
            if status == "approved":
                updated = self.window.draft.store.approve(
                    case.id, actor.name, expected_version=case.version)
            else:
                updated = self.window.draft.store.set_status(
                    case.id, status, by=actor.name, expected_version=case.version)
        except StoreError as exc:
            self.window.prompts.warn(self.window, "ImpactApp",
                                     error_sentence(exc, self.window.ctx.lang))
            return False
        self._took(updated)
        return True

    def start_new_revision(self) -> bool:
        actor = self.acting_person()
        if actor is None:
            return False
        case = self.draft.case
        try:
            updated = self.draft.store.new_revision(case.id, by=actor.name,
                                                    expected_version=case.version)
        except StoreError as exc:
            self.window.prompts.warn(self.window, "ImpactApp",
                                     error_sentence(exc, self.window.ctx.lang))
            return False
        self._took(updated)
        return True

    def _took(self, case) -> None:
        self.draft.replace_case(case)
        self.window.update_banner()
        self.update_enabled()
        self.status_changed.emit(case.id)

    def _fill_revisions(self) -> None:
        self.revisions_menu.clear()
        case = self.draft.case
        try:
            revisions = self.draft.store.revisions(case.id)
        except StoreError:
            revisions = []
        for rev in revisions:
            when = rev.approved_at.astimezone().strftime("%d.%m.%Y")
            label = self.tr("Revision %1, approved %2 by %3")
            action = self.revisions_menu.addAction(
                label.replace("%1", str(rev.revision)).replace("%2", when)
                .replace("%3", rev.approved_by))
            action.triggered.connect(
                lambda _=False, r=rev.revision: self.revision_requested.emit(case.id, r))
        if self.revisions_menu.isEmpty():
            self.revisions_menu.addAction(self.tr("(none yet)")).setEnabled(False)

