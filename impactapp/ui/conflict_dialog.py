"""Comparing a conflict copy with the saved version, field by field, before choosing one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.case_diff import Difference, case_differences
from ..domain.model import Case, Catalog

#: What the person chose (``ConflictDialog.choice``).
KEEP_COPY = "keep_copy"  # the copy becomes the saved version
KEEP_STORED = "keep_stored"  # the saved version stays (a live conflict: it is shown again)
DISCARD_COPY = "discard_copy"  # a listed copy is thrown away


class ConflictDialog(QDialog):
    """The two versions side by side, only where they differ, in the wizard's words."""

    def __init__(self, stored: Case, copy: Case, catalog: Catalog, lang: str, *,
                 copy_title: str, live: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare the two versions"))
        self.choice: str | None = None
        self.differences: list[Difference] = case_differences(stored, copy, catalog, lang)
        self.resize(980, 560)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if self.differences:
            intro.setText(self.tr(
                "%n field(s) differ. The saved version is what the case holds now; the other "
                "column is %1.", "", len(self.differences)).replace("%1", copy_title))
        else:
            intro.setText(self.tr("The two versions hold the same content."))

        self.table = QTableWidget(len(self.differences), 4, self)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Step"), self.tr("Field"), self.tr("Saved version (version %1)")
            .replace("%1", str(stored.version)),
            self.tr("Your version (conflict copy)") if live else self.tr("Conflict copy")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        empty = self.tr("(empty)")
        for row, difference in enumerate(self.differences):
            values = (difference.step, difference.field, difference.stored or empty,
                      difference.copy or empty)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

        buttons = QDialogButtonBox(self)
        if live:
            self.keep_button = self._button(buttons, self.tr("Keep &mine"), KEEP_COPY)
            self.stored_button = self._button(buttons, self.tr("Use the &saved version"),
                                              KEEP_STORED)
        else:
            self.keep_button = self._button(buttons, self.tr("&Use this copy"), KEEP_COPY)
            self.stored_button = self._button(buttons, self.tr("&Discard the copy"),
                                              DISCARD_COPY)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Row heights follow the wrapped text once the columns have their final widths.
        self.table.resizeRowsToContents()

    def _button(self, box: QDialogButtonBox, text: str, choice: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
