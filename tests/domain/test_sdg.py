"""SDG targets suggested from ratings, and goal contributions from confirmed targets."""

from __future__ import annotations

import pytest
from hypothesis import given

from impactapp.domain.model import Alternative, Assessment, SdgLink
from impactapp.domain.ratings import rating_sign
from impactapp.domain.sdg import goal_contributions, suggest_sdg_targets

from .sample import CATALOG, TARGETS
from .strategies import rated_measures


def measure(ratings: dict[str, object]) -> Alternative:
    return Alternative("a1", "Tiltak", assessments=[Assessment(c, r) for c, r in ratings.items()])


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param({}, [], id="nothing rated"),
        pytest.param({"env.climate_mitigation": 0, "soc.housing": "unknown",
                      "econ.employment": "not_relevant"}, [], id="0 and special suggest nothing"),
        pytest.param({"env.climate_mitigation": 2},
                     [("11.6", "positive", ("env.climate_mitigation",)),
                      ("13.2", "positive", ("env.climate_mitigation",))],
                     id="positive, in target order"),
        pytest.param({"dist.low_income": -1},
                     [("1.2", "negative", ("dist.low_income",)),
                      ("10.2", "negative", ("dist.low_income",))], id="negative"),
        pytest.param({"env.climate_mitigation": 1, "env.noise": -2},
                     [("3.9", "negative", ("env.noise",)),
                      ("11.6", "mixed", ("env.climate_mitigation", "env.noise")),
                      ("13.2", "positive", ("env.climate_mitigation",))],
                     id="opposite pulls on one target are mixed"),
        pytest.param({"dist.children_youth": 1, "dist.low_income": 3},
                     [("1.2", "positive", ("dist.low_income",)),
                      ("4.2", "positive", ("dist.children_youth",)),
                      ("10.2", "positive", ("dist.low_income", "dist.children_youth"))],
                     id="same direction stays positive"),
        pytest.param({"env.nature": -4}, [("15.1", "negative", ("env.nature",)),
                                          ("15.5", "negative", ("env.nature",))],
                     id="dfo9 by sign"),
    ],
)
def test_non_zero_ratings_suggest_their_linked_targets(ratings, expected):
    found = suggest_sdg_targets(measure(ratings), CATALOG)
    assert [(s.target, s.contribution, s.criteria) for s in found] == expected


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ([], {}),
        ([("11.6", "positive"), ("11.1", "positive")], {11: "positive"}),
        ([("11.6", "negative"), ("11.1", "negative")], {11: "negative"}),
        ([("11.6", "positive"), ("11.1", "negative")], {11: "mixed"}),
        ([("11.6", "mixed")], {11: "mixed"}),
        ([("13.2", "positive"), ("1.2", "negative"), ("11.a", "positive")],
         {1: "negative", 11: "positive", 13: "positive"}),
        ([("x", "positive"), (".1", "negative")], {}),
    ],
)
def test_a_goal_contribution_follows_its_confirmed_targets(links, expected):
    result = goal_contributions(SdgLink(t, c) for t, c in links)
    assert result == expected
    assert list(result) == sorted(result)


@given(rated_measures)
def test_suggestion_contributions_follow_the_rating_signs(alt):
    signs = {a.criterion: rating_sign(a.rating) for a in alt.assessments}
    found = suggest_sdg_targets(alt, CATALOG)
    for s in found:
        pulls = {signs[c] for c in s.criteria}
        assert 0 not in pulls and None not in pulls
        expected = {frozenset({1}): "positive", frozenset({-1}): "negative"}.get(
            frozenset(pulls), "mixed"
        )
        assert s.contribution == expected
        assert all(s.target in CATALOG.criteria[c].target_ids for c in s.criteria)
    suggested = {s.target for s in found}
    for criterion, sign in signs.items():
        if sign:
            assert set(CATALOG.criteria[criterion].target_ids) <= suggested
    order = [TARGETS.index(s.target) for s in found]
    assert order == sorted(order)
