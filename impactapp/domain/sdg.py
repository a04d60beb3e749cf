"""SDG targets suggested from ratings, and a goal's contribution from its confirmed targets.

Every criterion rated non-zero suggests its linked targets: ``positive`` for a rating above 0,
``negative`` below 0, and ``mixed`` when criteria pull one target in opposite directions. The
caseworker confirms, removes or adds targets; the confirmed ``SdgLink``s are what count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Alternative, Catalog, SdgLink
from .ratings import rating_sign

POSITIVE = "positive"
NEGATIVE = "negative"
MIXED = "mixed"


@dataclass(frozen=True)
class SdgSuggestion:
    """A target suggested for an alternative, and the criteria that suggest it."""

    target: str
    contribution: str  # positive | negative | mixed
    criteria: tuple[str, ...]  # in catalog order


def combine(contributions: Iterable[str]) -> str:
    """All positive -> positive, all negative -> negative, anything else (or nothing) -> mixed."""
    seen = set(contributions)
    if seen == {POSITIVE}:
        return POSITIVE
    if seen == {NEGATIVE}:
        return NEGATIVE
    return MIXED


def suggest_sdg_targets(alternative: Alternative, catalog: Catalog) -> list[SdgSuggestion]:
    """The targets the alternative's non-zero ratings point to, in the catalog's target order."""
    rated: dict[str, int] = {}
    for a in alternative.assessments:
        sign = rating_sign(a.rating)
        if sign and a.criterion in catalog.criteria:
            rated.setdefault(a.criterion, sign)
    by_target: dict[str, list[tuple[str, int]]] = {}
    for criterion in catalog.criteria.values():
        if criterion.id in rated:
            for target in dict.fromkeys(criterion.target_ids):
                by_target.setdefault(target, []).append((criterion.id, rated[criterion.id]))
    position = {target: i for i, target in enumerate(catalog.targets)}
    ordered = sorted(by_target, key=lambda t: (position.get(t, len(position)), t))
    return [
        SdgSuggestion(
            target=target,
            contribution=combine(POSITIVE if s > 0 else NEGATIVE for _, s in by_target[target]),
            criteria=tuple(c for c, _ in by_target[target]),
        )
        for target in ordered
    ]


def goal_of(target: str) -> int | None:
    """The goal number of a target id ("11.6" -> 11), or None when the id has no goal part."""
    head = target.split(".", 1)[0]
    return int(head) if head.isascii() and head.isdigit() else None


def goal_contributions(links: Iterable[SdgLink]) -> dict[int, str]:
    """Goal number -> contribution derived from the confirmed targets under it, by goal number.

    Links whose target id has no goal number are left out (validation reports them).
    """
    by_goal: dict[int, list[str]] = {}
    for link in links:
        goal = goal_of(link.target)
        if goal is not None:
            by_goal.setdefault(goal, []).append(link.contribution)
    return {goal: combine(by_goal[goal]) for goal in sorted(by_goal)}
