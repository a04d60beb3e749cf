"""Entering a rating: the typed text read as a scale value or special value, and the rating
put into an alternative's assessments in catalog order.

Shared by every grid that takes a typed rating; pure, so it is tested without windows.
"""

from __future__ import annotations

from .model import NOT_RELEVANT, UNKNOWN, Alternative, Assessment, Catalog, Scale
from .palette import MINUS

Value = int | str | None  # a scale value, "unknown", "not_relevant", or None (not rated)

NOT_RELEVANT_MARK = "\u2013"  # en dash "–"
UNKNOWN_MARK = "?"


class RatingTextError(ValueError):
    """The typed text is no rating on this scale; ``partial`` when it may still become one."""

    def __init__(self, text: str, partial: bool):
        super().__init__(text)
        self.text = text
        self.partial = partial


_SPECIAL_KEYS = {
    UNKNOWN_MARK: UNKNOWN,
    "n": NOT_RELEVANT,
    "N": NOT_RELEVANT,
    NOT_RELEVANT_MARK: NOT_RELEVANT,
}


def parse_rating_text(text: str, scale: Scale, specials: bool = True) -> int | str:
    """A typed rating: "-2", "−2", "+2", "2", "0", "?" (unknown), "n" or "–" (not relevant).

    Raises RatingTextError for anything else; ``partial`` is set for a prefix such as "-"
    that can still become a value, so an editor can let the user go on typing.
    """
    raw = text.strip()
    if raw in _SPECIAL_KEYS:
        if specials:
            return _SPECIAL_KEYS[raw]
        raise RatingTextError(text, partial=False)
    normal = raw.replace(MINUS, "-")
    if normal in ("", "-", "+"):
        raise RatingTextError(text, partial=True)
    sign, digits = 1, normal
    if normal[0] in "+-":
        sign, digits = (-1 if normal[0] == "-" else 1), normal[1:]
    if not digits.isascii() or not digits.isdigit():
        raise RatingTextError(text, partial=False)
    value = sign * int(digits)
    if value in scale.values:
        return value
    # "1" could still become "12" only on a scale that reaches that far.
    longer = any(str(abs(v)).startswith(digits) and abs(v) != abs(value) for v in scale.values)
    raise RatingTextError(text, partial=longer)


def set_rating(alt: Alternative, criterion_id: str, value: Value, catalog: Catalog) -> None:
    """Rate ``criterion_id`` (None removes the assessment); new ones go in catalog order."""
    existing = alt.assessment(criterion_id)
    if value is None:
        if existing is not None:
            alt.assessments.remove(existing)
        return
    if existing is not None:
        existing.rating = value
        return
    order = list(catalog.criteria)
    rank = order.index(criterion_id) if criterion_id in order else len(order)
    position = len(alt.assessments)
    for n, a in enumerate(alt.assessments):
        if a.criterion in order and order.index(a.criterion) > rank:
            position = n
            break
    alt.assessments.insert(position, Assessment(criterion=criterion_id, rating=value))
