"""The budget's path chart: reference path, emissions after the decided measures and the target
path, year by year (the PDF draws the same three lines)."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.climate_target import PathYear
from .numbers import show_number

SERIES = (("reference", "#7F7F7F", Qt.PenStyle.DashLine),
          ("with_decided", "#2166AC", Qt.PenStyle.SolidLine),
          ("target", "#1A9850", Qt.PenStyle.DotLine))


def nice_step(raw: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) at least ``raw``."""
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


class PathChart(QWidget):
    """Three lines over the years of the path, with a legend."""

    def __init__(self, lang: str = "nb", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.path: tuple[PathYear, ...] = ()
        self.names = {"reference": self.tr("Reference path"),
                      "with_decided": self.tr("After decided measures"),
                      "target": self.tr("Target path")}
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Emissions against the target path"))

    def set_path(self, path: tuple[PathYear, ...]) -> None:
        self.path = path
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.path:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No climate target is set."))
            return
        metrics = painter.fontMetrics()
        values = [v for p in self.path for v in (p.reference, p.with_decided, p.target)]
        low = min(0.0, min(values))
        step = nice_step((max(values) - low) / 4)
        high = low + step * max(1, math.ceil((max(values) - low) / step))
        legend = max(metrics.horizontalAdvance(n) for n in self.names.values()) + 40
        area = QRectF(70, 10, max(50.0, self.width() - 90 - legend),
                      max(40.0, self.height() - 40))
        years = [p.year for p in self.path]

        def point(year: int, value: float) -> QPointF:
            share = 0.5 if len(years) == 1 else (year - years[0]) / (years[-1] - years[0])
            y = area.bottom() - (value - low) / (high - low) * area.height()
            return QPointF(area.left() + share * area.width(), y)

        painter.setPen(QPen(QColor("#BBBBBB"), 0.5))
        for i in range(round((high - low) / step) + 1):
            value = low + step * i
            y = point(years[0], value).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(QRectF(0, y - 8, area.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             show_number(value, self.lang))
        step = max(1, len(years) // 8)
        for year in years[::step]:
            x = point(year, low).x()
            painter.drawText(QRectF(x - 30, area.bottom() + 4, 60, 16),
                             Qt.AlignmentFlag.AlignHCenter, str(year))
        for i, (key, colour, style) in enumerate(SERIES):
            pen = QPen(QColor(colour), 2, style)
            painter.setPen(pen)
            points = [point(p.year, getattr(p, key)) for p in self.path]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            y = area.top() + 8 + i * 18
            painter.drawLine(QPointF(area.right() + 14, y), QPointF(area.right() + 34, y))
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(area.right() + 40, y + 4), self.names[key])
