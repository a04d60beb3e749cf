"""A dialog to tick the regions to show: bydeler beside the municipality, or the
municipalities to compare with (where another can be added by its number)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
_NUMBER_AND_NAME = re.compile(r"\s*(\d{4})\s+(\S.*?)\s*")


class RegionPickerDialog(QDialog):
    """Checkable regions; ``chosen()`` gives the ticked codes in the list's order."""

    def __init__(self, title: str, intro: str, options: list[tuple[str, str]],
                 chosen: list[str], parent: QWidget | None = None, *,
                 defaults: list[str] | None = None, can_add: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.defaults = defaults
        self.added: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        for code, name in options:
            self._add_item(code, name, code in chosen)
        layout.addWidget(self.list, 1)
        intro_label.setBuddy(self.list)

        row = QHBoxLayout()
        for text, slot in ((self.tr("Select all"), lambda: self._tick_all(True)),
                           (self.tr("Clear"), lambda: self._tick_all(False))):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        if defaults is not None:
            reset = QPushButton(self.tr("Back to the default"), self)
            reset.setAutoDefault(False)
            reset.clicked.connect(self.reset)
            row.addWidget(reset)
        row.addStretch(1)
        layout.addLayout(row)

        self.add_edit: QLineEdit | None = None
        self.add_problem = QLabel(self)
        self.add_problem.setWordWrap(True)
        self.add_problem.hide()
        if can_add:
            add_row = QHBoxLayout()
            label = QLabel(self.tr("Add a municipality (number and name):"), self)
            layout.addWidget(label)
            self.add_edit = QLineEdit(self)
            self.add_edit.setPlaceholderText(self.tr("e.g. 1108 Sandnes"))
            self.add_edit.setAccessibleName(self.tr("Municipality number and name"))
            label.setBuddy(self.add_edit)
            add_button = QPushButton(self.tr("Add"), self)
            add_button.setAutoDefault(False)
            add_button.clicked.connect(self.add_from_edit)
            self.add_edit.installEventFilter(self)  # Enter adds, rather than closing
            add_row.addWidget(self.add_edit, 1)
            add_row.addWidget(add_button)
            layout.addLayout(add_row)
            layout.addWidget(self.add_problem)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        h = self.fontMetrics().height()
        self.resize(h * 34, h * 32)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.add_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_from_edit()
            return True
        return super().eventFilter(watched, event)

    def _add_item(self, code: str, name: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(f"{name} ({code})" if name != code else code, self.list)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self.items():
            item.setCheckState(state)

    def reset(self) -> None:
        for item in self.items():
            checked = item.data(CODE_ROLE) in (self.defaults or [])
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_checked(self, code: str, checked: bool = True) -> None:
        for item in self.items():
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_from_edit(self) -> bool:
        """Add (and tick) the municipality typed as "1108 Sandnes"."""
        if self.add_edit is None:
            return False
        match = _NUMBER_AND_NAME.fullmatch(self.add_edit.text())
        if match is None:
            self.add_problem.setText(self.tr(
                "Write the four-digit municipality number and the name, e.g. 1108 Sandnes."))
            self.add_problem.show()
            return False
        code, name = match.group(1), match.group(2)
        self.add_problem.hide()
        if code in {item.data(CODE_ROLE) for item in self.items()}:
            self.set_checked(code)
        else:
            self.list.scrollToItem(self._add_item(code, name, True))
        self.added[code] = name
        self.add_edit.clear()
        return True

    def chosen(self) -> list[str]:
        return [item.data(CODE_ROLE) for item in self.items()
                if item.checkState() == Qt.CheckState.Checked]
