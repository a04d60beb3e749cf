"""Pillar summaries and the counts leadership reads first.

A pillar summary is never a weighted sum: it counts positive, negative, zero, unknown and
not-relevant ratings and keeps the extremes, so a severe harm cannot be averaged away.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Alternative, Case, Catalog
from .ratings import is_not_relevant, is_unknown, rating_sign
from .tradeoffs import DISTRIBUTION


@dataclass(frozen=True)
class PillarSummary:
    """Counts of one alternative's ratings in one pillar, and their extremes."""

    pillar: str
    positive: int = 0
    negative: int = 0
    zero: int = 0
    unknown: int = 0
    not_relevant: int = 0
    minimum: int | None = None  # lowest scale value given, None when nothing is rated
    maximum: int | None = None

    @property
    def rated(self) -> int:
        """Ratings with a scale value (not unknown, not not-relevant)."""
        return self.positive + self.negative + self.zero


def _summarise(pillar: str, ratings: list[object]) -> PillarSummary:
    values = [r for r in ratings if isinstance(r, int) and not isinstance(r, bool)]
    signs = [rating_sign(v) for v in values]
    return PillarSummary(
        pillar=pillar,
        positive=signs.count(1),
        negative=signs.count(-1),
        zero=signs.count(0),
        unknown=sum(1 for r in ratings if is_unknown(r)),
        not_relevant=sum(1 for r in ratings if is_not_relevant(r)),
        minimum=min(values) if values else None,
        maximum=max(values) if values else None,
    )


def pillar_summaries(alternative: Alternative, catalog: Catalog) -> dict[str, PillarSummary]:
    """Pillar id -> summary, for every pillar in catalog order (empty pillars included).

    Extremes are raw scale values; criteria on scales of different range are not rescaled.
    Ratings of criteria missing from the catalog belong to no pillar and are not counted.
    """
    by_pillar: dict[str, list[object]] = {p: [] for p in catalog.pillars}
    for a in alternative.assessments:
        criterion = catalog.criteria.get(a.criterion)
        if criterion is not None and criterion.pillar in by_pillar:
            by_pillar[criterion.pillar].append(a.rating)
    return {p: _summarise(p, ratings) for p, ratings in by_pillar.items()}


def knowledge_gaps(case: Case) -> int:
    """How many ratings over all measures are ``unknown``: a knowledge gap is an outcome."""
    return sum(1 for alt in case.measures for a in alt.assessments if is_unknown(a.rating))


def negative_distributional_effects(case: Case, catalog: Catalog) -> int:
    """How many distributional (``dist``) ratings over all measures are negative."""
    return sum(
        1
        for alt in case.measures
        for a in alt.assessments
        if a.criterion in catalog.criteria
        and catalog.criteria[a.criterion].pillar == DISTRIBUTION
        and (rating_sign(a.rating) or 0) < 0
    )
