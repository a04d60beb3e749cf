"""The memo as a PDF: a reportlab renderer written as a template-method class.

``MemoRenderer.render_bytes(memo)`` lays the view model out on A4 (``a4.A4Renderer``, shared
with the portfolio report and the budget): page 1 "at a glance", then every section, with a
footer on each page (case number, revision, exempt marking, "side x av y") and a bookmark per
section. Subclasses override ``styles``, ``first_page``, ``later_pages`` or ``story`` to
change one part. The document template tags what it lays out (``tagging.TaggedDocument``);
``pdfa.finish`` makes the bytes and their recorded structure a tagged PDF/A-2a and PDF/UA-1
file.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .a4 import FOOTER_SIZE, A4Renderer
from .flowables import EndOfFirstPage
from .graphics import fitted
from .layout import MUTED, Kit, make_styles
from .model import Memo
from .page_details import details
from .page_one import EXEMPT_INK, full_texts, page_one
from .text import one_line


class MemoRenderer(A4Renderer[Memo]):
    """Lays a ``Memo`` out as an A4 PDF; override a step to change it."""

    def __init__(self, tagged: bool = True) -> None:
        super().__init__()
        self.tagged = tagged  # False only to measure what tagging costs (bench/memo.py)
        self._styles: dict[str, ParagraphStyle] | None = None
        self._fits: dict[tuple[str, float], str] = {}

    # -- the steps --------------------------------------------------------------------------

    def styles(self) -> dict[str, ParagraphStyle]:
        """The paragraph styles (all in the embedded DejaVu faces)."""
        if self._styles is None:
            self._styles = make_styles(self.fonts)
        return self._styles

    def story(self, memo: Memo) -> list[Flowable]:
        """Page 1, then the sections from page 2 on."""
        other = memo.text_language and memo.text_language != memo.info.language
        kit = Kit(styles=self.styles(), fonts=self.fonts, width=self.frame_width,
                  height=self.frame_height, passage_lang=memo.text_language if other else None)
        first, fit = page_one(memo, kit)
        return [*first, EndOfFirstPage(), *full_texts(memo, kit, fit), *details(memo, kit)]

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Page 1 carries its own header in the story; the draft banner and the footer."""
        width = self.frame_width - self.draft_banner(canvas, doc.model)
        self.running_head(canvas, doc.model, width, first=True)
        self.footer(canvas, doc)

    def later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The draft banner, a running head naming the case, and the footer."""
        width = self.frame_width - self.draft_banner(canvas, doc.model)
        self.running_head(canvas, doc.model, width)
        self.footer(canvas, doc)

    def running_head(self, canvas: Canvas, memo: Memo, width: float, first: bool = False) -> None:
        """ "Beslutningsnotat · case number · title · date" (page 1: the date and status only,
        since its header names the case); an exempt case is named by its number alone."""
        header = memo.header
        parts = [memo.labels["memo"]]
        if not first:
            if header.case_number:
                parts.append(header.case_number)
            if not header.exempt or not header.case_number:
                parts.append(header.title)
        parts += [header.status] + ([header.memo_date] if header.memo_date else [])
        canvas.saveState()
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        y = self.pagesize[1] - self.margin_top + 5 * mm
        text = " · ".join(one_line(p) for p in parts if p.strip())
        canvas.drawString(self.margin_x, y, self.fitted(text, width - 8))
        canvas.restoreState()

    def fitted(self, text: str, width: float) -> str:
        """``graphics.fitted`` in the footer's font, remembered: the running head and the
        footer say the same on every page, and measuring a text thousands of characters long
        again on each of a hundred pages took most of the time a big memo took to render."""
        found = self._fits.get((text, width))
        if found is None:
            if len(self._fits) > 64:  # a renderer that makes many memos keeps a few
                self._fits.clear()
            found = self._fits[(text, width)] = fitted(text, self.fonts.regular, FOOTER_SIZE,
                                                       width)
        return found

    def draft_banner(self, canvas: Canvas, memo: Memo) -> float:
        """A dark band "UTKAST – ikke godkjent" at the top right of every page of a memo not
        yet approved (dark, so it reads in greyscale print); returns the width it takes."""
        text = memo.header.banner
        if not text:
            return 0.0
        size = 10.5
        width = canvas.stringWidth(text, self.fonts.bold, size) + 16
        right = self.pagesize[0] - self.margin_x
        bottom = self.pagesize[1] - self.margin_top + 2.6 * mm
        canvas.saveState()
        canvas.setFillColor(EXEMPT_INK)
        canvas.rect(right - width, bottom, width, 6.4 * mm, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#ffffff"))
        canvas.setFont(self.fonts.bold, size)
        canvas.drawCentredString(right - width / 2, bottom + 2.1 * mm, text)
        canvas.restoreState()
        return width

    def footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Case number and revision, the exempt marking when exempt, and "side x av y"."""
        memo: Memo = doc.model
        labels = memo.labels
        canvas.saveState()
        y = self.footer_rule(canvas)
        left = self.margin_x
        # a quarter for case number and revision, half for the exempt marking, a quarter for
        # the page number
        quarter = self.frame_width / 4
        ident = f"{labels['revision']} {memo.header.revision}"
        if memo.header.case_number:
            ident = f"{memo.header.case_number} · {ident}"
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(left, y, self.fitted(ident, quarter - 6))
        if memo.header.exempt:
            canvas.setFont(self.fonts.bold, FOOTER_SIZE)
            canvas.setFillColor(EXEMPT_INK)
            canvas.drawCentredString(
                left + 2 * quarter, y,
                fitted(memo.header.exempt_marking, self.fonts.bold, FOOTER_SIZE, 2 * quarter - 8),
            )
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        self.page_number(canvas, labels["page_of"], y)
        canvas.restoreState()

    # -- putting it together ----------------------------------------------------------------

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """Page 1 with its own header in the story, then the later pages."""
        return [
            PageTemplate(id="first", frames=[frame], onPage=self.first_page,
                         autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame], onPage=self.later_pages),
        ]
