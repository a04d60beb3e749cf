"""The portfolio report's climate budget: the budget and the pipeline as separate figures, and
only direct effects added, in the PDF's own text (pdftotext)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from impactapp.analysis import portfolio_aggregates
from impactapp.examples import load_examples
from impactapp.report.portfolio import build_portfolio
from impactapp.report.portfolio_render import render_portfolio_pdf
from impactapp.store import Store

from ..analysis.cases import hand_made_cases, toll_case
from .conftest import flat, pdf_text

MINUS, NBSP = "\u2212", "\u00a0"


def _report(tmp_path: Path, catalog, cases, lang: str = "nb"):
    with Store.open(tmp_path / "p.db") as store:
        for case in cases:
            store.add_case(case)
        aggregates = portfolio_aggregates(store.comparison_rows(portfolio=True), catalog, lang)
    return build_portfolio(aggregates, catalog, lang=lang)


def _toll(status: str, scope: str, tonnes: float):
    case = toll_case()
    case.status = status
    case.alternatives[1].ghg.scope = scope
    case.alternatives[1].ghg.tonnes_co2e_per_year = tonnes
    return case


@pytest.fixture
def mixed(tmp_path, catalog):
    """The decided toll (−4 200 t direct), an approved indirect −40, a draft direct −1 000 and
    a case in review with an indirect −300."""
    cases = [*hand_made_cases(), _toll("approved", "indirect", -40.0),
             _toll("draft", "direct", -1000.0), _toll("in_review", "indirect", -300.0)]
    return _report(tmp_path, catalog, cases)


def test_the_stage_table_keeps_the_budget_and_the_pipeline_apart(mixed):
    table = next(t for t in mixed.tables if t.title == "Klimabudsjett og saker under arbeid")
    assert table.rows == (
        ("Godkjent og vedtatt (klimabudsjettet)", "3", f"{MINUS}4{NBSP}200", f"{MINUS}40", "–",
         "1"),
        ("Under arbeid (utkast, til behandling)", "2", f"{MINUS}1{NBSP}000", f"{MINUS}300", "–",
         "0"),
    )
    assert table.header[2:4] == ("Direkte (totalen)", "Indirekte (ikke lagt til)")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils)")
def test_the_pdf_says_the_budget_and_the_pipeline_separately(mixed):
    data = render_portfolio_pdf(mixed)
    text = flat(pdf_text(data, use_pdftotext=True))
    assert (f"Godkjent og vedtatt (klimabudsjettet) 3 {MINUS}4 200 {MINUS}40 – 1" in
            text.replace(NBSP, " "))
    assert (f"Under arbeid (utkast, til behandling) 2 {MINUS}1 000 {MINUS}300 – 0" in
            text.replace(NBSP, " "))
    # never a sum of the stages, nor of direct and indirect effects
    for wrong in ("5 200", "4 240", "1 300", "5 540"):
        assert wrong not in text.replace(NBSP, " ")


def test_the_demo_report_shows_the_pipeline_beside_an_empty_budget(tmp_path, catalog):
    report = _report(tmp_path, catalog, load_examples(catalog), lang="en")
    figures = {f.label: f.value for f in report.key_figures}
    assert figures["Climate budget: t CO2e per year, direct effects (approved and decided "
                   "cases)"] == "0"
    pipeline = figures["Pipeline: t CO2e per year, direct effects (not in the climate budget)"]
    assert pipeline.startswith(MINUS) and pipeline != f"{MINUS}0"
    stages = next(t for t in report.tables if t.title == "Climate budget and pipeline")
    assert stages.rows[0][0] == "Approved and decided (the climate budget)"
    assert stages.rows[1][0] == "Pipeline (draft, in review)"
    assert stages.rows[1][2] == pipeline
