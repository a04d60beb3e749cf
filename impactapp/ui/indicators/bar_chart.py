"""Municipalities side by side for one period: a horizontal bar each, drawn with QPainter.

The own municipality and the national figure differ from the others by fill pattern as well
as colour, and every bar has its figure written beside it, so nothing depends on colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.numbers import format_number
from .chart_style import begin_chart
from .figures_model import shared_decimals
from .line_chart import GRID, direction_text

HOME, NATIONAL, OTHER = "home", "national", "other"
_FILLS = {
    HOME: (QColor("#2166ac"), Qt.BrushStyle.SolidPattern),
    NATIONAL: (QColor("#000000"), Qt.BrushStyle.BDiagPattern),
    OTHER: (QColor("#b3cde3"), Qt.BrushStyle.SolidPattern),
}


@dataclass(frozen=True)
class Bar:
    """One region's figure (None with the source's symbol where it publishes none)."""

    label: str
    value: float | None
    kind: str = OTHER  # HOME | NATIONAL | OTHER
    status: str = ""


class BarChart(QWidget):
    """Regions' figures for one period, highest first, with the desired direction."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.period = ""
        self.bars: tuple[Bar, ...] = ()
        self.unit = ""
        self.direction = ""
        self.lang = "nb"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Bar chart"))

    def set_data(self, period: str, bars: list[Bar], *, unit: str = "", direction: str = "",
                 lang: str = "nb") -> None:
        self.period = period
        self.bars = tuple(bars)
        self.unit, self.direction, self.lang = unit, direction, lang
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        if not self.bars:
            return self.tr("No figures to show.")
        shown = "; ".join(f"{b.label} {self._value_text(b)}" for b in self.bars)
        return f"{self.period}: {shown}. {direction_text(self.direction)}"

    def _value_text(self, bar: Bar) -> str:
        if bar.value is None:
            return bar.status or "–"
        return format_number(bar.value, self.lang, shared_decimals([b.value for b in self.bars]))

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 24, int(h * (5 + 1.5 * max(len(self.bars), 3))))

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 16, h * 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        heading = " · ".join(part for part in (self.period, self.unit) if part)
        frame = begin_chart(self, heading, direction_text(self.direction))
        painter, text, h, area = frame.painter, frame.text, frame.line, frame.area
        fm = self.fontMetrics()
        values = [b.value for b in self.bars if b.value is not None]
        if not values:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No figures to show."))
            return
        label_w = max(fm.horizontalAdvance(b.label) for b in self.bars) + h * 0.6
        value_w = max(fm.horizontalAdvance(self._value_text(b)) for b in self.bars) + h * 0.6
        lo, hi = min(0.0, *values), max(0.0, *values)
        span = (hi - lo) or 1.0
        left = area.left() + label_w
        right = area.right() - value_w
        row = min(h * 1.6, (area.bottom() - area.top() - h * 4.5) / len(self.bars))

        def x_of(v: float) -> float:
            return left + (v - lo) / span * (right - left)

        top = area.top() + h * 1.6
        painter.setPen(QPen(GRID, 1))
        zero = x_of(0.0)
        painter.drawLine(QPointF(zero, top), QPointF(zero, top + row * len(self.bars)))
        for i, bar in enumerate(self.bars):
            y = top + i * row
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_w - h * 0.4, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             bar.label)
            end = zero
            if bar.value is not None:
                end = x_of(bar.value)
                rect = QRectF(min(zero, end), y + row * 0.18, abs(end - zero), row * 0.64)
                self._fill(painter, rect, bar.kind, text)
            painter.setPen(text)
            painter.drawText(QRectF(max(zero, end) + h * 0.3, y, value_w, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._value_text(bar))
        self._legend(painter, QPointF(area.left(), top + row * len(self.bars) + h * 0.6), text)

    def _fill(self, painter: QPainter, rect: QRectF, kind: str, text: QColor) -> None:
        colour, pattern = _FILLS.get(kind, _FILLS[OTHER])
        painter.setPen(QPen(text, 1))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(rect)
        painter.setBrush(QBrush(colour, pattern))
        painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, at: QPointF, text: QColor) -> None:
        fm = self.fontMetrics()
        h = fm.height()
        kinds = {b.kind for b in self.bars}
        names = ((HOME, self.tr("own municipality")), (NATIONAL, self.tr("national figure")),
                 (OTHER, self.tr("other municipalities")))
        right = self.width() - h * 0.8
        x, y = at.x(), at.y()
        for kind, name in names:
            if kind not in kinds:
                continue
            width = h * 2.8 + fm.horizontalAdvance(name)
            if x > at.x() and x + width - h > right:
                x, y = at.x(), y + h * 1.3
            self._fill(painter, QRectF(x, y + h * 0.15, h * 1.4, h * 0.8), kind, text)
            painter.setPen(text)
            painter.drawText(QRectF(x + h * 1.8, y, width, h * 1.1),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += width
