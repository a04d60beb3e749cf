"""Reading a rating: a scale value (an int) or one of the special values.

Scales differ in range (impact7 runs -3..+3, DFØ's fan -4..+4), so rules that compare ratings
across criteria compare their signs, never their sizes.
"""

from __future__ import annotations

from .model import NOT_RELEVANT, UNKNOWN


def is_scale_value(rating: object) -> bool:
    """Whether ``rating`` is a number on a scale (not a special value; bool is not a number)."""
    return isinstance(rating, int) and not isinstance(rating, bool)


def rating_sign(rating: object) -> int | None:
    """+1, -1 or 0 for a scale value; None for ``not_relevant``, ``unknown`` or anything else."""
    if isinstance(rating, bool) or not isinstance(rating, int):
        return None
    return (rating > 0) - (rating < 0)


def is_unknown(rating: object) -> bool:
    """Whether the rating records a knowledge gap."""
    return rating == UNKNOWN


def is_not_relevant(rating: object) -> bool:
    """Whether the rating says the criterion does not apply to this alternative."""
    return rating == NOT_RELEVANT
