"""The budget rules: decided and pipeline never mixed, indirect never in the total, a stopped
measure leaves the decided sum with its reason, the path and the gap year by year."""

from __future__ import annotations

import pytest

from impactapp.domain.climate_target import (
    ClimateTarget,
    climate_path,
    reference_level,
    target_level,
    target_problems,
)
from impactapp.domain.followup import FollowUp
from impactapp.domain.model import (
    Alternative,
    Case,
    Cost,
    GhgEstimate,
    Recommendation,
    SdgLink,
)
from impactapp.domain.sustainability_budget import (
    budget_lines,
    budget_totals,
    in_force_by_year,
    nok_per_tonne,
)


def _case(case_id: int, status: str, tonnes: float, scope: str = "direct",
          from_year: int | None = 2026, unit: str = "BYM") -> Case:
    case = Case(title=f"Sak {case_id}", status=status, unit=unit, alternatives=[
        Alternative(id="a0", name="Null", zero=True),
        Alternative(id="a1", name="Tiltak", cost=Cost(1_000_000, 50_000),
                    ghg=GhgEstimate(tonnes, from_year, True, scope),
                    sdg_targets=[SdgLink("13.2", "positive")]),
        Alternative(id="a2", name="Ikke valgt", ghg=GhgEstimate(-999, 2026, True, "direct")),
    ], recommendation=Recommendation("a1"))
    case.id = case_id
    return case


CASES = [
    _case(1, "decided", -100), _case(2, "approved", -50), _case(3, "decided", -30, "indirect"),
    _case(4, "draft", -1000), _case(5, "in_review", -7), _case(6, "decided", -40),
    _case(7, "decided", -20, from_year=2028),
]
FOLLOWUPS = {6: {"a1": FollowUp("a1", unit="KLI", status="stopped", reason="Budsjettkutt")}}


def test_decided_and_pipeline_are_never_mixed_and_indirect_never_counts() -> None:
    totals = budget_totals(budget_lines(CASES, FOLLOWUPS))
    assert totals.decided.direct == pytest.approx(-170)  # 1, 2 and 7: not 3, not 6
    assert totals.decided.indirect == pytest.approx(-30)
    assert totals.pipeline.direct == pytest.approx(-1007)


def test_a_stopped_measure_leaves_the_decided_sum_with_its_reason() -> None:
    lines = budget_lines(CASES, FOLLOWUPS)
    totals = budget_totals(lines)
    assert [(ln.case_id, ln.stop_reason, ln.unit) for ln in totals.stopped] == [
        (6, "Budsjettkutt", "KLI")]
    assert totals.investment["decided"] == pytest.approx(4_000_000)  # 1, 2, 3, 7


def test_only_the_recommended_measure_unless_followed_up() -> None:
    lines = budget_lines(CASES, {1: {"a2": FollowUp("a2", status="in_progress")}})
    assert [(ln.case_id, ln.measure) for ln in lines if ln.case_id == 1] == [(1, "a1"), (1, "a2")]
    assert all(ln.measure == "a1" for ln in lines if ln.case_id != 1)
    assert lines[0].targets == ("13.2",)


def test_effects_in_force_by_year_and_the_path() -> None:
    lines = budget_lines(CASES, FOLLOWUPS)
    years = [2026, 2027, 2028]
    decided = in_force_by_year(lines, "decided", years)
    assert decided == {2026: -150, 2027: -150, 2028: -170}
    target = ClimateTarget(95, 2030, 2009, 1000.0)
    path = climate_path(target, years, decided, in_force_by_year(lines, "pipeline", years))
    assert [round(p.target, 2) for p in path] == [
        round(1000 - 950 * share / 21, 2) for share in (17, 18, 19)]
    assert path[2].with_decided == pytest.approx(830)
    assert path[2].gap == pytest.approx(830 - path[2].target)
    assert path[0].pipeline == pytest.approx(-1007)


def test_reference_holds_the_latest_known_total_flat() -> None:
    target = ClimateTarget(95, 2030, 2009, 1000.0, known=((2015, 900.0), (2020, 800.0)))
    assert [reference_level(target, y) for y in (2009, 2014, 2015, 2019, 2025)] == [
        1000, 1000, 900, 900, 800]
    assert target_level(target, 2030) == pytest.approx(50)
    assert target_level(target, 2040) == pytest.approx(50)


def test_target_problems() -> None:
    assert target_problems(ClimateTarget(95, 2030, 2009, 1000.0)) == []
    bad = target_problems(ClimateTarget(120, 2000, 2009, 0, known=((2001, 5),)))
    assert len(bad) == 4


def test_cost_effectiveness_needs_both_a_cost_and_a_cut() -> None:
    line = budget_lines([_case(1, "decided", -100)], {})[0]
    assert nok_per_tonne(line, lifetime=10) == pytest.approx((50_000 + 100_000) / 100)
    assert nok_per_tonne(budget_lines([_case(1, "decided", 10)], {})[0]) is None


def test_a_record_on_a_case_no_longer_decided_is_ignored() -> None:
    stale = {4: {"a1": FollowUp("a1", status="stopped", reason="Gammel")}}
    totals = budget_totals(budget_lines(CASES, stale))
    assert totals.stopped == () and totals.pipeline.direct == pytest.approx(-1007)
