"""The rating palette of UI.md, shared by the screen, the memo and the spreadsheet export.

ColorBrewer RdBu with 7 classes, colour-blind safe, from −3 (dark red) to +3 (dark blue);
a scale with another range maps its ends onto the palette's ends. Colour never carries a
rating alone: every place that paints one also writes its sign and number.
"""

from __future__ import annotations

import math

from .model import Scale

#: −3 … +3.
RATING_COLOURS: tuple[str, ...] = (
    "#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac",
)
UNKNOWN_COLOUR = "#bdbdbd"
BLACK = "#000000"
WHITE = "#ffffff"
MINUS = "\u2212"  # the typographic minus sign, as in "−1"
#: Text on the two darkest classes is white.
_DARK = frozenset({RATING_COLOURS[0], RATING_COLOURS[-1]})


def rating_class(value: float, scale: Scale | None = None) -> int:
    """The palette class −3..+3 of a scale value; the scale's ends map onto the palette's ends.

    A non-zero value never lands on the neutral class, so a slight harm still shows as harm.
    """
    extent = max(abs(scale.minimum), abs(scale.maximum)) if scale is not None else 3
    if value == 0 or extent == 0:
        return 0
    size = max(1, min(3, math.floor(abs(value) * 3 / extent + 0.5)))
    return size if value > 0 else -size


def colour_of(value: float, scale: Scale | None = None) -> str:
    """The palette colour of a scale value."""
    return RATING_COLOURS[rating_class(value, scale) + 3]


def ink_on(fill: str) -> str:
    """White text on the two darkest classes, black everywhere else."""
    return WHITE if fill in _DARK else BLACK


def signed_value(value: int) -> str:
    """+2, −1, 0."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"{MINUS}{-value}"
    return "0"
