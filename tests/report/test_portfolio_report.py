"""The portfolio report: its view model in words and figures, and the finished PDF/A."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pikepdf import pdfa

from impactapp.analysis import portfolio_aggregates
from impactapp.report.model import Swatch
from impactapp.report.pdfa import CONFORMANCE_RULE, UA_SCHEMA_FINDINGS
from impactapp.report.portfolio import build_portfolio
from impactapp.report.portfolio_render import render_portfolio_pdf
from impactapp.store import Store

from ..analysis.cases import hand_made_cases


@pytest.fixture
def aggregates(tmp_path: Path, catalog):
    with Store.open(tmp_path / "p.db") as store:
        for case in hand_made_cases():
            store.add_case(case)
        return {lang: portfolio_aggregates(store.comparison_rows(portfolio=True), catalog, lang)
                for lang in ("nb", "en")}


def _table(report, title):
    return next(t for t in report.tables if t.title == title)


def test_the_view_model_writes_figures_the_norwegian_way(aggregates, catalog):
    report = build_portfolio(aggregates["nb"], catalog, lang="nb", scope="vedtatt",
                             made=date(2026, 11, 26))
    assert report.lines[:2] == ("Laget 26.11.2026", "Utvalg: vedtatt")
    figures = {f.label: f.value for f in report.key_figures}
    assert figures["Saker"] == "3"
    assert figures["Klimabudsjett: tonn CO2e per år, direkte virkning (godkjente og vedtatte "
                   "saker)"] == "\u22124\u00a0200"
    assert figures["Under arbeid: tonn CO2e per år, direkte virkning (ikke i "
                   "klimabudsjettet)"] == "0"
    climate = _table(report, "Klimabudsjett")
    assert climate.rows == (("2027", "1", "\u22124\u00a0200", "\u22124\u00a0200"),)
    goals = _table(report, "Bærekraftsmål")
    assert goals.rows[3][0] == Swatch("4", catalog.goals[4].colour, "#ffffff")
    assert goals.rows[3][1:] == (catalog.goals[4].short.nb, "0", "0", "1")  # 4: one mixed
    listed = _table(report, "Klimaeffekt som ikke er tallfestet")
    assert listed.rows == (("27/00002", "(unntatt offentlighet)", "Utdanningsetaten",
                            "Godkjent"),)


def test_an_empty_portfolio_says_so_instead_of_empty_tables(tmp_path, catalog):
    with Store.open(tmp_path / "empty.db") as store:
        aggregates = portfolio_aggregates(store.comparison_rows(portfolio=True), catalog, "en")
    report = build_portfolio(aggregates, catalog, lang="en")
    assert _table(report, "Climate budget").rows == ()
    assert _table(report, "Climate budget").empty == (
        "No approved or decided case with a quantified direct effect.")
    assert report.lines[1] == "Selection: all cases"
    data = render_portfolio_pdf(report)
    assert data.startswith(b"%PDF")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_pdf_is_pdfa_2a_with_embedded_fonts_only(aggregates, catalog, lang):
    data = render_portfolio_pdf(build_portfolio(aggregates[lang], catalog, lang=lang))
    findings = pdfa.validate_written(io.BytesIO(data), "2b").findings
    assert {(f.rule, f.message) for f in findings if f.rule != CONFORMANCE_RULE} == \
        UA_SCHEMA_FINDINGS
    assert [f.rule for f in findings].count(CONFORMANCE_RULE) == 1
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = {str(f.get("/BaseFont")) for p in pdf.pages
                 for f in p.Resources.get("/Font", {}).values()}
        assert fonts and all("DejaVuSans" in f for f in fonts)
        with pdf.open_metadata() as meta:
            assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "A")
        assert [item.title for item in pdf.open_outline().root][:2] == (
            ["Nøkkeltall", "Bærekraftsmål"] if lang == "nb"
            else ["Key figures", "Sustainable Development Goals"])


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_report_is_tagged_pdfa_2a_and_pdfua_1(aggregates, catalog, lang):
    import page

    from .structure_text import structure_outline, untagged_text

    report = build_portfolio(aggregates[lang], catalog, lang=lang)
    data = render_portfolio_pdf(report)
    for profile in (page.ValidationProfile.PDF_A_2A, page.ValidationProfile.PDF_UA_1):
        result = page.validate_pdf_bytes(data, profile=profile)
        assert [(f.rule_id, f.message) for f in result.failures] == [], profile
    assert untagged_text(data) == []
    lines = structure_outline(data, page=0).splitlines()
    assert lines[1] == f"  H1: {report.title}"
    assert f"  H2: {report.labels['key_figures']}" in lines
    assert any(line.startswith("      TH [Scope=Column]: ") for line in lines)
    assert any(line.startswith("      TH [Scope=Row]: ") for line in lines)
    assert not any("side 1 av" in line or "page 1 of" in line for line in lines)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.open_metadata()["pdfuaid:part"] == "1"
        assert str(pdf.Root.Lang) == report.info.language
