"""The database's municipality in the GUI: the first-start chooser, the district step for a
municipality without districts, File → Import indicator package, the first start's fetch."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from impactapp.casefile import read_case_file
from impactapp.catalog.municipalities import (
    catalog_for_place,
    catalog_with_all_districts,
    region_data,
)
from impactapp.domain.district_check import foreign_districts, without_districts
from impactapp.indicators.fetching import is_fetched
from impactapp.indicators.package import entry_for, write_package
from impactapp.store import Store
from impactapp.store.place import choose_place
from impactapp.ui.controller import AppController
from impactapp.ui.draft import CaseDraft
from impactapp.ui.fields.districts import DistrictsField
from impactapp.ui.indicators.tasks import FetchOutcome
from impactapp.ui.municipality_dialog import MunicipalityDialog
from impactapp.ui.place_actions import PlaceActions, ask_for_place
from impactapp.ui.settings import UiSettings
from tests.indicators.builders import doc, dumps

from .conftest import save_screenshot
from .driving import activate, choose_in_menu, click, focused, when_shown
from .rating_driver import grid, make_page

LOW_INCOME = "ind.low_income_households"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "m.db", who="kari") as s:
        yield s


def guarded(act):
    """``act`` for when_shown: a failure closes the dialog (so exec returns) and is re-raised
    by ``check``, instead of leaving the modal dialog open for ever."""
    errors: list[BaseException] = []

    def run(dialog) -> None:
        try:
            act(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.reject()

    def check() -> None:
        if errors:
            raise errors[0]

    return run, check


def _item_rect(dialog: MunicipalityDialog, label: str):
    items = dialog.list.findItems(label, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    return dialog.list.visualItemRect(items[0])


def test_first_start_type_lille_pick_lillehammer_and_it_is_saved(qtbot, lang_nb, store):
    seen: list[list[str]] = []

    def act(dialog: MunicipalityDialog) -> None:
        dialog.resize(460, 420)
        qtbot.waitExposed(dialog)
        activate(qtbot, dialog)
        assert focused() is dialog.search  # the user types at once
        qtbot.keyClicks(focused(), "Lille")
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())
                     if not dialog.list.item(i).isHidden()])
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=_item_rect(dialog, "3405 Lillehammer").center())
        assert dialog.count.text() == "3 kommuner"
        save_screenshot(dialog, "municipality_chooser_lille")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    run, check = guarded(act)
    shown = when_shown(MunicipalityDialog, run)
    place = ask_for_place(store)
    check()
    assert shown and seen == [["3205 Lillestrøm", "3405 Lillehammer", "4215 Lillesand"]]
    assert (place.code, place.name, place.districts) == ("3405", "Lillehammer", ())
    assert store.municipality_code() == "3405"
    # the next start does not ask again
    assert ask_for_place(store).code == "3405"


def test_cancelling_the_chooser_saves_nothing(qtbot, lang_nb, store):
    def act(dialog: MunicipalityDialog) -> None:
        qtbot.keyClicks(dialog.search, "Bergen")
        assert dialog.chosen() == "4601"  # the only match is chosen
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    run, check = guarded(act)
    when_shown(MunicipalityDialog, run)
    assert ask_for_place(store) is None
    check()
    assert store.municipality_code() is None


def test_no_match_leaves_ok_disabled(qtbot, lang_nb, store):
    dialog = MunicipalityDialog(region_data(), None)
    qtbot.addWidget(dialog)
    dialog.search.setText("Atlantis")
    assert dialog.chosen() is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.search.setText("kautokeino")
    assert dialog.chosen() == "5612"
    assert dialog.list.currentItem().text() == "5612 Guovdageaidnu - Kautokeino"


def _draft_for(store, catalog, case_file, code: str) -> CaseDraft:
    """The hand-written case in a database for ``code``, without other districts' ratings."""
    regions = region_data()
    place = choose_place(store, regions, code)
    case = read_case_file(case_file, catalog_with_all_districts(catalog, regions))
    case = without_districts(case, foreign_districts(case, place))
    return CaseDraft(store.add_case(case), store, catalog_for_place(catalog, place, regions))


def test_the_district_step_for_lillehammer_says_it_has_no_districts(
        qtbot, lang_nb, store, catalog, case_file):
    draft = _draft_for(store, catalog, case_file, "3405")
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    assert field.model.rows == []
    assert field.note.text().startswith("Lillehammer har ingen offisielle bydeler")
    assert not field.view.isVisible()
    assert "Gamle Oslo" not in {r.title for r in field.model.rows}
    save_screenshot(page, "district_step_lillehammer")


def test_the_district_step_for_bergen_rows_are_its_eight_districts(
        qtbot, lang_nb, store, catalog, case_file):
    draft = _draft_for(store, catalog, case_file, "4601")
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    assert [r.key for r in field.model.rows] == [f"4601{n:02d}" for n in range(1, 9)]
    assert [r.title for r in field.model.rows][:3] == ["Arna", "Bergenhus", "Fana"]


@pytest.fixture
def controller(qtbot, lang_nb, store, catalog, tmp_path, prompts):
    place = choose_place(store, region_data(), "3405")
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctl = AppController(store, catalog_for_place(catalog, place, region_data()), store.path,
                        "nb", settings, prompts)
    qtbot.addWidget(ctl.main)
    ctl.main.show()
    yield ctl
    ctl.close_all()


def _package(tmp_path, catalog, code: str, name: str):
    indicator = catalog.indicators[LOW_INCOME]
    data = dumps(doc([("Region", [code]), ("ContentsCode", ["EUskala60"]),
                      ("Tid", ["2022", "2023"])], [11.5, 12.25], table="06947"))
    fetched = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    entry = entry_for(indicator, "json-stat", data, source="SSB table 06947", fetched=fetched)
    target = tmp_path / f"{code}.zip"
    write_package(target, (code, name), [(entry, data)], created=fetched)
    return target


def test_file_menu_imports_an_indicator_package(qtbot, controller, store, catalog, tmp_path,
                                               prompts):
    package = _package(tmp_path, catalog, "3405", "Lillehammer")
    prompts.answer("open_file", package)
    choose_in_menu(controller.main, "Importer indikator&pakke …")
    qtbot.waitUntil(lambda: controller.places.task is None, timeout=10000)
    figures = {(o.region, o.period): o.value for o in store.observations(LOW_INCOME)}
    assert figures == {("3405", "2022"): 11.5, ("3405", "2023"): 12.25}
    message = controller.main.statusBar().currentMessage()
    assert message == "Importerte tall for 1 indikator fra pakken laget " + datetime(
        2026, 11, 2, 9, 30, tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M") + "."
    view = controller.indicator_view()
    assert view.overview.items()[LOW_INCOME].text(1) == "2023"
    assert view.overview.items()[LOW_INCOME].text(3) == "SSB 06947"


def test_a_package_for_another_municipality_is_refused_in_a_message(
        qtbot, controller, store, catalog, tmp_path, prompts):
    package = _package(tmp_path, catalog, "4601", "Bergen")
    assert controller.places.import_package(package)
    qtbot.waitUntil(lambda: controller.places.task is None, timeout=10000)
    message, = prompts.asked
    assert (message.kind, message.title) == ("warn", "Importer indikatorpakke")
    assert not message.options["wait"]  # shown from a worker's outcome, not waited for
    assert message.text == (f"Pakken ble ikke importert: {package}: the package holds figures "
                            "for Bergen (4601), but this database is for Lillehammer (3405)")
    assert store.observations(LOW_INCOME) == []


def test_the_first_start_fetches_in_the_background_with_progress(qtbot, controller, catalog,
                                                                 prompts):
    release = threading.Event()
    calls: list = []

    def fake_fetch(indicators, regions, state):
        calls.append(([i.id for i in indicators], regions))
        state.progress(0.5)
        release.wait(10)
        return FetchOutcome(stored={indicators[0].id: 4, indicators[1].id: 2})

    actions = PlaceActions(controller.main, controller.store, controller.places.place,
                           catalog.indicators, "nb", fetcher=fake_fetch, prompts=prompts)
    prompts.answer("confirm", True)
    assert actions.offer_first_fetch()
    questions = prompts.texts("confirm")
    assert questions[0].startswith("Vil du hente indikatortallene for Lillehammer")
    qtbot.waitUntil(lambda: actions.progress_bar.value() == 50, timeout=10000)
    assert actions.progress_bar.isVisible()
    assert actions.progress_label.text() == "Henter tall for Lillehammer …"
    release.set()
    qtbot.waitUntil(lambda: actions.task is None, timeout=10000)
    assert not actions.progress_bar.isVisible()
    assert controller.main.statusBar().currentMessage() == "Hentet tall for 2 indikatorer."
    fetched_ids, regions = calls[0]
    assert all(is_fetched(catalog.indicators[i]) for i in fetched_ids)  # every publisher's
    assert regions[0] == "3411" and regions[-1] == "0"


def test_declining_the_first_fetch_fetches_nothing(qtbot, controller, catalog, prompts):
    calls: list = []
    actions = PlaceActions(controller.main, controller.store, controller.places.place,
                           catalog.indicators, "nb",
                           fetcher=lambda *a: calls.append(a) or FetchOutcome(), prompts=prompts)
    prompts.answer("confirm", False)
    assert not actions.offer_first_fetch()
    assert calls == [] and actions.task is None


def test_the_comparison_chosen_in_the_indicator_view_is_the_databases(
        qtbot, lang_nb, store, catalog, tmp_path):
    from impactapp.domain.observation import Observation
    from impactapp.indicators.ratelimit import RateLimiter
    from impactapp.ui.indicators.region_picker import RegionPickerDialog
    from impactapp.ui.indicators.view import IndicatorView

    from .test_indicator_view import tick

    regions = region_data()
    place = choose_place(store, regions, "3405")
    fetched = datetime(2026, 11, 2, tzinfo=UTC)
    store.replace_observations(LOW_INCOME, [
        Observation(LOW_INCOME, code, "2023", value, "", "prosent", "06947", "", fetched)
        for code, value in (("3405", 9.5), ("3411", 8.0), ("0301", 11.0), ("0", 10.0))])
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = IndicatorView(store, catalog_for_place(catalog, place, regions), "nb",
                         settings=settings, limiter=RateLimiter(1000, 1.0))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    view.overview.select_indicator(LOW_INCOME)
    assert view.detail.home_code() == "3405"
    assert view.comparison()[:2] == ["3411", "0301"] and view.comparison()[-1] == "0"

    def choose(dialog: RegionPickerDialog) -> None:
        for code in view.comparison()[1:-1]:
            tick(dialog, code)  # keep Ringsaker and the country only
        dialog.accept()

    shown = when_shown(RegionPickerDialog, choose)
    qtbot.mouseClick(view.detail.comparison_button, Qt.MouseButton.LeftButton)
    assert shown
    assert store.comparison_codes() == ("3411",)
    assert view.comparison() == ["3411", "0"]
    with Store.open(store.path) as other:  # the command line sees the same choice
        assert other.comparison_codes() == ("3411",)


@pytest.mark.parametrize("imported", [True, False])
def test_importing_an_oslo_case_file_asks_to_leave_out_its_districts(
        qtbot, controller, store, case_file, imported, prompts):
    prompts.answer("confirm", imported)
    ids = controller.main.import_paths([case_file])
    texts = prompts.texts("confirm")
    assert texts and texts[0].startswith("Disse sakene vurderer bydeler som ikke ligger i "
                                         "Lillehammer")
    assert f"{case_file.name}: bydelene 030101" in texts[0]
    assert bool(ids) is imported
    assert store.count_cases(include_deleted=True) == (1 if imported else 0)
    if imported:
        case = store.get_case(ids[0])
        assert all(not a.districts for alt in case.alternatives for a in alt.assessments)
