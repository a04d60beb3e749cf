"""The climate budget by year: a column per year for the new effect, a line for the total.

Cuts (fewer t CO2e per year) are solid and go down from zero, increases are hatched and go up,
each column has its signed figure written on it, and the total in force from each year on is a
dashed line with square markers: readable in greyscale.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from .charts import BarStyle, Chart, fill

_PAD = 6
CUT, INCREASE, IN_FORCE = "#2166ac", "#b2182b", "#404040"


@dataclass(frozen=True)
class YearBar:
    """One year of the climate budget (``year`` None: a quantified effect with no year)."""

    year: int | None
    label: str
    tonnes: float  # the new effect of the year, t CO2e per year
    in_force: float | None  # the total from this year on (None outside the running total)
    cases: int
    value_text: str
    description: str


class ClimateChart(Chart):
    """Columns per year around a zero line, and the running total as a line."""

    def __init__(self, name: str, labels: tuple[str, str, str], parent: QWidget | None = None):
        cut, increase, total = labels
        super().__init__(name, (BarStyle("cut", cut, CUT), BarStyle("increase", increase,
                                                                     INCREASE, hatched=True),
                                BarStyle("in_force", total, IN_FORCE, line=True)), parent)
        self.rows: list[YearBar] = []

    def set_rows(self, rows: list[YearBar], summary: str = "") -> None:
        self.rows = list(rows)
        words = [r.description for r in self.rows]
        self.setAccessibleDescription(" ".join([summary, *words]).strip() or self.empty_text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 70,
                     self.legend_height() + self.line() * 13)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.line() * 14)

    def _scale(self, top: int, bottom: int) -> tuple[float, float]:
        """(zero y, pixels per tonne)."""
        values = [r.tonnes for r in self.rows] + [r.in_force for r in self.rows
                                                  if r.in_force is not None]
        high, low = max(0.0, *values), min(0.0, *values)
        span = (high - low) or 1.0
        per = (bottom - top) / span
        return top + high * per, per

    def _columns(self) -> tuple[int, int]:
        """(x of the first column, width of each slot)."""
        metrics = self.fontMetrics()
        slot = max(metrics.horizontalAdvance(r.value_text) for r in self.rows) + 2 * _PAD
        slot = max(slot, metrics.horizontalAdvance("0000") + 2 * _PAD)
        widest = max(slot, metrics.averageCharWidth() * 14)  # a lone year stays a column
        return _PAD, max(slot, min(widest, (self.width() - 2 * _PAD) // max(1, len(self.rows))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.palette().color(self.palette().ColorRole.WindowText)
        metrics = self.fontMetrics()
        top = self.draw_legend(painter, _PAD) + metrics.height()
        if not self.rows:
            painter.setPen(text)
            painter.drawText(QRect(_PAD, top - metrics.height(), self.width() - 2 * _PAD,
                                   self.line()), Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            self.draw_focus(painter)
            return
        bottom = self.height() - 2 * self.line()
        zero, per = self._scale(top, bottom)
        left, slot = self._columns()
        width = max(6, slot * 3 // 5)
        points: list[QPointF] = []
        for i, row in enumerate(self.rows):
            centre = left + i * slot + slot // 2
            height = abs(row.tonnes) * per
            y = zero - height if row.tonnes > 0 else zero
            fill(painter, QRectF(centre - width / 2, y, width, max(1.0, height)),
                 QColor(INCREASE if row.tonnes > 0 else CUT), row.tonnes > 0)
            painter.setPen(text)
            label_y = int(y) - metrics.height() - 5 if row.tonnes > 0 else int(y + height) + 5
            painter.drawText(QRect(centre - slot // 2, label_y, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, row.value_text)
            painter.drawText(QRect(centre - slot // 2, self.height() - self.line(), slot,
                                   metrics.height()), Qt.AlignmentFlag.AlignCenter, row.label)
            if row.in_force is not None:
                points.append(QPointF(centre, zero - row.in_force * per))
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(left, zero), QPointF(self.width() - _PAD, zero))
        if points:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(IN_FORCE), 2, Qt.PenStyle.DashLine))
            for start, end in pairwise(points):
                painter.drawLine(start, end)
            for point in points:
                painter.fillRect(QRectF(point.x() - 3, point.y() - 3, 6, 6), QColor(IN_FORCE))
        self.draw_focus(painter)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.rows:
            left, slot = self._columns()
            index = (event.pos().x() - left) // slot
            if 0 <= index < len(self.rows):
                QToolTip.showText(event.globalPos(), self.rows[index].description, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
