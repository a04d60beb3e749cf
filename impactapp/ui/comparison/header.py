"""The comparison table's header: narrow columns (ratings, counts, goals) have upright labels.

Twenty-six criteria and seventeen goals side by side fit only as narrow columns, and their
names fit above them only standing on end, as in a printed comparison table. The label is
still the model's header text (what a screen reader says and the tooltip shows).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from .cells import NARROW_KINDS
from .model import KIND_ROLE

_PAD = 6


class ComparisonHeader(QHeaderView):
    """A horizontal header that draws the labels of narrow columns turned a quarter left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setHighlightSections(False)
        self._widest: tuple[tuple[int, int, int], int] | None = None
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                                 | Qt.TextFlag.TextWordWrap)

    def upright(self, section: int) -> bool:
        model = self.model()
        return model is not None and model.headerData(
            section, Qt.Orientation.Horizontal, KIND_ROLE) in NARROW_KINDS

    def longest(self) -> int:
        """The room an upright label may take (long names are shortened with "…")."""
        return self.fontMetrics().height() * 9

    def narrow_width(self) -> int:
        """The width of a narrow column: one upright line of text, or "−0,75" lying down."""
        metrics = self.fontMetrics()
        return max(metrics.height() + 2 * _PAD, metrics.horizontalAdvance("\u22120,75") + _PAD)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        metrics = self.fontMetrics()
        key = (id(model), model.columnCount(), metrics.height())
        if self._widest is None or self._widest[0] != key:
            # asked at every re-sort: worked out once per set of columns
            widest = 0
            for section in range(model.columnCount()):
                if self.upright(section):
                    text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                    widest = max(widest, min(metrics.horizontalAdvance(text), self.longest()))
            self._widest = (key, widest)
        widest = self._widest[1]
        if widest:
            hint.setHeight(max(hint.height(), widest + 3 * _PAD + metrics.height()))
        return hint

    def forget_labels(self) -> None:
        """The columns changed: measure their labels anew."""
        self._widest = None

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        if not self.upright(section):
            super().paintSection(painter, rect, section)
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        option.text = ""
        arrow = option.sortIndicator
        option.sortIndicator = QStyleOptionHeader.SortIndicator.None_
        style = self.style()
        painter.save()
        style.drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        metrics = self.fontMetrics()
        if arrow != QStyleOptionHeader.SortIndicator.None_:
            mark = QStyleOptionHeader(option)
            mark.sortIndicator = arrow
            size = metrics.height() // 2 + 2
            mark.rect = QRect(rect.center().x() - size // 2, rect.top() + _PAD // 2, size, size)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, mark,
                                painter, self)
        text = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "")
        room = rect.height() - 2 * _PAD - metrics.height()
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))
        painter.setPen(option.palette.color(option.palette.ColorRole.ButtonText))
        painter.translate(rect.center().x() + (metrics.ascent() - metrics.descent()) // 2,
                          rect.bottom() - _PAD)
        painter.rotate(-90)
        painter.drawText(0, 0, shown)
        painter.restore()
