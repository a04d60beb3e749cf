"""Styles and small flowable helpers the memo's pages are built from.

Every user text goes through ``Kit.text`` (which escapes it); only the memo's own markup goes
through ``Kit.markup``. Headings carry their outline entry, which the document template turns
into a bookmark when the heading is laid out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from .fonts import FontSet
from .model import Field
from .tagging import table_headers
from .text import escape_text, one_line

INK = HexColor("#000000")
MUTED = HexColor("#404040")
RULE = HexColor("#8c8c8c")
BAND = HexColor("#f0f0f0")
#: Header facts longer than this are laid out as paragraphs, not in the facts table (a table
#: row cannot flow across pages cheaply).
TABLE_TEXT_LIMIT = 300
OUTLINE_TITLE_LIMIT = 120
#: Room (points) a heading needs below it on the page: itself and about three lines.
HEADING_ROOM = 60


def make_styles(fonts: FontSet) -> dict[str, ParagraphStyle]:
    """The memo's paragraph styles; every one names an embedded font."""
    base = ParagraphStyle(
        "body", fontName=fonts.regular, fontSize=9, leading=12.2, textColor=INK,
        spaceAfter=3, splitLongWords=1, allowWidows=0, allowOrphans=0,
    )

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": style("small", fontSize=7.5, leading=9.6, textColor=MUTED, spaceAfter=2),
        "cell": style("cell", fontSize=7.8, leading=9.4, spaceAfter=0),
        "cell_bold": style("cell_bold", fontName=fonts.bold, fontSize=7.8, leading=9.4,
                           spaceAfter=0),
        "cell_small": style("cell_small", fontSize=6.5, leading=7.8, textColor=MUTED,
                            spaceAfter=0, alignment=1),
        "cell_indent": style("cell_indent", fontSize=7.8, leading=9.4, spaceAfter=0,
                             leftIndent=8),
        "cell_small_left": style("cell_small_left", fontSize=6.5, leading=7.8, textColor=MUTED,
                                 spaceAfter=0),
        "head_cell": style("head_cell", fontName=fonts.bold, fontSize=7.5, leading=9,
                           spaceAfter=0, alignment=1),
        "kicker": style("kicker", fontName=fonts.bold, fontSize=8, leading=10, textColor=MUTED,
                        spaceAfter=2),
        "title": style("title", fontName=fonts.bold, fontSize=16, leading=19.5, spaceAfter=6),
        "exempt": style("exempt", fontName=fonts.bold, fontSize=10, leading=13, spaceAfter=0),
        "h1": style("h1", fontName=fonts.bold, fontSize=13, leading=16, spaceBefore=10,
                    spaceAfter=5),
        "h2": style("h2", fontName=fonts.bold, fontSize=10.5, leading=13.5, spaceBefore=7,
                    spaceAfter=3),
        "h2_glance": style("h2_glance", fontName=fonts.bold, fontSize=10, leading=12.5,
                           spaceBefore=5, spaceAfter=2),
        "glance": style("glance", fontSize=8.3, leading=10.6, spaceAfter=2),
        "h3": style("h3", fontName=fonts.bold, fontSize=9, leading=12, spaceBefore=4,
                    spaceAfter=1),
        "indent": style("indent", leftIndent=14),
        "under_swatch": style("under_swatch", leftIndent=36),
        "row": style("row", fontSize=8.5, leading=10.5, spaceAfter=0),
        "indent_small": style("indent_small", leftIndent=14, fontSize=7.8, leading=10,
                              textColor=MUTED),
    }


@dataclass
class Kit:
    """What the page builders need: styles, fonts and the frame's size."""

    styles: dict[str, ParagraphStyle]
    fonts: FontSet
    width: float
    height: float = 745.0  # the A4 frame's height in points; page 1 is fitted to it
    #: The language of the caseworker's own passages when it is not the document's (None: the
    #: same); ``passage`` marks them with it in the structure tree.
    passage_lang: str | None = None
    _lang_styles: dict[tuple[str, str], ParagraphStyle] = field(
        default_factory=dict, init=False, repr=False)

    def text(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of user text, shown exactly as typed."""
        return Paragraph(escape_text(text), self.styles[style])

    def passage(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph the caseworker wrote (problem, justification ...), shown exactly as
        typed and tagged with the language it was written in."""
        if not self.passage_lang:
            return self.text(text, style)
        key = (style, self.passage_lang)
        if key not in self._lang_styles:
            # a twin style of the same name: the pieces of a split paragraph share it
            twin = ParagraphStyle(style, parent=self.styles[style])
            twin.pdf_lang = self.passage_lang
            self._lang_styles[key] = twin
        return Paragraph(escape_text(text), self._lang_styles[key])

    def markup(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of the memo's own markup (whose user parts are already escaped)."""
        return Paragraph(markup, self.styles[style])

    def labelled(self, label: str, value: str, style: str = "body") -> Paragraph:
        """ "<b>Label:</b> value", the value escaped."""
        return self.markup(f"<b>{escape_text(label)}:</b> {escape_text(value)}", style)

    def heading(
        self, text: str, style: str = "h1", outline: int | None = 0, room: bool = True
    ) -> list[Flowable]:
        """A heading, on a new page when too little room is left under it for it to lead
        into its text (``room``; off inside table cells); ``outline`` is its bookmark level
        (None: no bookmark).

        A conditional break rather than keep-with-next: reportlab moves a kept group that does
        not fit to a new page whole, which would leave a page blank before a long text.
        """
        para = Paragraph(escape_text(text), self.styles[style])
        if outline is not None:
            title = one_line(text)
            if len(title) > OUTLINE_TITLE_LIMIT:
                title = title[: OUTLINE_TITLE_LIMIT - 1] + "…"
            para.outline_entry = (title, outline)
        return [CondPageBreak(HEADING_ROOM), para] if room else [para]

    def facts_table(self, fields: Sequence[Field], pairs_per_row: int = 2) -> list[Flowable]:
        """Label-value pairs in aligned columns, or as paragraphs when a value is too long to
        sit in a table cell."""
        if any(len(f.value) > TABLE_TEXT_LIMIT for f in fields):
            return [self.labelled(f.label, f.value) for f in fields]
        rows = []
        for start in range(0, len(fields), pairs_per_row):
            row: list[object] = []
            for f in fields[start:start + pairs_per_row]:
                row += [self.text(f.label, "cell_bold"), self.text(f.value, "cell")]
            row += [""] * (2 * pairs_per_row - len(row))
            rows.append(row)
        label_w = 0.19 * self.width
        value_w = self.width / pairs_per_row - label_w
        table = Table(rows, colWidths=[label_w, value_w] * pairs_per_row, hAlign="LEFT")
        table_headers(table, rows=0, columns=range(0, 2 * pairs_per_row, 2))
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]))
        return [table]
