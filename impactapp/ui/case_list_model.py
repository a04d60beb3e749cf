"""The table model behind the case list: a thin Qt view over CaseSummary rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.model import CaseSummary
from .labels import depth_label, format_changed, status_label

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3


class CaseListModel(QAbstractTableModel):
    """Rows are cases; cells are formatted only when the view asks for them."""

    COLUMNS = ("title", "case_number", "unit", "status", "depth", "updated")

    def __init__(self, lang: str = "nb", parent=None):
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._lang = lang
        self._now = datetime.now().astimezone()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Case no."),
            self.tr("Unit"),
            self.tr("Status"),
            self.tr("Depth"),
            self.tr("Last changed"),
        )

    def set_cases(self, rows: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = datetime.now().astimezone()
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == "updated":
                return row.updated.timestamp()
            return self._display(row, column).casefold()
        if role == CASE_ID_ROLE:
            return row.id
        if role == FILTER_ROLE:
            return " ".join(
                (row.title, row.case_number, row.unit, status_label(row.status),
                 row.decision_body, row.caseworker)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "updated":
            return row.updated.astimezone().strftime("%d.%m.%Y %H:%M")
        return None

    def _display(self, row: CaseSummary, column: str) -> str:
        if column == "status":
            return status_label(row.status)
        if column == "depth":
            return depth_label(row.depth)
        if column == "updated":
            return format_changed(row.updated, self._lang, self._now)
        return str(getattr(row, column))
