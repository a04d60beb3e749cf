"""A dataset read as one indicator's observations: region, period, value, symbol, unit, source."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from impactapp.indicators import (
    ObservationError,
    dataset_observations,
    parse_dataset,
    read_jsonstat_file,
)

from .builders import doc, sample

FETCHED = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)
BYDELER = ["0301", "030101", "030102", "030103", "030107"]
QUERY_EU60 = (("Region", tuple(BYDELER)), ("ContentsCode", ("EUskala60",)), ("Tid", ("top(5)",)))


def handmade():
    return read_jsonstat_file(sample("handmade_06947_oslo.json"))


def test_the_query_picks_the_contents_and_regions_and_every_period_is_kept():
    observations = dataset_observations(
        handmade(), "ind.low_income_households", query=QUERY_EU60, source_table="06947",
        fetched=FETCHED,
    )
    assert {(o.region, o.period) for o in observations} == {
        (r, y) for r in BYDELER for y in ("2021", "2022", "2023")
    }
    first = observations[0]
    assert (first.indicator, first.region, first.period) == ("ind.low_income_households",
                                                             "0301", "2021")
    assert (first.unit, first.source_table, first.updated, first.fetched) == (
        "prosent", "06947", "2025-06-12T06:00:00Z", FETCHED)


def test_symbols_survive_as_status_with_no_value():
    by_key = {
        (o.region, o.period): o
        for o in dataset_observations(handmade(), "ind.x", query=QUERY_EU60)
    }
    assert (by_key["0301", "2023"].value, by_key["0301", "2023"].status) == (None, "..")
    assert (by_key["030103", "2023"].value, by_key["030103", "2023"].status) == (None, ":")
    assert by_key["0301", "2022"].status == "" and by_key["0301", "2022"].value is not None


def test_a_dimension_with_several_categories_left_is_refused_by_name():
    query = (("Region", ("0301",)), ("Tid", ("top(5)",)))  # ContentsCode left open
    with pytest.raises(ObservationError) as caught:
        dataset_observations(handmade(), "ind.x", query=query, source="saved.json")
    assert caught.value.field == "dimension ContentsCode"
    assert "2 categories (EUskala60, OECDskala50)" in caught.value.message
    assert str(caught.value).startswith("saved.json: dimension ContentsCode: has 2 categories")


def test_a_response_from_another_table_is_refused_for_an_ssb_indicator():
    message = "holds table 06947, but ind.x is read from table 08764"
    with pytest.raises(ObservationError, match=re.escape(message)):
        dataset_observations(handmade(), "ind.x", query=QUERY_EU60, source_table="08764")


def test_another_table_is_accepted_when_the_table_is_not_checked():
    observations = dataset_observations(
        handmade(), "ind.x", query=QUERY_EU60, source_table="LevealderFIN", check_table=False
    )
    assert {o.source_table for o in observations} == {"LevealderFIN"}


def test_region_and_period_are_found_by_name_when_no_role_says_so():
    dataset = parse_dataset(
        doc([("GEO", ["0301", "030101"]), ("AAR", ["2022", "2023"])], [1, 2, 3, 4])
    )
    observations = dataset_observations(dataset, "ind.x", unit="prosent")
    assert [(o.region, o.period, o.value, o.unit) for o in observations] == [
        ("0301", "2022", 1.0, "prosent"),
        ("0301", "2023", 2.0, "prosent"),
        ("030101", "2022", 3.0, "prosent"),
        ("030101", "2023", 4.0, "prosent"),
    ]


def test_a_dataset_without_a_region_dimension_is_refused():
    dataset = parse_dataset(doc([("Alder", ["a"]), ("Tid", ["2023"])], [1]))
    with pytest.raises(ObservationError, match="has no region dimension"):
        dataset_observations(dataset, "ind.x")


def test_a_dataset_without_a_period_dimension_is_refused():
    dataset = parse_dataset(doc([("Region", ["0301"])], [1]))
    with pytest.raises(ObservationError, match="has no period dimension"):
        dataset_observations(dataset, "ind.x")


def test_a_query_naming_regions_the_dataset_lacks_leaves_nothing_and_says_so():
    query = (("Region", ("4601",)), ("ContentsCode", ("EUskala60",)))
    with pytest.raises(ObservationError, match="no cells for the regions"):
        dataset_observations(handmade(), "ind.x", query=query)
