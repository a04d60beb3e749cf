"""A table of an indicator's figures: a row per region, a column per period, and the change.

The change column compares each region's first and latest figure and says whether it moved
in the desired direction, in words (better, worse), not by colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.numbers import format_number
from ...domain.observation import Observation
from ...indicators.symbols import symbol_meaning

VALUE_ROLE = Qt.ItemDataRole.UserRole
_MINUS = "\u2212"
Index = QModelIndex | QPersistentModelIndex


def shared_decimals(values: list[float | None]) -> int:
    """The decimals (at most 2) every figure is written with, so that a column of 8,0 and
    8,5 lines up rather than reading 8 and 8,5."""
    most = 0
    for value in values:
        if value is not None and not float(value).is_integer():
            digits = repr(round(float(value), 2)).split(".")[1] if "e" not in repr(value) else "00"
            most = max(most, min(2, len(digits)))
    return most


def signed(value: float, lang: str, decimals: int | None = None) -> str:
    """+1,2 or −1,2 (a real minus sign); 0 without a sign."""
    if value == 0:
        return format_number(0, lang, decimals)
    text = format_number(abs(value), lang, decimals)
    return ("+" if value > 0 else _MINUS) + text


class FigureTableModel(QAbstractTableModel):
    """Rows: regions (code, name). Columns: the region, each period, the change."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.regions: list[tuple[str, str]] = []
        self.periods: list[str] = []
        self.cells: dict[tuple[str, str], Observation] = {}
        self.direction = ""
        self.unit = ""
        self.lang = "nb"
        self.decimals = 0

    def set_figures(self, regions: list[tuple[str, str]], periods: list[str],
                    cells: dict[tuple[str, str], Observation], *, direction: str = "",
                    unit: str = "", lang: str = "nb") -> None:
        self.beginResetModel()
        self.regions, self.periods, self.cells = list(regions), list(periods), dict(cells)
        self.direction, self.unit, self.lang = direction, unit, lang
        codes = {code for code, _ in self.regions}
        self.decimals = shared_decimals([o.value for (code, _), o in self.cells.items()
                                         if code in codes])
        self.endResetModel()

    def has_change(self) -> bool:
        return len(self.periods) > 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.regions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.periods) + self.has_change()

    def observation(self, row: int, column: int) -> Observation | None:
        if not 1 <= column <= len(self.periods):
            return None
        return self.cells.get((self.regions[row][0], self.periods[column - 1]))

    def change(self, row: int) -> tuple[float, str, str] | None:
        """(latest − first figure, first period, latest period) of the row's region."""
        code = self.regions[row][0]
        held = [(p, o.value) for p in self.periods
                if (o := self.cells.get((code, p))) is not None and o.value is not None]
        if len(held) < 2:
            return None
        (first, a), (last, b) = held[0], held[-1]
        return round(b - a, 6), first, last

    def verdict(self, difference: float) -> str:
        if difference == 0:
            return self.tr("unchanged")
        if self.direction not in ("up", "down"):
            return ""
        better = (difference > 0) == (self.direction == "up")
        return self.tr("better") if better else self.tr("worse")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            code, name = self.regions[row]
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                return code
            return None
        if column > len(self.periods):
            return self._change_data(row, role)
        o = self.observation(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if o is None:
                return ""
            if o.value is None:
                return o.status
            text = format_number(o.value, self.lang, self.decimals)
            return f"{text} {o.status}" if o.status else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VALUE_ROLE:
            return None if o is None else o.value
        if role == Qt.ItemDataRole.ToolTipRole and o is not None and o.status:
            return symbol_meaning(o.status, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and o is None:
            return self.tr("No figure stored for this period.")
        return None

    def _change_data(self, row: int, role: int) -> Any:
        found = self.change(row)
        if found is None:
            return None
        difference, first, last = found
        if role == Qt.ItemDataRole.DisplayRole:
            verdict = self.verdict(difference)
            text = signed(difference, self.lang, self.decimals)
            return f"{text} ({verdict})" if verdict and difference else (verdict or text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VALUE_ROLE:
            return difference
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("From %1 to %2").replace("%1", first).replace("%2", last)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Region")
            if section <= len(self.periods):
                return self.periods[section - 1]
            return self.tr("Change")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section > 0 else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None
