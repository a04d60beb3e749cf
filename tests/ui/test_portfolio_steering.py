"""The portfolio view and report show the gap to each indicator target and, for every locally
relevant SDG target, the plans, decided measures and pipeline that address it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from impactapp.domain.indicator_targets import IndicatorTarget
from impactapp.domain.plans import Plan
from impactapp.report.portfolio import build_portfolio
from impactapp.report.portfolio_render import render_portfolio_pdf
from impactapp.store import Store, store_opener
from impactapp.ui.comparison import ComparisonViews

from ..analysis.cases import hand_made_cases
from .conftest import save_screenshot
from .test_indicator_view import EU60, observations


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "portfolio.db", who="kari") as opened:
        yield opened


def test_portfolio_shows_gaps_and_coverage(qtbot, lang_nb, store, catalog, tmp_path):
    for case in hand_made_cases():
        store.add_case(case)
    store.replace_observations(EU60, observations())
    store.set_indicator_target(IndicatorTarget(EU60, 9.5, 2030, "lower"))
    store.add_plan(Plan("Boligsosial handlingsplan", targets=("1.2",)))
    views = ComparisonViews(store_opener(store.path), catalog, "nb")
    qtbot.addWidget(views.comparison)
    qtbot.addWidget(views.portfolio)
    views.portfolio.resize(1366, 768)
    with qtbot.waitSignal(views.portfolio.computed, timeout=30000):
        views.portfolio.show()
    section = views.portfolio.steering
    gaps = section.gaps
    assert gaps.rowCount() == 1
    row = [gaps.item(0, c).text() for c in range(gaps.columnCount())]
    assert row[1:] == ["høyst 9,5 (2030; satt i programmet)", "11,2 (2023)", "1,7",
                       "ikke i rute mot målet"]
    cover = section.coverage
    plans = {cover.item(r, 0).text(): cover.item(r, 1).text() for r in range(cover.rowCount())}
    assert plans["1.2"] == "Boligsosial handlingsplan"
    assert section.coverage_note.text().endswith("lokalt relevante delmål har ingenting som tar "
                                                 "tak i dem (markert).")
    section_shot = save_screenshot(section, "portfolio_coverage")
    assert section_shot.exists()

    report = build_portfolio(views.portfolio.aggregates, catalog, lang="nb")
    titles = [t.title for t in report.tables]
    assert titles[-2:] == ["Indikatormål: hvor vi står",
                           "Hva tar tak i de lokalt relevante delmålene"]
    pdf = tmp_path / "portefolje.pdf"
    pdf.write_bytes(render_portfolio_pdf(report))
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Indikatormål: hvor vi står" in text and "Boligsosial handlingsplan" in text
