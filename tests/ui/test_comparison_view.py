"""The comparison view as a caseworker uses it: filter, sort, choose columns, open, export."""

from __future__ import annotations

import csv
import io
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QColor

from impactapp.domain.model import Case
from impactapp.store import Store, store_opener
from impactapp.ui.case_list_model import CASE_ID_ROLE
from impactapp.ui.comparison import ComparisonViews
from impactapp.ui.comparison.cells import collation_key
from impactapp.ui.comparison.comparison_view import ComparisonView
from impactapp.ui.controller import AppController
from impactapp.ui.fields.rating_style import RDBU7, UNKNOWN_COLOUR
from impactapp.ui.i18n import install_translators
from impactapp.ui.settings import UiSettings

from ..analysis.cases import hand_made_cases
from .conftest import save_screenshot
from .driving import activate, open_list_and_choose, press, tab, type_text

BG, FG = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    """Reading, adding up and exporting run in workers: each test waits for its own."""
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "compare.db", who="kari") as opened:
        yield opened


@pytest.fixture
def cases(store: Store, examples) -> list[Case]:
    """The three hand-made cases (a decided toll, an approved school merger, a draft) and the
    shipped examples, as stored."""
    return [store.add_case(case) for case in hand_made_cases() + examples]


def loaded(qtbot, view: ComparisonView) -> ComparisonView:
    qtbot.waitUntil(lambda: view.data is not None and not view.source.running, timeout=20000)
    return view


@pytest.fixture
def views(qtbot, lang_nb, store, cases, catalog, prompts) -> ComparisonViews:
    built = ComparisonViews(store_opener(store.path), catalog, "nb", prompts=prompts)
    for widget in (built.comparison, built.portfolio):
        qtbot.addWidget(widget)
    built.comparison.resize(1280, 800)
    built.comparison.show()
    loaded(qtbot, built.comparison)
    return built


@pytest.fixture
def view(views) -> ComparisonView:
    return views.comparison


def shown_ids(view: ComparisonView) -> list[int]:
    proxy = view.proxy
    return [proxy.data(proxy.index(r, 0), CASE_ID_ROLE) for r in range(proxy.rowCount())]


def cell(view: ComparisonView, case_id: int, column: str):
    row = shown_ids(view).index(case_id)
    return view.proxy.index(row, view.model.column_index(column))


def by_title(cases: list[Case], start: str) -> Case:
    return next(c for c in cases if c.title.startswith(start))


def test_the_model_passes_qts_model_checks(qtmodeltester, view):
    qtmodeltester.check(view.model)
    assert view.model.rowCount() > 0


def test_every_case_is_a_row_and_ratings_show_sign_number_and_colour(view, cases):
    assert sorted(shown_ids(view)) == sorted(c.id for c in cases)
    toll = by_title(cases, "Bompenger")
    expected = {  # the recommended a1 of the toll, as rated by hand
        "env.climate_mitigation": ("+2", RDBU7[5], "#000000"),
        "dist.low_income": ("\u22121", RDBU7[2], "#000000"),
        "soc.public_health": ("?", UNKNOWN_COLOUR, "#000000"),
        "econ.municipal_budget": ("0", RDBU7[3], "#000000"),
    }
    for column, (text, fill, ink) in expected.items():
        index = cell(view, toll.id, column)
        assert index.data() == text
        assert index.data(BG) == QColor(fill)
        assert index.data(FG) == QColor(ink)
    assert cell(view, toll.id, "env.noise").data() == "\u2013"  # not relevant, no colour
    assert cell(view, toll.id, "env.noise").data(BG) is None
    assert cell(view, toll.id, "sdg:13").data() == "+"
    assert "Klimagassutslipp" in cell(view, toll.id, "env.climate_mitigation").data(
        Qt.ItemDataRole.ToolTipRole)


def test_the_two_darkest_classes_have_white_text(view, cases):
    darkest = [(case.id, a.criterion, a.rating) for case in cases
               if case.recommendation is not None
               for alt in case.alternatives if alt.id == case.recommendation.alternative
               for a in alt.assessments if a.rating in (3, -3)]
    assert darkest, "the examples rate something +3 or −3"
    for case_id, criterion, rating in darkest:
        index = cell(view, case_id, criterion)
        assert index.data() == ("+3" if rating == 3 else "\u22123")
        assert index.data(FG) == QColor("#ffffff")
        assert index.data(BG) == QColor(RDBU7[rating + 3])


def test_choosing_a_status_and_then_a_unit_and_year_combines_the_filters(qtbot, view, cases):
    activate(qtbot, view)
    combo = view.filters.combos["status"]
    open_list_and_choose(qtbot, combo, combo.findData("decided"))
    assert combo.currentText() == "Vedtatt"
    assert sorted(shown_ids(view)) == sorted(c.id for c in cases if c.status == "decided")

    view.filters.clear()
    units = view.filters.combos["unit"]
    open_list_and_choose(qtbot, units, units.findData("Bymiljøetaten"))
    years = view.filters.combos["year"]
    open_list_and_choose(qtbot, years, years.findData(2026))
    wanted = [c.id for c in cases if c.unit == "Bymiljøetaten"
              and c.decision_date is not None and c.decision_date.year == 2026]
    assert len(wanted) >= 2
    assert sorted(shown_ids(view)) == sorted(wanted)
    assert view.shown_label.text() == f"{len(wanted)} av {len(cases)} saker vises"
    view.filters.clear_button.click()
    assert len(shown_ids(view)) == len(cases)


def test_the_text_filter_finds_sami_letters_and_ignores_case(qtbot, view, cases):
    activate(qtbot, view)
    view.filters.search.setFocus()
    type_text(qtbot, "ŋ Š")
    toll = by_title(cases, "Bompenger")
    assert shown_ids(view) == [toll.id]
    view.filters.search.clear()
    type_text(qtbot, "sammenslåing")
    assert sorted(shown_ids(view)) == sorted(
        c.id for c in cases if "sammenslåing" in c.title.casefold())
    view.filters.search.setText(unicodedata.normalize("NFD", "Grorud (á"))  # á as a + ◌́
    assert shown_ids(view) == [toll.id]
    view.filters.search.setText("sammenslåing")
    depth = view.filters.combos["depth"]
    depth.setCurrentIndex(depth.findData("full"))  # combined with the text
    assert sorted(shown_ids(view)) == sorted(
        c.id for c in cases if "sammenslåing" in c.title.casefold() and c.depth == "full")


def test_the_keyboard_reaches_everything_in_reading_order(qtbot, view, cases):
    activate(qtbot, view)
    view.filters.search.setFocus()
    reached = [tab(qtbot) for _ in range(8)]  # "Vis alle" is off while nothing is chosen
    assert reached == [view.chooser, view.export_button, *view.filters.combos.values(),
                       view.table]
    assert all(w.accessibleName() for w in view.filters.combos.values())
    press(qtbot, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() >= 0  # the arrow keys move through the rows
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Status"
    assert view.filters.combos["status"].hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # a closed choice steps to the next value at once
    assert len(shown_ids(view)) < len(cases)
    assert view.filters.clear_button.isEnabled()


def test_text_sorts_the_norwegian_way():
    names = ["Østensjø", "Ås", "Zeta", "Ærfugl", "aker", "Ápmi", "Bydel Alna"]
    assert sorted(names, key=collation_key) == [
        "aker", "Ápmi", "Bydel Alna", "Zeta", "Ærfugl", "Østensjø", "Ås"]


def test_clicking_a_header_sorts_by_that_column_with_empty_cells_last(qtbot, view, cases):
    column = view.model.column_index("env.climate_mitigation")
    view.table.scrollTo(view.proxy.index(0, column))
    header = view.header
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    first_order = header.sortIndicatorOrder()
    values = [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]
    numbers = [float(v.replace("\u2212", "-")) for v in values if v not in ("", "?", "\u2013")]
    assert numbers == sorted(numbers, reverse=first_order == Qt.SortOrder.DescendingOrder)
    assert values[:len(numbers)] == [v for v in values if v not in ("", "?", "\u2013")]
    assert values[-1] == ""  # not rated: last
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    again = [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]
    flipped = [float(v.replace("\u2212", "-")) for v in again if v not in ("", "?", "\u2013")]
    assert flipped == sorted(numbers, reverse=first_order == Qt.SortOrder.AscendingOrder)
    assert again[-1] == ""


def test_hiding_a_column_group_hides_its_columns_and_leaves_the_rest(view, catalog):
    environment = [c.id for c in catalog.criteria_in("env")]
    assert all(c in view.shown_columns() for c in environment)
    assert not any(c.startswith("env:") for c in view.shown_columns())  # summaries start hidden
    action = next(a for a in view.chooser.menu_.actions() if a.text() == "Kriterier: Miljø")
    action.trigger()
    shown = view.shown_columns()
    assert not any(c in shown for c in environment)
    assert all(c.id in shown for c in catalog.criteria_in("soc"))
    view.chooser.set_shown("summary", True)
    assert "env:negative" in view.shown_columns()


def test_a_double_click_or_enter_on_a_row_opens_that_case(qtbot, lang_nb, store, cases, catalog,
                                                        tmp_path):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    controller = AppController(store, catalog, store.path, "nb", settings)
    qtbot.addWidget(controller.main)
    controller.main.show()
    try:
        sidebar = controller.main.sidebar
        item = sidebar.findItems("Sammenlign", Qt.MatchFlag.MatchExactly)[0]
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=sidebar.visualItemRect(item).center())
        view = loaded(qtbot, controller.comparison_views().comparison)
        assert controller.main.views.currentWidget() is view
        school = by_title(cases, "Sammenslåing av to skoler")
        where = view.table.visualRect(cell(view, school.id, "title")).center()
        # a double-click as the system delivers it: press and release, then the second press
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert list(controller.case_windows) == [school.id]

        toll = by_title(cases, "Bompenger")
        view.table.setFocus()
        view.table.selectRow(cell(view, toll.id, "title").row())
        view.table.setCurrentIndex(cell(view, toll.id, "title"))
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert sorted(controller.case_windows) == sorted([school.id, toll.id])
    finally:
        controller.close_all()


def test_the_view_reads_the_cases_again_when_they_change(qtbot, lang_nb, store, cases, catalog,
                                                         tmp_path):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    controller = AppController(store, catalog, store.path, "nb", settings)
    qtbot.addWidget(controller.main)
    controller.main.show()
    view = controller.comparison_views().comparison
    controller.main.show_view(view)
    loaded(qtbot, view)
    view.filters.choose("status", "draft")
    drafts = len(shown_ids(view))
    draft = by_title(cases, "Utkast uten anbefaling")
    store.delete_case(draft.id)
    controller.main.refresh()  # what the program calls after a change
    qtbot.waitUntil(lambda: draft.id not in shown_ids(view), timeout=20000)
    assert len(shown_ids(view)) == drafts - 1
    assert view.filters.combos["status"].currentData() == "draft"  # the filter is kept


def _exported(qtbot, view, path: Path, prompts) -> list[list[str]]:
    """Export to ``path`` from the button; the labels of the buttons offered afterwards."""
    prompts.answer("save_file", path).answer("ask", "close")
    view.export_button.click()
    qtbot.waitUntil(lambda: view.exports.last_written == path, timeout=30000)
    assert path.stat().st_mode & 0o077 == 0  # may name exempt cases: the owner's only
    return [[c.label or c.key for c in a.options["choices"]] for a in prompts.asked
            if a.kind == "ask"]


def test_csv_export_holds_the_filtered_sorted_table_with_norwegian_headers(
        qtbot, view, cases, tmp_path, prompts):
    view.filters.choose("unit", "Bymiljøetaten")
    view.table.sortByColumn(view.model.column_index("case_number"), Qt.SortOrder.AscendingOrder)
    view.chooser.set_shown("sdg", False)
    path = tmp_path / "sammenligning.csv"
    offered = _exported(qtbot, view, path, prompts)
    assert offered and "Åpne filen" in offered[0] and "Åpne mappen" in offered[0]
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Tittel", "Saksnr.", "Enhet"]
    assert "Klimagassutslipp" in header and not any(h.startswith("Mål ") for h in header)
    wanted = sorted(c.case_number for c in cases if c.unit == "Bymiljøetaten")
    assert [r[1] for r in body] == wanted
    assert {r[2] for r in body} == {"Bymiljøetaten"}


def test_xlsx_export_opens_with_the_table_and_the_portfolio_of_the_cases_shown(
        qtbot, view, cases, tmp_path, prompts):
    view.filters.choose("status", "approved")
    path = tmp_path / "sammenligning.xlsx"
    _exported(qtbot, view, path, prompts)
    book = load_workbook(path)
    sheet = book["Sammenligning"]
    rows = list(sheet.iter_rows(values_only=True))
    approved = [c for c in cases if c.status == "approved"]
    assert rows[0][:2] == ("Tittel", "Saksnr.")
    assert sorted(r[0] for r in rows[1:]) == sorted(c.title for c in approved)
    portfolio = [r for r in book["Portefølje"].iter_rows(values_only=True) if r and r[0]]
    cases_row = next(r for r in portfolio if r[0] == "cases")
    assert cases_row[2] == len(approved)


def test_screenshot_of_the_comparison_in_norwegian(qapp, view):
    view.filters.choose("unit", "Bymiljøetaten")
    qapp.processEvents()
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Tittel"
    save_screenshot(view, "comparison_nb")


@pytest.fixture
def lang_en(qapp):
    """The English catalogue (it holds the plural forms) installed for one test."""
    translators = install_translators(qapp, "en")
    yield "en"
    for t in translators:
        QCoreApplication.removeTranslator(t)


def test_screenshot_of_the_comparison_in_english(qtbot, qapp, lang_en, store, cases, catalog):
    built = ComparisonViews(store_opener(store.path), catalog, "en")
    english = built.comparison
    qtbot.addWidget(english)
    english.resize(1280, 800)
    english.show()
    loaded(qtbot, english)
    assert english.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert english.filters.combos["status"].itemText(0) == "All"
    assert english.shown_label.text() == f"{len(cases)} cases"
    qapp.processEvents()
    save_screenshot(english, "comparison_en")
