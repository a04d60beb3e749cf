"""The portfolio report as an A4 tagged PDF/A-2a and PDF/UA-1 file: the memo's fonts, styles,
tagging and finishing.

Each table of the view model becomes a reportlab table under its heading (with a bookmark);
goal numbers sit on their official colours. Every page has a footer with the report's title
and "side x av y".
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
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

from .a4 import FOOTER_SIZE, A4Renderer
from .layout import BAND, MUTED, RULE, Kit, make_styles
from .model import Swatch
from .pdfa import finish
from .portfolio import PortfolioReport, PortfolioTable
from .tagging import table_headers
from .text import escape_text, one_line


class PortfolioRenderer(A4Renderer[PortfolioReport]):
    """Lays a ``PortfolioReport`` out on A4 pages."""

    #: The key figures' two columns (label, figure) as fractions of the frame's width.
    figure_widths: tuple[float, float] = (0.7, 0.3)

    def __init__(self) -> None:
        super().__init__()
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

    def opening(self, report: PortfolioReport) -> list[Flowable]:
        """The title and its lines, then the key figures as a table without a header."""
        kit = self.kit
        out: list[Flowable] = [*kit.heading(report.title, "title", outline=None, room=False)]
        out += [kit.text(line, "small") for line in report.lines]
        out.append(Spacer(1, 4))
        out += kit.heading(report.labels["key_figures"], "h2", outline=0)
        out += self.table(PortfolioTable(
            title="", note="", header=("", ""),
            rows=tuple((f.label, f.value) for f in report.key_figures),
            widths=self.figure_widths, numeric=(False, True),
        ), heading=False)
        return out

    def story(self, report: PortfolioReport) -> list[Flowable]:
        """The opening, then every table."""
        out = self.opening(report)
        for table in report.tables:
            out += self.table(table)
        return out

    def footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The report's title and "side x av y" under a rule."""
        report: PortfolioReport = doc.model
        canvas.saveState()
        y = self.footer_rule(canvas)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(self.margin_x, y, one_line(report.title))
        self.page_number(canvas, report.labels["page_of"], y)
        canvas.restoreState()

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """One page template: every page has the same footer."""
        return [PageTemplate(id="page", frames=[frame], onPage=self.footer)]


def render_portfolio_pdf(report: PortfolioReport) -> bytes:
    """The portfolio report as tagged PDF/A-2a and PDF/UA-1 bytes: render, then finish as the
    memo is finished."""
    raw, structure = PortfolioRenderer().render_tagged(report)
    return finish(raw, report.info, structure)
