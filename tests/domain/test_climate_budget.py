"""The climate budget rule (METHOD.md) as pure functions."""

from __future__ import annotations

from impactapp.domain.climate_budget import (
    DECIDED,
    PIPELINE,
    Effect,
    StageTotal,
    climate_totals,
    counts_in_total,
    scope_group,
    stage_of,
)
from impactapp.domain.model import STATUSES


def test_only_direct_effects_count_in_a_total():
    assert counts_in_total("direct")
    assert not counts_in_total("indirect")
    assert not counts_in_total(None)
    assert [scope_group(s) for s in ("direct", "indirect", None, "")] == \
        ["direct", "indirect", "unstated", "unstated"]


def test_every_status_belongs_to_the_budget_or_the_pipeline():
    assert {s: stage_of(s) for s in STATUSES} == {
        "draft": PIPELINE, "in_review": PIPELINE, "approved": DECIDED, "decided": DECIDED,
    }
    assert stage_of("archived") is None


def test_totals_keep_the_stages_and_the_scopes_apart():
    totals = climate_totals([
        Effect("decided", "direct", -100.0),
        Effect("approved", "direct", -50.0),
        Effect("approved", "indirect", -40.0),
        Effect("decided", None, 5.0),
        Effect("draft", "direct", -22_295.0),
        Effect("in_review", "indirect", -10.0),
        Effect("draft", "direct", None),
        Effect("archived", "direct", -1.0),
    ])
    assert totals[DECIDED] == StageTotal(cases=4, direct=-150.0, direct_cases=2, indirect=-40.0,
                                         indirect_cases=1, unstated=5.0, unstated_cases=1)
    assert totals[PIPELINE] == StageTotal(cases=3, direct=-22_295.0, direct_cases=1,
                                          indirect=-10.0, indirect_cases=1, not_quantified=1)


def test_no_effects_give_zero_totals_for_both_stages():
    assert climate_totals([]) == {DECIDED: StageTotal(), PIPELINE: StageTotal()}
