"""The portfolio view keeps the climate budget (approved, decided) and the pipeline (draft, in
review) apart, and adds only direct effects to either total; indirect ones are shown beside."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from impactapp.domain.climate_budget import DECIDED, PIPELINE
from impactapp.store import Store, store_opener
from impactapp.ui.comparison import ComparisonViews
from impactapp.ui.comparison.portfolio_view import PortfolioView

from ..analysis.cases import hand_made_cases, toll_case
from .conftest import save_screenshot

MINUS = "\u2212"
DIRECT = "tonn CO2e per år, direkte virkning (totalen)"
INDIRECT = "tonn CO2e per år, indirekte virkning (ved siden av, legges ikke til)"


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "portfolio.db", who="kari") as opened:
        yield opened


def _shown(qtbot, store: Store, catalog) -> PortfolioView:
    views = ComparisonViews(store_opener(store.path), catalog, "nb")
    qtbot.addWidget(views.comparison)
    qtbot.addWidget(views.portfolio)
    views.portfolio.resize(1280, 900)
    with qtbot.waitSignal(views.portfolio.computed, timeout=30000):
        views.portfolio.show()
    qtbot.wait(50)
    return views.portfolio


def _key_figures(portfolio: PortfolioView) -> dict[str, str]:
    texts = [portfolio.figures.itemAt(i).widget().text()
             for i in range(portfolio.figures.count())]
    return dict(zip(texts[1::2], texts[::2], strict=True))  # label -> figure


def _add(store: Store, status: str, scope: str, tonnes: float) -> None:
    case = toll_case()
    case.status = status
    case.alternatives[1].ghg.scope = scope
    case.alternatives[1].ghg.tonnes_co2e_per_year = tonnes
    store.add_case(case)


def test_the_budget_and_the_pipeline_are_separate_figures(qtbot, lang_nb, store, catalog):
    for case in hand_made_cases():  # the decided toll cuts 4 200 t (direct)
        store.add_case(case)
    _add(store, "approved", "indirect", -40.0)
    _add(store, "draft", "direct", -1000.0)
    _add(store, "in_review", "indirect", -300.0)
    portfolio = _shown(qtbot, store, catalog)
    figures = dict(portfolio.stages.figures[DECIDED])
    assert figures[DIRECT] == f"{MINUS}4\u00a0200"  # not −4 240: the indirect cut is beside
    assert figures[INDIRECT] == f"{MINUS}40"
    pipeline = dict(portfolio.stages.figures[PIPELINE])
    assert pipeline[DIRECT] == f"{MINUS}1\u00a0000"
    assert pipeline[INDIRECT] == f"{MINUS}300"
    keys = _key_figures(portfolio)
    budget = [v for k, v in keys.items() if k.startswith("Klimabudsjett")]
    in_work = [v for k, v in keys.items() if k.startswith("Under arbeid")]
    assert budget == [f"{MINUS}4\u00a0200"] and in_work == [f"{MINUS}1\u00a0000"]
    text = portfolio.stages.text()
    assert text.index("Klimabudsjett: godkjent og vedtatt") < text.index("Under arbeid")


def test_the_demo_portfolio_shows_its_pipeline_beside_an_empty_budget(qtbot, lang_nb, store,
                                                                       catalog, examples):
    """The shipped examples are drafts and cases in review: the budget is honestly empty and
    their effects are shown as the pipeline, not hidden and not added to it."""
    for case in examples:
        store.add_case(case)
    portfolio = _shown(qtbot, store, catalog)
    budget = dict(portfolio.stages.figures[DECIDED])
    pipeline = dict(portfolio.stages.figures[PIPELINE])
    assert budget[DIRECT] == "0"
    assert pipeline[DIRECT].startswith(MINUS) and pipeline[DIRECT] != f"{MINUS}0"
    assert int(pipeline["saker med anbefalt tiltak"]) > 0
    assert portfolio.climate.empty_text == (
        "Ingen godkjente eller vedtatte tiltak med tallfestet direkte virkning.")
    save_screenshot(portfolio, "portfolio_climate_demo_nb")
