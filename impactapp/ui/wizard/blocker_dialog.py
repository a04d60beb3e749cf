""""Not yet": what keeps the case from its next status, each line naming its step and field;
a click on a line closes the list and takes the person to that field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.blockers import Blocker, blockers
from ...domain.issues import Issue

if TYPE_CHECKING:
    from .window import CaseWindow


class BlockerDialog(QDialog):
    """The blockers as a list; activating one calls ``jump`` with it and closes the dialog."""

    def __init__(self, items: Sequence[Blocker], lang: str, jump: Callable[[Blocker], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.items = list(items)
        self.jump = jump
        self.setWindowTitle(self.tr("Not yet"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 420)
        intro = QLabel(self.tr("The case cannot change status yet. Click a line to go to the "
                               "field:"), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("What is missing"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for blocker in self.items:
            item = QListWidgetItem(blocker.text(lang))
            item.setToolTip(self.tr("Go to this field"))
            self.list.addItem(item)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)  # Enter on a line
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.items:
            self.list.setCurrentRow(0)

    def lines(self) -> list[str]:
        """The lines as shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        blocker = self.items[self.list.row(item)]
        self.accept()
        self.jump(blocker)


def show_blockers(window: CaseWindow, issues: Sequence[Issue]) -> bool:
    """Open the "Not yet" list over the case window when there are issues; True if opened."""
    if not issues:
        return False
    found = blockers(window.draft.case, issues, window.form)
    dialog = BlockerDialog(found, window.ctx.lang, window.show_issue, window)
    window.blocker_dialog = dialog
    dialog.open()
    return True
