"""The method's stable ids (METHOD.md, CASE-FORMAT.md): pillars, depths, statuses, steps,
verdicts and the other closed vocabularies, and the shape of a rating.

Standard library only and free of the data model's classes, so that code that only needs an
id (a command's choices, the store's checks) does not load the model. ``model`` re-exports
every name here.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "CERTAINTIES", "CONTRIBUTIONS", "DEPTHS", "DIRECTIONS", "DIRECTNESS", "HORIZONS",
    "LANGUAGES", "LOCAL_RELEVANCE", "MAX_TEXT", "NOT_RELEVANT", "PILLARS", "SCOPES",
    "SPECIAL_RATINGS", "STATUSES", "STEP_IDS", "UNKNOWN", "VERDICTS", "Rating",
]

PILLARS: tuple[str, ...] = ("env", "soc", "dist", "econ")
DEPTHS: tuple[str, ...] = ("minimum", "simplified", "full")
STATUSES: tuple[str, ...] = ("draft", "in_review", "approved", "decided")
LANGUAGES: tuple[str, ...] = ("nb", "en")
CERTAINTIES: tuple[str, ...] = ("low", "medium", "high")
DIRECTNESS: tuple[str, ...] = ("direct", "indirect")
HORIZONS: tuple[str, ...] = ("short", "long")
SCOPES: tuple[str, ...] = ("direct", "indirect")
CONTRIBUTIONS: tuple[str, ...] = ("positive", "negative", "mixed")
VERDICTS: tuple[str, ...] = ("ok", "improve", "redo")
DIRECTIONS: tuple[str, ...] = ("up", "down")
LOCAL_RELEVANCE: tuple[str, ...] = ("high", "some", "low")
STEP_IDS: tuple[str, ...] = (
    "details",
    "screening",
    "problem",
    "alternatives",
    "environment",
    "distribution",
    "economy",
    "sdg",
    "trade_offs",
    "indicators",
    "recommendation",
    "review",
)

NOT_RELEVANT = "not_relevant"
UNKNOWN = "unknown"
SPECIAL_RATINGS: tuple[str, ...] = (NOT_RELEVANT, UNKNOWN)

#: A rating is an integer value of the criterion's scale, or one of the two special values.
Rating = int | Literal["not_relevant", "unknown"]

MAX_TEXT = 20_000  # longest allowed free-text field, in characters
