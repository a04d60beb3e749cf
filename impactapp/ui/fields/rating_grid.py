"""The table model both rating grids share: rows of things rated, one column per measure.

Subclasses say what the rows are and how a cell is read and written; this class turns that into
Qt's model roles, which the rating delegate paints. The model keeps no copy of the case: every
call looks the value up again in ``draft.case`` (after undo the case may be a new object).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain.issues import Issue
from ...domain.model import Alternative, Catalog, Scale
from ..draft import CaseDraft
from .rating_style import CERTAINTY_MARKS, Value, certainty_label, rating_label, rating_text

_ROLE = Qt.ItemDataRole.UserRole
RATING_ROLE = _ROLE + 1  # the rating value: int, "unknown", "not_relevant" or None
SCALE_ROLE = _ROLE + 2  # the Scale the cell is rated on
CERTAINTY_ROLE = _ROLE + 3  # "low" | "medium" | "high" | None
ISSUES_ROLE = _ROLE + 4  # list[Issue] of the cell
SPECIALS_ROLE = _ROLE + 5  # whether "unknown" and "not relevant" are allowed
HEADING_ROLE = _ROLE + 6  # True for a group heading row (a pillar, a kommune)

Index = QModelIndex | QPersistentModelIndex



@dataclass(frozen=True)
class GridRow:
    """One row: a heading (``key`` is the group id) or a thing rated (a criterion, a bydel)."""

    key: str
    title: str
    heading: bool = False
    tooltip: str = ""
    dimmed: bool = False  # e.g. a criterion screened out but shown on request


def assessment_issue_target(issue: Issue, alternatives: list[Alternative]
                            ) -> tuple[str, str | None] | None:
    """(alternative id, criterion id or None) an issue on an alternative's assessments is
    about, or None when it lies elsewhere or its alternative is no longer in the case."""
    where = issue.where
    if not where.in_part("assessments") or where.alternative is None:
        return None
    if not any(alt.id == where.alternative for alt in alternatives):
        return None
    return where.alternative, where.criterion


class RatingGridModel(QAbstractTableModel):
    """Rows from ``build_rows``, columns from ``build_columns``; cells through read/write."""

    def __init__(self, draft: CaseDraft, catalog: Catalog, lang: str, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.catalog = catalog
        self.lang = lang
        self.rows: list[GridRow] = []
        self.columns: list[str] = []  # alternative ids
        self._issues: dict[tuple[str, str], list[Issue]] = {}  # (alt id, row key) -> issues
        self.rows, self.columns = self.build_rows(), self.build_columns()
        draft.changed.connect(self.sync)

    # --- for subclasses -----------------------------------------------------------------

    def build_rows(self) -> list[GridRow]:
        raise NotImplementedError

    def build_columns(self) -> list[str]:
        raise NotImplementedError

    def read(self, alt: Alternative, row: GridRow) -> Value:
        raise NotImplementedError

    def write(self, alt_id: str, row: GridRow, value: Value) -> bool:
        """Change the case through the draft; False when nothing changed."""
        raise NotImplementedError

    def scale_for(self, row: GridRow) -> Scale | None:
        raise NotImplementedError

    def certainty(self, alt: Alternative, row: GridRow) -> str | None:
        return None

    def specials_allowed(self) -> bool:
        return True

    def cell_name(self, alt: Alternative, row: GridRow) -> str:
        """What a screen reader says before the value: "<row>, <measure>"."""
        return f"{row.title}, {alt.name or alt.id}"

    # --- structure ----------------------------------------------------------------------

    def sync(self) -> None:
        """Follow the draft: reset when rows or columns changed, else repaint every cell."""
        rows, columns = self.build_rows(), self.build_columns()
        if rows != self.rows or columns != self.columns:
            self.beginResetModel()
            self.rows, self.columns = rows, columns
            self.endResetModel()
        elif self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_issues(self, issues: dict[tuple[str, str], list[Issue]]) -> None:
        self._issues = issues
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))

    def cell_issues(self, alt_id: str, key: str) -> list[Issue]:
        return self._issues.get((alt_id, key), [])

    def position(self, alt_id: str, key: str) -> QModelIndex:
        """The index of the cell for ``alt_id`` and row ``key`` (invalid if not shown)."""
        rows = [r.key for r in self.rows if not r.heading]
        if alt_id not in self.columns or key not in rows:
            return QModelIndex()
        row = next(n for n, r in enumerate(self.rows) if r.key == key and not r.heading)
        return self.index(row, self.columns.index(alt_id))

    def cell(self, index: Index) -> tuple[Alternative, GridRow] | None:
        """The alternative and row of a cell, looked up in the current case."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if row.heading or index.column() >= len(self.columns):
            return None
        alt = self.draft.case.alternative(self.columns[index.column()])
        return None if alt is None else (alt, row)

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].heading:
            return Qt.ItemFlag.NoItemFlags  # disabled, so the cursor keys pass over it
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.draft.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == HEADING_ROLE:
            return row.heading
        found = self.cell(index)
        if found is None:
            return None
        alt, row = found
        if role in (Qt.ItemDataRole.DisplayRole, RATING_ROLE, Qt.ItemDataRole.EditRole):
            value = self.read(alt, row)
            if role == RATING_ROLE or role == Qt.ItemDataRole.EditRole:
                return value
            return rating_text(value)
        if role == SCALE_ROLE:
            return self.scale_for(row)
        if role == CERTAINTY_ROLE:
            return self.certainty(alt, row)
        if role == SPECIALS_ROLE:
            return self.specials_allowed()
        if role == ISSUES_ROLE:
            return self.cell_issues(alt.id, row.key)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.spoken(alt, row, role == Qt.ItemDataRole.AccessibleTextRole)
        return None

    def spoken(self, alt: Alternative, row: GridRow, with_name: bool) -> str:
        """The cell in words: value, certainty and what needs attention."""
        value = self.read(alt, row)
        parts = [rating_label(value, self.scale_for(row), self.lang)]
        certainty = self.certainty(alt, row)
        if certainty:
            parts.append(self.tr("certainty %1 %2").replace("%1", certainty_label(certainty))
                         .replace("%2", CERTAINTY_MARKS.get(certainty, "")))
        for issue in self.cell_issues(alt.id, row.key):
            parts.append("! " + issue.message.get(self.lang))
        text = "; ".join(parts)
        return f"{self.cell_name(alt, row)}: {text}" if with_name else text

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        found = self.cell(index)
        if found is None or role != Qt.ItemDataRole.EditRole or self.draft.read_only:
            return False
        alt, row = found
        return self.write(alt.id, row, value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.columns):
                return None
            alt = self.draft.case.alternative(self.columns[section])
            if alt is None:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return alt.name or alt.id
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n\n".join(t for t in (alt.name, alt.description) if t)
            return None
        if section >= len(self.rows):
            return None
        row = self.rows[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.FontRole and (row.heading or row.dimmed):
            font = QFont()
            font.setBold(row.heading)
            font.setItalic(row.dimmed)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None
