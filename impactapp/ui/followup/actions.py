"""The case window's "Follow-up…" action: enabled for a decided case only (the domain's rule)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from .editor import FollowUpDialog

if TYPE_CHECKING:
    from ..wizard.window import CaseWindow


class FollowUpActions(QObject):
    """Adds Follow-up… to the Case menu of a CaseWindow."""

    reported = Signal(int)  # case id

    def __init__(self, window: CaseWindow):
        super().__init__(window)
        self.window = window
        self.dialog: FollowUpDialog | None = None
        self.action = QAction(self.tr("&Follow-up of measures…"), window)
        self.action.triggered.connect(self.open_editor)
        window.case_menu.addAction(self.action)
        window.draft.changed.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self) -> None:
        self.action.setEnabled(self.window.draft.case.status == "decided")

    def open_editor(self) -> FollowUpDialog | None:
        """Show the editor (only for a decided case)."""
        case = self.window.draft.case
        if case.status != "decided":
            return None
        self.dialog = FollowUpDialog(self.window.draft.store, case, self.window.ctx.lang,
                                     self.window)
        self.dialog.reported.connect(self.reported)
        self.dialog.show()
        return self.dialog
