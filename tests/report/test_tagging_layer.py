"""The tagging layer on its own: any report on the memo's document base is tagged, as a budget
report would be; split paragraphs and tables stay one element each."""

from __future__ import annotations

import io

import page
import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Frame, PageTemplate, Paragraph, Table

from impactapp.report.a4 import OutlinedDocument, PageCountingCanvas
from impactapp.report.fonts import register_fonts
from impactapp.report.layout import make_styles
from impactapp.report.model import DocumentInfo
from impactapp.report.pdfa import finish
from impactapp.report.tagging import figure, table_headers

from .structure_text import structure_outline, unmarked_painting, untagged_text

INFO = DocumentInfo(title="Budsjett 2027", author="Økonomietaten", subject="Klimabudsjett",
                    keywords=(), language="nb-NO")
ROWS = 90


def _report() -> bytes:
    """A small report built the way a new report would be: OutlinedDocument, then finish with
    the recorded structure."""
    fonts = register_fonts()
    styles = make_styles(fonts)
    buffer = io.BytesIO()
    doc = OutlinedDocument(buffer, pagesize=A4, title=INFO.title, lang=INFO.language,
                           initialFontName=fonts.regular)

    def footer(canvas, doc) -> None:
        canvas.setFont(fonts.regular, 7)
        canvas.drawString(50, 30, f"Budsjett 2027 · side {canvas.getPageNumber()}")

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    chart = Drawing(200, 40)
    chart.initialFontName = fonts.regular
    chart.add(Rect(0, 0, 120, 20, fillColor=None))
    chart.add(String(4, 26, "2027: −1 200 t", fontName=fonts.regular, fontSize=8))
    rows = [["Tiltak", "Tonn CO2e"]] + [[f"Tiltak {i}", f"−{i}"] for i in range(ROWS)]
    table = table_headers(Table(rows, repeatRows=1,
                                style=[("FONTNAME", (0, 0), (-1, -1), fonts.regular)]),
                          rows=1, columns=[0])
    doc.build([
        Paragraph("Budsjett 2027", styles["title"]),
        Paragraph("Ordet " * 1200 + "slutt.", styles["body"]),
        figure(chart, "Klimabudsjettet 2027: kutt på 1 200 tonn"),
        table,
    ], canvasmaker=lambda *a, **k: PageCountingCanvas(*a, fonts=fonts, **k))
    return finish(buffer.getvalue(), INFO, doc.structure)


def _elements(pdf: pikepdf.Pdf, role: str) -> list[Dictionary]:
    return [o for o in pdf.objects if isinstance(o, Dictionary)
            and o.get("/Type") == Name.StructElem and o.get("/S") == Name("/" + role)]


def test_a_report_on_the_document_base_passes_both_profiles():
    data = _report()
    for profile in (page.ValidationProfile.PDF_A_2A, page.ValidationProfile.PDF_UA_1):
        result = page.validate_pdf_bytes(data, profile=profile)
        assert [(f.rule_id, f.message) for f in result.failures] == [], profile
    assert untagged_text(data) == [] and unmarked_painting(data) == []
    outline = structure_outline(data, page=0)
    assert outline.splitlines()[:2] == ["Document", "  H1: Budsjett 2027"]
    assert "side 1" not in outline  # the footer is an artifact


def test_a_paragraph_and_a_table_split_over_pages_stay_one_element_each():
    data = _report()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 3
        paragraphs = _elements(pdf, "P")
        assert len(paragraphs) == 1
        kids = list(paragraphs[0].K)
        assert any(isinstance(k, Dictionary) and k.get("/Type") == Name.MCR for k in kids)
        tables = _elements(pdf, "Table")
        assert len(tables) == 1
        rows = [r for r in tables[0].K if isinstance(r, Dictionary)]
        assert len(rows) == ROWS + 1  # the header row repeated on the next page is an artifact
        heads = [c for c in _elements(pdf, "TH") if c.A.Scope == Name.Column]
        assert len(heads) == 2
        assert len([c for c in _elements(pdf, "TH") if c.A.Scope == Name.Row]) == ROWS
        assert isinstance(tables[0].K, Array)
    second = structure_outline(data, page=len(pdf.pages) - 1)
    assert "Tonn CO2e" not in second  # only in the header row, read once on the first page


def test_a_figure_carries_its_text():
    with pikepdf.open(io.BytesIO(_report())) as pdf:
        (chart,) = _elements(pdf, "Figure")
        assert str(chart.Alt) == "Klimabudsjettet 2027: kutt på 1 200 tonn"


def test_headings_are_tagged_without_skipping_a_level():
    from impactapp.report.tagging import StructureRecorder

    recorder = StructureRecorder()
    styled = ["H1", "H3", "H3", "H2", "H3", "H1", "H3", "H2"]
    tagged = [recorder.open(role).role for role in styled]
    assert tagged == ["H1", "H2", "H2", "H2", "H3", "H1", "H2", "H2"]
    assert StructureRecorder().open("H2").role == "H1"  # a document starts at H1


def test_list_items_gather_in_one_list_until_something_else_comes():
    from impactapp.report.tagging import StructureRecorder

    recorder = StructureRecorder()
    for role in ("LI", "LI", "P", "LI"):
        recorder.close(recorder.open(role))
    assert [n.role for n in recorder.root.children] == ["L", "P", "L"]
    assert [n.role for n in recorder.root.children[0].children] == ["LI", "LI"]


def test_text_typed_straight_into_a_layout_table_is_a_paragraph():
    from reportlab.platypus import SimpleDocTemplate

    from impactapp.report.tagged_document import TaggedDocument
    from impactapp.report.tagging import layout_table

    class Doc(TaggedDocument, SimpleDocTemplate):
        pass

    fonts = register_fonts()
    buffer = io.BytesIO()
    doc = Doc(buffer, pagesize=A4, initialFontName=fonts.regular)
    grid = layout_table(Table([["Venstre spalte", ""]],
                              style=[("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                                     ("BOX", (0, 0), (-1, -1), 1, None)]))
    doc.build([Paragraph("Tittel", make_styles(fonts)["title"]), grid])
    data = finish(buffer.getvalue(), INFO, doc.structure)
    assert untagged_text(data) == [] and unmarked_painting(data) == []
    assert structure_outline(data).splitlines() == [
        "Document", "  H1: Tittel", "  P: Venstre spalte"]
