"""Read-only text fields look read-only: grey like a disabled combo box, not white and inviting.

Qt draws a read-only QLineEdit or QPlainTextEdit exactly like an editable one, so in a locked
case the text fields looked editable while the combo boxes were grey. The text keeps its normal
colour (a locked case is still read, and copied from); only the background changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_MARK = "readOnlyLook"  # set on inputs whose palette this module changed


def is_read_only(widget: QWidget) -> bool:
    return bool(widget.isReadOnly()) if hasattr(widget, "isReadOnly") else False


def apply_look(widget: QWidget) -> None:
    """Grey the background of ``widget`` when it is read-only; undo that when it is not."""
    if is_read_only(widget):
        palette = QPalette(widget.palette())
        window = widget.parentWidget().palette() if widget.parentWidget() else palette
        palette.setColor(QPalette.ColorRole.Base, window.color(QPalette.ColorRole.Window))
        widget.setPalette(palette)
        widget.setProperty(_MARK, True)
    elif widget.property(_MARK):
        widget.setPalette(QPalette())  # nothing resolved: inherit the parent's palette again
        widget.setProperty(_MARK, False)


class _Watcher(QObject):
    """Re-applies the look whenever a watched input turns read-only or editable."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ReadOnlyChange and isinstance(watched, QWidget):
            apply_look(watched)
        return False


def show_read_only(root: QWidget) -> None:
    """Apply the look to every text input under ``root`` and keep it in step from now on."""
    watcher = root.findChild(_Watcher, "readOnlyWatcher")
    if watcher is None:
        watcher = _Watcher(root)
        watcher.setObjectName("readOnlyWatcher")
    for widget in root.findChildren(QWidget):
        if isinstance(widget, TEXT_INPUTS):
            if not widget.property("readOnlyWatched"):
                widget.installEventFilter(watcher)
                widget.setProperty("readOnlyWatched", True)
            apply_look(widget)
