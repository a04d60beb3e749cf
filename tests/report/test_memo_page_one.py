"""Page 1 carries the decision for every shipped example and for a case of maximum size.

Each check reads the text of the rendered PDF's first page (pdftotext -f 1 -l 1 when it is
installed, else pypdf), so it tests what a reader of the printed page sees.
"""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
from datetime import date

import page
import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.model import (
    MAX_TEXT,
    Alternative,
    Assessment,
    Case,
    Catalog,
    Cost,
    GhgEstimate,
    Recommendation,
)
from impactapp.examples import example_paths
from impactapp.report import build_memo
from impactapp.report.model import Memo
from impactapp.report.pdfa import render_memo_pdf

from .conftest import flat

#: Alternatives in the synthetic maximum case: the zero alternative and seven measures.
MAX_ALTERNATIVES = 8


def page_texts(data: bytes) -> list[str]:
    """The text of every page, one string per page."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                                capture_output=True, check=True)
        return result.stdout.decode("utf-8").split("\f")[:-1]
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def first_page_text(data: bytes) -> str:
    """Page 1 alone, as ``pdftotext -f 1 -l 1`` gives it."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", "-", "-"],
                                input=data, capture_output=True, check=True)
        return result.stdout.decode("utf-8")
    return page_texts(data)[0]


def shown(text: str) -> str:
    """What page 1 shows of ``text``: all of it, or the start it was cut to."""
    return flat(text)[:30]


def assert_page_one_holds_the_decision(memo: Memo, first: str) -> None:
    """Recommendation, matrix, climate against the zero alternative, key figures, money, and
    the groups and districts with negative effects: all on page 1."""
    labels, one = memo.labels, flat(first)
    zero = {"nb": "sammenlignet med nullalternativet", "en": "compared with the zero alternative"}
    assert zero[memo.lang] in one
    assert labels["recommendation"] in one
    assert shown(memo.recommendation.text) in one
    if memo.recommendation.alternative_id:
        assert shown(memo.recommendation.alternative_name) in one
    assert labels["matrix"] in one
    for row in memo.matrix.rows:
        assert shown(row.label) in one, row.label
    for line in memo.climate:
        assert shown(line.text) in one, line.text
    assert labels["key_figures"] in one
    for line in memo.counts.lines:
        assert shown(line) in one, line
    assert memo.counts.lines[-2].startswith(labels["negative_groups"].split("{")[0])
    assert memo.counts.lines[-1].startswith(labels["negative_districts"].split("{")[0])
    for money in memo.matrix.money:
        assert money.label in one
        assert all(flat(v) in one for v in money.values) or \
            all(flat(v) in one for v in money.short_values)
    # a unit never starts a line: it is bound to its number with no-break spaces
    assert not re.search(r"(?m)^\s*(t CO2e|CO2e|kr\b)", first.replace("\u00a0", " "))


EXAMPLES = [(path, lang) for path in example_paths() for lang in ("nb", "en")]


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda pl: f"{pl[0].stem}-{pl[1]}")
def example_memo(request, catalog) -> tuple[Memo, bytes]:
    path, lang = request.param
    memo = build_memo(read_case_file(path, catalog), catalog, lang)
    return memo, render_memo_pdf(memo)


def test_page_one_of_every_example_holds_the_decision(example_memo):
    memo, data = example_memo
    assert_page_one_holds_the_decision(memo, first_page_text(data))


def test_matrix_heads_wrap_the_full_names_of_the_examples(example_memo):
    memo, data = example_memo
    one = flat(first_page_text(data))
    for column in memo.matrix.columns:
        assert flat(column.name) in one, column.name


def test_every_continuation_page_names_the_case_and_a_draft_says_so(example_memo):
    memo, data = example_memo
    pages = page_texts(data)
    assert len(pages) >= 2
    banner = memo.header.banner
    assert banner in ("", memo.labels["draft_banner"], memo.labels["review_banner"])
    assert bool(banner) == memo.header.draft
    for text in pages[1:]:
        one = flat(text)
        assert (memo.header.case_number and memo.header.case_number in one) or \
            flat(memo.header.title)[:20] in one
    for text in pages:
        is_draft = banner == memo.labels["draft_banner"]
        assert (memo.labels["draft_banner"] in flat(text)) == is_draft
        if banner:
            assert banner in flat(text)


def _long(word: str, length: int = MAX_TEXT) -> str:
    """``word`` repeated to ``length`` characters (default: the longest text a case may hold)."""
    return ((word + " ") * (length // (len(word) + 1))).strip()


def max_case(catalog: Catalog) -> Case:
    """A case at the limits: every free text page 1 prints at MAX_TEXT characters, eight
    alternatives, every criterion rated (so every one is a key criterion) and every bydel
    rated negative. The justifications, printed from page 2 on only, are short, to keep the
    test quick."""
    base = next(p for p in example_paths() if p.stem == "sykkelvei-trondheimsveien")
    case = copy.deepcopy(read_case_file(base, catalog))
    for name in ("title", "unit", "decision_body", "caseworker", "case_number"):
        setattr(case, name, _long(name.capitalize()))
    bydeler = [r.code for r in catalog.regions.values() if r.kind == "bydel"]
    zero = Alternative(id="a0", name=_long("Nullalternativ"), zero=True,
                       cost=Cost(investment_nok=0, annual_nok=987_654_321_000))
    measures = []
    for i in range(1, MAX_ALTERNATIVES):
        assessments = []
        for k, criterion in enumerate(catalog.criteria.values()):
            scale = catalog.scale_of(criterion.id)
            value = scale.minimum if (i + k) % 2 else scale.maximum
            districts = {code: scale.minimum for code in bydeler} \
                if criterion.id == "dist.geography" else {}
            assessments.append(Assessment(criterion.id, value, certainty="low",
                                          justification="Grunn.", districts=districts))
        # texts at the limit for the recommended measure and one more; 1,000 characters for
        # the others, whose names the following pages repeat in every section (page 1 cuts
        # both lengths alike)
        length = MAX_TEXT if i in (1, 2) else 1_000
        ghg = GhgEstimate(quantifiable=False, reason=_long("Usikkert", length)) if i % 2 else \
            GhgEstimate(tonnes_co2e_per_year=-123_456_789.5, from_year=2030, scope="direct")
        measures.append(Alternative(
            id=f"a{i}", name=_long(f"Tiltak{i}", length), assessments=assessments, ghg=ghg,
            cost=Cost(investment_nok=999_999_999_999, annual_nok=123_456_789_012),
        ))
    case.alternatives = [zero, *measures]
    case.recommendation = Recommendation("a2", _long("Begrunnelse"))
    case.status = "draft"
    return case


@pytest.fixture(scope="module")
def max_memo(catalog) -> tuple[Memo, bytes]:
    memo = build_memo(max_case(catalog), catalog, "nb", issued=date(2026, 12, 1))
    return memo, render_memo_pdf(memo)


@pytest.mark.slow(seconds=15)
def test_a_case_of_maximum_size_keeps_the_decision_on_page_one(max_memo):
    memo, data = max_memo
    assert len(memo.matrix.columns) == MAX_ALTERNATIVES
    assert len(memo.counts.negative_districts) >= 15
    assert_page_one_holds_the_decision(memo, first_page_text(data))


@pytest.mark.slow(seconds=10)
def test_cut_texts_point_to_page_two_where_they_follow_in_full(max_memo):
    memo, data = max_memo
    pages = page_texts(data)
    pointer = memo.labels["full_text_pointer"]
    assert pointer in flat(pages[0])
    assert flat(pages[1]).startswith(memo.labels["full_texts"]) or \
        memo.labels["full_texts"] in flat(pages[1])
    # every word of the 20,000 characters (running heads and footers interleave the pages)
    rest = flat(" ".join(pages[1:]))
    assert rest.count("Begrunnelse") >= memo.recommendation.text.count("Begrunnelse")


def test_a_case_of_maximum_size_is_valid_pdfa_and_pdfua(max_memo):
    from .structure_text import untagged_text

    _, data = max_memo
    assert [f.rule_id for f in page.validate_pdf_bytes(data, profile="2a").failures] == []
    assert [f.rule_id for f in page.validate_pdf_bytes(data, profile="ua1").failures] == []
    assert untagged_text(data) == []


def test_the_memo_prints_its_date_and_status_on_page_one(catalog):
    path = next(p for p in example_paths() if p.stem == "beboerparkering-prismodell")
    case = read_case_file(path, catalog)
    memo = build_memo(case, catalog, "nb", issued=date(2026, 12, 1))
    one = flat(first_page_text(render_memo_pdf(memo)))
    assert "Notatets dato: 01.12.2026" in one
    assert f"Status {memo.header.status}" in one


def test_an_approved_memo_has_no_draft_banner(catalog):
    path = next(p for p in example_paths() if p.stem == "beboerparkering-prismodell")
    case = read_case_file(path, catalog)
    case.status = "approved"
    memo = build_memo(case, catalog, "nb", issued=date(2026, 12, 1))
    assert not memo.header.draft
    assert all(memo.labels["draft_banner"] not in flat(t)
               for t in page_texts(render_memo_pdf(memo)))
    case.status = "in_review"
    in_review = build_memo(case, catalog, "nb")
    assert in_review.header.banner == "TIL GODKJENNING – ikke godkjent"
    assert all(in_review.header.banner in flat(t)
               for t in page_texts(render_memo_pdf(in_review)))


def test_the_running_head_and_the_footer_are_fitted_once_not_on_every_page(catalog,
                                                                           monkeypatch):
    """They say the same on every page; measuring a long case number or title again for each
    of a hundred pages took most of the time a memo of maximum size took."""
    from impactapp.report import render

    fitted: list[tuple[str, float]] = []
    real = render.fitted

    def counting(text: str, font: str, size: float, width: float) -> str:
        fitted.append((text, width))
        return real(text, font, size, width)

    monkeypatch.setattr(render, "fitted", counting)
    path = next(p for p in example_paths() if p.stem == "boliger-pa-friomrade")
    data = render_memo_pdf(build_memo(read_case_file(path, catalog), catalog, "nb"))
    pages = len(page_texts(data))
    assert pages >= 6
    assert len(fitted) == len(set(fitted)) == 3  # page 1's head, the later pages' head, footer
