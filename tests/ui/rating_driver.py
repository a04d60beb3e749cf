"""Driving the rating grids like a user in tests: the keyboard, the draft, the pages."""

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from impactapp.casefile import read_case_file
from impactapp.domain.form import Form
from impactapp.ui.draft import CaseDraft
from impactapp.ui.fields.base import FieldContext
from impactapp.ui.fields.ratings import RatingsField
from impactapp.ui.wizard.page import StepPage
from impactapp.ui.wizard.window import CaseWindow

MINE = ("ratings", "districts")


def make_draft(store, catalog, case_file, change=None) -> CaseDraft:
    """The hand-written parking case, optionally changed first, stored and opened as a draft."""
    case = read_case_file(case_file, catalog)
    if change is not None:
        change(case)
    return CaseDraft(store.add_case(case), store, catalog)


def my_step(catalog, step_id: str):
    """The step from forms/ with only the rating grids (other field types are not ours)."""
    step = catalog.form.step(step_id)
    return replace(step, fields=tuple(f for f in step.fields if f.type in MINE))


def make_page(qtbot, draft, step_id: str, lang: str = "nb") -> StepPage:
    page = StepPage(my_step(draft.catalog, step_id), draft, FieldContext(draft.catalog, lang))
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # keyboard focus goes to the active window only
    return page


def grid(page: StepPage, cls=RatingsField):
    return next(w for w in page.fields if isinstance(w, cls))


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, text: str = "") -> None:
    """Press one key in whatever has the keyboard focus, as a user's keystroke does."""
    target = focused()
    qtbot.keyClick(target, key) if not text else send_text(target, text)


def send_text(widget, text: str) -> None:
    """Type ``text`` with key events carrying the characters (also ŋ, č, á, –, which
    qtbot.keyClicks cannot send)."""
    for ch in text:
        target = focused() or widget
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def type_keys(qtbot, text: str) -> None:
    """Type into the focus widget: ASCII through qtbot, other characters as key events."""
    for ch in text:
        if (ch.isascii() and ch.isalnum()) or ch in " .,":
            qtbot.keyClicks(focused(), ch)
        else:
            send_text(focused(), ch)


def go_to_cell(qtbot, field, alt_id: str, key: str) -> None:
    """Walk to a cell with the arrow keys from wherever the cursor is."""
    view = field.view
    view.setFocus()
    target = field.model.position(alt_id, key)
    assert target.isValid(), f"{key} is not shown for {alt_id}"
    if not view.currentIndex().isValid():
        qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(60):
        current = view.currentIndex()
        if current == target:
            return
        if current.row() != target.row():
            key_ = Qt.Key.Key_Down if current.row() < target.row() else Qt.Key.Key_Up
        else:
            key_ = Qt.Key.Key_Right if current.column() < target.column() else Qt.Key.Key_Left
        qtbot.keyClick(view, key_)
    raise AssertionError(f"could not reach {key} for {alt_id} with the keyboard")


def rate(qtbot, field, alt_id: str, key: str, typed: str, finish=Qt.Key.Key_Return) -> None:
    """Go to a cell, type a rating and finish with Enter (or Tab)."""
    go_to_cell(qtbot, field, alt_id, key)
    send_text(field.view, typed)
    press(qtbot, finish)
    qtbot.wait(10)  # the delegate commits on the next turn of the event loop


def assessment(draft, alt_id: str, criterion: str):
    return draft.case.alternative(alt_id).assessment(criterion)


def shown_keys(field) -> list[str]:
    return [r.key for r in field.model.rows if not r.heading]


def wizard_window(qtbot, draft, lang: str) -> CaseWindow:
    """A case window with the environment and distribution steps holding only our fields."""
    catalog = draft.catalog
    form = Form(tuple(my_step(catalog, s) for s in ("environment", "distribution")))
    window = CaseWindow(draft, form, lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
