"""The grid view of rating cells: keyboard editing, and sizes that follow the font.

Typing a rating character opens the typing editor, Enter, F2 or a double-click the list of
values, Delete clears; Tab leaves the grid. The view is as tall as its rows (the page scrolls,
not the grid) and its measure columns are as wide as their names need, up to a limit.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from ...domain.model import Scale
from .rating_cell import RATING_KEYS, RatingDelegate
from .rating_grid import RATING_ROLE
from .rating_style import range_text


class RatingGridView(QTableView):
    """A compact table of rating cells, sized to show every row (the page scrolls, not it)."""

    current_cell_changed = Signal(object)  # QModelIndex
    message = Signal(str)  # a short hint for the user (a refused key, a cleared cell)

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.delegate = RatingDelegate(lang, self)
        self.delegate.refused.connect(self._refused)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the grid for the editor below it
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setCornerButtonEnabled(False)
        self.setShowGrid(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setHighlightSections(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setHighlightSections(True)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._apply_font()

    # --- sizes --------------------------------------------------------------------------

    def _apply_font(self) -> None:
        """Row heights and column widths follow the font (the system's size, never pixels)."""
        fm = QFontMetrics(self.font())
        self.verticalHeader().setDefaultSectionSize(int(fm.height() * 1.75))
        self.horizontalHeader().setMinimumSectionSize(fm.horizontalAdvance("M") * 6)
        self._fit()

    def _fit(self) -> None:
        """Equal measure columns wide enough for their names (long names wrap onto up to
        five lines: a district column adds the overall rating), and a header tall enough for
        the longest name."""
        model = self.model()
        header = self.horizontalHeader()
        fm = QFontMetrics(header.font())
        em = fm.horizontalAdvance("M")
        names = [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                 for c in range(model.columnCount())] if model is not None else []
        width = max([em * 9] + [min(fm.horizontalAdvance(n) + 20, em * 15) for n in names])
        lines = 1
        for n, name in enumerate(names):
            if header.sectionSize(n) != width:
                header.resizeSection(n, width)
            box = fm.boundingRect(QRect(0, 0, width - 16, 10000),
                                  int(Qt.TextFlag.TextWordWrap), name)
            lines = max(lines, min(5, -(-box.height() // fm.lineSpacing())))
        height = fm.lineSpacing() * lines + 12
        if header.height() != height:
            header.setFixedHeight(height)
        self.updateGeometry()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._apply_font()

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self._fit)
        model.headerDataChanged.connect(lambda *_: self._fit())
        self._fit()

    def sizeHint(self):
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        header = self.horizontalHeader()
        width = (self.verticalHeader().sizeHint().width() + header.length()
                 + 2 * self.frameWidth())
        height = header.height() + rows * self.verticalHeader().defaultSectionSize()
        height += 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(width, height)

    def minimumSizeHint(self):
        return QSize(min(self.sizeHint().width(), QFontMetrics(self.font()).horizontalAdvance("M")
                         * 30), self.sizeHint().height())

    # --- keyboard and editing ------------------------------------------------------------

    def edit(self, index, trigger=QAbstractItemView.EditTrigger.AllEditTriggers, event=None):
        # Enter, F2 and a double-click ask for the list; typing, and Tab from the previous
        # cell (Qt opens the next editor itself), get the typing editor.
        listing = trigger in (QAbstractItemView.EditTrigger.DoubleClicked,
                              QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegate.mode = "list" if listing else "type"
        return super().edit(index, trigger, event)

    def _editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        index = self.currentIndex()
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._editable(index) and index.data(RATING_ROLE) is not None:
                self.model().setData(index, None, Qt.ItemDataRole.EditRole)
                self.message.emit(self.tr("Rating removed (Ctrl+Z undoes it)."))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._editable(index):
                self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
                event.accept()
            else:
                event.ignore()
            return
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        if text and text.isprintable() and plain and not text.isspace():
            if text in RATING_KEYS and self._editable(index):
                super().keyPressEvent(event)  # opens the typing editor with this key
            else:
                event.accept()  # no jumping to rows by their first letter
            return
        super().keyPressEvent(event)

    def _refused(self, text: str, scale: Scale) -> None:
        self.message.emit(
            self.tr("“%1” is not on this criterion's scale (%2).")
            .replace("%1", text).replace("%2", range_text(scale))
        )

    def focusInEvent(self, event) -> None:
        """Arriving in the grid lands on its first cell (headings cannot hold the cursor)."""
        super().focusInEvent(event)
        model = self.model()
        if model is None or self.currentIndex().isValid():
            return
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.columnCount() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.setCurrentIndex(index)
                return

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        self.current_cell_changed.emit(current)
