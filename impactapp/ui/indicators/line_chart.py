"""A line chart of an indicator over time, one series per region, drawn with QPainter.

The data (``periods``, ``series``, ``direction``) is public so tests and screen readers get
it without reading pixels; the table beside the chart holds the same figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.numbers import format_number
from .chart_style import (
    SeriesStyle,
    begin_chart,
    draw_marker,
    nice_ticks,
    series_style,
    tick_decimals,
)

GRID = QColor("#d9d9d9")


@dataclass(frozen=True)
class Series:
    """One line: a region's figures, one per period (None where there is no figure)."""

    label: str
    values: tuple[float | None, ...]


def direction_text(direction: str) -> str:
    """ "↓ desired (lower is better)" or the upward counterpart, translated."""
    if direction == "up":
        return QCoreApplication.translate("IndicatorCharts", "↑ desired (higher is better)")
    if direction == "down":
        return QCoreApplication.translate("IndicatorCharts", "↓ desired (lower is better)")
    return ""


class LineChart(QWidget):
    """Regions' figures over the periods, with the desired direction and a legend."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.periods: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.unit = ""
        self.direction = ""
        self.lang = "nb"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Line chart"))

    def set_data(self, periods: list[str], series: list[Series], *, unit: str = "",
                 direction: str = "", lang: str = "nb") -> None:
        self.periods = tuple(periods)
        self.series = tuple(series)
        self.unit, self.direction, self.lang = unit, direction, lang
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        if not self.series or not self.periods:
            return self.tr("No figures to show.")
        names = ", ".join(s.label for s in self.series)
        span = f"{self.periods[0]}–{self.periods[-1]}" if len(self.periods) > 1 else \
            self.periods[0]
        return (self.tr("%1 over %2. The table beside it holds the figures.")
                .replace("%1", names).replace("%2", span)
                + " " + direction_text(self.direction))

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 26, h * 18)

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 16, h * 12)

    # --- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = begin_chart(self, self.unit, direction_text(self.direction))
        painter, text, h, area = frame.painter, frame.text, frame.line, frame.area
        values = [v for s in self.series for v in s.values if v is not None]
        if not values or not self.periods:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No figures to show."))
            return
        legend_height = self._legend(painter, area, draw=False)
        plot_area = area.adjusted(0, h * 1.6, 0, -legend_height - h * 0.6)
        self._plot(painter, plot_area, values, text)
        self._legend(painter, QRectF(area.left(), area.bottom() - legend_height, area.width(),
                                     legend_height), draw=True)

    def _plot(self, painter: QPainter, area: QRectF, values: list[float], text: QColor) -> None:
        fm = self.fontMetrics()
        h = fm.height()
        ticks = nice_ticks(min(values), max(values))
        decimals = tick_decimals(ticks)
        labels = [format_number(t, self.lang, decimals) for t in ticks]
        left = area.left() + max(fm.horizontalAdvance(label) for label in labels) + h * 0.5
        first_w = fm.horizontalAdvance(self.periods[0]) / 2
        last_w = fm.horizontalAdvance(self.periods[-1]) / 2
        plot = QRectF(left, area.top() + h * 0.5, area.right() - left, area.height() - h * 2)
        lo, hi = ticks[0], ticks[-1]

        def y_of(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        inner_left = plot.left() + max(h, first_w)
        inner_right = plot.right() - max(h, last_w)
        n = len(self.periods)

        def x_of(i: int) -> float:
            if n == 1:
                return (inner_left + inner_right) / 2
            return inner_left + i * (inner_right - inner_left) / (n - 1)

        for tick, label in zip(ticks, labels, strict=True):
            y = y_of(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y - h / 2, left - area.left() - h * 0.3, h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        widest = max(fm.horizontalAdvance(p) for p in self.periods) + h
        room = (inner_right - inner_left) / (n - 1) if n > 1 else widest
        step = max(1, math.ceil(widest / max(room, 1.0)))  # every step-th period is labelled
        for i, period in enumerate(self.periods):
            x = x_of(i)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + h * 0.25))
            if i % step == 0 or i == n - 1:
                w = fm.horizontalAdvance(period) + h
                painter.drawText(QRectF(x - w / 2, plot.bottom() + h * 0.3, w, h),
                                 Qt.AlignmentFlag.AlignCenter, period)
        for index, series in enumerate(self.series):
            style = series_style(index)
            width = 2.6 if index == 0 else 1.8
            painter.setPen(style.pen(width))
            for i in range(n - 1):
                a, b = series.values[i], series.values[i + 1]
                if a is not None and b is not None:
                    painter.drawLine(QPointF(x_of(i), y_of(a)), QPointF(x_of(i + 1), y_of(b)))
            for i, v in enumerate(series.values):
                if v is not None:
                    draw_marker(painter, style, QPointF(x_of(i), y_of(v)), h * 0.55)

    def _legend(self, painter: QPainter, area: QRectF, *, draw: bool) -> float:
        """Lay out (and with ``draw``, paint) the legend in rows; returns its height."""
        fm = self.fontMetrics()
        h = fm.height()
        sample = h * 2.2
        x, y = area.left(), area.top()
        for index, series in enumerate(self.series):
            w = sample + h * 0.4 + fm.horizontalAdvance(series.label) + h
            if x > area.left() and x + w > area.right():
                x, y = area.left(), y + h * 1.3
            if draw:
                self._legend_item(painter, series_style(index), series.label,
                                  QPointF(x, y + h / 2), sample, index == 0)
            x += w
        return y - area.top() + h * 1.3

    def _legend_item(self, painter: QPainter, style: SeriesStyle, label: str, at: QPointF,
                     sample: float, first: bool) -> None:
        painter.setPen(style.pen(2.6 if first else 1.8))
        painter.drawLine(at, QPointF(at.x() + sample, at.y()))
        draw_marker(painter, style, QPointF(at.x() + sample / 2, at.y()),
                    self.fontMetrics().height() * 0.55)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        h = self.fontMetrics().height()
        painter.drawText(QRectF(at.x() + sample + h * 0.4, at.y() - h / 2, 1000, h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
