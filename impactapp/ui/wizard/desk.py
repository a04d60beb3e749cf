"""The case window on a small screen and at the keyboard: fit, side panels, step shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

PREFERRED_SIZE = QSize(1280, 800)
NARROW_WIDTH = 1100  # below this the step list and the guidance make way for the page
PANELS_KEY = "case_window/panels"  # "shown", "hidden" or absent (follow the width)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without task bars)."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_into(rect: QRect, frame: QSize, area: QRect) -> QRect:
    """``rect`` (the client area) shrunk and moved so that, with its frame, it lies in ``area``.

    ``frame`` is how much the window frame adds to the client size.
    """
    width = min(rect.width(), area.width() - frame.width())
    height = min(rect.height(), area.height() - frame.height())
    left = min(max(rect.left(), area.left()), area.right() + 1 - width - frame.width())
    top = min(max(rect.top(), area.top()), area.bottom() + 1 - height - frame.height())
    return QRect(left, top, max(width, 1), max(height, 1))


def first_focus_target(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that a Tab press would reach."""
    tab = Qt.FocusPolicy.TabFocus
    widget = container.nextInFocusChain()
    for _ in range(10000):  # the focus chain is a ring; stop at the start at the latest
        if widget is None or widget is container:
            return None
        if (container.isAncestorOf(widget) and widget.isVisibleTo(container)
                and widget.isEnabled() and (widget.focusPolicy() & tab) == tab):
            return widget
        widget = widget.nextInFocusChain()
    return None


class SidePanels(QObject):
    """Shows or hides the step list and the guidance: by the user's remembered choice, else
    by the window's width (hidden below NARROW_WIDTH)."""

    def __init__(self, window: QWidget, panels: list[QWidget], settings: QSettings | None):
        super().__init__(window)
        self.window = window
        self.panels = panels
        self.settings = settings if settings is not None else QSettings("ImpactApp", "ImpactApp")
        self.button = QToolButton(window)
        self.button.setCheckable(True)
        self.button.setText(self.tr("Steps and guidance"))
        self.button.setToolTip(self.tr("Show or hide the step list and the guidance (F9)"))
        self.button.setAccessibleName(self.tr("Steps and guidance"))
        self.action = QAction(self.tr("Steps and guidance"), window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.action.triggered.connect(lambda: self.choose(not self.visible()))
        window.addAction(self.action)
        self.button.clicked.connect(self.choose)
        self.where = QLabel(window)
        self.where.setAccessibleName(self.tr("Step"))
        self.apply()

    def show_step(self, number: int, count: int) -> None:
        """"Step 3 of 12", shown while the step list is hidden."""
        self.where.setText(self.tr("Step %1 of %2").replace("%1", str(number))
                           .replace("%2", str(count)))

    def choice(self) -> str | None:
        value = self.settings.value(PANELS_KEY)
        return value if value in ("shown", "hidden") else None

    def visible(self) -> bool:
        """Whether the panels should show now."""
        choice = self.choice()
        if choice is not None:
            return choice == "shown"
        return self.window.width() >= NARROW_WIDTH

    def choose(self, shown: bool) -> None:
        """The user's choice; remembered for every case window from now on."""
        self.settings.setValue(PANELS_KEY, "shown" if shown else "hidden")
        self.apply()

    def apply(self) -> None:
        shown = self.visible()
        for panel in self.panels:
            panel.setVisible(shown)
        self.button.setChecked(shown)
        self.where.setVisible(not shown)  # without the step list: which step this is


class StepKeys(QObject):
    """Ctrl+PgDown / Ctrl+PgUp and Alt+Right / Alt+Left move between the steps."""

    def __init__(self, window: QWidget, step_by):
        super().__init__(window)
        self.next_action = QAction(self.tr("Next step"), window)
        self.next_action.setShortcuts([
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown),
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right)])
        self.next_action.triggered.connect(lambda: step_by(1))
        self.back_action = QAction(self.tr("Previous step"), window)
        self.back_action.setShortcuts([
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp),
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)])
        self.back_action.triggered.connect(lambda: step_by(-1))
        for action in (self.next_action, self.back_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
