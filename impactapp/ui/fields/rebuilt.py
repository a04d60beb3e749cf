"""Pages that rebuild their rows when the case changes: keeping focus and the tab order
across a rebuild, and plain-text labels sized relative to the system font."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QWidget

FOCUS_KEY = "focus_key"  # names a rebuilt widget, so focus can return to its successor


def chain_tab_order(anchor: QWidget, widgets: Iterable[QWidget]) -> None:
    """Show rebuilt widgets at once (a layout shows them only later, too late to take focus)
    and put them right after ``anchor`` in the tab order (new widgets would go last)."""
    previous = anchor
    for widget in widgets:
        parent: QWidget | None = widget
        while parent is not None and parent is not anchor:
            if parent.isHidden() and not parent.testAttribute(
                    Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                parent.show()
            parent = parent.parentWidget()
        QWidget.setTabOrder(previous, widget)
        previous = widget


def focused_key(root: QWidget) -> str | None:
    """The focus key of the focused widget when it lies inside ``root``."""
    widget = QApplication.focusWidget()
    if widget is None or not root.isAncestorOf(widget):
        return None
    key = widget.property(FOCUS_KEY)
    return str(key) if key else None


def restore_focus(root: QWidget, *keys: str | None) -> bool:
    """Focus the first widget under ``root`` carrying one of ``keys`` (after a rebuild)."""
    for key in filter(None, keys):
        for widget in root.findChildren(QWidget):
            if widget.property(FOCUS_KEY) == key and widget.isVisibleTo(root):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
    return False


def clear_layout(layout: QLayout) -> None:
    """Remove every widget of ``layout``; deletion waits for the event loop (a button may be
    the sender of the edit that caused the rebuild)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def make_label(text: str, parent: QWidget, *, wrap: bool = True, bold: bool = False,
               italic: bool = False, scale: float = 1.0) -> QLabel:
    """A plain-text label (never markup), sized relative to the system font, not in pixels."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    font = label.font()
    font.setBold(bold)
    font.setItalic(italic)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
