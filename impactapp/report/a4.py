"""The reportlab A4 base shared by the memo, the portfolio report and the budget.

``A4Renderer`` is a template method: it sets up the page (size, margins, one frame), the
tagged document template with the file's metadata, and the canvas that counts pages, then
builds the subclass's ``story`` on the subclass's ``page_templates``. ``footer_rule`` and
``page_number`` draw the footer parts every document has; the rest of each footer is the
subclass's. ``pdfa.finish`` makes the bytes and their recorded structure a tagged PDF/A file.
"""

from __future__ import annotations

import functools
import io
from typing import Any, BinaryIO, Generic, TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import FontSet, register_fonts
from .layout import MUTED, RULE
from .model import DocumentInfo
from .tagged_document import TaggedDocument
from .tagging import StructureRecorder
from .text import one_line

PAGE_TOTAL_FORM = "PageTotal"
FOOTER_SIZE = 7.5

#: The view model a renderer lays out (it carries ``info``, its ``DocumentInfo``).
Model = TypeVar("Model")


class PageCountingCanvas(Canvas):
    """A canvas that learns the page count at the end and writes it into a form every footer
    refers to, so "side x av y" needs a single layout pass."""

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
    lays out (see ``tagging.TaggedDocument``)."""

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


class A4Renderer(Generic[Model]):
    """Lays a view model out on A4 pages in the embedded fonts; subclasses give the
    ``story`` and the ``page_templates`` (whose ``onPage`` draws headers and footers)."""

    pagesize: tuple[float, float] = A4
    margin_x = 18 * mm
    margin_top = 16 * mm
    margin_bottom = 18 * mm
    tagged = True  # False only to measure what tagging costs (bench/memo.py)

    def __init__(self) -> None:
        self.fonts = register_fonts()

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margin_x

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margin_top - self.margin_bottom

    # -- the steps a document gives --------------------------------------------------------

    def story(self, model: Model) -> list[Flowable]:
        """What the pages show, in reading order."""
        raise NotImplementedError

    def page_templates(self, frame: Frame) -> list[PageTemplate]:
        """The page templates over the one body ``frame`` (the first is used first)."""
        raise NotImplementedError

    @staticmethod
    def info(model: Model) -> DocumentInfo:
        """The file's metadata (title, author, language...)."""
        return model.info  # type: ignore[attr-defined]

    # -- the parts every footer has --------------------------------------------------------

    def footer_rule(self, canvas: Canvas) -> float:
        """The thin rule above the footer; returns the footer's baseline."""
        left, right = self.margin_x, self.pagesize[0] - self.margin_x
        y = self.margin_bottom - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y + 9, right, y + 9)
        return y

    def page_number(self, canvas: Canvas, page_of: str, y: float) -> None:
        """ "side 2 av " at the right now, the total from the form the canvas fills in when
        the count is known (in the current font and colour)."""
        right = self.pagesize[0] - self.margin_x
        prefix = page_of.split("{pages}")[0].format(page=canvas.getPageNumber())
        widest = one_line(page_of.format(page=99, pages=99))
        x = right - canvas.stringWidth(widest, self.fonts.regular, FOOTER_SIZE)
        canvas.drawString(x, y, prefix)
        canvas.translate(x + canvas.stringWidth(prefix, self.fonts.regular, FOOTER_SIZE), y)
        canvas.doForm(PAGE_TOTAL_FORM)

    # -- putting it together ---------------------------------------------------------------

    def document(self, model: Model, fh: BinaryIO) -> BaseDocTemplate:
        """The document template: the file's metadata, the page templates over one frame;
        ``doc.model`` is what the page templates draw from."""
        info = self.info(model)
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
        doc.model = model
        doc.tagging = self.tagged
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates(self.page_templates(frame))
        return doc

    def render(self, model: Model, fh: BinaryIO) -> StructureRecorder | None:
        """Write the PDF to the binary file ``fh``; the structure recorded while drawing
        (None when untagged) is what ``pdfa.finish`` needs to make it tagged."""
        doc = self.document(model, fh)
        canvasmaker: Any = functools.partial(PageCountingCanvas, fonts=self.fonts)
        doc.build(self.story(model), canvasmaker=canvasmaker)
        return doc.structure if self.tagged else None

    def render_tagged(self, model: Model) -> tuple[bytes, StructureRecorder | None]:
        """The plain PDF bytes and their recorded structure."""
        buffer = io.BytesIO()
        structure = self.render(model, buffer)
        return buffer.getvalue(), structure

    def render_bytes(self, model: Model) -> bytes:
        """The plain PDF bytes (``pdfa.finish`` makes them PDF/A)."""
        return self.render_tagged(model)[0]
