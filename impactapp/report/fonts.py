"""The memo's fonts: DejaVu Sans shipped in ``fonts/`` and embedded in every PDF.

reportlab's standard fonts are never used: they are not embedded (PDF/A forbids that) and lack
the Sami letters (á č đ ŋ š ŧ ž) Norwegian case files contain.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"


@dataclass(frozen=True)
class FontSet:
    """The registered names of the four faces."""

    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"


@functools.cache
def register_fonts() -> FontSet:
    """Register the DejaVu faces with reportlab once per process, as one family (so <b> and
    <i> in our own markup pick the right face)."""
    fonts = FontSet()
    for name in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    for bold, italic, name in (
        (0, 0, fonts.regular),
        (1, 0, fonts.bold),
        (0, 1, fonts.italic),
        (1, 1, fonts.bold_italic),
    ):
        addMapping(fonts.regular, bold, italic, name)
    return fonts


@functools.cache
def covered_characters() -> frozenset[int]:
    """Code points both the regular and the bold face have a glyph for (user text is set in
    those two): any other character would draw the .notdef glyph, which PDF/A forbids."""
    fonts = register_fonts()
    regular, bold = (
        set(pdfmetrics.getFont(name).face.charToGlyph) for name in (fonts.regular, fonts.bold)
    )
    return frozenset(regular & bold)


@functools.cache
def uncovered_pattern() -> re.Pattern[str]:
    """A pattern matching any one character outside ``covered_characters`` (line breaks aside):
    one regular-expression pass is much cheaper than a look-up per character."""
    covered = sorted(covered_characters() | {ord("\n")})
    ranges: list[tuple[int, int]] = []
    for point in covered:
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], point)
        else:
            ranges.append((point, point))
    members = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[^{members}]")
