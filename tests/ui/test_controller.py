"""The main window's case operations as a user performs them: new, open, duplicate, bin."""

import pytest
from PySide6.QtCore import QSettings, Qt

from impactapp.casefile import read_case_file
from impactapp.store import Profile, Store
from impactapp.ui.controller import AppController
from impactapp.ui.main_window import BIN, CASES
from impactapp.ui.settings import UiSettings


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.db", who="kari") as s:
        yield s


@pytest.fixture
def controller(qtbot, lang_nb, store, catalog, tmp_path, prompts):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctl = AppController(store, catalog, tmp_path / "c.db", "nb", settings, prompts)
    qtbot.addWidget(ctl.main)
    ctl.main.show()
    yield ctl
    ctl.close_all()


def trigger(window, text: str) -> None:
    """Click a menu entry by its (translated) text, as a user would."""
    for action in window.actions():
        if action.text() == text:
            assert action.isEnabled(), f"{text} is disabled"
            action.trigger()
            return
    raise AssertionError(f"no action {text!r}")


def test_a_new_case_starts_with_the_users_defaults_and_a_zero_alternative(
        qtbot, controller, store):
    store.save_profile(Profile("Kari Nordmann", "Bymiljøetaten", "Oslo"))
    qtbot.keyClick(controller.main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(controller.case_windows) == 1
    (case_id, window), = controller.case_windows.items()
    case = store.get_case(case_id)
    assert (case.title, case.caseworker, case.unit, case.status) == (
        "Ny sak", "Kari Nordmann", "Bymiljøetaten", "draft")
    assert [(a.id, a.zero) for a in case.alternatives] == [("a0", True)]
    assert window.isVisible()


def test_opening_an_open_case_raises_its_window_instead_of_a_second(
        qtbot, controller, store, catalog, case_file):
    added = store.add_case(read_case_file(case_file, catalog))
    controller.main.refresh()
    first = controller.open_case(added.id)
    second = controller.open_case(added.id)
    assert first is second and len(controller.case_windows) == 1
    assert controller.settings.recent(str(controller.db_path)) == [added.id]


def test_duplicate_then_bin_then_restore_then_erase_with_two_confirmations(
        qtbot, controller, store, catalog, case_file, prompts):
    added = store.add_case(read_case_file(case_file, catalog))
    main = controller.main
    main.refresh()
    main.select_case(added.id)
    trigger(main, "&Dupliser sak")
    copies = [c for c in store.list_cases() if c.id != added.id]
    assert [c.title for c in copies] == ["Kopi av Økte parkeringsavgifter i indre by"]

    main.select_case(added.id)
    qtbot.keyClick(main.table, Qt.Key.Key_Delete)
    assert [c.id for c in store.list_cases(deleted_only=True)] == [added.id]
    assert added.id not in [c.id for c in store.list_cases()]

    main.set_mode(BIN)
    assert main.select_case(added.id)
    trigger(main, "&Gjenopprett fra papirkurven")
    assert store.list_cases(deleted_only=True) == []

    main.set_mode(CASES)
    main.select_case(added.id)
    qtbot.keyClick(main.table, Qt.Key.Key_Delete)
    main.set_mode(BIN)
    main.select_case(added.id)
    prompts.answer("confirm", True).answer("confirm", False)
    trigger(main, "&Slett for godt …")  # the second confirmation says Cancel
    assert [c.id for c in store.list_cases(deleted_only=True)] == [added.id]
    first, second = prompts.asked
    assert first.title == second.title == "Slett for godt"
    assert first.options == {"default": "no", "refuse": "no", "warning": False}
    assert second.options == {"default": "cancel", "refuse": "cancel", "warning": True}
    assert second.text == "Er du sikker? Saken og alle revisjonene blir slettet."
    prompts.answer("confirm", True).answer("confirm", True)
    trigger(main, "&Slett for godt …")
    assert store.list_cases(deleted_only=True) == []


def test_an_empty_database_offers_the_examples_once(controller, store, prompts):
    prompts.answer("confirm", True)
    loaded = controller.offer_examples()
    asked = prompts.texts("confirm")
    assert loaded >= 8 and store.count_cases() == loaded
    assert "eksempelsak" in asked[0]
    assert controller.main.model.rowCount() == loaded
    assert controller.offer_examples() == 0 and len(asked) == 1  # not empty any more


def test_the_guidance_panel_opens_the_user_guide_at_the_steps_chapter(
        qtbot, controller, store, catalog, case_file):
    from PySide6.QtCore import QUrl

    added = store.add_case(read_case_file(case_file, catalog))
    window = controller.open_case(added.id)
    window.go_to(1)  # screening
    assert "guide:screening" in window.help.toHtml()
    window.help.anchorClicked.emit(QUrl("guide:screening"))
    guide = controller.guide
    assert guide is not None and guide.isVisible()
    assert guide.browser.source().toLocalFile().endswith("docs/guide/nb/screening.md")
    assert "Avgrensning og utredningsnivå" in guide.browser.toPlainText()
    trigger(controller.main, "&Brukerveiledning")
    assert guide.browser.source().toLocalFile().endswith("docs/guide/nb/index.md")


def test_a_new_cases_untouched_steps_are_not_marked_complete(qtbot, controller):
    window = controller.new_case()
    states = {s.id: window.step_state(s.id) for s in window.form.steps}
    assert states["trade_offs"] == "optional"  # nothing required yet: no check mark
    assert states["problem"] == "not_started"
    assert states["screening"] == "not_started"  # the default depth is no decision
    assert window.steps.item(8).text().endswith("Avveininger  –")
    window.go_to(8)
    window.go_to(2)
    # Looking at a step does not complete it.
    assert window.step_state("trade_offs") == "optional"
    assert window.step_state("problem") == "not_started"
    assert not any(window.steps.item(i).text().endswith("✓") for i in (1, 2, 8))

def test_a_store_error_is_shown_in_the_users_language(controller, prompts):
    assert controller.open_case(999) is None
    assert prompts.texts("warn") == ["Det finnes ingen sak med nummer 999."]
