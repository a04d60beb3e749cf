"""The comparison table's identifying columns (title, case number) held in place while the
other forty-odd columns scroll sideways.

A second view of the same model and selection lies over the table's left edge and shows only
those columns; its header can widen the title. The two views scroll up and down together,
and the column widths and sort order are kept the same in both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumns(QObject):
    """Keeps ``columns()`` (model column numbers) of ``table`` visible at its left edge."""

    def __init__(self, table: QTableView, columns: Callable[[], list[int]]):
        super().__init__(table)
        self.table = table
        self.columns = columns
        view = QTableView(table)
        self.view = view
        view.setObjectName("frozen_columns")
        view.setModel(table.model())
        view.setSelectionModel(table.selectionModel())
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the table
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.verticalHeader().hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(table.verticalScrollMode())
        view.setSelectionBehavior(table.selectionBehavior())
        view.setSelectionMode(table.selectionMode())
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(table.horizontalHeader().defaultAlignment())
        header.setStretchLastSection(False)
        table.viewport().stackUnder(view)

        view.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        header.sectionResized.connect(self._widened_here)
        header.sectionClicked.connect(self._sort_clicked)
        table.horizontalHeader().sectionResized.connect(self._widened_there)
        table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        table.horizontalHeader().geometriesChanged.connect(self.place)
        table.model().modelReset.connect(self.refresh)
        table.model().layoutChanged.connect(self.place)
        table.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        """Show only the frozen columns, as wide as in the table."""
        keep = set(self.columns())
        model = self.view.model()
        for section in range(model.columnCount() if model is not None else 0):
            self.view.setColumnHidden(section, section not in keep)
            if section in keep:
                self.view.setColumnWidth(section, self.table.columnWidth(section))
        self.place()

    def width(self) -> int:
        return sum(self.table.columnWidth(c) for c in self.columns()
                   if not self.table.isColumnHidden(c))

    def place(self) -> None:
        """Lie exactly over the table's first columns, header included."""
        table = self.table
        header_height = table.horizontalHeader().height()
        self.view.horizontalHeader().setFixedHeight(header_height)
        left = table.frameWidth() + (table.verticalHeader().width()
                                     if table.verticalHeader().isVisible() else 0)
        self.view.setGeometry(left, table.frameWidth(), self.width(),
                              table.viewport().height() + header_height)
        self.view.setVisible(self.width() > 0 and table.isVisible())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def _widened_here(self, section: int, _old: int, new: int) -> None:
        if section not in self.columns() or self.view.isColumnHidden(section):
            return  # hiding a column "resizes" it to nothing: not the user's widening
        if self.table.columnWidth(section) != new:
            self.table.setColumnWidth(section, new)
        self.place()

    def _widened_there(self, section: int, _old: int, new: int) -> None:
        if section in self.columns() and self.view.columnWidth(section) != new:
            self.view.setColumnWidth(section, new)
            self.place()

    def _sort_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == section and \
                header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(section, order)

    def _sorted(self, section: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        if section in self.columns():
            header.setSortIndicator(section, order)
        else:
            header.setSortIndicator(-1, order)
