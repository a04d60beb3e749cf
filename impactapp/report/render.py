"""The memo as a PDF: a reportlab renderer written as a template-method class.

``MemoRenderer.render_bytes(memo)`` lays the view model out on A4: page 1 "at a glance", then
every section, with a footer on each page (case number, revision, exempt marking, "side x av
y") and a bookmark per section. Subclasses override ``styles``, ``first_page``,
``later_pages`` or ``story`` to change one part. The document template tags what it lays out
(``tagging.TaggedDocument``); ``pdfa.finish`` makes the bytes and their recorded structure
a tagged PDF/A-2a and PDF/UA-1 file.
"""

from __future__ import annotations

import functools
import io
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .flowables import EndOfFirstPage
from .fonts import FontSet, register_fonts
from .graphics import fitted
from .layout import MUTED, RULE, Kit, make_styles
from .model import Memo
from .page_details import details
from .page_one import EXEMPT_INK, full_texts, page_one
from .tagged_document import TaggedDocument
from .tagging import StructureRecorder
from .text import one_line

PAGE_TOTAL_FORM = "PageTotal"
FOOTER_SIZE = 7.5


class PageCountingCanvas(Canvas):
    """A canvas that learns the page count at the end and writes it into a form every footer
    refers to, so "side x av y" needs a single layout pass (memo and portfolio report)."""

    def __init__(self, *args: object, fonts: FontSet, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._fonts = fonts
        self._pages_shown = 0

    def showPage(self) -> None:
        self._pages_shown += 1
        super().showPage()

    def save(self) -> None:
        self.beginForm(PAGE_TOTAL_FORM)
        self.setFont(self._fonts.regular, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self._pages_shown))
        self.endForm()
        super().save()


class OutlinedDocument(TaggedDocument, BaseDocTemplate):
    """Turns every heading that carries an outline entry into a bookmark, and tags what it
    lays out (memo, portfolio; see ``tagging.TaggedDocument``)."""

    def afterInit(self) -> None:
        self._bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        title, level = entry
        self._bookmarks += 1
        key = f"section{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=False)


class MemoRenderer:
    """Lays a ``Memo`` out as an A4 PDF; override a step to change it."""

    pagesize = A4
    margin_x = 18 * mm
    margin_top = 16 * mm
    margin_bottom = 18 * mm

    def __init__(self, tagged: bool = True) -> None:
        self.fonts = register_fonts()
        self.tagged = tagged  # False only to measure what tagging costs (bench/memo.py)
        self._styles: dict[str, ParagraphStyle] | None = None

    # -- the steps --------------------------------------------------------------------------

    def styles(self) -> dict[str, ParagraphStyle]:
        """The paragraph styles (all in the embedded DejaVu faces)."""
        if self._styles is None:
            self._styles = make_styles(self.fonts)
        return self._styles

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margin_x

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margin_top - self.margin_bottom

    def story(self, memo: Memo) -> list[Flowable]:
        """Page 1, then the sections from page 2 on."""
        other = memo.text_language and memo.text_language != memo.info.language
        kit = Kit(styles=self.styles(), fonts=self.fonts, width=self.frame_width,
                  height=self.frame_height, passage_lang=memo.text_language if other else None)
        first, fit = page_one(memo, kit)
        return [*first, EndOfFirstPage(), *full_texts(memo, kit, fit), *details(memo, kit)]

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Page 1 carries its own header in the story; the draft banner and the footer."""
        width = self.frame_width - self.draft_banner(canvas, doc.memo)
        self.running_head(canvas, doc.memo, width, first=True)
        self.footer(canvas, doc)

    def later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The draft banner, a running head naming the case, and the footer."""
        width = self.frame_width - self.draft_banner(canvas, doc.memo)
        self.running_head(canvas, doc.memo, width)
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
        canvas.drawString(self.margin_x, y,
                          fitted(text, self.fonts.regular, FOOTER_SIZE, width - 8))
        canvas.restoreState()

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
        memo: Memo = doc.memo
        labels = memo.labels
        canvas.saveState()
        left, right = self.margin_x, self.pagesize[0] - self.margin_x
        y = self.margin_bottom - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y + 9, right, y + 9)
        # a quarter for case number and revision, half for the exempt marking, a quarter for
        # the page number
        quarter = self.frame_width / 4
        ident = f"{labels['revision']} {memo.header.revision}"
        if memo.header.case_number:
            ident = f"{memo.header.case_number} · {ident}"
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(left, y, fitted(ident, self.fonts.regular, FOOTER_SIZE, quarter - 6))
        if memo.header.exempt:
            canvas.setFont(self.fonts.bold, FOOTER_SIZE)
            canvas.setFillColor(EXEMPT_INK)
            canvas.drawCentredString(
                left + 2 * quarter, y,
                fitted(memo.header.exempt_marking, self.fonts.bold, FOOTER_SIZE, 2 * quarter - 8),
            )
        # "side 2 av " now, the total from the form the canvas fills in when the count is known
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, FOOTER_SIZE)
        prefix = labels["page_of"].split("{pages}")[0].format(page=canvas.getPageNumber())
        widest = one_line(labels["page_of"].format(page=99, pages=99))
        x = right - canvas.stringWidth(widest, self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(x, y, prefix)
        canvas.translate(x + canvas.stringWidth(prefix, self.fonts.regular, FOOTER_SIZE), y)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()

    # -- putting it together ----------------------------------------------------------------

    def document(self, memo: Memo, fh: BinaryIO) -> BaseDocTemplate:
        """The document template: two page templates over one frame size."""
        info = memo.info
        doc = OutlinedDocument(
            fh,
            pagesize=self.pagesize,
            leftMargin=self.margin_x,
            rightMargin=self.margin_x,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=one_line(info.title),
            author=one_line(info.author),
            subject=one_line(info.subject),
            keywords=", ".join(info.keywords),
            creator="ImpactApp",
            lang=info.language,
            initialFontName=self.fonts.regular,
            initialFontSize=9,
            pageCompression=1,
        )
        doc.memo = memo
        doc.tagging = self.tagged
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate(id="first", frames=[frame], onPage=self.first_page,
                         autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame], onPage=self.later_pages),
        ])
        return doc

    def render(self, memo: Memo, fh: BinaryIO) -> StructureRecorder | None:
        """Write the memo's PDF to the binary file ``fh``; the structure recorded while
        drawing (None when untagged) is what ``pdfa.finish`` needs to make it tagged."""
        doc = self.document(memo, fh)
        doc.build(self.story(memo),
                  canvasmaker=functools.partial(PageCountingCanvas, fonts=self.fonts))
        return doc.structure if self.tagged else None

    def render_tagged(self, memo: Memo) -> tuple[bytes, StructureRecorder | None]:
        """The plain PDF bytes and their recorded structure."""
        buffer = io.BytesIO()
        structure = self.render(memo, buffer)
        return buffer.getvalue(), structure

    def render_bytes(self, memo: Memo) -> bytes:
        return self.render_tagged(memo)[0]
