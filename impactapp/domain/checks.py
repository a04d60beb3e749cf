"""Small checks the validation modules share, and the context one validation run carries."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .issues import IssueList
from .model import DEPTHS, MAX_TEXT, Catalog


@dataclass(frozen=True)
class Rules:
    """What every check of one case needs: the catalog, the depth and the screening."""

    catalog: Catalog
    depth: str  # one of DEPTHS
    screened_out: Mapping[str, str]  # criterion id -> reason
    screening_done: bool  # the case has criterion screening entries

    def at_least(self, depth: str) -> bool:
        """Whether the run's depth demands at least what ``depth`` demands."""
        return DEPTHS.index(self.depth) >= DEPTHS.index(depth)


def blank(value: object) -> bool:
    """Whether a text (or anything standing in one) says nothing."""
    return not isinstance(value, str) or not value.strip()


def check_text(issues: IssueList, path: str, value: object, step: str | None) -> None:
    """A free text may be at most MAX_TEXT characters."""
    if isinstance(value, str) and len(value) > MAX_TEXT:
        issues.add(path, "text_too_long", step, length=len(value), limit=MAX_TEXT)


def check_choice(
    issues: IssueList,
    path: str,
    value: object,
    allowed: Sequence[str],
    step: str | None,
) -> bool:
    """An optional choice is None or one of ``allowed``; returns whether it is valid."""
    if value is None or value in allowed:
        return True
    issues.add(path, "invalid_choice", step, value=str(value), allowed=", ".join(allowed))
    return False


def check_finite(issues: IssueList, path: str, value: object, step: str | None) -> None:
    """Numbers must be ordinary numbers: no NaN, no infinity."""
    if isinstance(value, float) and not math.isfinite(value):
        issues.add(path, "not_finite", step)
