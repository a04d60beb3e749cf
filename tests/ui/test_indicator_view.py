"""The indicator view as a caseworker uses it: the set with the age of its data, one
indicator over time for Oslo and chosen bydeler, the comparison with other municipalities,
Import and Fetch in the background; and the latest figure in the wizard and the memo."""

import json
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from impactapp.casefile import read_case_file
from impactapp.domain.observation import Observation
from impactapp.indicators.latest import latest_value_lookup, source_line
from impactapp.indicators.periods import months_since, period_end
from impactapp.indicators.ratelimit import RateLimiter
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.i18n import install_translators
from impactapp.ui.indicators import IndicatorView
from impactapp.ui.indicators.bar_chart import HOME, NATIONAL, OTHER
from impactapp.ui.indicators.figures_model import VALUE_ROLE
from impactapp.ui.indicators.region_picker import RegionPickerDialog
from impactapp.ui.wizard.memo_actions import MemoActions
from impactapp.ui.wizard.window import CaseWindow
from impactapp.ui.wizard.window_actions import WindowActions

from ..indicators.builders import doc, dumps
from ..indicators.fake_ssb import Answer, FakeSsb
from .conftest import save_screenshot
from .driving import when_shown

EU60 = "ind.low_income_households"
FETCHED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
TODAY = date(2026, 11, 2)
PERIODS = ["2020", "2021", "2022", "2023", "2024"]
# Invented figures (not SSB's). 2024 is published only as ".." (not available yet).
FIGURES = {
    "0301": [10.1, 10.4, 10.9, 11.2, None],
    "030101": [18.2, 18.9, 19.5, 19.1, None],
    "030102": [12.0, 11.6, 11.1, 10.8, None],
    "030107": [4.1, 4.0, 4.3, 4.2, None],
    "4601": [8.1, 8.3, 8.6, 8.8, None],
    "5001": [7.9, 8.0, 8.2, 8.5, None],
    "0": [9.0, 9.2, 9.4, 9.6, None],
}


def observations(figures=FIGURES, indicator=EU60, table="06947"):
    return [Observation(indicator, region, period, value, ".." if value is None else "",
                        "prosent", table, "2025-06-12T06:00:00Z", FETCHED)
            for region, values in figures.items()
            for period, value in zip(PERIODS, values, strict=True)]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ind.db", who="kari") as s:
        yield s


@pytest.fixture
def seeded(store):
    store.replace_observations(EU60, observations())
    return store


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def lang_en(qapp):
    translators = install_translators(qapp, "en")
    yield "en"
    for t in translators:
        QCoreApplication.removeTranslator(t)


def open_view(qtbot, store, catalog, settings, lang="nb", prompts=None) -> IndicatorView:
    view = IndicatorView(store, catalog, lang, settings=settings, today=lambda: TODAY,
                         limiter=RateLimiter(1000, 1.0), prompts=prompts)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def table_rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def press(widget, key, text="") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def tick(dialog: RegionPickerDialog, code: str) -> None:
    """Move to the region's row and press Space, as a keyboard user does."""
    row = next(i for i, item in enumerate(dialog.items()) if item.data(Qt.ItemDataRole.UserRole)
               == code)
    dialog.list.setFocus()
    dialog.list.setCurrentRow(row)
    press(dialog.list, Qt.Key.Key_Space, " ")


# --- the pure parts the view relies on ----------------------------------------------------------


def test_period_ends_and_the_lag_until_today():
    assert period_end("2023") == date(2023, 12, 31)
    assert period_end("2022-2024") == date(2024, 12, 31)
    assert period_end("2025M03") == date(2025, 3, 31)
    assert period_end("2025K2") == date(2025, 6, 30)
    assert period_end("2025U01") == date(2025, 1, 5)
    assert period_end("not a period") is None
    assert months_since("2023", TODAY) == 35
    assert months_since("2026M12", TODAY) == 0


def test_source_line_names_publisher_table_and_day(catalog):
    o = observations()[0]
    source = catalog.indicators[EU60].source
    assert source_line(o, source, "nb") == "Kilde: SSB, tabell 06947, hentet 2026-11-02"
    assert source_line(o, source, "en") == (
        "Source: Statistics Norway, table 06947, retrieved 2026-11-02")


# --- the overview --------------------------------------------------------------------------------


def test_the_set_is_grouped_by_pillar_with_latest_period_and_age(qtbot, lang_nb, seeded, catalog,
                                                                 settings):
    view = open_view(qtbot, seeded, catalog, settings)
    tree = view.overview
    groups = [tree.topLevelItem(g).text(0) for g in range(tree.topLevelItemCount())]
    assert groups == [p.name.nb for p in catalog.pillars.values()
                      if any(i.pillar == p.id for i in catalog.indicators.values())]
    items = tree.items()
    assert set(items) == set(catalog.indicators)
    row = items[EU60]
    assert row.parent().text(0) == catalog.pillars["dist"].name.nb
    # 2024 is only "..": the latest period with figures is 2023, 35 months before today.
    assert (row.text(1), row.text(2)) == ("2023", "3 år")
    assert "35 måneder" in row.toolTip(2) and "02.11.2026" in row.toolTip(2)
    empty = items["ind.life_expectancy"]
    assert (empty.text(1), empty.text(2)) == ("–", "ingen data")


# --- one indicator -----------------------------------------------------------------------------


def test_an_indicator_over_time_for_oslo_and_two_chosen_districts(qtbot, lang_nb, seeded,
                                                                  catalog, settings):
    view = open_view(qtbot, seeded, catalog, settings)
    assert view.overview.select_indicator(EU60)
    detail = view.detail
    assert "↓ ønsket (lavere er bedre)" in detail.meta_label.text()
    assert detail.source_label.text() == "Kilde: SSB, tabell 06947, hentet 2026-11-02"
    assert [r[0] for r in table_rows(detail.home_model)] == ["Oslo"]

    dialogs = when_shown(RegionPickerDialog,
                         lambda d: (tick(d, "030101"), tick(d, "030102"), d.accept()))
    qtbot.mouseClick(detail.districts_button, Qt.MouseButton.LeftButton)
    assert dialogs and view.prefs.districts() == ["030101", "030102"]
    assert json.loads(settings.value("indicators/districts")) == ["030101", "030102"]

    model = detail.home_model
    assert headers(model) == ["Område", *PERIODS, "Endring"]
    rows = table_rows(model)
    assert [r[0] for r in rows] == ["Oslo", "Gamle Oslo", "Grünerløkka"]
    assert rows[0][1:5] == ["10,1", "10,4", "10,9", "11,2"]
    assert rows[0][5] == ".."
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == "oppgave mangler"
    assert model.data(model.index(0, 5), VALUE_ROLE) is None
    # Low income is better low: Oslo rose (worse), Grünerløkka fell (better).
    assert rows[0][6] == "+1,1 (verre)"
    assert rows[2][6] == "\u22121,2 (bedre)"
    assert "2 valgt" in detail.districts_button.text()

    chart = detail.line_chart
    assert chart.periods == tuple(PERIODS)
    assert chart.direction == "down"
    assert [s.label for s in chart.series] == ["Oslo", "Gamle Oslo", "Grünerløkka"]
    assert chart.series[1].values == (18.2, 18.9, 19.5, 19.1, None)
    assert "Oslo, Gamle Oslo, Grünerløkka" in chart.accessibleDescription()
    save_screenshot(view, "indicator_view_nb")


def test_comparison_with_other_municipalities_by_default_and_chosen(qtbot, lang_nb, seeded,
                                                                    catalog, settings):
    view = open_view(qtbot, seeded, catalog, settings)
    view.overview.select_indicator(EU60)
    detail = view.detail
    tab_bar = detail.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert detail.tabs.currentIndex() == 1
    model = detail.comparison_model
    names = [r[0] for r in table_rows(model)]
    # Oslo first, the other nine largest, the national figure last.
    assert names[:3] == ["Oslo", "Bergen", "Trondheim"] and names[-1] == "Hele landet"
    assert len(names) == 11 and "Bærum" in names and "Fredrikstad" in names
    rows = {r[0]: r for r in table_rows(model)}
    assert rows["Bergen"][1:5] == ["8,1", "8,3", "8,6", "8,8"]
    assert rows["Bærum"][1:6] == ["", "", "", "", ""]  # nothing fetched for Bærum
    assert not detail.comparison_note.isVisible()

    bars = detail.bar_chart
    assert bars.period == "2023"  # 2024 holds only ".."
    assert [(b.label, b.value, b.kind) for b in bars.bars[:4]] == [
        ("Oslo", 11.2, HOME), ("Hele landet", 9.6, NATIONAL), ("Bergen", 8.8, OTHER),
        ("Trondheim", 8.5, OTHER)]
    assert all(b.value is None for b in bars.bars[4:])
    save_screenshot(view, "indicator_comparison_nb")

    def choose(dialog):
        assert "0301" not in [i.data(Qt.ItemDataRole.UserRole) for i in dialog.items()]
        for code in ("5001", "1103", "3201", "4204", "3301", "3203", "3205", "3107",
                     "0"):
            tick(dialog, code)  # untick all but Bergen
        dialog.add_edit.setFocus()
        qtbot.keyClicks(dialog.add_edit, "1108 Sandnes")
        press(dialog.add_edit, Qt.Key.Key_Return, "\r")
        assert dialog.isVisible()  # Enter adds the municipality; it does not close
        save_screenshot(dialog, "indicator_comparison_dialog_nb")
        dialog.accept()
    dialogs = when_shown(RegionPickerDialog, choose)
    qtbot.mouseClick(detail.comparison_button, Qt.MouseButton.LeftButton)
    assert dialogs
    assert view.prefs.comparison() == ["4601", "1108"]
    assert view.prefs.region_names() == {"1108": "Sandnes"}
    assert [r[0] for r in table_rows(model)] == ["Oslo", "Bergen", "Sandnes"]
    assert [b.label for b in bars.bars] == ["Oslo", "Bergen", "Sandnes"]


def test_without_data_the_view_says_how_to_get_it(qtbot, lang_nb, store, catalog, settings):
    view = open_view(qtbot, store, catalog, settings)
    view.overview.select_indicator(EU60)
    detail = view.detail
    assert detail.stack.currentWidget() is detail.empty_label
    text = detail.empty_label.text()
    assert "ingen tall" in text and "«Hent fra SSB»" in text and "«Importer fil …»" in text
    assert ".json" in text and ".csv" in text
    assert view.fetch_button.isEnabled()
    view.overview.select_indicator("ind.registered_unemployment")
    assert not view.fetch_button.isEnabled()
    assert "nav.no" in detail.empty_label.text()
    assert "Importer fil" in detail.empty_label.text()
    save_screenshot(view, "indicator_empty_nb")


# --- import and fetch -----------------------------------------------------------------------------


def saved_response(regions, values, status=None) -> bytes:
    return dumps(doc([("Region", regions), ("ContentsCode", ["EUskala60"]),
                      ("Tid", ["2022", "2023"])], values, status=status,
                     roles={"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]},
                     table="06947"))


def test_import_of_a_saved_json_stat_file_runs_in_the_background(qtbot, lang_nb, store,
                                                                  catalog, settings, tmp_path,
                                                                  prompts):
    path = tmp_path / "06947.json"
    # The file names the country EAK (as KOSTRA tables do); the comparison asks for "0".
    path.write_bytes(saved_response(["0301", "030101", "4601", "EAK", "9999"],
                                    [10.9, 11.2, 19.5, 19.1, 8.6, 8.8, 9.4, None, 1.0, 2.0],
                                    status={"7": ".."}))
    prompts.answer("open_file", path)
    view = open_view(qtbot, store, catalog, settings, prompts=prompts)
    view.overview.select_indicator(EU60)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    asked = prompts.asked[0].options["filters"]
    assert "*.json" in asked and "*.csv" in asked
    assert view.task is not None and view.progress_bar.isVisible()
    qtbot.waitUntil(lambda: view.task is None, timeout=10000)
    held = {(o.region, o.period): o for o in store.observations(EU60)}
    # Oslo, a bydel and the compared Bergen and Norway are kept; 9999 is in no query.
    assert {r for r, _ in held} == {"0301", "030101", "4601", "EAK"}
    assert held[("4601", "2023")].value == 8.8
    assert held[("EAK", "2023")].value is None and held[("EAK", "2023")].status == ".."
    assert view.message.text() == (
        f"8 tall lagret for {catalog.indicators[EU60].name.nb} fra 06947.json.")
    assert view.overview.items()[EU60].text(1) == "2023"
    assert not view.progress_bar.isVisible()
    rows = {r[0]: r for r in table_rows(view.detail.comparison_model)}
    assert rows["Hele landet"][-3:-1] == ["9,4", ".."]

    broken = tmp_path / "broken.json"
    broken.write_text('{"version": "2.0", "class": "dataset"', encoding="utf-8")
    prompts.answer("open_file", broken)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=10000)
    assert view.message.text().startswith("Ingenting ble importert fra broken.json: ")
    assert "is not valid JSON" in view.message.text()
    assert len(store.observations(EU60)) == 8


def test_fetch_asks_ssb_for_the_compared_municipalities_too_with_progress(
        qtbot, lang_nb, store, catalog, settings):
    with FakeSsb() as ssb:
        # The table's metadata: this table calls the country EAK and has no Bærum (3201).
        metadata = doc([("Region", ["0301", "030101", "030102", "4601", "5001", "EAK"]),
                        ("ContentsCode", ["EUskala60"]), ("Tid", ["2022", "2023"])], [],
                       roles={"geo": ["Region"], "time": ["Tid"]}, table="06947")
        ssb.serve("/tables/06947/metadata", Answer(body=dumps(metadata)))
        ssb.serve("/tables/06947/data", Answer(body=saved_response(
            ["0301", "030101", "4601", "EAK"], [10.9, 11.2, 19.5, 19.1, 8.6, 8.8, 9.4, 9.6])))
        view = open_view(qtbot, store, catalog, settings)
        view.base_url = ssb.base_url
        view.overview.select_indicator(EU60)
        progress = []
        view.progress_bar.valueChanged.connect(progress.append)
        qtbot.mouseClick(view.fetch_button, Qt.MouseButton.LeftButton)
        assert view.progress_bar.isVisible() and view.cancel_button.isVisible()
        assert not view.fetch_all_button.isEnabled()
        qtbot.waitUntil(lambda: view.task is None, timeout=15000)
        data_requests = [s for s in ssb.seen if s.path.endswith("/data")]
    assert len(data_requests) == 1
    asked = data_requests[0].params["valueCodes[Region]"][0].split(",")
    assert asked[:2] == ["0301", "030101"]  # the indicator's own regions first
    assert {"4601", "5001", "EAK"} <= set(asked)
    assert "3201" not in asked and "0" not in asked  # not in this table
    assert progress and max(progress) == 100 and any(0 < p < 100 for p in progress)
    first, left_out = view.message.text().splitlines()
    assert first == "1 indikator hentet fra SSB."
    # The bydeler and municipalities the table lacks were left out, and the user is told.
    assert ": finnes ikke i utgiverens tabell, utelatt: 030103, " in left_out
    assert "3201" in left_out and "030101" not in left_out
    assert len(store.observations(EU60)) == 8
    rows = {r[0]: r for r in table_rows(view.detail.comparison_model)}
    assert rows["Hele landet"][1:3] == ["9,4", "9,6"]  # stored as EAK, shown as the country


def test_fetch_says_plainly_when_offline(qtbot, lang_nb, store, catalog, settings):
    view = open_view(qtbot, store, catalog, settings)
    view.base_url = "http://127.0.0.1:9/api/pxwebapi/v2"  # nothing listens on port 9
    view.overview.select_indicator(EU60)
    qtbot.mouseClick(view.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=15000)
    text = view.message.text()
    assert text.startswith("0 indikatorer hentet fra SSB.")
    assert "Får ikke kontakt med 127.0.0.1" in text and "Traceback" not in text
    assert store.observations(EU60) == []


# --- the wizard and the memo -------------------------------------------------------------------


def test_the_wizard_step_and_the_memo_show_the_latest_value_and_its_source(
        qtbot, lang_nb, seeded, catalog, case_file):
    case = seeded.add_case(read_case_file(case_file, catalog))
    assert [(i.indicator, i.region) for i in case.indicators] == [(EU60, "0301")]
    window = CaseWindow(CaseDraft(case, seeded, catalog), catalog.form, "nb",
                        latest_value=latest_value_lookup(seeded.latest_observation, catalog,
                                                         "nb"),
                        actions=WindowActions(memo=MemoActions))
    qtbot.addWidget(window)
    window.show()
    page = window.page("indicators")
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "11,2 prosent (2023)\nKilde: SSB, tabell 06947, hentet 2026-11-02" in texts

    memo = window.memo_actions.memo()
    (line,) = memo.indicators
    assert line.latest.startswith("11,2") and line.latest.endswith("(2023)")
    assert line.source == "Kilde: SSB, tabell 06947, hentet 2026-11-02"


def test_the_view_is_in_the_main_window_and_english_reads_well(qtbot, lang_en, seeded, catalog,
                                                               settings, tmp_path):
    from impactapp.ui.controller import AppController
    from impactapp.ui.settings import UiSettings

    ctl = AppController(seeded, catalog, seeded.path, "en", UiSettings(settings))
    qtbot.addWidget(ctl.main)
    ctl.main.resize(1280, 800)
    ctl.main.show()
    view = ctl.indicator_view()
    view.today = lambda: TODAY
    view.prefs = type(view.prefs)(settings)
    view.prefs.set_districts(["030101", "030102"])
    items = [ctl.main.sidebar.item(i).text() for i in range(ctl.main.sidebar.count())]
    assert "Indicators" in items
    ctl.main.show_view(view)
    assert ctl.main.views.currentWidget() is view
    view.refresh()
    view.overview.select_indicator(EU60)
    assert view.overview.items()[EU60].text(2) == "3 years"
    assert "↓ desired (lower is better)" in view.detail.meta_label.text()
    assert view.detail.source_label.text() == (
        "Source: Statistics Norway, table 06947, retrieved 2026-11-02")
    save_screenshot(ctl.main, "indicator_view_en")
    view.detail.tabs.setCurrentIndex(1)
    save_screenshot(ctl.main, "indicator_comparison_en")
    ctl.close_all()


def test_an_open_case_window_shows_figures_imported_while_it_is_open(
        qtbot, lang_nb, store, catalog, case_file, settings, tmp_path, prompts):
    from impactapp.ui.controller import AppController
    from impactapp.ui.settings import UiSettings

    case = store.add_case(read_case_file(case_file, catalog))
    controller = AppController(store, catalog, store.path, "nb", UiSettings(settings), prompts)
    qtbot.addWidget(controller.main)
    try:
        window = controller.open_case(case.id)
        page = window.page("indicators")

        def texts() -> list[str]:
            return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]

        window.go_to(window.form.steps.index(page.step))
        assert "ingen data importert ennå" in texts()
        path = tmp_path / "06947.json"
        path.write_bytes(saved_response(["0301"], [10.9, 11.2]))
        prompts.answer("open_file", path)
        view = controller.indicator_view()
        view.overview.select_indicator(EU60)
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.task is None, timeout=10000)
        qtbot.waitUntil(lambda: any(t.startswith("11,2 prosent (2023)") for t in texts()))
        assert "ingen data importert ennå" not in texts()
    finally:
        controller.close_all()


def test_an_unconfirmed_source_reads_kilde_ikke_bekreftet(qtbot, lang_nb, store, catalog,
                                                          settings):
    view = open_view(qtbot, store, catalog, settings)
    detail = view.detail
    view.overview.select_indicator("ind.kindergarten_coverage")
    assert not catalog.indicators["ind.kindergarten_coverage"].confirmed
    assert "kilde ikke bekreftet" in detail.source_label.text()
    assert "13502" in detail.source_label.toolTip()
    view.overview.select_indicator(EU60)
    assert catalog.indicators[EU60].confirmed
    assert "ikke bekreftet" not in detail.source_label.text()
    assert detail.source_label.toolTip() == ""


def test_an_fhi_indicator_without_data_names_its_publisher(qtbot, lang_nb, store, catalog,
                                                           settings):
    view = open_view(qtbot, store, catalog, settings)
    view.overview.select_indicator("ind.neet_youth")
    text = view.detail.empty_label.text()
    assert "Hent dem fra Folkehelseinstituttet med «Hent fra SSB»" in text
    assert view.fetch_button.isEnabled()
