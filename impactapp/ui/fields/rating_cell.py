"""The rating cell: a delegate that paints one rating and gives it an editor.

Painting: a swatch in the RdBu colour with the sign and number on it ("+2", "−1"; "?" on grey
for unknown, "–" for not relevant), then a shape for certainty (● high, ◐ medium, ○ low), and a
dark-red border with "!" when the domain reports an issue for the cell: never colour alone.

Editing (``mode``, set by the view): a small line editor that accepts only values of the cell's
scale ("-2", "2", "?", "n", "–"), committed with Enter or Tab; or a list of the scale's values
with their labels and colours, committed when one is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QValidator,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.model import NOT_RELEVANT, UNKNOWN, Scale
from ...domain.rating_entry import RatingTextError, parse_rating_text
from .rating_grid import (
    CERTAINTY_ROLE,
    HEADING_ROLE,
    ISSUES_ROLE,
    RATING_ROLE,
    SCALE_ROLE,
    SPECIALS_ROLE,
)
from .rating_style import (
    CERTAINTY_MARKS,
    ISSUE_COLOUR,
    range_text,
    rating_label,
    rating_text,
    swatch_colours,
)

CLEAR = "__clear__"  # the list item that removes the rating
RATING_KEYS = frozenset("0123456789+-\u2212?nN\u2013")


class RatingValidator(QValidator):
    """Lets through only what is, or can still become, a rating on ``scale``."""

    refused = Signal(str)  # the text that was refused

    def __init__(self, scale: Scale, specials: bool, parent=None):
        super().__init__(parent)
        self.scale = scale
        self.specials = specials

    def validate(self, text: str, pos: int):
        try:
            parse_rating_text(text, self.scale, self.specials)
        except RatingTextError as exc:
            if exc.partial:
                return QValidator.State.Intermediate, text, pos
            self.refused.emit(text)
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class RatingDelegate(QStyledItemDelegate):
    """Paints a rating cell and gives it a typing editor or a list editor (``mode``)."""

    refused = Signal(str, object)  # refused text, the Scale

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.mode = "list"  # "type" when the editor is opened by typing into the cell

    # --- painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(HEADING_ROLE):
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.AlternateBase))
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        plain = option.palette.color(text_role)
        self._paint_rating(painter, option, index, plain)
        issues = index.data(ISSUES_ROLE) or []
        if issues:
            self._paint_issue(painter, option)
        painter.restore()

    def _geometry(self, option: QStyleOptionViewItem) -> tuple[QRectF, QRectF]:
        """The swatch and certainty-mark rectangles, the same in every cell of a column."""
        fm = option.fontMetrics
        rect = option.rect
        chip_w = max(fm.horizontalAdvance("\u22123") + fm.height(), int(fm.height() * 2.2))
        chip_h = min(rect.height() - 6, fm.height() + 6)
        mark_w = fm.horizontalAdvance("\u25cf") + 4
        total = chip_w + 6 + mark_w
        left = rect.left() + max(4, (rect.width() - total) // 2)
        top = rect.top() + (rect.height() - chip_h) / 2
        chip = QRectF(left, top, chip_w, chip_h)
        mark = QRectF(left + chip_w + 6, rect.top(), mark_w, rect.height())
        return chip, mark

    def _paint_rating(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex, plain) -> None:
        value = index.data(RATING_ROLE)
        if value is None:
            return
        chip, mark = self._geometry(option)
        colours = swatch_colours(value, index.data(SCALE_ROLE))
        if colours is not None:
            fill, text_colour = colours
            painter.setPen(QPen(fill.darker(130), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        else:
            text_colour = plain
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), rating_text(value))
        certainty = index.data(CERTAINTY_ROLE)
        if certainty in CERTAINTY_MARKS:
            painter.setFont(option.font)
            painter.setPen(plain)
            painter.drawText(mark, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             CERTAINTY_MARKS[certainty])

    def _paint_issue(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(ISSUE_COLOUR), 1.5))
        painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1.5, -1.5))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        room = option.rect.adjusted(5, 0, 0, 0)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         "!")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):
        size = super().sizeHint(option, index)
        fm = option.fontMetrics
        size.setWidth(max(size.width(), int(fm.height() * 2.2) + fm.horizontalAdvance("\u25cf")
                          + 24))
        return size

    # --- editing ------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        scale = index.data(SCALE_ROLE)
        specials = bool(index.data(SPECIALS_ROLE))
        name = index.data(Qt.ItemDataRole.AccessibleTextRole) or ""
        if self.mode == "type":
            editor = QLineEdit(parent)
            editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
            validator = RatingValidator(scale, specials, editor)
            validator.refused.connect(lambda text: self.refused.emit(text, scale))
            editor.setValidator(validator)
            editor.setPlaceholderText(range_text(scale))
            editor.setAccessibleName(self.tr("Rating"))
            editor.setAccessibleDescription(name)
            return editor
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Rating"))
        combo.setAccessibleDescription(name)
        for value in sorted(scale.values, reverse=True):
            combo.addItem(swatch_icon(value, scale, combo), rating_label(value, scale, self.lang),
                          value)
        if specials:
            combo.addItem(swatch_icon(UNKNOWN, scale, combo),
                          rating_label(UNKNOWN, scale, self.lang), UNKNOWN)
            combo.addItem(swatch_icon(NOT_RELEVANT, scale, combo),  # blank, keeps text aligned
                          rating_label(NOT_RELEVANT, scale, self.lang), NOT_RELEVANT)
        if index.data(RATING_ROLE) is not None:
            combo.addItem(swatch_icon(None, scale, combo), self.tr("Remove rating"), CLEAR)
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        combo.activated.connect(lambda _=0: self._chosen(combo))
        QTimer.singleShot(0, combo, combo.showPopup)  # the list opens at once
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        combo.setProperty("chosen", True)
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(RATING_ROLE)
            found = editor.findData(value) if value is not None else -1
            if found < 0:  # not rated: start at 0, the middle of the scale
                found = editor.findData(0)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            # Selected, so the key that opened the editor (sent next) replaces it.
            editor.setText(rating_text(index.data(RATING_ROLE)))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            if not editor.property("chosen"):
                return  # leaving the list without choosing changes nothing
            value = editor.currentData()
            model.setData(index, None if value == CLEAR else value, Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            scale = index.data(SCALE_ROLE)
            try:
                value = parse_rating_text(editor.text(), scale, bool(index.data(SPECIALS_ROLE)))
            except RatingTextError:
                return  # an unfinished or refused entry changes nothing
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QComboBox):
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


def swatch_icon(value, scale: Scale, widget: QWidget) -> QIcon:
    """A small square in the rating's colour for the value list (empty for no colour)."""
    side = QFontMetrics(widget.font()).height() - 4
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    colours = swatch_colours(value, scale)
    if colours is not None:
        painter = QPainter(pixmap)
        painter.setPen(QPen(colours[0].darker(130), 1))
        painter.setBrush(colours[0])
        painter.drawRect(0, 0, side - 1, side - 1)
        painter.end()
    return QIcon(pixmap)
