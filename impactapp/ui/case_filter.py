"""Filtering and sorting of the case list."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSortFilterProxyModel

from .case_list_model import FILTER_ROLE, SORT_ROLE, ModelIndex


def fold(text: str) -> str:
    """Text as compared when searching: NFC, case-folded (æøå and Sami letters stay distinct)."""
    return unicodedata.normalize("NFC", text).casefold()


class CaseFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose title, number, unit, status, body or caseworker contain every word."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = fold(model.data(model.index(source_row, 0, source_parent), FILTER_ROLE) or "")
        return all(word in haystack for word in self._words)
