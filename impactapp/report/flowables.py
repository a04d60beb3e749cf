"""Two small flowables of the memo's own: a rated line, and the end of page 1."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from .fonts import FontSet
from .model import Swatch
from .tagging import tagged

RULE = HexColor("#8c8c8c")


class SwatchLine(Flowable):
    """A swatch (sign and number on its colour, or a goal's colour and symbol) with a paragraph
    beside it: a rated criterion or an SDG target.

    Drawn directly rather than as a one-row Table, which costs several times as much to lay
    out; the paragraph holds catalog text and labels, so the line never needs to split. Tagged
    as a list item: the swatch its label, the paragraph its body.
    """

    pdf_role = "LI"
    pdf_container = True

    def __init__(self, swatch: Swatch, paragraph: Paragraph, fonts: FontSet,
                 fill: str | None = None, swatch_width: float = 30.0, swatch_height: float = 15.0,
                 gap: float = 6.0) -> None:
        super().__init__()
        self.swatch = swatch
        self.paragraph = paragraph
        self.fonts = fonts
        self.fill = fill or swatch.fill
        self.swatch_width, self.swatch_height, self.gap = swatch_width, swatch_height, gap
        self._para_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._para_height = self.paragraph.wrap(
            avail_width - self.swatch_width - self.gap, avail_height
        )
        self.width = avail_width
        self.height = max(self._para_height, self.swatch_height) + 3
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - 1.5
        with tagged(canvas, "Lbl"):
            self._draw_swatch(canvas, top)
        # the paragraph's first line sits level with the swatch's text
        offset = max(0.0, (self.swatch_height - self.paragraph.style.leading) / 2)
        with tagged(canvas, "LBody", content=False), tagged(canvas, "P"):
            self.paragraph.drawOn(canvas, self.swatch_width + self.gap,
                                  top - offset - self._para_height)

    def _draw_swatch(self, canvas: Canvas, top: float) -> None:
        canvas.saveState()
        canvas.setFillColor(HexColor(self.fill))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(0, top - self.swatch_height, self.swatch_width, self.swatch_height,
                    fill=1, stroke=1)
        canvas.setFillColor(HexColor(self.swatch.ink))
        canvas.setFont(self.fonts.bold, 8.5)
        canvas.drawCentredString(self.swatch_width / 2, top - self.swatch_height + 4.5,
                                 self.swatch.text)
        canvas.restoreState()


class EndOfFirstPage(Flowable):
    """Fills what is left of page 1, so the sections start on page 2; once page 1 has
    overflowed it takes no space, and the sections follow on the same page."""

    pdf_role = None  # draws nothing: no structure element

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.canv.getPageNumber() == 1:
            return avail_width, avail_height
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the flowable only takes space."""
