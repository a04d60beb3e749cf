"""The comparison's filter proxy (sorting is the source model's own, see ComparisonModel.sort)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt

from ..case_list_model import ModelIndex
from .filtering import ComparisonFilter, haystacks, matching_rows
from .model import ComparisonModel


class ComparisonProxy(QSortFilterProxyModel):
    """Keeps the rows that pass the chosen filters; the answer per row is worked out for the
    whole frame at once when a filter changes, so ``filterAcceptsRow`` only looks it up."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chosen = ComparisonFilter()
        self._everything = True  # no filter chosen: every row passes without a look-up
        self._passes: np.ndarray | None = None  # per frame position
        self._order_passes: list[bool] = []  # per source row
        self._searched: pd.Series | None = None

    def source(self) -> ComparisonModel:
        model = self.sourceModel()
        assert isinstance(model, ComparisonModel)
        return model

    def setSourceModel(self, model: ComparisonModel) -> None:  # Qt's name
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)
        model.layoutAboutToBeChanged.connect(self._reorder_soon)
        self._forget()

    def _forget(self) -> None:
        """A new frame: its search texts are made when a search first needs them."""
        self._searched = None
        self._passes = None
        self._order_passes = []

    def _reorder_soon(self) -> None:
        self._order_passes = []

    def set_filter(self, chosen: ComparisonFilter) -> None:
        """Show only the rows that pass ``chosen``."""
        self.beginFilterChange()
        self.chosen = chosen
        self._everything = chosen.is_empty()
        self._passes = None
        self._order_passes = []
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def passing_positions(self) -> np.ndarray:
        """The frame positions of the rows that pass (in frame order)."""
        return np.nonzero(self._mask())[0]

    def _mask(self) -> np.ndarray:
        if self._passes is None:
            frame = self.source().frame
            if self._everything or frame.empty:
                self._passes = np.ones(len(frame), dtype=bool)
            else:
                if self.chosen.words and self._searched is None:
                    self._searched = haystacks(frame)
                self._passes = matching_rows(frame, self.chosen, self._searched)
        return self._passes

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._everything:
            return True
        if not self._order_passes:
            model = self.source()
            order = model.positions(np.arange(model.rowCount()))
            self._order_passes = self._mask()[order].tolist()
        return self._order_passes[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort; the proxy keeps its order and only filters."""
        self.source().sort(column, order)
