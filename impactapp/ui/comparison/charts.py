"""Small charts drawn with QPainter: bars that diverge from zero, one row per goal, group or bydel.

Readable without colour: what is harmful (negative) is hatched and goes left, what gains is
solid and goes right, and every bar has its number written beside it. Each chart keeps the
rows it draws (``rows``), describes them in words for screen readers, and shows a row's
figures as a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

_PAD = 6
LIGHT_TEXT, DARK_TEXT = QColor("#ffffff"), QColor("#000000")


@dataclass(frozen=True)
class BarStyle:
    """How one kind of bar looks (and what the legend calls it)."""

    key: str
    label: str
    colour: str
    hatched: bool = False
    line: bool = False  # a dashed line with markers, not a bar


@dataclass(frozen=True)
class Segment:
    """A piece of a bar: a count (or quantity) in a style, optionally in a colour of its own
    (an SDG goal's)."""

    value: float
    style: str
    colour: str | None = None


@dataclass(frozen=True)
class ChartRow:
    key: str
    label: str
    left: tuple[Segment, ...] = ()  # drawn leftwards from zero: the harms
    right: tuple[Segment, ...] = ()  # drawn rightwards: the gains
    note: str = ""  # written after the bars ("± 2", "netto +3")
    swatch: str | None = None  # a coloured square before the label (a goal's colour)
    swatch_text: str = ""
    description: str = ""  # the row in words

    @property
    def left_total(self) -> float:
        return sum(s.value for s in self.left)

    @property
    def right_total(self) -> float:
        return sum(s.value for s in self.right)


def readable_on(colour: QColor) -> QColor:
    """Black or white text, whichever reads better on ``colour``."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return DARK_TEXT if luminance > 0.55 else LIGHT_TEXT


def fill(painter: QPainter, rect: QRectF, colour: QColor, hatched: bool) -> None:
    """A solid bar, or a hatched one (white ground, diagonal lines) with its outline."""
    if hatched:
        painter.fillRect(rect, QColor("#ffffff"))
        painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colour, 1))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.fillRect(rect, colour)


def draw_line_mark(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """The legend's mark for a line: a dashed stroke with a square in its middle."""
    painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
    middle = rect.center()
    painter.drawLine(QPointF(rect.left(), middle.y()), QPointF(rect.right(), middle.y()))
    painter.fillRect(QRectF(middle.x() - 3, middle.y() - 3, 6, 6), colour)


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class Chart(QWidget):
    """The common part: a title for screen readers, a legend, keyboard focus, tooltips."""

    def __init__(self, name: str, styles: tuple[BarStyle, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.styles = {s.key: s for s in styles}
        self.legend = styles
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, its description read out
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = ""

    def line(self) -> int:
        return self.fontMetrics().height() + _PAD

    def _legend_places(self) -> list[tuple[int, int, BarStyle]]:
        """(x, line, style) of each legend entry: as many per line as the width allows."""
        metrics = self.fontMetrics()
        mark = int((metrics.height() - 2) * 1.6) + _PAD
        width = max(self.width(), self.minimumSizeHint().width())
        places, x, line = [], _PAD, 0
        for style in self.legend:
            room = mark + metrics.horizontalAdvance(style.label)
            if x > _PAD and x + room > width - _PAD:
                x, line = _PAD, line + 1
            places.append((x, line, style))
            x += room + 3 * _PAD
        return places

    def legend_height(self) -> int:
        places = self._legend_places()
        return (places[-1][1] + 1) * self.line() if places else 0

    def draw_legend(self, painter: QPainter, top: int) -> int:
        """The legend from the left, wrapped to the width; returns the y below it."""
        metrics = self.fontMetrics()
        box = metrics.height() - 2
        for x, line, style in self._legend_places():
            y = top + line * self.line()
            mark = QRectF(x, y + 1, box * 1.6, box)
            if style.line:
                draw_line_mark(painter, mark, QColor(style.colour))
            else:
                fill(painter, mark, QColor(style.colour), style.hatched)
            left = x + int(box * 1.6) + _PAD
            painter.setPen(self.palette().color(self.palette().ColorRole.WindowText))
            painter.drawText(QRect(left, y, metrics.horizontalAdvance(style.label) + 2,
                                   metrics.height()), Qt.AlignmentFlag.AlignVCenter, style.label)
        return top + self.legend_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        lines = self.legend_height()
        super().resizeEvent(event)
        if lines != getattr(self, "_legend_seen", lines):
            self.updateGeometry()  # the legend wraps onto another line: the height changes
        self._legend_seen = lines

    def draw_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class DivergingChart(Chart):
    """Horizontal bars from a zero line: harms to the left, gains to the right."""

    def __init__(self, name: str, styles: tuple[BarStyle, ...], parent: QWidget | None = None):
        super().__init__(name, styles, parent)
        self.rows: list[ChartRow] = []

    def set_rows(self, rows: list[ChartRow], summary: str = "") -> None:
        self.rows = list(rows)
        words = [r.description for r in self.rows if r.description]
        self.setAccessibleDescription(" ".join([summary, *words]).strip() or self.empty_text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 70,
                     self.legend_height() + self.line() * max(1, len(self.rows)) + 2 * _PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40,
                     self.line() * (max(1, len(self.rows)) + 1) + 2 * _PAD)

    def swatch_width(self) -> int:
        """A goal's square, wide enough for its number."""
        metrics = self.fontMetrics()
        return max(metrics.height(), metrics.horizontalAdvance("00") + 4)

    def _layout(self) -> tuple[int, int, int, float]:
        """(label width, zero x, bar room each side, units per pixel)."""
        metrics = self.fontMetrics()
        box = self.swatch_width() + _PAD if any(r.swatch for r in self.rows) else 0
        label = min(max((metrics.horizontalAdvance(r.label) for r in self.rows), default=0),
                    metrics.averageCharWidth() * 36, self.width() * 2 // 5) + box + 3 * _PAD
        number = metrics.horizontalAdvance("0000") + _PAD
        note = max((metrics.horizontalAdvance(r.note) for r in self.rows), default=0) + _PAD
        room = max(20, self.width() - label - note - 2 * number - 2 * _PAD)
        left_max = max((r.left_total for r in self.rows), default=0)
        right_max = max((r.right_total for r in self.rows), default=0)
        total = (left_max + right_max) or 1.0
        left_room = int(room * left_max / total) if left_max else 0
        zero = label + number + left_room
        return label, zero, room, total / room

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(self.palette().ColorRole.WindowText)
        metrics = self.fontMetrics()
        top = self.draw_legend(painter, _PAD)
        if not self.rows:
            painter.setPen(text)
            painter.drawText(QRect(_PAD, top, self.width() - 2 * _PAD, self.line()),
                             Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            self.draw_focus(painter)
            return
        label_width, zero, _room, per_pixel = self._layout()
        height = metrics.height()
        for i, row in enumerate(self.rows):
            y = top + i * self.line()
            x = _PAD
            if row.swatch:
                colour, square = QColor(row.swatch), QRect(x, y, self.swatch_width(), height)
                painter.fillRect(square, colour)
                painter.setPen(readable_on(colour))
                painter.drawText(square, Qt.AlignmentFlag.AlignCenter, row.swatch_text)
                x += square.width() + _PAD
            painter.setPen(text)
            shown = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                       label_width - x - _PAD)
            painter.drawText(QRect(x, y, label_width - x, height), Qt.AlignmentFlag.AlignVCenter,
                             shown)
            end_left = self._bars(painter, row.left, zero, y, -1, per_pixel)
            end_right = self._bars(painter, row.right, zero, y, 1, per_pixel)
            painter.setPen(text)
            if row.left:
                words = number_text(row.left_total)
                w = metrics.horizontalAdvance(words)
                painter.drawText(QRect(int(end_left) - w - _PAD // 2, y, w, height),
                                 Qt.AlignmentFlag.AlignVCenter, words)
            right_text = number_text(row.right_total) if row.right else ""
            after = int(end_right) + _PAD // 2
            if right_text:
                painter.drawText(QRect(after, y, metrics.horizontalAdvance(right_text), height),
                                 Qt.AlignmentFlag.AlignVCenter, right_text)
                after += metrics.horizontalAdvance(right_text)
            if row.note:
                painter.drawText(QRect(after + _PAD, y, metrics.horizontalAdvance(row.note) + 2,
                                       height), Qt.AlignmentFlag.AlignVCenter, row.note)
        bottom = top + len(self.rows) * self.line()
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(zero, top - 2), QPointF(zero, bottom - _PAD + 2))
        self.draw_focus(painter)

    def _bars(self, painter: QPainter, segments: tuple[Segment, ...], zero: int, y: int,
              direction: int, per_pixel: float) -> float:
        """Draw the segments outwards from zero; returns the x where they end."""
        x = float(zero)
        height = self.fontMetrics().height()
        for segment in segments:
            if segment.value <= 0:
                continue
            width = max(2.0, segment.value / per_pixel)
            style = self.styles[segment.style]
            colour = QColor(segment.colour or style.colour)
            rect = QRectF(x, y, width, height) if direction > 0 else QRectF(x - width, y, width,
                                                                             height)
            fill(painter, rect, colour, style.hatched)
            x += width * direction
        return x

    def row_at(self, y: int) -> ChartRow | None:
        top = _PAD + self.legend_height()
        index = (y - top) // self.line()
        return self.rows[index] if y >= top and 0 <= index < len(self.rows) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is not None and row.description:
                QToolTip.showText(event.globalPos(), row.description, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
