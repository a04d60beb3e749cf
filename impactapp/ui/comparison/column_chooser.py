"""The column chooser: a button whose menu shows or hides whole groups of columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from .columns import HIDDEN_AT_FIRST, ColumnGroup


class ColumnChooser(QPushButton):
    """Emits ``changed`` with the keys of the groups to show after a group is ticked or not."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("&Columns"), parent)
        self.setAccessibleDescription(self.tr("Choose which groups of columns the table shows"))
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.actions_: dict[str, QAction] = {}
        self._shown: set[str] | None = None  # None: the defaults until the user chooses

    def set_groups(self, groups: Iterable[ColumnGroup]) -> None:
        """Offer these groups, keeping the user's choice for groups offered before."""
        self.menu_.clear()
        self.actions_ = {}
        for group in groups:
            action = QAction(group.title, self.menu_, checkable=True)
            if self._shown is None:
                action.setChecked(group.key not in HIDDEN_AT_FIRST)
            else:
                action.setChecked(group.key in self._shown)
            action.toggled.connect(self._toggled)
            self.menu_.addAction(action)
            self.actions_[group.key] = action

    def shown(self) -> set[str]:
        """The keys of the groups ticked."""
        return {key for key, action in self.actions_.items() if action.isChecked()}

    def set_shown(self, key: str, shown: bool) -> None:
        """Tick or untick one group (as choosing it in the menu does)."""
        self.actions_[key].setChecked(shown)

    def _toggled(self, _checked: bool) -> None:
        self._shown = self.shown()
        self.changed.emit(self._shown)
