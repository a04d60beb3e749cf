"""Indicator observations and the SSB response cache in the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from impactapp.domain.observation import Observation
from impactapp.store import DatabaseFailure, Store

FETCHED = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)


def obs(region: str, period: str, value: float | None, status: str = "", *,
        indicator: str = "ind.low_income_households", table: str = "06947") -> Observation:
    return Observation(indicator, region, period, value, status, "prosent", table,
                       "2025-06-12T06:00:00Z", FETCHED)


GRID = [obs(r, p, float(i)) for i, (r, p) in enumerate(
    [(r, p) for r in ("0301", "030101", "030102") for p in ("2021", "2022", "2023")])]


def count(store: Store, indicator: str = "ind.low_income_households") -> int:
    return len(store.observations(indicator))


def test_observations_come_back_as_stored_in_region_and_period_order(store: Store):
    assert store.replace_observations("ind.low_income_households", reversed(GRID)) == 9
    assert store.observations("ind.low_income_households") == GRID


def test_a_missing_value_keeps_its_ssb_symbol(store: Store):
    stored = [obs("0301", "2023", None, ".."), obs("030103", "2023", None, ":"),
              obs("030107", "2023", None, ".")]
    store.replace_observations("ind.low_income_households", stored)
    assert [(o.value, o.status) for o in store.observations("ind.low_income_households")] == [
        (None, ".."), (None, ":"), (None, ".")]


def test_importing_the_same_data_twice_keeps_one_row_per_region_and_period(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    store.replace_observations("ind.low_income_households", GRID)
    assert count(store) == 9


def test_a_reimport_replaces_every_row_of_the_regions_it_covers(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    newer = [obs("0301", "2024", 11.5), obs("0301", "2023", 11.0)]  # 2021/2022 withdrawn
    assert store.replace_observations("ind.low_income_households", newer) == 2
    found = store.observations("ind.low_income_households", ["0301"])
    assert [(o.period, o.value) for o in found] == [("2023", 11.0), ("2024", 11.5)]


def test_regions_a_reimport_does_not_cover_keep_their_figures(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    bydel_file = [obs("030101", "2023", 42.0)]  # e.g. a CSV from Oslo's statistikkbank
    store.replace_observations("ind.low_income_households", bydel_file)
    found = {(o.region, o.period): o.value
             for o in store.observations("ind.low_income_households")}
    assert found["030101", "2023"] == 42.0 and ("030101", "2021") not in found
    assert [found["0301", p] for p in ("2021", "2022", "2023")] == [0.0, 1.0, 2.0]
    assert len(found) == 7


def test_rows_from_another_table_stay_unless_the_new_data_covers_them(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    other = [obs("0301", "2023", 99.0, table="CSV"), obs("0301", "2024", 98.0, table="CSV")]
    store.replace_observations("ind.low_income_households", other)
    found = {(o.region, o.period): o for o in store.observations("ind.low_income_households")}
    assert len(found) == 10
    assert (found["0301", "2023"].value, found["0301", "2023"].source_table) == (99.0, "CSV")
    assert found["030101", "2021"].source_table == "06947"


def test_other_indicators_are_left_alone(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    store.replace_observations("ind.child_poverty", [obs("0301", "2023", 1.0,
                                                         indicator="ind.child_poverty")])
    store.replace_observations("ind.low_income_households", GRID[:1])
    assert count(store, "ind.child_poverty") == 1 and count(store) == 7


def test_an_observation_of_another_indicator_is_refused_and_nothing_changes(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    wrong = [obs("0301", "2024", 1.0), obs("0301", "2024", 1.0, indicator="ind.other")]
    with pytest.raises(ValueError, match=r"ind\.other"):
        store.replace_observations("ind.low_income_households", wrong)
    assert store.observations("ind.low_income_households") == GRID


def test_a_failed_import_leaves_the_previous_data(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    broken = [obs("0301", "2024", 1.0), obs("0301", "2025", 2.0)._replace(region=None)]
    with pytest.raises(DatabaseFailure):  # NOT NULL region: the whole import rolls back
        store.replace_observations("ind.low_income_households", broken)
    assert store.observations("ind.low_income_households") == GRID


def test_observations_can_be_limited_to_regions(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    found = store.observations("ind.low_income_households", ["030102", "0301", "9999"])
    assert {o.region for o in found} == {"0301", "030102"} and len(found) == 6


def test_the_latest_observation_is_the_newest_period_with_a_figure(store: Store):
    store.replace_observations(
        "ind.low_income_households",
        [obs("0301", "2021", 10.0), obs("0301", "2022", 11.0), obs("0301", "2023", None, "..")],
    )
    latest = store.latest_observation("ind.low_income_households", "0301")
    assert (latest.period, latest.value) == ("2022", 11.0)
    newest = store.latest_observation("ind.low_income_households", "0301", with_value=False)
    assert (newest.period, newest.status) == ("2023", "..")
    assert store.latest_observation("ind.low_income_households", "030199") is None


def test_the_summary_names_each_indicators_latest_period_and_fetch_time(store: Store):
    store.replace_observations("ind.low_income_households", GRID)
    later = FETCHED + timedelta(days=3)
    store.replace_observations(
        "ind.child_poverty",
        [obs("0301", "2020-2022", 9.0, indicator="ind.child_poverty")._replace(fetched=later)],
    )
    summary = store.indicator_summary()
    assert summary == {
        "ind.child_poverty": ("2020-2022", later),
        "ind.low_income_households": ("2023", FETCHED),
    }
    assert summary["ind.child_poverty"].latest_period == "2020-2022"


def test_indicator_data_outlives_reopening_the_database(store_factory):
    with store_factory() as store:
        store.replace_observations("ind.low_income_households", GRID)
        store.cache_put("06947", "data?a", "", FETCHED, "{}")
    with store_factory() as store:
        assert store.observations("ind.low_income_households") == GRID
        assert store.cache_get("06947", "data?a").fetched == FETCHED


def test_asking_for_more_regions_than_one_query_can_name_still_finds_them_all(store: Store):
    many = [obs(f"{i:06d}", "2023", float(i)) for i in range(1200)]
    store.replace_observations("ind.low_income_households", many)
    wanted = [f"{i:06d}" for i in range(0, 1200, 2)] + ["999999"]
    found = store.observations("ind.low_income_households", wanted)
    assert [o.region for o in found] == sorted(wanted[:-1])


def test_an_empty_database_has_no_indicator_data(store: Store):
    assert store.indicator_summary() == {}
    assert store.replace_observations("ind.low_income_households", []) == 0
    assert store.observations("ind.low_income_households") == []


def test_every_figure_is_stored_to_the_last_bit_with_mixed_units_and_fetch_times(
    store: Store
):
    import random

    rng = random.Random(1234)
    later = FETCHED + timedelta(days=1)
    stored = [
        Observation("ind.low_income_households", f"{3000 + i:04d}", "2024",
                    rng.choice([rng.uniform(-1e9, 1e9), round(rng.uniform(0, 100), 1), None,
                                5e-324, 1.7976931348623157e308]),
                    rng.choice(["", "..", ":"]), rng.choice(["prosent", "kroner"]), "06947",
                    "2025-06-12T06:00:00Z", rng.choice([FETCHED, later, None]))
        for i in range(3000)
    ]
    assert store.replace_observations("ind.low_income_households", stored) == 3000
    assert store.observations("ind.low_income_households") == sorted(
        stored, key=lambda o: (o.region, o.period))


def test_a_figure_that_is_not_finite_is_refused_and_nothing_changes(
    store: Store
):
    store.replace_observations("ind.low_income_households", GRID)
    with pytest.raises(ValueError, match="not a finite number"):
        store.replace_observations("ind.low_income_households",
                                   [*GRID[:3], obs("0301", "2024", float("nan"))])
    assert store.observations("ind.low_income_households") == GRID
