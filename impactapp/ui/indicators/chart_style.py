"""What the charts share: series styles readable in greyscale, markers, and axis ticks.

Each series differs in colour, dash pattern AND marker shape, so a chart printed in black and
white (or seen without colour) still tells the series apart; the legend shows all three.
Colours are the Okabe-Ito palette, distinct for the common kinds of colour blindness.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

MARKERS: tuple[str, ...] = (
    "circle", "square", "triangle", "diamond", "cross", "x", "triangle_down", "plus",
)
_COLOURS = ("#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#7f7f7f")
# Solid, dashed, dotted, dash-dot, dash-dot-dot, long dash, short dash, long dash-dot.
_DASHES: tuple[tuple[float, ...], ...] = (
    (), (6, 3), (1, 2.5), (6, 2.5, 1, 2.5), (6, 2, 1, 2, 1, 2), (11, 3), (3, 3), (11, 3, 2, 3),
)


@dataclass(frozen=True)
class ChartFrame:
    """A chart's painter with its background and heading drawn, and what the rest needs."""

    painter: QPainter
    text: QColor  # the palette's text colour
    line: float  # the font's line height: every distance is a multiple of it
    area: QRectF  # the widget less its margins; the heading takes its first line


def begin_chart(widget: QWidget, heading: str, emphasis: str) -> ChartFrame:
    """Start painting ``widget``: background, ``heading`` on the left of the first line and
    ``emphasis`` (the desired direction) in bold on its right."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = widget.palette()
    painter.fillRect(widget.rect(), palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    h = widget.fontMetrics().height()
    area = QRectF(widget.rect()).adjusted(h * 0.5, h * 0.4, -h * 0.8, -h * 0.4)
    first_line = QRectF(area.left(), area.top(), area.width(), h)
    painter.setPen(text)
    painter.drawText(first_line, Qt.AlignmentFlag.AlignLeft, heading)
    bold = painter.font()
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(first_line, Qt.AlignmentFlag.AlignRight, emphasis)
    painter.setFont(widget.font())
    return ChartFrame(painter, text, h, area)


@dataclass(frozen=True)
class SeriesStyle:
    colour: QColor
    dashes: tuple[float, ...]  # a custom dash pattern, () for a solid line
    marker: str
    filled: bool

    def pen(self, width: float) -> QPen:
        pen = QPen(self.colour, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if self.dashes:
            pen.setDashPattern(list(self.dashes))
        return pen


def series_style(index: int) -> SeriesStyle:
    """The style of the ``index``-th series; after eight the markers are drawn hollow."""
    k = index % len(MARKERS)
    return SeriesStyle(QColor(_COLOURS[k]), _DASHES[k], MARKERS[k], index < len(MARKERS))


def draw_marker(painter: QPainter, style: SeriesStyle, centre: QPointF, size: float) -> None:
    """A marker of ``size`` (its width) at ``centre``, in the style's colour."""
    r = size / 2
    painter.save()
    painter.setPen(QPen(style.colour, max(1.2, size / 6)))
    painter.setBrush(QBrush(style.colour) if style.filled else QBrush(Qt.BrushStyle.NoBrush))
    x, y = centre.x(), centre.y()
    kind = style.marker
    if kind == "circle":
        painter.drawEllipse(centre, r, r)
    elif kind == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif kind in ("triangle", "triangle_down"):
        s = -1 if kind == "triangle" else 1
        painter.drawPolygon(QPolygonF([QPointF(x, y + s * r), QPointF(x - r, y - s * r * 0.8),
                                       QPointF(x + r, y - s * r * 0.8)]))
    elif kind == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                       QPointF(x - r, y)]))
    else:  # cross, x, plus: strokes only
        path = QPainterPath()
        if kind == "x":
            path.moveTo(x - r, y - r)
            path.lineTo(x + r, y + r)
            path.moveTo(x - r, y + r)
            path.lineTo(x + r, y - r)
        else:
            arm = r if kind == "plus" else r * 1.1
            path.moveTo(x - arm, y)
            path.lineTo(x + arm, y)
            path.moveTo(x, y - arm)
            path.lineTo(x, y + arm)
        painter.setPen(QPen(style.colour, max(1.8, size / (4 if kind == "cross" else 5))))
        painter.drawPath(path)
    painter.restore()


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About ``count`` round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) that
    cover ``low`` to ``high``."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    ticks = []
    n = 0
    while first + n * step <= last + step * 1e-9:
        ticks.append(round(first + n * step, 10))
        n += 1
    return ticks


def tick_decimals(ticks: list[float]) -> int:
    """The fewest decimals (at most 4) that write every tick exactly (2.5 needs one)."""
    for decimals in range(5):
        scale = 10**decimals
        if all(abs(t * scale - round(t * scale)) < 1e-6 for t in ticks):
            return decimals
    return 4
