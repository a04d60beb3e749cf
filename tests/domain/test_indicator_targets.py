"""Targets per indicator: validation, which target is in force, the gap and the path."""

from datetime import date

import pytest

from impactapp.domain.indicator_change import (
    AGAINST,
    AS_EXPECTED,
    NO_CHANGE,
    NO_DATA,
    TOO_EARLY,
    UNDECIDED,
    change_since_decision,
)
from impactapp.domain.indicator_targets import (
    FROM_CONFIG,
    FROM_DATABASE,
    RIGHT,
    WRONG,
    IndicatorTarget,
    effective_targets,
    period_year,
    target_gap,
    target_problems,
)

POVERTY = IndicatorTarget("ind.child_poverty", 10.0, 2030, "lower")


def test_a_good_target_has_no_problems():
    assert target_problems(10.0, 2030, "lower", "down") == []


@pytest.mark.parametrize("value, year, direction, field", [
    ("ti", 2030, "lower", "value"),
    (True, 2030, "lower", "value"),
    (float("nan"), 2030, "lower", "value"),
    (10, "2030", "lower", "year"),
    (10, 20230, "lower", "year"),
    (10, 2030, "under", "direction"),
    (10, 2030, "higher", "direction"),  # against the indicator's desired direction (down)
])
def test_each_bad_part_is_named(value, year, direction, field):
    problems = target_problems(value, year, direction, "down")
    assert [f for f, _ in problems] == [field]


def test_the_program_target_wins_over_the_configuration():
    config = {"ind.a": IndicatorTarget("ind.a", 5, 2030, "lower", FROM_CONFIG),
              "ind.b": IndicatorTarget("ind.b", 7, 2030, "higher", FROM_CONFIG)}
    stored = {"ind.a": IndicatorTarget("ind.a", 4, 2028, "lower", FROM_DATABASE, "kari")}
    merged = effective_targets(config, stored)
    assert merged["ind.a"].source == FROM_DATABASE and merged["ind.a"].value == 4
    assert merged["ind.b"].source == FROM_CONFIG


def test_period_years():
    assert [period_year(p) for p in ("2024", "2022-2024", "2025U01", "x")] == [
        2024, 2024, 2025, None]


def test_gap_of_a_lower_target_that_moves_the_right_way_fast_enough():
    gap = target_gap(POVERTY, [("2022", 13.0), ("2023", 12.0), ("2024", 11.0)])
    assert gap.latest == 11.0 and gap.period == "2024"
    assert gap.gap == pytest.approx(1.0)
    assert gap.met is False and gap.trend == RIGHT
    assert gap.on_path is True and gap.status == "on_path"


def test_gap_that_moves_the_wrong_way_is_off_path():
    gap = target_gap(POVERTY, [("2022", 11.0), ("2023", 11.5), ("2024", 12.0)])
    assert gap.gap == pytest.approx(2.0)
    assert gap.trend == WRONG and gap.on_path is False and gap.status == "off_path"


def test_too_slow_is_off_path():
    target = IndicatorTarget("ind.x", 5.0, 2026, "lower")
    gap = target_gap(target, [("2022", 12.0), ("2024", 11.0)])  # 0.5 a year, 6 to go
    assert gap.trend == RIGHT and gap.on_path is False


def test_a_higher_target_met():
    target = IndicatorTarget("ind.x", 70.0, 2030, "higher")
    gap = target_gap(target, [("2023", 69.0), ("2024", 72.0)])
    assert gap.met and gap.gap == pytest.approx(-2.0) and gap.status == "met"


def test_no_figures_no_gap():
    gap = target_gap(POVERTY, [])
    assert gap.latest is None and gap.status == "unknown"


SERIES = [("2020", 10.0), ("2021", 10.4), ("2022", 10.9), ("2023", 11.2)]


@pytest.mark.parametrize("decided, expected, verdict, base, latest", [
    (date(2021, 3, 1), "down", AGAINST, 10.4, 11.2),
    (date(2021, 3, 1), "up", AS_EXPECTED, 10.4, 11.2),
    (date(2023, 6, 1), "down", TOO_EARLY, 11.2, None),
    (date(2019, 6, 1), "down", NO_DATA, None, 11.2),
    (None, "down", UNDECIDED, None, None),
])
def test_change_since_the_decision(decided, expected, verdict, base, latest):
    change = change_since_decision(SERIES, decided, expected)
    assert (change.verdict, change.base, change.latest) == (verdict, base, latest)


def test_no_change_since_the_decision():
    change = change_since_decision([("2020", 5.0), ("2022", 5.0)], date(2020, 1, 1), "up")
    assert change.verdict == NO_CHANGE and change.change == 0
