"""Numbers, dates and ratings as the memo writes them (UI.md: 26.11.2026, 1 234,5, −1).

Norwegian numbers group thousands with a no-break space and use a decimal comma; every minus is
the real minus sign U+2212. Ratings map onto UI.md's seven-class RdBu palette; a scale of
another range maps onto the same ends.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from impactapp.domain.model import NOT_RELEVANT, UNKNOWN, Scale
from impactapp.domain.palette import (  # noqa: F401 - the report's formats, in one place
    BLACK,
    MINUS,
    RATING_COLOURS,
    UNKNOWN_COLOUR,
    WHITE,
    colour_of,
    ink_on,
    rating_class,
    signed_value,
)

from .model import Swatch

NBSP = "\u00a0"
EN_DASH = "\u2013"

BLANK_COLOUR = "#ffffff"  # not relevant, or nothing rated

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def format_number(value: float, lang: str, *, decimals: int = 1, signed: bool = False) -> str:
    """``value`` rounded to at most ``decimals`` places: "1 234,5" (nb), "1,234.5" (en).

    Trailing zero decimals are dropped (−850, not −850,0); ``signed`` puts "+" before a positive
    value, as a change against the zero alternative reads.
    """
    if not math.isfinite(value):
        return str(value)
    rounded = round(value, decimals)
    if rounded == 0:
        rounded = 0.0  # no "−0"
    text = f"{abs(rounded):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "nb":
        text = text.replace(",", NBSP).replace(".", ",")
    sign = MINUS if rounded < 0 else ("+" if signed and rounded > 0 else "")
    return sign + text


def format_date(day: date, lang: str) -> str:
    """26.11.2026 in Norwegian, 26 November 2026 in English."""
    if lang == "nb":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_datetime(moment: datetime, lang: str) -> str:
    """The date as ``format_date`` writes it, then the time of day (14:02)."""
    return f"{format_date(moment.date(), lang)} {moment.hour:02d}:{moment.minute:02d}"


def rating_swatch(rating: object, scale: Scale | None) -> Swatch:
    """A rating as the memo shows it: sign and number on its colour, ? for a knowledge gap,
    – for not relevant (or anything that is no rating)."""
    if rating == UNKNOWN:
        return Swatch("?", UNKNOWN_COLOUR, BLACK)
    if rating == NOT_RELEVANT or not isinstance(rating, int) or isinstance(rating, bool):
        return Swatch(EN_DASH, BLANK_COLOUR, BLACK)
    fill = colour_of(rating, scale)
    return Swatch(signed_value(rating), fill, ink_on(fill))


def blank_swatch(text: str = EN_DASH) -> Swatch:
    """A cell with nothing rated in it."""
    return Swatch(text, BLANK_COLOUR, BLACK)


def shorten(text: str, limit: int) -> str:
    """``text`` on one line and at most ``limit`` characters, cut with "…" when longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
