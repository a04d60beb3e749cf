"""The comparison table model: a thin Qt view over the comparison frame.

Nothing is formatted up front: ``data()`` turns one frame value into text or a colour when the
view paints that cell. The model sorts itself with pandas (one key per row, cached per column),
as CaseListModel does, which is far cheaper for 10,000 rows than a proxy calling ``data()``
for each comparison; the proxy in front of it only filters.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ...analysis.cells import column_kind, is_missing
from ...analysis.labels import column_labels
from ...domain.model import Catalog
from ..case_list_model import CASE_ID_ROLE, ModelIndex
from ..fields.rating_style import rating_label
from .cells import RATING_KINDS, CellFormatter, colours, sorted_positions
from .columns import is_raw, view_columns

#: headerData role: the column's id in the frame ("title", "env.noise", "sdg:13").
COLUMN_ID_ROLE = Qt.ItemDataRole.UserRole + 3
#: headerData role: the column's kind ("rating", "count", "text" ...).
KIND_ROLE = Qt.ItemDataRole.UserRole + 4

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_SERVED = frozenset(
    (_DISPLAY, _TOOLTIP, _ACCESSIBLE, _BACKGROUND, _FOREGROUND, _ALIGNMENT, CASE_ID_ROLE))


class ComparisonModel(QAbstractTableModel):
    """Rows are the frame's rows (a case with its recommended alternative), in sorted order."""

    def __init__(self, catalog: Catalog, lang: str, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.formatter = CellFormatter(catalog, lang)
        self._frame = pd.DataFrame()
        self.columns: list[str] = []
        self._kinds: list[str] = []
        self._alignments: list[Qt.AlignmentFlag] = []
        self._labels: list[str] = []
        self._raw: dict[int, str] = {}  # section -> the raw-value column of its criterion
        self._order = np.zeros(0, dtype=np.int64)  # row -> frame position
        self._case_ids = np.zeros(0, dtype=np.int64)
        self._values: dict[str, np.ndarray] = {}
        self._sorted: dict[tuple[str, bool], np.ndarray] = {}
        self._sort: tuple[str, Qt.SortOrder] | None = None

    # --- content ----------------------------------------------------------------------------

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show a new frame (after cases changed), keeping the sort order."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self.columns = view_columns(frame.columns, self.catalog, self.lang)
        self._kinds = [column_kind(c, self.catalog) for c in self.columns]
        self._alignments = [self.formatter.alignment(k) for k in self._kinds]
        labels = column_labels(self.columns, self.catalog, self.lang)
        self._labels = [labels[c] for c in self.columns]
        raw_of = {c.split("@", 1)[0]: c for c in frame.columns if is_raw(c, self.catalog)}
        self._raw = {i: raw_of[c] for i, c in enumerate(self.columns) if c in raw_of}
        self._values = {}
        self._sorted = {}
        self._case_ids = (self._frame["case_id"].to_numpy(dtype=np.int64)
                          if "case_id" in self._frame else np.zeros(0, dtype=np.int64))
        self._order = np.arange(len(self._frame), dtype=np.int64)
        if self._sort is not None and self._sort[0] in self.columns:
            self._order = self._positions(self._sort[0], self._sort[1])
        self.endResetModel()

    def column_index(self, column: str) -> int:
        """The section of a frame column, or −1 when the view does not show it."""
        return self.columns.index(column) if column in self.columns else -1

    def kind(self, section: int) -> str:
        return self._kinds[section]

    def label(self, section: int) -> str:
        return self._labels[section]

    def position(self, row: int) -> int:
        """The frame position of a model row."""
        return int(self._order[row])

    def positions(self, rows: np.ndarray) -> np.ndarray:
        return self._order[rows]

    def case_id(self, row: int) -> int:
        return int(self._case_ids[self._order[row]])

    def case_ids(self) -> np.ndarray:
        """The case id of every frame position (not in sorted order)."""
        return self._case_ids

    def value(self, row: int, column: str) -> Any:
        """The frame value behind a cell (None when missing)."""
        return self._column_values(column)[self._order[row]]

    def _column_values(self, column: str) -> np.ndarray:
        values = self._values.get(column)
        if values is None:
            values = self._frame[column].to_numpy(dtype=object, na_value=None)
            self._values[column] = values
        return values

    # --- sorting ----------------------------------------------------------------------------

    def _positions(self, column: str, order: Qt.SortOrder) -> np.ndarray:
        descending = order == Qt.SortOrder.DescendingOrder
        cached = self._sorted.get((column, descending))
        if cached is None:
            cached = sorted_positions(self._frame[column], column_kind(column, self.catalog),
                                      descending)
            self._sorted[(column, descending)] = cached
        return cached

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows, keeping selections and other persistent indexes on their case."""
        if not 0 <= column < len(self.columns):
            return
        wanted = (self.columns[column], order)
        if wanted == self._sort:
            return  # the view asks twice for one click
        self._sort = wanted
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._order = self._positions(*wanted)
        new_row = np.empty(len(old), dtype=np.int64)
        new_row[self._order] = np.arange(len(old))  # frame position -> new row
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(int(new_row[old[p.row()]]), p.column()) for p in persistent
        ])
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[str, Qt.SortOrder] | None:
        return self._sort

    # --- the Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (_DISPLAY, _TOOLTIP, _ACCESSIBLE):
            return self._labels[section]
        if role == COLUMN_ID_ROLE:
            return self.columns[section]
        if role == KIND_ROLE:
            return self._kinds[section]
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY):
        # The view asks for a dozen roles per painted cell; most are answered at once.
        if role not in _SERVED or not index.isValid():
            return None
        section = index.column()
        if role == _DISPLAY:
            row = index.row()
            return self.formatter.text(self._kinds[section], self.value(row, self.columns[section]),
                                       self._raw_value(row, section))
        if role in (_BACKGROUND, _FOREGROUND):
            found = colours(self._kinds[section], self.value(index.row(), self.columns[section]))
            if found is None:
                return None
            return found[0] if role == _BACKGROUND else found[1]
        if role == _ALIGNMENT:
            return self._alignments[section]
        if role == CASE_ID_ROLE:
            return self.case_id(index.row())
        return self._described(index.row(), section)  # tooltip, accessible text

    def _raw_value(self, row: int, section: int) -> Any:
        raw = self._raw.get(section)
        return None if raw is None else self.value(row, raw)

    def _described(self, row: int, section: int) -> str | None:
        """A cell in words, for tooltips and screen readers: "Støy: +2 Positiv"."""
        column = self.columns[section]
        kind = self._kinds[section]
        value = self.value(row, column)
        if kind in RATING_KINDS and column in self.catalog.criteria:
            raw = self._raw_value(row, section)
            shown = raw if raw is not None else value
            if is_missing(shown):
                words = rating_label(None, None, self.lang)
            elif isinstance(shown, str):
                words = rating_label(shown, None, self.lang)
            else:  # the value on the criterion's own scale (a raw value, or impact7's own)
                words = rating_label(int(float(shown)), self.catalog.scale_of(column), self.lang)
            return f"{self._labels[section]}: {words}"
        text = self.formatter.text(kind, value, self._raw_value(row, section))
        return f"{self._labels[section]}: {text}" if text else None
