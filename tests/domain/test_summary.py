"""Pillar summaries count and keep extremes; they never average a harm away."""

from __future__ import annotations

import pytest
from hypothesis import given

from impactapp.domain.model import Alternative, Assessment
from impactapp.domain.summary import (
    PillarSummary,
    knowledge_gaps,
    negative_distributional_effects,
    pillar_summaries,
)

from .sample import CATALOG
from .strategies import rated_measures


def measure(ratings: list[tuple[str, object]], zero: bool = False) -> Alternative:
    return Alternative("a0" if zero else "a1", "Alt", zero=zero,
                       assessments=[Assessment(c, r) for c, r in ratings])


@pytest.mark.parametrize(
    ("ratings", "pillar", "expected"),
    [
        ([], "env", PillarSummary("env")),
        ([("env.climate_mitigation", 3), ("env.nature", -3)], "env",
         PillarSummary("env", positive=1, negative=1, minimum=-3, maximum=3)),
        ([("soc.housing", 0), ("soc.public_health", "unknown")], "soc",
         PillarSummary("soc", zero=1, unknown=1, minimum=0, maximum=0)),
        ([("dist.low_income", "not_relevant")], "dist",
         PillarSummary("dist", not_relevant=1)),
        ([("econ.employment", 4), ("econ.municipal_budget", 1)], "econ",
         PillarSummary("econ", positive=2, minimum=1, maximum=4)),
        ([("env.typo", 3), ("env.noise", -1)], "env",
         PillarSummary("env", negative=1, minimum=-1, maximum=-1)),
    ],
)
def test_a_pillar_summary_counts_ratings_and_keeps_the_extremes(ratings, pillar, expected):
    assert pillar_summaries(measure(ratings), CATALOG)[pillar] == expected


def test_a_severe_harm_stays_visible_beside_many_gains():
    alt = measure([("env.climate_mitigation", 3), ("env.noise", 3), ("env.nature", -4)])
    env = pillar_summaries(alt, CATALOG)["env"]
    assert (env.positive, env.negative, env.minimum) == (2, 1, -4)


def test_summaries_cover_every_pillar_in_catalog_order():
    assert list(pillar_summaries(measure([]), CATALOG)) == ["env", "soc", "dist", "econ"]


@given(rated_measures)
def test_summary_counts_add_up_to_the_ratings(alt):
    summaries = pillar_summaries(alt, CATALOG)
    assert sum(s.rated + s.unknown + s.not_relevant for s in summaries.values()) == len(
        alt.assessments
    )
    for pillar, s in summaries.items():
        values = [a.rating for a in alt.assessments
                  if CATALOG.criteria[a.criterion].pillar == pillar and isinstance(a.rating, int)]
        assert s.rated == len(values)
        assert s.positive == sum(v > 0 for v in values)
        assert s.negative == sum(v < 0 for v in values)
        assert (s.minimum, s.maximum) == ((min(values), max(values)) if values else (None, None))


@pytest.mark.parametrize(
    ("zero", "measures", "gaps", "negative_dist"),
    [
        ([], [[]], 0, 0),
        ([], [[("env.nature", "unknown"), ("dist.low_income", -1)]], 1, 1),
        ([], [[("soc.housing", "unknown"), ("dist.low_income", -1), ("dist.geography", -2)],
              [("env.noise", "unknown"), ("dist.elderly", -1), ("env.nature", -2),
               ("dist.children_youth", 1), ("dist.low_income", 0)]], 2, 2),
        ([("soc.housing", "unknown"), ("dist.low_income", -1)], [[]], 0, 0),
    ],
)
def test_case_counts_knowledge_gaps_and_distributional_harms_over_measures(
    case, zero, measures, gaps, negative_dist
):
    case.alternatives = [measure(zero, zero=True)] + [measure(m) for m in measures]
    assert knowledge_gaps(case) == gaps
    assert negative_distributional_effects(case, CATALOG) == negative_dist
