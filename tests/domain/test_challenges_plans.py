"""The Utfordringer ranking and which relevant SDG targets plans and cases address."""

import pytest

from impactapp.domain.challenges import (
    IndicatorFigures,
    moves_wrong_way,
    rank_challenges,
    shortfall_percent,
    with_addressing,
)
from impactapp.domain.plans import CaseLink, Plan, plan_problems, target_coverage


def series(*values, start=2020):
    return [(str(start + i), v) for i, v in enumerate(values)]


POVERTY = IndicatorFigures("ind.poverty", "down", ("1.2", "10.2"), {
    "0301": series(10.0, 10.4, 10.9, 11.2),   # worse than national by 16.7 %, rising
    "030101": series(19.0, 18.0, 17.0, 16.0),  # far worse, but improving
    "030102": series(9.0, 9.0, 9.0, 9.5),      # better than national
    "0": series(9.0, 9.2, 9.4, 9.6),
    "4601": series(8.0, 8.0, 8.0, 9.0),
})
EMPLOYMENT = IndicatorFigures("ind.employment", "up", ("8.5",), {
    "0301": series(70.0, 69.0, 68.0),  # falling three periods: wrong way
    "0": series(68.0, 68.0, 68.0),
})


def test_shortfall_and_wrong_way():
    assert shortfall_percent(11.0, 10.0, "down") == pytest.approx(10.0)
    assert shortfall_percent(11.0, 10.0, "up") == pytest.approx(-10.0)
    assert shortfall_percent(1.0, 0.0, "up") is None
    assert moves_wrong_way(series(1, 2, 3), "down")
    assert not moves_wrong_way(series(1, 3, 2), "down")
    assert not moves_wrong_way(series(2, 3), "down")


def test_the_worst_place_comes_first_and_better_places_are_left_out():
    lines = rank_challenges([POVERTY, EMPLOYMENT], ["0301", "030101", "030102"], ["4601"])
    assert [(c.indicator, c.region) for c in lines] == [
        ("ind.poverty", "030101"), ("ind.poverty", "0301"), ("ind.employment", "0301")]
    district, town, jobs = lines
    assert district.behind_national == pytest.approx(100 * (16 - 9.6) / 9.6)
    assert district.wrong_way is False
    assert town.wrong_way is True and town.peers == 9.0
    assert jobs.behind_national is None and jobs.wrong_way is True
    assert jobs.score == 10.0  # only the margin for the wrong way


def test_a_larger_margin_leaves_smaller_shortfalls_out():
    lines = rank_challenges([POVERTY], ["0301"], [], margin_percent=20)
    assert [c.behind_national for c in lines] == [None]  # still listed: it rises
    assert lines[0].wrong_way


def test_lines_name_the_cases_and_plans_that_address_them():
    (line,) = rank_challenges([EMPLOYMENT], ["0301"], [])
    (linked,) = with_addressing([line], {"8.5": [(3, "Sak")]}, {}, {}, {"ind.employment":
                                                                      [(7, "Plan")]})
    assert linked.cases == ((3, "Sak"),) and linked.plans == ((7, "Plan"),)
    assert linked.addressed and not line.addressed


def test_plan_problems_name_the_field():
    plan = Plan("", kind="vision", start_year=2030, end_year=2020, targets=("1.2", "99.9"),
                indicators=("ind.nope",))
    fields = [f for f, _ in plan_problems(plan, {"1.2"}, {"ind.poverty"})]
    assert fields == ["name", "kind", "end_year", "targets[1]", "indicators[0]"]
    assert plan_problems(Plan("Boligplan", targets=("1.2",)), {"1.2"}, set()) == []


def test_coverage_keeps_decided_and_pipeline_apart_and_shows_what_nothing_addresses():
    plans = [Plan("Boligplan", targets=("1.2",), id=1)]
    links = [CaseLink(1, "Vedtatt", "decided", "1.2"), CaseLink(2, "Utkast", "draft", "1.2"),
             CaseLink(3, "Godkjent", "approved", "10.2")]
    rows = target_coverage(["1.2", "10.2", "11.1"], plans, links)
    assert [(r.target, [p.name for p in r.plans], r.decided, r.pipeline) for r in rows] == [
        ("1.2", ["Boligplan"], ((1, "Vedtatt"),), ((2, "Utkast"),)),
        ("10.2", [], ((3, "Godkjent"),), ()),
        ("11.1", [], (), ()),
    ]
    assert [r.addressed for r in rows] == [True, True, False]
