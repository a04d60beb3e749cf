"""How a rating looks and is typed: sign and number, RdBu colour, certainty mark, special values.

Shared by the assessment grid and the district grid (and usable by any view that shows a
rating), so a rating reads the same everywhere in the program.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.model import NOT_RELEVANT, UNKNOWN, Scale
from ...domain.palette import RATING_COLOURS, UNKNOWN_COLOUR, rating_class, signed_value
from ...domain.rating_entry import NOT_RELEVANT_MARK, UNKNOWN_MARK, Value
from ...domain.vocabulary import CERTAINTY_LABELS, RATING_LABELS, capitalised
from ..labels import ui_language

#: UI.md's palette, shared with the memo and the spreadsheet export.
RDBU7 = RATING_COLOURS
ISSUE_COLOUR = RATING_COLOURS[0]  # the palette's darkest red; always with a "!" beside it

#: Certainty as a shape, so it never depends on colour: filled, half, hollow.
CERTAINTY_MARKS: dict[str, str] = {"high": "\u25cf", "medium": "\u25d0", "low": "\u25cb"}


def rating_text(value: Value) -> str:
    """"+2", "−1", "0", "?" or "–"; empty when not rated."""
    if value is None:
        return ""
    if value == UNKNOWN:
        return UNKNOWN_MARK
    if value == NOT_RELEVANT:
        return NOT_RELEVANT_MARK
    if isinstance(value, int) and not isinstance(value, bool):
        return signed_value(value)
    return str(value)


def colour_class(value: int, scale: Scale) -> int:
    """The RdBu class (-3..+3) of a scale value; other ranges map onto the same ends."""
    return rating_class(value, scale)


def swatch_colours(value: Value, scale: Scale | None) -> tuple[QColor, QColor] | None:
    """(fill, text) colours of the rating's swatch, or None when it has no swatch."""
    if value == UNKNOWN:
        return QColor(UNKNOWN_COLOUR), QColor("#000000")
    if not isinstance(value, int) or isinstance(value, bool) or scale is None:
        return None
    cls = colour_class(value, scale)
    text = "#ffffff" if abs(cls) == 3 else "#000000"  # white on the two darkest
    return QColor(RDBU7[cls + 3]), QColor(text)


def special_label(value: str) -> str:
    """The words for the two special ratings."""
    if value == UNKNOWN:
        return QCoreApplication.translate("RatingStyle", "Unknown (knowledge gap)")
    if value == NOT_RELEVANT:
        return capitalised(RATING_LABELS[NOT_RELEVANT]).get(ui_language())
    return value


def certainty_label(certainty: str) -> str:
    """The certainty as the form says it ("Lav", "Middels", "Høy")."""
    found = CERTAINTY_LABELS.get(certainty)
    return capitalised(found).get(ui_language()) if found else certainty


def rating_label(value: Value, scale: Scale | None, lang: str) -> str:
    """A rating in words for lists and screen readers: "+2 Positiv", "? Ukjent …"."""
    if value is None:
        return QCoreApplication.translate("RatingStyle", "Not rated")
    if isinstance(value, str):
        return f"{rating_text(value)} {special_label(value)}"
    step = scale.label(value) if scale is not None else None
    return f"{rating_text(value)} {step.get(lang)}" if step else rating_text(value)


def range_text(scale: Scale) -> str:
    """The scale's range as typed, e.g. "−3 … +3"."""
    return f"{rating_text(scale.minimum)} \u2026 {rating_text(scale.maximum)}"
