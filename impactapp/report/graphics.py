"""The memo's graphics, drawn with reportlab's own shapes: the 17-goal SDG strip, the per-bydel
grid and the swatches of a pillar summary.

Colour never carries meaning alone: every mark has a symbol or a number, so the memo reads in
greyscale print.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import FontSet
from .model import DistrictGrid, SdgGoals, Swatch
from .text import printable

GRID_LINE = HexColor("#8c8c8c")
MUTED_INK = HexColor("#595959")
WHITE = HexColor("#ffffff")
BLACK = HexColor("#000000")


def pale(colour: str, amount: float = 0.8) -> Color:
    """``colour`` mixed with ``amount`` of white (an opaque tint: PDF/A needs no transparency)."""
    c = HexColor(colour)
    return Color(*(v + (1 - v) * amount for v in (c.red, c.green, c.blue)))


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with "…" so it fits ``width`` points."""
    text = " ".join(printable(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    # The longest start that fits with the "…": a start is never narrower than a shorter one,
    # so a binary search finds it in a few measurements (cutting one character at a time took
    # seconds per page for a case number thousands of characters long).
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _drawing(width: float, height: float, fonts: FontSet) -> Drawing:
    """A drawing whose initial font is the embedded one (reportlab would set Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.regular
    drawing.initialFontSize = 8
    return drawing


def sdg_strip(sdg: SdgGoals, width: float, fonts: FontSet, box_limit: float = 30) -> Drawing:
    """The 17 goals in a row in their official colours; affected goals in full colour with
    +, − or ± in a white disc, the others pale and without a symbol."""
    slot = width / 17
    box = min(slot - 3, box_limit)
    drawing = _drawing(width, box, fonts)
    for i, mark in enumerate(sdg.marks):
        x = i * slot + (slot - box) / 2
        touched = mark.contribution is not None
        fill = HexColor(mark.colour) if touched else pale(mark.colour)
        drawing.add(Rect(x, 0, box, box, fillColor=fill, strokeColor=None))
        drawing.add(
            String(x + 2.5, box - 9, str(mark.number), fontName=fonts.bold, fontSize=8,
                   fillColor=WHITE if touched else MUTED_INK)
        )
        if touched:
            radius = box * 0.26
            cx, cy = x + box / 2, box * 0.36
            size = min(11.0, box * 0.4)
            drawing.add(Circle(cx, cy, radius, fillColor=WHITE, strokeColor=BLACK,
                               strokeWidth=0.6))
            drawing.add(
                String(cx, cy - size * 0.36, mark.symbol, fontName=fonts.bold, fontSize=size,
                       fillColor=BLACK, textAnchor="middle")
            )
    return drawing


def district_grid(grid: DistrictGrid, width: float, fonts: FontSet, columns: int = 5) -> Drawing:
    """Every bydel as a tile: its name, and its rating as sign and number on the palette colour;
    a bydel not rated is an outlined blank tile."""
    tile_w, tile_h, gap = width / columns, 27.0, 2.0
    rows = -(-len(grid.cells) // columns)
    drawing = _drawing(width, rows * tile_h, fonts)
    for i, cell in enumerate(grid.cells):
        col, row = i % columns, i // columns
        x, y = col * tile_w, (rows - row - 1) * tile_h
        w, h = tile_w - gap, tile_h - gap
        swatch = cell.swatch
        if swatch is None:
            drawing.add(Rect(x, y, w, h, fillColor=WHITE, strokeColor=GRID_LINE,
                             strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))
            ink = MUTED_INK
        else:
            drawing.add(Rect(x, y, w, h, fillColor=HexColor(swatch.fill), strokeColor=GRID_LINE,
                             strokeWidth=0.5))
            ink = HexColor(swatch.ink)
        drawing.add(String(x + 3, y + h - 9, fitted(cell.name, fonts.regular, 7, w - 6),
                           fontName=fonts.regular, fontSize=7, fillColor=ink))
        if swatch is not None:
            drawing.add(String(x + w - 4, y + 4, swatch.text, fontName=fonts.bold, fontSize=10,
                               fillColor=ink, textAnchor="end"))
    return drawing


def swatches(
    items: tuple[Swatch, ...], width: float, fonts: FontSet, height: float = 14
) -> Drawing:
    """One or two rating swatches side by side with "…" between (a pillar's lowest and highest
    rating)."""
    drawing = _drawing(width, height, fonts)
    gap = 10.0 if len(items) > 1 else 0.0
    each = min(30.0, (width - gap) / max(1, len(items)))
    x = (width - each * len(items) - gap * (len(items) - 1)) / 2
    for k, swatch in enumerate(items):
        drawing.add(Rect(x, 0, each, height, fillColor=HexColor(swatch.fill),
                         strokeColor=GRID_LINE, strokeWidth=0.4))
        drawing.add(String(x + each / 2, 4, swatch.text, fontName=fonts.bold, fontSize=8.5,
                           fillColor=HexColor(swatch.ink), textAnchor="middle"))
        x += each
        if k < len(items) - 1:
            drawing.add(String(x + gap / 2, 4, "…", fontName=fonts.regular, fontSize=8,
                               fillColor=BLACK, textAnchor="middle"))
            x += gap
    return drawing
