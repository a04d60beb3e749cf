"""Filtering of the case list (sorting is the source model's own, see CaseListModel.sort)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from .case_list_model import CaseListModel, ModelIndex, fold


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose title, number, unit, status, body or caseworker contain every word."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort; the proxy keeps its order and only filters."""
        source = self.sourceModel()
        if isinstance(source, CaseListModel):
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().haystack(source_row)
        return all(word in haystack for word in self._words)
