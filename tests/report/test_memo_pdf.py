"""The rendered memo: tagged PDF/A-2a and PDF/UA-1 by two validators, fonts embedded, metadata,
outline, and text."""

from __future__ import annotations

import io
import re
import shutil

import page
import pikepdf
import pytest
from pikepdf import pdfa

from impactapp.domain.model import Case
from impactapp.report import build_memo
from impactapp.report.formats import MINUS
from impactapp.report.pdfa import CONFORMANCE_RULE, UA_SCHEMA_FINDINGS, render_memo_pdf

from .cases import CONTROL_TEXT, EXEMPT_BASIS, HOSTILE, LONG_WORD
from .conftest import flat, pdf_text

MEMOS = ("parking", "full", "hostile")


@pytest.mark.parametrize("name", MEMOS)
def test_pikepdf_finds_only_the_declared_a_conformance_and_the_ua_schema(pdfs, name):
    """pikepdf validates level B and knows no extension schemas: declaring A and describing the
    PDF/UA identification are then its only findings."""
    report = pdfa.validate_written(io.BytesIO(pdfs[name]), "2b")
    findings = {(f.rule, f.message) for f in report.findings}
    conformance = {f for f in findings if f[0] == CONFORMANCE_RULE}
    assert findings - conformance == UA_SCHEMA_FINDINGS
    assert len(conformance) == 1 and "'A'" in next(iter(conformance))[1]
    assert all(f.kind == "violation" for f in report.findings)


@pytest.mark.parametrize("name", MEMOS)
@pytest.mark.parametrize("profile", [page.ValidationProfile.PDF_A_2A,
                                     page.ValidationProfile.PDF_UA_1])
def test_page_validation_passes_the_pdfa_2a_and_pdfua_1_profiles(pdfs, name, profile):
    """Including the hostile memo: right-to-left text, Sami letters, emoji, markup as text."""
    report = page.validate_pdf_bytes(pdfs[name], profile=profile)
    assert [(f.rule_id, f.message) for f in report.failures] == []
    assert report.is_compliant


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [o for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == pikepdf.Name.Font]


@pytest.mark.parametrize("name", MEMOS)
def test_every_font_is_embedded_dejavu(pdfs, name):
    with pikepdf.open(io.BytesIO(pdfs[name])) as pdf:
        fonts = _fonts(pdf)
        assert fonts
        for font in fonts:
            assert "DejaVuSans" in str(font.BaseFont)
            assert "/FontFile2" in font.FontDescriptor
            assert "<0000>" not in font.ToUnicode.read_bytes().decode("ascii")


@pytest.mark.parametrize("name", MEMOS)
def test_no_scripts_actions_or_links(pdfs, name):
    with pikepdf.open(io.BytesIO(pdfs[name])) as pdf:
        assert "/OpenAction" not in pdf.Root and "/AA" not in pdf.Root
        assert "/JavaScript" not in pdf.Root.get("/Names", pikepdf.Dictionary())
        for p in pdf.pages:
            assert "/Annots" not in p.obj
            assert "/Trans" not in p.obj


def test_metadata_declares_pdfa_2a_and_describes_the_memo(pdfs, parking_memo):
    with pikepdf.open(io.BytesIO(pdfs["parking"])) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "A")
        assert meta["dc:title"] == "Økte parkeringsavgifter i indre by"
        assert meta["dc:creator"] == ["Ánde Bierŋa Čuđe"]
        assert meta["pdf:Keywords"] == "10.2, 11.6, 13.2"
        assert set(meta["dc:language"]) == {"nb-NO"}
        assert meta["dc:description"] == parking_memo.info.subject
        assert str(pdf.Root.Lang) == "nb-NO"
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"


def test_an_exempt_title_never_reaches_the_metadata(pdfs, full):
    with pikepdf.open(io.BytesIO(pdfs["full"])) as pdf:
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "25/07777"
        assert set(meta["dc:language"]) == {"en"}
        xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
        docinfo = " ".join(str(v) for v in pdf.docinfo.values())
    for needle in ("toll ring", full.title):
        assert needle not in xmp and needle not in docinfo


def _outline(pdfs, name) -> list[str]:
    with pikepdf.open(io.BytesIO(pdfs[name])) as pdf, pdf.open_outline() as outline:
        return [item.title for item in outline.root]


def test_bookmarks_lead_to_every_section(pdfs, parking_memo, full_memo):
    labels = parking_memo.labels
    titles = _outline(pdfs, "parking")
    expected = [labels[k] for k in ("at_a_glance", "problem_goals", "principled",
                                    "alternatives")]
    expected += [s.heading for s in parking_memo.consequences]
    expected += [labels[k] for k in ("districts", "sdg_targets", "trade_offs", "indicators",
                                     "prerequisites", "review")]
    assert titles == expected
    assert _outline(pdfs, "full")[0] == full_memo.labels["at_a_glance"]


def test_a_simplified_case_fits_in_four_to_six_pages(pdfs):
    with pikepdf.open(io.BytesIO(pdfs["parking"])) as pdf:
        assert 4 <= len(pdf.pages) <= 6


def test_page_one_carries_the_decision(texts, parking_memo):
    first_page = flat(texts["parking"].split("\f")[0])
    for fact in (
        "Økte parkeringsavgifter i indre by", "26/00412", "17.06.2026", "Utkast",
        "Anbefalt alternativ: Avgiftsøkning på 40 prosent",
        f"{MINUS}850 t CO2e per år fra 2027",
        "Avveininger: 4, alle håndtert", "Kunnskapshull: 1",
        "Negative fordelingsvirkninger: 3",
        "10 Mindre ulikhet", "Bærekraftige byer og lokalsamfunn", "Klimagassutslipp",
    ):
        assert fact in first_page, fact


def test_every_page_has_its_footer(texts):
    for name, marking in (("parking", None), ("full", "Exempt from public disclosure, offl. § 14")):
        pages = [p for p in texts[name].split("\f") if p.strip()]
        label = "side" if name == "parking" else "page"
        of = "av" if name == "parking" else "of"
        for number, text in enumerate(pages, start=1):
            assert f"{label} {number} {of} {len(pages)}" in flat(text)
            if marking:
                assert marking in flat(text)


@pytest.mark.parametrize("use_pdftotext", [
    False,
    pytest.param(True, marks=pytest.mark.skipif(shutil.which("pdftotext") is None,
                                                 reason="pdftotext (poppler-utils) not installed")),
])
def test_the_page_text_has_one_page_per_pdf_page_whichever_tool_reads_it(pdfs, use_pdftotext):
    """The footer test splits on form feeds: both extractors must give one per page (pypdf
    used to join pages with line breaks, so the count then depended on the machine)."""
    with pikepdf.open(io.BytesIO(pdfs["parking"])) as pdf:
        count = len(pdf.pages)
    pages = [p for p in pdf_text(pdfs["parking"], use_pdftotext).split("\f") if p.strip()]
    assert len(pages) == count > 1
    assert [f"side {n} av {count}" in flat(page) for n, page in enumerate(pages, 1)] == \
        [True] * count


def test_the_sections_state_their_facts(texts):
    text = flat(texts["full"])
    for fact in (
        "not quantifiable: Depends on the regional transport model run due in 2027.",
        "Source: SSB, table 06947, retrieved 2026-11-02", "no data imported",
        "Approved by Ola Nordmann, 20 November 2026 14:02.",
        "Say how many households get the discount.", "About 14 000 households.",
        "Not handled.", "Toll discount for households on housing benefit.",
        "NOK 25,000,000",
    ):
        assert fact in text, fact


@pytest.mark.parametrize("typed", [*HOSTILE.values(), "Tiltak <script>alert(1)</script>",
                                   "x < y & y > z"])
def test_hostile_text_appears_literally(texts, typed):
    if any("\u0590" <= ch <= "\u06ff" or ord(ch) > 0xFFFF for ch in typed):
        # pdftotext reorders right-to-left runs and the fonts lack some emoji: check the
        # left-to-right parts and the letters
        assert "Sami ŋ đ ŧ." in flat(texts["hostile"])
        assert all(ch in texts["hostile"] for ch in "שלוםمرحبا😀")
        return
    assert flat(typed) in flat(texts["hostile"])


def test_a_20000_character_word_wraps_and_every_character_is_printed(texts):
    """The word flows over several pages (page furniture comes between its parts)."""
    runs = [len(run) for run in re.findall(f"{LONG_WORD[0]}{{2,}}", re.sub(r"\s+", "",
                                                                         texts["hostile"]))]
    assert sum(runs) == len(LONG_WORD)
    assert len(runs) > 1


def test_control_characters_are_dropped_and_line_breaks_kept(texts):
    assert "Bell null escape end" in texts["hostile"]
    assert "second line" in texts["hostile"]
    assert CONTROL_TEXT not in texts["hostile"]


def test_a_long_exempt_basis_is_printed_in_full_on_page_one(texts):
    first_page = flat(texts["hostile"].split("\f")[0])
    assert flat(f"Unntatt offentlighet, {EXEMPT_BASIS}") in first_page


def test_an_empty_draft_renders_as_valid_pdfa(catalog):
    memo = build_memo(Case(title="Ny sak"), catalog)
    data = render_memo_pdf(memo)
    assert page.validate_pdf_bytes(data, profile="2a").is_compliant
    text = flat(pdf_text(data))
    assert memo.labels["no_recommendation"] in text
    assert "Ny sak" in text
