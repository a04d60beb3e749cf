"""Tagged memos and portfolio reports: the structure a screen reader follows, read back from the
file; no untagged text; page furniture as artifacts; languages, metadata and reproducibility."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import page
import pikepdf
import pytest
import time_machine
from pikepdf import Array, Dictionary, Name

from impactapp.examples import example_paths
from impactapp.report import build_memo
from impactapp.report.pdfa import finish, render_memo_pdf
from impactapp.report.render import MemoRenderer

from .structure_text import read_page, structure_outline, unmarked_painting, untagged_text

PROFILES = (page.ValidationProfile.PDF_A_2A, page.ValidationProfile.PDF_UA_1)
EXAMPLE = next(p for p in example_paths() if p.stem == "beboerparkering-prismodell")


def _untagged_pdf(memo) -> bytes:
    """The same memo drawn without tagging (PDF/A-2u): the control the checks must reject."""
    raw, structure = MemoRenderer(tagged=False).render_tagged(memo)
    assert structure is None
    return finish(raw, memo.info)


@pytest.fixture(scope="module")
def example_memo(catalog):
    from impactapp.casefile import read_case_file

    return build_memo(read_case_file(EXAMPLE, catalog), catalog)


@pytest.fixture(scope="module")
def example_data(example_memo) -> bytes:
    return render_memo_pdf(example_memo)


def test_page_one_reads_in_order_as_a_screen_reader_would(example_data, example_memo):
    outline = structure_outline(example_data, page=0)
    print(outline)  # the reading order of page 1 (pytest -s shows it)
    lines = outline.splitlines()
    assert lines[0] == "Document"
    top = [line.split(":")[0].strip() for line in lines if re.match(r"^  \S", line)]
    # header, title, facts; recommendation; matrix and its note; goals; climate; key figures
    assert top[:4] == ["P", "H1", "Table", "H2"]
    headings = [line.split(": ", 1)[1] for line in lines if re.match(r"^  H\d", line)]
    labels = example_memo.labels
    assert headings == [example_memo.header.title, labels["recommendation"], labels["matrix"],
                        labels["sdg_heading"], labels["climate_heading"], labels["key_figures"]]
    assert "  H1: " + example_memo.header.title in lines
    assert "      TH [Scope=Row]: Saksnummer" in lines
    assert "      TD: 26/00733" in lines
    assert any(line.startswith("      TH [Scope=Column]: Tema og kriterium") for line in lines)
    assert any(line.startswith("      TH [Scope=Row]: Klimagassutslipp") for line in lines)
    figure = next(line for line in lines if line.startswith("  Figure"))
    assert 'Alt="Bærekraftsmål som berøres av anbefalt alternativ: 10 Mindre ulikhet' in figure
    # the running head and the footer are artifacts: nothing of them is read
    assert "side 1 av" not in outline and "Revisjon 1" not in outline
    assert "Beslutningsnotat · Godkjent" not in outline


def test_every_text_is_tagged_or_an_artifact(example_data, example_memo):
    assert untagged_text(example_data) == []
    assert unmarked_painting(example_data) == []
    control = _untagged_pdf(example_memo)
    untagged = untagged_text(control)
    assert untagged and any(example_memo.header.title in text for _, text in untagged)
    assert {"S", "Tj", "Do"} <= {op for _, op in unmarked_painting(control)}


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_no_example_memo_paints_untagged_text_or_anything_unmarked(path, lang, example_pdf):
    """Text in marked content with an MCID or an artifact; rules, swatches and charts too."""
    data = example_pdf(path, lang)
    assert untagged_text(data) == []
    assert unmarked_painting(data) == []


def test_the_footer_and_running_head_are_artifacts(example_data):
    with pikepdf.open(io.BytesIO(example_data)) as pdf:
        stream = pdf.pages[0].Contents.read_bytes().decode("latin-1")
    first_artifact = stream.index("/Artifact BMC")
    assert first_artifact < stream.index("BDC")  # the page template draws before the body
    assert re.search(r"/Artifact BMC\n(?:.*\n)*?EMC", stream)


def _headings(elem: Dictionary, out: list[int]) -> list[int]:
    kind = str(elem.get("/S", ""))
    if re.fullmatch(r"/H\d", kind):
        out.append(int(kind[2]))
    kids = elem.get("/K", Array())
    for kid in kids if isinstance(kids, Array) else [kids]:
        if isinstance(kid, Dictionary) and kid.get("/Type") != Name.MCR:
            _headings(kid, out)
    return out


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_headings_start_at_h1_and_never_skip_a_level(path, example_pdf):
    with pikepdf.open(io.BytesIO(example_pdf(path, "nb"))) as pdf:
        levels = _headings(pdf.Root.StructTreeRoot, [])
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    assert {1, 2} <= set(levels)


def test_the_parent_tree_names_an_element_for_every_mcid(example_data):
    with pikepdf.open(io.BytesIO(example_data)) as pdf:
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        assert pdf.Root.MarkInfo.Marked is True
        for index, pg in enumerate(pdf.pages):
            assert pg.obj.StructParents == index
            assert nums[2 * index] == index
            owners = nums[2 * index + 1]
            mcids = read_page(pg)
            used = set(mcids.by_mcid)
            assert used <= set(range(len(owners)))
            for owner in owners:
                assert owner.Type == Name.StructElem


def test_rating_lines_are_list_items_with_label_and_body(example_data):
    outline = structure_outline(example_data, page=2)
    lines = outline.splitlines()
    item = lines.index(next(line for line in lines if line.strip() == "LI"))
    assert lines[item - 1].strip() == "L"
    assert re.match(r"\s+Lbl: [+−]?\d", lines[item + 1])
    assert lines[item + 2].strip() == "LBody"
    assert lines[item + 3].strip().startswith("P: ")


def test_metadata_identifies_both_standards_and_shows_the_title(example_data, example_memo):
    with pikepdf.open(io.BytesIO(example_data)) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "A")
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == example_memo.header.title
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.Root.Lang) == "nb-NO"
        xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
        assert "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in xmp
        assert [item.title for item in pdf.open_outline().root]  # bookmarks kept


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_pdfinfo_says_tagged(example_data, example_memo):
    def tagged(data: bytes) -> str:
        out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True)
        return re.search(r"^Tagged:\s+(\w+)", out.stdout.decode(), re.M).group(1)

    assert tagged(example_data) == "yes"
    assert tagged(_untagged_pdf(example_memo)) == "no"


def test_passages_in_the_case_language_are_marked_in_a_memo_in_the_other(catalog):
    from impactapp.casefile import read_case_file

    case = read_case_file(EXAMPLE, catalog)  # written in bokmål
    english = render_memo_pdf(build_memo(case, catalog, "en"))
    with pikepdf.open(io.BytesIO(english)) as pdf:
        assert str(pdf.Root.Lang) == "en"
    outline = structure_outline(english, page=1)
    problem = next(line for line in outline.splitlines() if case.problem[:30] in line)
    assert problem.strip().startswith("P [Lang=nb-NO]: ")
    heading = next(line for line in outline.splitlines() if line.strip().startswith("H1"))
    assert "Lang=" not in heading  # the memo's own labels are in the memo's language
    first = structure_outline(english, page=0).splitlines()
    assert f"  H1 [Lang=nb-NO]: {case.title}" in first  # the title as the caseworker wrote it
    bokmal = structure_outline(render_memo_pdf(build_memo(case, catalog, "nb")), page=1)
    assert "Lang=" not in bokmal


def test_the_same_memo_gives_the_same_bytes_whenever_it_is_rendered(example_memo):
    with time_machine.travel(date(2027, 3, 1), tick=False):
        first = render_memo_pdf(example_memo)
    with time_machine.travel(date(2031, 8, 9), tick=False):
        second = render_memo_pdf(example_memo)
    assert first == second
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert str(pdf.docinfo.CreationDate) == "D:20260902000000+00'00"
        assert pdf.open_metadata()["xmp:CreateDate"].startswith("2026-09-02")



class _ShrunkPageOne(MemoRenderer):
    """Page 1 scaled into its frame, as ``page_one`` does for a case past the tightest level."""

    def story(self, memo):
        from reportlab.platypus import KeepInFrame

        from impactapp.report.flowables import EndOfFirstPage

        story = super().story(memo)
        end = next(i for i, f in enumerate(story) if isinstance(f, EndOfFirstPage))
        shrunk = KeepInFrame(self.frame_width, self.frame_height * 0.8, story[:end],
                             mode="shrink")
        return [shrunk, *story[end:]]


def test_a_page_one_scaled_to_fit_is_tagged_as_the_same_elements(example_memo, example_data):
    raw, structure = _ShrunkPageOne().render_tagged(example_memo)
    data = finish(raw, example_memo.info, structure)
    for profile in PROFILES:
        assert [f.rule_id for f in page.validate_pdf_bytes(data, profile=profile).failures] == []
    assert untagged_text(data) == []
    assert structure_outline(data, page=0) == structure_outline(example_data, page=0)


def _page_one_png(data: bytes, tmp: Path, name: str) -> bytes:
    pdf = tmp / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(tmp / name)], check=True)
    return (tmp / f"{name}.png").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("stem", ["beboerparkering-prismodell", "gratis-aks-heltid"])
def test_tagging_does_not_move_a_pixel_of_page_one(stem, catalog, example_pdf, tmp_path):
    from impactapp.casefile import read_case_file

    path = next(p for p in example_paths() if p.stem == stem)
    memo = build_memo(read_case_file(path, catalog), catalog, "nb")
    tagged = _page_one_png(example_pdf(path, "nb"), tmp_path, "tagged")
    plain = _page_one_png(_untagged_pdf(memo), tmp_path, "plain")
    assert tagged == plain
