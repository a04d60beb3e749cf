"""The case window on a laptop screen and at the keyboard: it fits, its side panels make way
on a narrow window, the keyboard reaches the fields at once, and the menus are in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication

from impactapp.store import Store
from impactapp.ui.controller import AppController
from impactapp.ui.settings import UiSettings
from impactapp.ui.wizard.desk import NARROW_WIDTH, available_geometry, fit_into
from impactapp.ui.wizard.page import StepPage

from .conftest import save_screenshot
from .driving import activate, editor_of, focused, menu_action, press, tab, type_text


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "desk.db", who="kari") as s:
        yield s


@pytest.fixture
def ini(tmp_path) -> str:
    return str(tmp_path / "ui.ini")


@pytest.fixture
def controller(qtbot, lang_nb, store, catalog, ini, prompts):
    settings = UiSettings(QSettings(ini, QSettings.Format.IniFormat))
    ctl = AppController(store, catalog, store.path, "nb", settings, prompts)
    qtbot.addWidget(ctl.main)
    ctl.main.show()
    yield ctl
    ctl.close_all()


def new_window(qtbot, controller):
    qtbot.keyClick(controller.main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (case_id, window), = controller.case_windows.items()
    activate(qtbot, window)
    return case_id, window


def test_fit_into_shrinks_and_moves_a_window_onto_a_laptop_screen():
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less the task bar
    fitted = fit_into(QRect(40, 30, 1280, 800), QSize(2, 30), laptop)
    assert fitted.height() == 698 and fitted.width() == 1280
    assert fitted.top() >= 0 and fitted.bottom() + 30 <= 727
    assert fit_into(QRect(900, 0, 1280, 600), QSize(0, 0), laptop).right() <= 1365
    assert fit_into(QRect(10, 10, 800, 500), QSize(0, 0), laptop) == QRect(10, 10, 800, 500)


def test_the_case_window_opens_within_the_screen_and_remembers_its_size(
        qtbot, controller, store):
    case_id, window = new_window(qtbot, controller)
    area = available_geometry(window)
    assert area.contains(window.frameGeometry()), (area, window.frameGeometry())
    window.resize(700, 520)
    type_text(qtbot, "Tittel")  # so the case is kept
    window.close()
    again = controller.open_case(case_id)
    assert again is not window and again.size() == QSize(700, 520)


@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(683, 700)])
def test_every_page_is_usable_on_a_small_window(qtbot, controller, size):
    _case_id, window = new_window(qtbot, controller)
    window.resize(size)
    QApplication.processEvents()
    assert size.width() < NARROW_WIDTH
    assert window.width() == size.width(), "nothing in the window needs more room"
    assert not window.steps.isVisible() and not window.help.isVisible()
    for index in range(window.pages.count()):
        window.go_to(index)
        QApplication.processEvents()
        assert window.panels.where.isVisible()
        assert window.panels.where.text() == f"Steg {index + 1} av {window.pages.count()}"
        page = window.pages.currentWidget()
        button = window.next_button
        at = button.mapTo(window, QPoint(0, 0))
        assert button.isVisible() and window.rect().contains(QRect(at, button.size()))
        # The page gets most of the window's width, not a sliver between two panels.
        assert page.viewport().width() >= size.width() - 60, page.step.id
        if page.step.id in ("details", "alternatives", "environment", "review"):
            save_screenshot(window, f"desk_nb_{size.width()}x{size.height()}_{page.step.id}")


def test_the_side_panels_toggle_and_the_choice_is_remembered(qtbot, controller, ini):
    _case_id, window = new_window(qtbot, controller)
    window.resize(1200, 700)
    QApplication.processEvents()
    assert window.steps.isVisible() and window.help.isVisible()
    assert not window.panels.where.isVisible()  # the step list says where we are
    window.resize(900, 700)
    QApplication.processEvents()
    assert not window.steps.isVisible()
    window.panels.button.click()  # the user wants them even on a narrow window
    assert window.steps.isVisible() and window.help.isVisible()
    assert QSettings(ini, QSettings.Format.IniFormat).value("case_window/panels") == "shown"
    press(qtbot, Qt.Key.Key_F9)
    assert not window.steps.isVisible() and not window.help.isVisible()
    window.resize(1300, 760)
    QApplication.processEvents()
    assert not window.steps.isVisible(), "the choice holds at any width"


def test_the_first_field_has_the_focus_and_ctrl_page_keys_move_between_steps(
        qtbot, controller):
    _case_id, window = new_window(qtbot, controller)
    assert focused() is editor_of(window, "details", "title")
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget().step.id == "screening"
    first = window.page("screening")
    assert first.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget().step.id == "problem"
    assert focused() is editor_of(window, "problem", "problem")
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget().step.id == "details"
    assert focused() is editor_of(window, "details", "title")
    window.next_button.click()
    assert window.page("screening").isAncestorOf(focused())


def test_the_scroll_area_of_a_page_is_never_a_tab_stop(qtbot, controller):
    _case_id, window = new_window(qtbot, controller)
    seen = []
    for _ in range(60):
        widget = tab(qtbot)
        assert not isinstance(widget, StepPage)
        seen.append(widget)
    assert editor_of(window, "details", "case_number") in seen


def test_the_case_window_menus_are_in_the_conventional_order(qtbot, controller):
    _case_id, window = new_window(qtbot, controller)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Sak", "&Rediger", "&Notat", "&Hjelp"]
    case_menu = window.case_menu
    case_menu.aboutToShow.emit()
    assert case_menu.actions()[-1].text() == "&Lukk saken"
    assert case_menu.actions()[0].text() == "Send til &godkjenning"
    assert menu_action(window, "&Eksporter notat (PDF) …").isEnabled()


def test_a_new_case_closed_untouched_leaves_nothing_behind(qtbot, controller, store):
    _case_id, window = new_window(qtbot, controller)
    assert store.count_cases() == 1
    window.close()
    assert store.count_cases(include_deleted=True) == 0
    assert controller.main.table.model().rowCount() == 0


def test_a_new_case_given_a_title_is_kept(qtbot, controller, store):
    case_id, window = new_window(qtbot, controller)
    type_text(qtbot, "Bilfri byrom")  # over the selected "Ny sak"
    window.close()
    assert store.get_case(case_id).title == "Bilfri byrom"


def test_the_example_cases_can_be_loaded_from_the_file_menu(qtbot, controller, store,
                                                              prompts):
    shown = prompts.texts  # what was shown so far, when called
    menu_action(controller.main, "Last inn e&ksempelsaker").trigger()
    loaded = store.count_cases()
    assert loaded >= 3 and shown() == []
    menu_action(controller.main, "Last inn e&ksempelsaker").trigger()
    assert store.count_cases() == loaded
    assert shown("inform") == ["Alle eksempelsakene er allerede lastet inn."]


def test_help_is_the_last_menu_and_opens_the_guide_at_the_current_step(qtbot, controller):
    _case_id, window = new_window(qtbot, controller)
    asked = []
    window.guide_requested.connect(asked.append)
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    menu_action(window, "&Brukerveiledning").trigger()
    assert asked == ["screening"]
    assert window.menuBar().actions()[-1].menu() is window.help_menu
