"""The portfolio view: charts of the hand-made cases, following the comparison's filters, the PDF.

The three hand-made cases (tests/analysis/cases.py) have their figures worked out by hand:
the decided toll's recommended a1 touches goals 11 and 13 positively and 10 negatively, cuts
4,200 t CO2e per year from 2027, harms low-income households (with mitigation) and the
districts (without), and rates three bydeler; the approved school merger's a2 has a mixed
effect on goal 4, a negative one on goal 11, an unquantified climate effect and harms children
(without mitigation); the draft has no recommendation.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from impactapp.store import Store, store_opener
from impactapp.ui.comparison import ComparisonViews
from impactapp.ui.comparison.portfolio_view import PortfolioView
from impactapp.ui.i18n import install_translators

from ..analysis.cases import hand_made_cases
from .conftest import save_screenshot
from .driving import activate, open_list_and_choose, tab


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    """Reading, adding up and exporting run in workers: each test waits for its own."""
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "portfolio.db", who="kari") as opened:
        yield opened


def shown_portfolio(qtbot, views: ComparisonViews) -> PortfolioView:
    """Show the portfolio view and wait until it has added the cases up."""
    qtbot.addWidget(views.comparison)
    qtbot.addWidget(views.portfolio)
    views.portfolio.resize(1280, 800)
    with qtbot.waitSignal(views.portfolio.computed, timeout=30000):
        views.portfolio.show()
    return views.portfolio


@pytest.fixture
def views(qtbot, lang_nb, store, catalog, prompts) -> ComparisonViews:
    for case in hand_made_cases():
        store.add_case(case)
    built = ComparisonViews(store_opener(store.path), catalog, "nb", prompts=prompts)
    shown_portfolio(qtbot, built)
    return built


def figures(chart) -> dict[str, tuple[float, float, str]]:
    """A diverging chart's rows that have bars: label -> (left total, right total, note)."""
    return {r.label: (r.left_total, r.right_total, r.note) for r in chart.rows
            if r.left or r.right}


def test_goal_bars_count_positive_and_negative_cases_in_goal_colours(views, catalog):
    chart = views.portfolio.goals
    assert [r.key for r in chart.rows] == [str(g) for g in sorted(catalog.goals)]
    name = {g: catalog.goals[g].short.nb for g in catalog.goals}
    assert figures(chart) == {
        name[10]: (1, 0, ""),  # the toll: 10.2 negative
        name[11]: (1, 1, ""),  # the toll's 11.6 positive, the school's 11.1 negative
        name[13]: (0, 1, ""),  # the toll: 13.2 positive
    }
    mixed = next(r for r in chart.rows if r.key == "4")  # the school: 4.a +, 4.5 − -> mixed
    assert (mixed.left, mixed.right, mixed.note) == ((), (), "\u00b11")
    thirteen = next(r for r in chart.rows if r.key == "13")
    assert thirteen.swatch == catalog.goals[13].colour and thirteen.swatch_text == "13"
    assert {s.colour for s in thirteen.right} == {catalog.goals[13].colour}


def test_climate_chart_has_the_budget_year_by_year(views):
    bars = views.portfolio.climate.rows
    assert [(b.year, b.tonnes, b.in_force, b.cases) for b in bars] == [(2027, -4200.0, -4200.0, 1)]
    assert bars[0].value_text == "\u22124\u00a0200"


def test_distribution_chart_splits_harms_by_mitigation(views, catalog):
    rows = {r.key: r for r in views.portfolio.groups.rows}
    assert list(rows) == [c.id for c in catalog.criteria_in("dist")]

    def segments(key: str) -> dict[str, float]:
        return {s.style: s.value for s in rows[key].left + rows[key].right}

    assert segments("dist.low_income") == {"mitigated": 1}
    assert segments("dist.geography") == {"not_mitigated": 1}
    assert segments("dist.children_youth") == {"not_mitigated": 1}
    assert segments("dist.elderly") == {}
    assert "uten avbøtende tiltak: 0" in rows["dist.low_income"].description


def test_district_chart_has_each_rated_bydel_with_its_net(views, catalog):
    rows = {r.key: r for r in views.portfolio.districts.rows}
    assert set(rows) == {"030110", "030111", "030105"}
    assert rows["030111"].label == catalog.regions["030111"].name
    assert (rows["030111"].left_total, rows["030111"].right_total, rows["030111"].note) == (
        1, 0, "netto \u22122")
    assert (rows["030105"].left_total, rows["030105"].right_total, rows["030105"].note) == (
        0, 1, "netto +1")
    assert "netto" in views.portfolio.districts.accessibleDescription()


def test_key_figures_and_the_selection_are_shown(views):
    assert views.portfolio.scope_label.text() == "Utvalg: alle saker (3 saker)."
    shown = [views.portfolio.figures.itemAt(i).widget().text()
             for i in range(views.portfolio.figures.count())]
    assert "Saker" in shown and "3" in shown


def test_the_charts_are_reached_by_tab_and_described_in_words(qtbot, views):
    portfolio = views.portfolio
    activate(qtbot, portfolio)
    portfolio.export_button.setFocus()
    reached = [tab(qtbot) for _ in range(4)]
    assert reached == [portfolio.goals, portfolio.districts, portfolio.climate, portfolio.groups]
    assert [c.accessibleName() for c in reached] == [
        "Bærekraftsmål", "Bydeler", "Klimabudsjett etter år", "Fordelingsvirkninger"]
    assert "Mål 13 Stoppe klimaendringene – saker med positivt bidrag: 1" in (
        portfolio.goals.accessibleDescription())
    assert "2027: \u22124\u00a0200 tonn CO2e per år" in portfolio.climate.accessibleDescription()


def test_the_portfolio_follows_the_comparisons_filters(qtbot, views):
    comparison, portfolio = views.comparison, views.portfolio
    portfolio.hide()
    comparison.resize(1280, 800)
    comparison.show()
    activate(qtbot, comparison)
    combo = comparison.filters.combos["status"]
    open_list_and_choose(qtbot, combo, combo.findData("decided"))
    comparison.hide()
    with qtbot.waitSignal(portfolio.computed, timeout=30000):
        portfolio.show()
    assert portfolio.scope_label.text() == "Utvalg: Vedtatt (1 sak)."
    goals = figures(portfolio.goals)
    assert all(note == "" for _l, _r, note in goals.values())  # the school is left out
    assert sorted(r.key for r in portfolio.districts.rows) == ["030105", "030110", "030111"]
    assert {s.style for r in portfolio.groups.rows for s in r.left} == {"mitigated",
                                                                        "not_mitigated"}
    assert not any(r.key == "dist.children_youth" and r.left for r in portfolio.groups.rows)


def test_the_report_exports_as_a_pdf_naming_the_selection(qtbot, views, tmp_path, prompts):
    views.comparison.filters.choose("status", "decided")
    qtbot.waitUntil(lambda: views.portfolio.scope == "Vedtatt", timeout=30000)
    path = tmp_path / "portefølje.pdf"
    prompts.answer("save_file", path).answer("ask", "close")
    views.portfolio.export_button.click()
    qtbot.waitUntil(lambda: views.portfolio.exports.last_written == path, timeout=30000)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Bærekraftsportefølje" in text and "Utvalg: Vedtatt" in text
    assert path.stat().st_mode & 0o077 == 0
    offered, = [a for a in prompts.asked if a.kind == "ask"]
    assert offered.title == "Eksporten er ferdig" and offered.parent is views.portfolio
    assert "Åpne filen" in [c.label for c in offered.options["choices"]]


def test_the_views_update_when_cases_change(qtbot, views, store):
    before = views.portfolio.climate.rows
    case = hand_made_cases()[0]
    case.title = "En ny bomsak"
    store.add_case(case)
    with qtbot.waitSignal(views.portfolio.computed, timeout=30000):
        views.invalidate()  # what the main window's refresh causes
    assert views.portfolio.climate.rows[0].tonnes == 2 * before[0].tonnes
    assert views.portfolio.scope_label.text() == "Utvalg: alle saker (4 saker)."


def _greyscale(path: Path) -> Path:
    grey = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    out = path.with_name(path.stem + "_grey.png")
    assert grey.save(str(out))
    return out


def test_screenshot_of_the_portfolio_in_norwegian_and_greyscale(qtbot, lang_nb, store,
                                                                  catalog, examples):
    for case in hand_made_cases() + examples:
        store.add_case(case)
    portfolio = shown_portfolio(qtbot, ComparisonViews(store_opener(store.path), catalog, "nb"))
    # The layouts settle on the charts' new heights (however busy the machine is).
    qtbot.waitUntil(lambda: portfolio.goals.height() >= portfolio.goals.sizeHint().height())
    _greyscale(save_screenshot(portfolio, "portfolio_nb"))


def test_screenshot_of_the_portfolio_in_english(qtbot, qapp, store, catalog, examples):
    translators = install_translators(qapp, "en")
    try:
        for case in hand_made_cases() + examples:
            store.add_case(case)
        views = ComparisonViews(store_opener(store.path), catalog, "en")
        portfolio = shown_portfolio(qtbot, views)
        qtbot.wait(50)
        assert portfolio.goals.rows[12].label == "Climate action"
        assert portfolio.export_button.text() == "E&xport report (PDF) …"
        _greyscale(save_screenshot(portfolio, "portfolio_en"))
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
