"""The portfolio report as an A4 tagged PDF/A-2a and PDF/UA-1 file: the memo's fonts, styles,
tagging and finishing.

Each table of the view model becomes a reportlab table under its heading (with a bookmark);
goal numbers sit on their official colours. Every page has a footer with the report's title
and "side x av y".
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .fonts import register_fonts
from .layout import BAND, MUTED, RULE, Kit, make_styles
from .model import Swatch
from .pdfa import finish
from .portfolio import PortfolioReport, PortfolioTable
from .render import PAGE_TOTAL_FORM, OutlinedDocument, PageCountingCanvas
from .tagging import StructureRecorder, table_headers
from .text import escape_text, one_line

FOOTER_SIZE = 7.5


class PortfolioRenderer:
    """Lays a ``PortfolioReport`` out on A4 pages."""

    pagesize = A4
    margin_x = 18 * mm
    margin_top = 16 * mm
    margin_bottom = 18 * mm

    def __init__(self) -> None:
        self.fonts = register_fonts()
        styles = make_styles(self.fonts)
        for name in ("cell", "cell_bold"):  # right-aligned twins for columns of figures
            styles[f"{name}_right"] = ParagraphStyle(f"{name}_right", parent=styles[name],
                                                     alignment=TA_RIGHT)
        self.kit = Kit(styles=styles, fonts=self.fonts,
                       width=self.pagesize[0] - 2 * self.margin_x)

    def table(self, table: PortfolioTable, heading: bool = True) -> list[Flowable]:
        """A heading, its note, and the table (or a sentence saying it is empty); a table
        without header texts (labelled figures) gets no header row."""
        kit = self.kit
        out: list[Flowable] = [*kit.heading(table.title, "h2", outline=0)] if heading else []
        if table.note:
            out.append(kit.text(table.note, "small"))
        if not table.rows:
            out.append(kit.text(table.empty, "body"))
            return out
        right = ["_right" if numeric else "" for numeric in table.numeric]
        has_header = any(table.header)
        grid: list[list[Paragraph]] = []
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),  # never reportlab's Helvetica
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if has_header:
            grid.append([kit.text(h, f"cell_bold{right[c]}") for c, h in enumerate(table.header)])
            commands.append(("BACKGROUND", (0, 0), (-1, 0), BAND))
        for row in table.rows:
            r = len(grid)
            cells = []
            for c, value in enumerate(row):
                if isinstance(value, Swatch):
                    commands.append(("BACKGROUND", (c, r), (c, r), HexColor(value.fill)))
                    cells.append(kit.markup(
                        f'<font color="{value.ink}"><b>{escape_text(value.text)}</b></font>',
                        "cell"))
                else:
                    cells.append(kit.text(value, f"cell{right[c]}"))
            grid.append(cells)
        widths = [f * kit.width for f in table.widths]
        flowable = Table(grid, colWidths=widths, repeatRows=1 if has_header else 0,
                         hAlign="LEFT")
        table_headers(flowable, rows=1 if has_header else 0, columns=[0])
        flowable.setStyle(TableStyle(commands))
        out.append(flowable)
        return out

    def story(self, report: PortfolioReport) -> list[Flowable]:
        """The title and its lines, the key figures, then every table."""
        kit = self.kit
        out: list[Flowable] = [*kit.heading(report.title, "title", outline=None, room=False)]
        out += [kit.text(line, "small") for line in report.lines]
        out.append(Spacer(1, 4))
        out += kit.heading(report.labels["key_figures"], "h2", outline=0)
        out += self.table(PortfolioTable(
            title="", note="", header=("", ""),
            rows=tuple((f.label, f.value) for f in report.key_figures),
            widths=(0.7, 0.3), numeric=(False, True),
        ), heading=False)
        for table in report.tables:
            out += self.table(table)
        return out

    def footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The report's title and "side x av y" under a rule."""
        report: PortfolioReport = doc.report
        canvas.saveState()
        left, right = self.margin_x, self.pagesize[0] - self.margin_x
        y = self.margin_bottom - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y + 9, right, y + 9)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(left, y, one_line(report.title))
        page_of = report.labels["page_of"]
        prefix = page_of.split("{pages}")[0].format(page=canvas.getPageNumber())
        widest = page_of.format(page=99, pages=99)
        x = right - canvas.stringWidth(widest, self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(x, y, prefix)
        canvas.translate(x + canvas.stringWidth(prefix, self.fonts.regular, FOOTER_SIZE), y)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()

    def render_bytes(self, report: PortfolioReport) -> bytes:
        """Plain PDF bytes (``render_portfolio_pdf`` finishes them as PDF/A)."""
        return self.render_tagged(report)[0]

    def render_tagged(self, report: PortfolioReport) -> tuple[bytes, StructureRecorder | None]:
        """Plain PDF bytes and the structure recorded while drawing them."""
        buffer = io.BytesIO()
        info = report.info
        doc = OutlinedDocument(
            buffer, pagesize=self.pagesize, leftMargin=self.margin_x, rightMargin=self.margin_x,
            topMargin=self.margin_top, bottomMargin=self.margin_bottom,
            title=one_line(info.title), author=one_line(info.author),
            subject=one_line(info.subject), keywords=", ".join(info.keywords),
            creator="ImpactApp", lang=info.language, initialFontName=self.fonts.regular,
            initialFontSize=9, pageCompression=1,
        )
        doc.report = report
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.footer)])
        doc.build(self.story(report),
                  canvasmaker=lambda *a, **k: PageCountingCanvas(*a, fonts=self.fonts, **k))
        return buffer.getvalue(), doc.structure


def render_portfolio_pdf(report: PortfolioReport) -> bytes:
    """The portfolio report as tagged PDF/A-2a and PDF/UA-1 bytes: render, then finish as the
    memo is finished."""
    raw, structure = PortfolioRenderer().render_tagged(report)
    return finish(raw, report.info, structure)
