"""Every wizard page, generated from forms/: accessible, keyboard-operable, fully translated."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from impactapp.casefile import read_case_file
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.i18n import I18N_DIR, install_translators
from impactapp.ui.wizard.window import CaseWindow

from .conftest import save_screenshot

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox,
          QAbstractItemView)


@pytest.fixture
def window_for(qtbot, tmp_path, catalog, case_file):
    """Open the hand-written case in the case window, in the given UI language."""
    stores = []

    def make(lang: str) -> CaseWindow:
        translators = install_translators(QCoreApplication.instance(), lang)
        store = Store.open(tmp_path / f"{lang}.db")
        stores.append((store, translators))
        case = store.add_case(read_case_file(case_file, catalog))
        window = CaseWindow(CaseDraft(case, store, catalog), catalog.form, lang)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for store, translators in stores:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        store.close()


def visible_inputs(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisibleTo(page) and w.isEnabled()
            and not isinstance(w, QHeaderView)  # headers are named, but not Tab stops
            and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
            and type(w).__name__ not in ("QScrollBar",)]


def test_every_input_on_every_page_has_an_accessible_name_and_takes_keyboard_focus(
        window_for):
    window = window_for("nb")
    problems = []
    for index, step in enumerate(window.form.steps):
        window.go_to(index)
        page = window.pages.currentWidget()
        for widget in visible_inputs(page):
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            where = f"{step.id}: {type(widget).__name__} {widget.objectName()!r}"
            if not name.strip():
                problems.append(f"{where} has no accessible name")
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append(f"{where} cannot be reached with Tab")
    assert problems == []


def _unfinished_sources() -> set[str]:
    root = ET.parse(I18N_DIR / "impactapp_nb.ts").getroot()
    out = set()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            out.add((message.findtext("source") or "").replace("&", ""))
    return out


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
    for action in window.menuBar().actions():
        texts.append(action.text())
        texts += [a.text() for a in action.menu().actions()] if action.menu() else []
    return [t.replace("&", "") for t in texts if t]


def test_every_ui_text_has_its_bokmal_translation():
    assert sorted(_unfinished_sources()) == []


def test_no_visible_text_on_any_page_is_an_untranslated_english_source(window_for):
    window = window_for("nb")
    untranslated = _unfinished_sources()
    shown = []
    for index in range(len(window.form.steps)):
        window.go_to(index)
        shown += [t for t in visible_texts(window) if t in untranslated]
    assert shown == []


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshots_of_every_step(window_for, lang):
    window = window_for(lang)
    for index, step in enumerate(window.form.steps):
        window.go_to(index)
        QCoreApplication.processEvents()
        save_screenshot(window, f"wizard_{lang}_{index + 1:02d}_{step.id}")
    assert window.pages.currentIndex() == len(window.form.steps) - 1


def test_a_step_hidden_while_the_case_changes_shows_the_change_when_opened(window_for,
                                                                           monkeypatch):
    window = window_for("nb")
    details, problem = window.page("details"), window.page("problem")
    window.go_to(window.form.steps.index(next(s for s in window.form.steps
                                              if s.id == "details")))
    refreshed = []
    for page in (details, problem):
        monkeypatch.setattr(page, "_refresh_fields",
                            lambda page=page, real=page._refresh_fields: (
                                refreshed.append(page.step.id), real()))
    title = next(f for f in details.fields if f.field.id == "title")
    goals = next(f for f in problem.fields if f.field.id == "goals")

    window.draft.set_value("goals", "Færre biler i sentrum")  # e.g. undo, or another field
    window.draft.set_value("title", "Ny tittel")
    assert refreshed == ["details", "details"]  # the hidden step waits until it is shown
    assert title.editor.text() == "Ny tittel"
    assert goals.editor.toPlainText() != "Færre biler i sentrum"

    window.go_to(window.form.steps.index(problem.step))
    assert refreshed[-1] == "problem"
    assert goals.editor.toPlainText() == "Færre biler i sentrum"
    assert title.editor.text() == "Ny tittel"
