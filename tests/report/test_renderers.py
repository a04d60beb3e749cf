"""The renderer registry: every renderer makes the memo, the portfolio report and the budget in
bokmål and English; the registry loads no layout engine until a renderer is asked for."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from impactapp.analysis import portfolio_aggregates
from impactapp.domain.climate_target import ClimateTarget
from impactapp.domain.sustainability_budget import build_budget
from impactapp.report import build_memo, renderers
from impactapp.report.budget import build_budget_report
from impactapp.report.portfolio import build_portfolio
from impactapp.report.renderers import (
    DOCUMENTS,
    RENDERERS,
    DocumentRenderer,
    RendererRegistry,
)
from impactapp.store import Store

from ..analysis.cases import hand_made_cases
from ..cli.budget_data import build as build_budget_db
from .conftest import pdf_text

LANGS = ("nb", "en")
MADE = date(2027, 3, 4)


@pytest.fixture(scope="module")
def models(tmp_path_factory, catalog, parking_case) -> dict[tuple[str, str], object]:
    """(document, language) -> the view model each renderer must make a file of."""
    folder = tmp_path_factory.mktemp("renderers")
    with Store.open(folder / "portfolio.db") as store:
        for case in hand_made_cases():
            store.add_case(case)
        rows = store.comparison_rows(portfolio=True)
    build_budget_db(folder / "budget.db")
    with Store.open(folder / "budget.db") as store:
        cases = store.budget_cases()
    target = ClimateTarget(95, 2030, 2009, 1_300_000)
    budget = build_budget(cases, {c.id: c.followup for c in cases if c.id is not None}, 2027,
                          target)
    out: dict[tuple[str, str], object] = {}
    for lang in LANGS:
        out["memo", lang] = build_memo(parking_case, catalog, lang)
        out["portfolio", lang] = build_portfolio(portfolio_aggregates(rows, catalog, lang),
                                                 catalog, lang=lang, made=MADE)
        out["budget", lang] = build_budget_report(budget, lang, MADE)
    return out


def test_every_document_has_a_render_method_on_the_base() -> None:
    for document in DOCUMENTS:
        assert getattr(DocumentRenderer, f"render_{document}").__isabstractmethod__


@pytest.mark.parametrize("identifier", RENDERERS.identifiers())
@pytest.mark.parametrize("document", DOCUMENTS)
def test_each_renderer_makes_every_document_in_bokmal_and_english(identifier, document, models):
    renderer = renderers.get(identifier)
    assert renderer.identifier == identifier
    assert renderer.name("nb") and renderer.name("en")
    files = {lang: renderer.render(document, models[document, lang]) for lang in LANGS}
    assert files["nb"] != files["en"]
    for lang, data in files.items():
        info = models[document, lang].info
        assert renderer.media_type == "application/pdf"
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert str(pdf.Root.Lang) == info.language
            assert str(pdf.docinfo["/Title"]) == info.title
        assert " ".join(info.title.split()[:2]) in " ".join(pdf_text(data).split())


def test_the_default_renderer_is_pdf_and_makes_the_same_bytes_as_its_class(models) -> None:
    memo = models["memo", "nb"]
    assert RENDERERS.default == "pdf"
    assert type(renderers.get()) is RENDERERS.renderer_class("pdf")
    assert renderers.get().render_memo(memo) == renderers.get("pdf").render("memo", memo)


def test_an_unknown_renderer_or_document_is_refused_by_name(models) -> None:
    with pytest.raises(LookupError, match="no renderer called 'docx': registered are pdf"):
        renderers.get("docx")
    with pytest.raises(ValueError, match="no document called 'letter'"):
        renderers.get().render("letter", models["memo", "nb"])


def test_a_registry_refuses_a_taken_identifier_and_a_class_registered_under_another_name():
    registry = RendererRegistry({"pdf": "impactapp.report.pdf_renderer:PdfRenderer"}, "pdf")
    with pytest.raises(ValueError, match="already registered"):
        registry.register("pdf", "impactapp.report.pdf_renderer:PdfRenderer")
    registry.register("archive", "impactapp.report.pdf_renderer:PdfRenderer")
    assert registry.identifiers() == ("pdf", "archive")
    with pytest.raises(TypeError, match="calls itself 'pdf', registered as 'archive'"):
        registry.get("archive")
    registry.register("memo", "impactapp.report.model:Memo")
    with pytest.raises(TypeError, match="is not a DocumentRenderer"):
        registry.get("memo")
    with pytest.raises(ValueError, match="default renderer 'html' is not registered"):
        RendererRegistry({"pdf": "impactapp.report.pdf_renderer:PdfRenderer"}, "html")


def test_the_registry_imports_no_layout_engine_until_a_renderer_is_asked_for() -> None:
    probe = (
        "import sys\n"
        "from impactapp.report import renderers\n"
        "assert renderers.RENDERERS.identifiers() == ('pdf',)\n"
        "print(sorted(m for m in ('reportlab', 'pikepdf') if m in sys.modules))\n"
        "renderers.get()\n"
        "print(sorted(m for m in ('reportlab', 'pikepdf') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.splitlines() == ["[]", "['pikepdf', 'reportlab']"]


def test_the_registry_names_the_modules_a_bundle_must_include():
    from impactapp.report.renderers import RENDERERS

    modules = RENDERERS.modules()
    assert "impactapp.report.pdf_renderer" in modules
    assert all(importlib.util.find_spec(m) is not None for m in modules)
