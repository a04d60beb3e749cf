"""Driving whole windows like a person at the keyboard: focus, typing, Tab, clicks, menus.

Everything goes through the widget that has the keyboard focus, as real key presses do, so a
test that uses these helpers also proves the tab order and the keyboard handling.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QMainWindow,
    QRadioButton,
    QWidget,
)

BINDINGS_BROKEN = (
    f"PySide6 {PySide6.__version__} loses a reference to None on every call of a Qt method that "
    f"returns nothing (here on Python {sys.version.split()[0]}); after a few thousand calls the "
    "interpreter aborts with 'deallocating None'. Use PySide6-Essentials<6.12 or Python 3.12+."
)


def bindings_keep_references(calls: int = 400) -> bool:
    """Whether calling Qt leaves the interpreter's count of references to None intact.

    PySide6 6.12.0 (an abi3 wheel) drops one reference per call of a void method on Python
    3.11, where None is not yet immortal: a long session, or a long test, then crashes.
    """
    probe = QWidget()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setVisible(False)
    lost = before - sys.getrefcount(None)
    probe.deleteLater()
    return lost < calls // 2


def focused() -> QWidget:
    """The widget that has the keyboard focus; a test fails when nothing has it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def activate(qtbot, window: QWidget) -> None:
    """Bring ``window`` to the front: only the active window gets key presses."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def click(qtbot, widget: QWidget) -> None:
    """Click a widget as a mouse does (a text area is clicked in its viewport, a check box or
    radio button on its box: a wide one's middle may lie beyond its text)."""
    if isinstance(widget, QAbstractScrollArea):
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton)
    elif isinstance(widget, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def _send_char(ch: str) -> None:
    """One key press and release carrying ``ch``: how a keyboard layout delivers ŋ, č or –."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(focused(), QKeyEvent(kind, Qt.Key.Key_unknown,
                                                    Qt.KeyboardModifier.NoModifier, ch))


def type_text(qtbot, text: str) -> None:
    """Type into whatever has the focus, key by key (a key may move the focus, as the first
    key typed into a rating cell does): ASCII through qtbot, other letters as key events with
    their text (qtbot.keyClicks cannot send á ŋ č đ –), a newline as the Return key."""
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        elif ch.isascii() and ch.isprintable():
            qtbot.keyClicks(focused(), ch)
        else:
            _send_char(ch)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Press a key (with a modifier) in whatever has the focus."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def tab(qtbot, times: int = 1) -> QWidget:
    """Tab on; returns the widget the focus lands on."""
    press(qtbot, Qt.Key.Key_Tab, times=times)
    return focused()


def back_tab(qtbot, times: int = 1) -> QWidget:
    """Shift+Tab back; returns the widget the focus lands on."""
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, times=times)
    return focused()


def menu_action(window: QMainWindow, text: str) -> QAction:
    """The action of ``window``'s menu bar with this (translated) text, searched in submenus."""
    pending = list(window.menuBar().actions())
    while pending:
        action = pending.pop(0)
        if action.text() == text:
            return action
        if action.menu() is not None:
            pending += action.menu().actions()
    raise AssertionError(f"no menu entry {text!r}")


def choose_in_menu(window: QMainWindow, text: str) -> None:
    """Choose a menu entry by its text, as a user does; it must be enabled."""
    action = menu_action(window, text)
    assert action.isEnabled(), f"{text!r} is disabled"
    action.trigger()
    QApplication.processEvents()


def by_focus_key(root: QWidget, key: str) -> QWidget:
    """The visible widget under ``root`` that a rebuilt field names with this focus key."""
    found = [w for w in root.findChildren(QWidget)
             if w.property("focus_key") == key and w.isVisibleTo(root)]
    assert len(found) == 1, f"{len(found)} widgets with focus key {key!r}"
    return found[0]


def field_of(window: QMainWindow, step_id: str, field_id: str):
    """The field widget of a case window's step, by its field id in forms/."""
    return next(f for f in window.page(step_id).fields if f.field.id == field_id)


def editor_of(window: QMainWindow, step_id: str, field_id: str) -> QWidget:
    """The input of a simple field (text, date, choice ...) of a case window's step."""
    return field_of(window, step_id, field_id).editor


def open_list_and_choose(qtbot, combo: QComboBox, downs: int) -> None:
    """Click a choice open, move down its list with the arrow keys and take the entry."""
    click(qtbot, combo)
    qtbot.waitUntil(combo.view().isVisible)
    press(qtbot, Qt.Key.Key_Down, times=downs)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())


def when_shown(kind: type, act) -> list:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is open (``exec`` blocks the test);
    the list returned holds the dialog then."""
    seen: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, run)
    return seen
