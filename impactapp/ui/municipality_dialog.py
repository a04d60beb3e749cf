"""Choosing the municipality a database is for: a searchable list of all 357 municipalities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..catalog.municipalities import RegionData

_CODE = Qt.ItemDataRole.UserRole


class MunicipalityDialog(QDialog):
    """Type part of a name or number, pick the municipality, OK."""

    def __init__(self, regions: RegionData, current: str | None = None,
                 parent: QWidget | None = None, *, first_start: bool = False):
        super().__init__(parent)
        self.regions = regions
        self.setWindowTitle(self.tr("Choose municipality"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            self.tr("Which municipality is this database for? Its figures, its city districts "
                    "and the municipalities it is compared with follow from the choice.")
            if first_start else
            self.tr("The municipality this database is for. Figures already fetched for "
                    "another municipality stay under that municipality's number."))
        layout.addWidget(intro)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or number, e.g. Lillehammer"))
        self.search.setAccessibleName(self.tr("Search municipalities"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Municipalities"))
        for municipality in regions.municipalities.values():
            item = QListWidgetItem(municipality.label(), self.list)
            item.setData(_CODE, municipality.code)
        layout.addWidget(self.list, 1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_if_one)
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.resize(460, 520)
        self.search.setFocus()  # type at once: the list follows
        self._filter("")
        if current is not None:
            self.select(current)

    def _visible(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def _filter(self, text: str) -> None:
        shown = {m.code for m in self.regions.search(text)}
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(item.data(_CODE) not in shown)
        visible = self._visible()
        current = self.list.currentItem()
        if len(visible) == 1 or (visible and (current is None or current.isHidden())):
            self.list.setCurrentItem(visible[0])
        elif not visible:
            self.list.setCurrentItem(None)
        self.count.setText(self.tr("%n municipalities", "", len(visible)))
        self._update_ok()

    def _update_ok(self) -> None:
        item = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            item is not None and not item.isHidden())

    def _accept_if_one(self) -> None:
        if len(self._visible()) == 1:
            self.accept()

    def select(self, code: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(_CODE) == code:
                self.list.setCurrentItem(self.list.item(i))
                self.list.scrollToItem(self.list.item(i))
                return True
        return False

    def chosen(self) -> str | None:
        """The code of the municipality picked, or None."""
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(_CODE))
