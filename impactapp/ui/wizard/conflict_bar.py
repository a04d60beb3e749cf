"""The message above the wizard when the case was changed elsewhere, and what to do about it.

Two situations: this window lost a conflict just now (its edits are in a conflict copy, and
what is typed goes on into the copy), or the case has conflict copies from earlier that
nobody has decided on. Either way the person can compare the versions and choose one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.clock import local_now
from ...store import ConflictCopy, LockedError, StoreError
from ..conflict_dialog import DISCARD_COPY, KEEP_COPY, KEEP_STORED, ConflictDialog
from ..labels import format_changed
from ..prompts import Prompts, QtPrompts
from .save_bar import failure_text

if TYPE_CHECKING:
    from ..draft import CaseDraft

STYLE = "QFrame#conflictBar { background: #fde0c5; border: 1px solid #d6604d; }"


class ConflictBar(QFrame):
    """Shown while the case has a conflict to decide; hidden otherwise."""

    def __init__(self, draft: CaseDraft, lang: str, parent: QWidget | None = None, *,
                 prompts: Prompts | None = None):
        super().__init__(parent)
        self.draft = draft
        self.lang = lang
        self.prompts: Prompts = prompts or QtPrompts()
        self.cause: StoreError | None = None  # why this window's last save lost
        self.listed: list[ConflictCopy] = []  # copies from earlier, newest last
        self.setObjectName("conflictBar")
        self.setStyleSheet(STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton(self.tr("&Compare …"), self)
        self.keep_button = QPushButton(self)
        self.other_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare)
        self.keep_button.clicked.connect(lambda: self.act(KEEP_COPY))
        self.other_button.clicked.connect(self._other)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        for button in (self.compare_button, self.keep_button, self.other_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        draft.autosave.conflict.connect(self._lost)
        draft.autosave.save_state_changed.connect(self.refresh)
        draft.autosave.copies_changed.connect(self.reload)
        self.reload()

    @property
    def live(self) -> bool:
        """This window's edits are in a conflict copy right now."""
        return self.draft.autosave.conflict_copy_id is not None

    def _lost(self, cause: StoreError) -> None:
        self.cause = cause
        self.refresh()

    def reload(self) -> None:
        """Read the case's conflict copies again (after one was taken over or discarded)."""
        try:
            self.listed = self.draft.autosave.copies()
        except StoreError:
            self.listed = []
        self.refresh()

    def refresh(self) -> None:
        if self.live:
            self.message.setText(self._live_text())
            self.message.setAccessibleName(self.tr("Conflict"))
            self.keep_button.setText(self.tr("Keep &mine"))
            self.other_button.setText(self.tr("Use the &saved version"))
        elif self.listed:
            self.message.setText(self._listed_text(self.listed[-1]))
            self.keep_button.setText(self.tr("&Use this copy"))
            self.other_button.setText(self.tr("&Discard the copy"))
        self.setVisible(self.live or bool(self.listed))
        read_only = self.draft.read_only
        self.keep_button.setEnabled(not read_only)

    def _live_text(self) -> str:
        if isinstance(self.cause, LockedError) and self.cause.deleted:
            what = self.tr("This case was moved to the bin somewhere else after you opened it.")
        elif isinstance(self.cause, LockedError):
            what = self.tr("This case was approved somewhere else after you opened it, so it "
                           "is locked.")
        else:
            what = self.tr("This case was changed somewhere else (in another window or by "
                           "another person) after you opened it.")
        return what + " " + self.tr(
            "Your changes have been kept as a conflict copy, and what you write now is saved "
            "in the copy. Compare the two versions and choose which one to keep.")

    def _now(self):
        """The store's clock in local time: "today" and "yesterday" are counted from it."""
        return local_now(self.draft.store.time_source)

    def _listed_text(self, copy: ConflictCopy) -> str:
        when = format_changed(copy.updated, self.lang, self._now())
        if copy.reason == "replaced":
            text = self.tr("This case has a copy of the version that was replaced when a "
                           "conflict copy was taken over (%1, by %2).")
        else:
            text = self.tr("This case has a conflict copy from %1 by %2 that nobody has "
                           "decided on yet.")
        text = text.replace("%1", when).replace("%2", copy.who)
        if len(self.listed) > 1:
            text += " " + self.tr("(%n copies in all; the newest is shown.)", "",
                                  len(self.listed))
        return text

    # --- what the person chooses --------------------------------------------------------

    def compare(self) -> str | None:
        """Show both versions where they differ; carry out (and return) what is chosen."""
        draft = self.draft
        try:
            stored = draft.store.get_case(draft.case.id)
            if self.live:
                draft.flush()
                copy, title = draft.case, self.tr("your version (the conflict copy)")
            else:
                info = self.listed[-1]
                copy = draft.store.conflict_copy_case(info.id)
                when = format_changed(info.updated, self.lang, self._now())
                title = self.tr("the conflict copy from %1 by %2").replace(
                    "%1", when).replace("%2", info.who)
        except StoreError as exc:
            self._warn(exc)
            return None
        dialog = ConflictDialog(stored, copy, draft.catalog, self.lang, copy_title=title,
                                live=self.live, parent=self.window())
        accepted = dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if accepted and choice is not None:
            self.act(choice)
        return choice

    def _other(self) -> None:
        self.act(KEEP_STORED if self.live else DISCARD_COPY)

    def act(self, choice: str) -> bool:
        """Keep the copy, keep the saved version, or discard a listed copy."""
        draft = self.draft
        try:
            if choice == KEEP_COPY and self.live:
                draft.autosave.keep_mine()
            elif choice == KEEP_COPY and self.listed:
                draft.autosave.take_over_copy(self.listed[-1].id)
            elif choice == KEEP_STORED and self.live:
                draft.autosave.take_theirs()
            elif choice == DISCARD_COPY and self.listed:
                if not self._confirm_discard(self.listed[-1]):
                    return False
                draft.autosave.discard_copy(self.listed[-1].id)
            else:
                return False
        except StoreError as exc:
            self._warn(exc)
            return False
        self.cause = None
        self.reload()
        return True

    def _confirm_discard(self, copy: ConflictCopy) -> bool:
        return self.prompts.confirm(
            self.window(), self.tr("Discard the copy"),
            self.tr("Discard the conflict copy from %1 by %2? What it holds that the saved "
                    "version does not is lost for good.")
            .replace("%1", format_changed(copy.updated, self.lang, self._now()))
            .replace("%2", copy.who),
            default="no",
        )

    def _warn(self, exc: StoreError) -> None:
        self.prompts.warn(self.window(), "ImpactApp", failure_text(exc, self.lang))
