"""Trade-offs: a gain in one respect against a harm in another, grouped by the harm."""

from __future__ import annotations

import pytest
from hypothesis import given

from impactapp.domain.model import Alternative, Assessment, TradeOffHandling
from impactapp.domain.ratings import rating_sign
from impactapp.domain.tradeoffs import (
    TradeOff,
    case_trade_offs,
    detect_trade_offs,
    unhandled_trade_offs,
)

from .sample import CATALOG
from .strategies import rated_measures


def measure(ratings: dict[str, object], handled: dict[str, str] | None = None) -> Alternative:
    return Alternative(
        id="a1",
        name="Tiltak",
        assessments=[Assessment(c, r) for c, r in ratings.items()],
        trade_offs=[TradeOffHandling(n, h) for n, h in (handled or {}).items()],
    )


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param({"env.climate_mitigation": 2, "dist.low_income": -1},
                     [("dist.low_income", ("env.climate_mitigation",))], id="road toll"),
        pytest.param({"env.climate_mitigation": 2, "env.nature": -1}, [],
                     id="same pillar is no trade-off"),
        pytest.param({"dist.children_youth": 1, "dist.low_income": -2},
                     [("dist.low_income", ("dist.children_youth",))],
                     id="a distributional harm counts even against its own pillar"),
        pytest.param({"dist.low_income": 1, "env.nature": -1},
                     [("env.nature", ("dist.low_income",))], id="a distributional gain"),
        pytest.param({"soc.housing": 2, "soc.public_health": -1}, [],
                     id="a social harm against a social gain"),
        pytest.param({"env.climate_mitigation": 3, "econ.employment": 1,
                      "econ.municipal_budget": -2},
                     [("econ.municipal_budget", ("env.climate_mitigation",))],
                     id="only the other pillars' gains pair"),
        pytest.param({"econ.municipal_budget": -1, "soc.housing": 1, "env.climate_mitigation": 2,
                      "dist.geography": -1},
                     [("dist.geography", ("env.climate_mitigation", "soc.housing")),
                      ("econ.municipal_budget", ("env.climate_mitigation", "soc.housing"))],
                     id="grouped by harm, in catalog order"),
        pytest.param({"env.nature": 4, "dist.low_income": -1},
                     [("dist.low_income", ("env.nature",))], id="dfo9 compares by sign"),
        pytest.param({"env.climate_mitigation": 0, "dist.low_income": -1}, [],
                     id="0 is no gain"),
        pytest.param({"env.climate_mitigation": "unknown", "dist.low_income": "not_relevant"}, [],
                     id="special ratings are neither gain nor harm"),
        pytest.param({"env.typo": 3, "dist.low_income": -1}, [], id="unknown criteria ignored"),
    ],
)
def test_detects_every_pair_of_gain_and_harm(ratings, expected):
    found = detect_trade_offs(measure(ratings), CATALOG)
    assert [(t.negative, t.positives) for t in found] == expected
    assert all(t.alternative == "a1" and not t.handled for t in found)


@pytest.mark.parametrize(
    ("handled", "expected_handling"),
    [
        ({}, ""),
        ({"dist.low_income": "   "}, "   "),
        ({"env.climate_mitigation": "Wrong criterion."}, ""),
        ({"dist.low_income": "Reduced fares for low incomes."}, "Reduced fares for low incomes."),
    ],
)
def test_the_handling_is_the_text_written_for_the_negative_criterion(handled, expected_handling):
    (t,) = detect_trade_offs(
        measure({"env.climate_mitigation": 2, "dist.low_income": -1}, handled), CATALOG
    )
    assert t.handled is bool(expected_handling.strip())
    assert t.handling == (expected_handling if t.handled else "")


@pytest.mark.parametrize(
    ("handling", "handled"), [("", False), (" \n", False), ("Accepted: the gain is larger.", True)]
)
def test_a_trade_off_is_handled_when_its_text_says_something(handling, handled):
    assert TradeOff("a1", "dist.low_income", ("env.energy",), handling).handled is handled


def test_case_trade_offs_cover_the_measures_but_not_the_zero_alternative(case, catalog):
    zero = case.alternatives[0]
    zero.assessments = [Assessment("env.climate_mitigation", 1), Assessment("dist.elderly", -1),
                        Assessment("dist.low_income", -1)]
    found = case_trade_offs(case, catalog)
    assert {t.alternative for t in found} == {"a1"}
    assert [t.negative for t in found] == [
        "env.nature", "dist.low_income", "dist.geography", "econ.municipal_budget"
    ]
    assert unhandled_trade_offs(case, catalog) == []
    case.alternatives[1].trade_offs[0].handling = ""
    assert [t.negative for t in unhandled_trade_offs(case, catalog)] == ["env.nature"]


@given(rated_measures)
def test_every_trade_off_pairs_gains_with_one_harm(alt):
    signs = {a.criterion: rating_sign(a.rating) for a in alt.assessments}
    pillar = {c: CATALOG.criteria[c].pillar for c in signs}
    found = detect_trade_offs(alt, CATALOG)
    pairs = {(t.negative, p) for t in found for p in t.positives}
    expected = {
        (b, a)
        for a in signs
        for b in signs
        if signs[a] == 1 and signs[b] == -1 and (pillar[a] != pillar[b] or pillar[b] == "dist")
    }
    assert pairs == expected
    assert len({t.negative for t in found}) == len(found)
    for t in found:
        assert isinstance(alt.assessment(t.negative).rating, int)
        assert alt.assessment(t.negative).rating <= -1
        assert all(alt.assessment(p).rating >= 1 for p in t.positives)
        written = [h.handling for h in alt.trade_offs if h.negative == t.negative]
        assert t.handled is any(w.strip() for w in written)
