"""A new caseworker's first hour, on a 1366x768 laptop and a 1920x1080 screen, in bokmål and
English: first start (the examples declined, then loaded from the File menu), a new case
through every step by the keyboard, an example with ratings per district and review notes,
the comparison, the portfolio and the indicators. Every screen is saved to
tests/ui/screenshots/desk_<lang>_<size>_*.png for a person to look at; the test checks that
nothing a caseworker needs lies outside the window.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from impactapp.store import Store
from impactapp.ui.controller import AppController
from impactapp.ui.i18n import install_translators, qm_path
from impactapp.ui.settings import UiSettings
from impactapp.ui.wizard.desk import first_focus_target

from .conftest import save_screenshot
from .driving import activate, field_of, focused, menu_action, press, type_text
from .prompts_double import ScriptedPrompts

SCREENS = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
TASK_BAR = 40  # what the desktop keeps for itself at the bottom of the screen
EXAMPLE = "Lavutslippssone for tunge kjøretøy innenfor Ring 2"  # districts and review notes


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


def inside(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is shown entirely within ``window``."""
    at = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(at, widget.size()))


def labels_text(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root)]


def walk(qtbot, tmp_path, catalog, lang: str, screen: str) -> None:
    width, height = SCREENS[screen]
    usable = (width, height - TASK_BAR)
    shots: list[str] = []

    def shot(widget: QWidget, what: str) -> None:
        draft = getattr(widget, "draft", None)
        if draft is not None:  # the checks and the save a person sees a moment later, now:
            draft.flush()  # the same picture however fast the machine types
        QApplication.processEvents()
        name = f"desk_{lang}_{screen}_{len(shots) + 1:02d}_{what}"
        save_screenshot(widget, name)
        shots.append(name)

    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    with Store.open(tmp_path / "walk.db", who="kari") as store:
        prompts = ScriptedPrompts()
        controller = AppController(store, catalog, store.path, lang, settings, prompts)
        main = controller.main
        qtbot.addWidget(main)
        main.resize(*usable)
        main.show()
        activate(qtbot, main)

        # First start: the examples are offered and declined ...
        prompts.answer("confirm", False)
        assert controller.offer_examples() == 0
        assert tr("MainMenus", "Load e&xample cases").replace("&", "") in \
            main.empty_label.text().replace("&", "")
        shot(main, "first_start")
        # ... and loaded later from the File menu.
        menu_action(main, tr("MainMenus", "Load e&xample cases")).trigger()
        assert store.count_cases() >= 9
        shot(main, "case_list")

        # A new case, every step by the keyboard.
        qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        window = next(w for w in controller.case_windows.values()
                      if w.draft.case.title == tr("CaseOps", "New case"))
        window.resize(*usable)
        activate(qtbot, window)
        assert window.steps.isVisible() == (width >= 1100)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "Hjertesone ved Tøyen skole")
        for index, step in enumerate(window.form.steps):
            assert window.pages.currentWidget().step.id == step.id
            if step.id == "alternatives":
                field_of(window, "alternatives", "alternatives").add_button.click()
            assert inside(window.next_button, window) and inside(window.back_button, window)
            shot(window, f"new_{index + 1:02d}_{step.id}")
            press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        window.close()

        # An example with ratings per district and a reviewer's notes.
        row = next(r for r in store.list_cases() if r.title == EXAMPLE)
        example = controller.open_case(row.id)
        example.resize(*usable)
        activate(qtbot, example)
        for step_id in ("environment", "distribution", "review"):
            example.go_to([s.id for s in example.form.steps].index(step_id))
            example.focus_page()
            shot(example, f"example_{step_id}")
        legend = tr("RatingsField", "Certainty: %1").split("%1")[0]
        assert any(t.startswith(legend) for t in labels_text(example.page("environment")))
        example.close()

        # The comparison, the portfolio and the indicators.
        comparison = controller.comparison_views().comparison
        main.show_view(comparison)
        activate(qtbot, main)
        qtbot.waitUntil(lambda: comparison.data is not None and not comparison.source.running,
                        timeout=20000)
        shot(main, "comparison")
        bar = comparison.table.horizontalScrollBar()
        bar.setValue(bar.maximum())  # far right: title and case number stay
        QApplication.processEvents()
        assert bar.maximum() > 0 and comparison.frozen.view.isVisible()
        assert comparison.frozen.view.columnViewportPosition(
            comparison.model.column_index("title")) == 0
        shot(main, "comparison_scrolled")
        portfolio = controller.comparison_views().portfolio
        with qtbot.waitSignal(portfolio.computed, timeout=30000):
            main.show_view(portfolio)
        qtbot.waitUntil(lambda: portfolio.goals.height() >= portfolio.goals.sizeHint().height())
        shot(main, "portfolio")
        # Goal names cut short beside the bars show whole on hover (the row's description).
        assert portfolio.goals.rows and all(r.label in r.description
                                            for r in portfolio.goals.rows)
        if lang == "en":
            words = " ".join(labels_text(portfolio)).lower()
            assert "bydel" not in words, "the English portfolio says district"
        main.show_view(controller.indicator_view())
        shot(main, "indicators")
        controller.close_all()
        main.close()
    assert len(shots) == 2 + len(catalog.form.steps) + 3 + 4


@pytest.mark.slow(seconds=4)
@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_new_caseworkers_walk_through_the_program(qtbot, qapp, tmp_path, catalog, lang,
                                                   screen, monkeypatch):
    assert qm_path(lang).exists(), "run `make i18n` first"
    translators = install_translators(qapp, lang)
    try:
        walk(qtbot, tmp_path, catalog, lang, screen)
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)


def test_no_step_of_a_new_case_needs_a_tab_through_the_frame(qtbot, qapp, tmp_path, catalog,
                                                             lang_nb):
    """The keyboard is in the first field as soon as each step opens."""
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    with Store.open(tmp_path / "k.db", who="kari") as store:
        controller = AppController(store, catalog, store.path, "nb", settings)
        qtbot.addWidget(controller.main)
        controller.main.show()
        activate(qtbot, controller.main)
        qtbot.keyClick(controller.main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        (_id, window), = controller.case_windows.items()
        activate(qtbot, window)
        for step in window.form.steps:
            page = window.pages.currentWidget()
            assert page.step.id == step.id
            if first_focus_target(page.widget()) is None:  # nothing to fill in here (yet)
                # Next, or on the last step (nothing further to go to) Back.
                expected = (window.next_button if window.next_button.isEnabled()
                            else window.back_button)
                assert focused() is expected, step.id
            else:
                assert page.widget().isAncestorOf(focused()), step.id
            press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        controller.close_all()
