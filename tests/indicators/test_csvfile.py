"""CSV files in the documented layout (criteria/README.md) read into observations."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from impactapp.indicators import CsvFormatError, read_observation_csv, read_observation_csv_file
from impactapp.indicators.csvfile import parse_number

from .builders import sample


def read(text: str, **kwargs):
    return read_observation_csv(
        text.encode("utf-8"), "ind.x", source="f.csv", source_table="T1", **kwargs
    )


def test_the_handmade_file_reads_with_bom_semicolons_decimal_commas_and_a_symbol():
    observations = read_observation_csv_file(
        sample("handmade_life_expectancy.csv"), "ind.life_expectancy",
        source_table="LevealderFIN",
    )
    assert len(observations) == 8
    first = observations[0]
    assert (first.region, first.period, first.value, first.status, first.unit) == (
        "0301", "2019-2023", 82.6, "", "år")
    hidden = next(o for o in observations if o.region == "030112" and o.period == "2019-2023")
    assert (hidden.value, hidden.status) == (None, ":")
    assert {o.source_table for o in observations} == {"LevealderFIN"}


def test_commas_separate_fields_when_the_header_has_no_semicolon():
    observations = read('region,period,value\n0301,2024,"12,5"\n030101,2024,7\n')
    assert [(o.region, o.value) for o in observations] == [("0301", 12.5), ("030101", 7.0)]


def test_columns_may_come_in_any_order_and_status_and_unit_are_optional():
    observations = read("Period;Value;Region\n2024;3;0301\n", unit="prosent")
    assert [(o.region, o.period, o.value, o.status, o.unit) for o in observations] == [
        ("0301", "2024", 3.0, "", "prosent")
    ]


def test_an_ssb_symbol_in_the_value_column_is_kept_as_status():
    observations = read("region;period;value\n0301;2024;..\n0301;2023;:\n")
    assert [(o.value, o.status) for o in observations] == [(None, ".."), (None, ":")]


@pytest.mark.parametrize(
    ("text", "number"),
    [("12,5", 12.5), ("1 234,5", 1234.5), ("1\u00a0234", 1234.0), ("\u22123,5", -3.5),
     ("-0.25", -0.25), ("+7", 7.0), ("1e3", 1000.0)],
)
def test_numbers_are_read_the_norwegian_and_the_plain_way(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["1.234,5", "1,2,3", "12%", "abc", "nan", "inf", "1e999", ""])
def test_ambiguous_or_non_numbers_are_not_numbers(text):
    assert parse_number(text) is None


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_number_written_with_a_decimal_comma_reads_back_exactly(number):
    assert parse_number(repr(number).replace(".", ",")) == number


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("region;period;value\n", "has no observations below its header"),
        ("region;period\n0301;2024\n", "the header lacks the column value"),
        ("region;period;value;colour\n", "unknown column 'colour'"),
        ("region;period;value;value\n", "column 'value' appears twice"),
        ("region;period;value\n0301;2024;abc\n", "line 2: value 'abc' is not a number"),
        ("region;period;value\n0301;2024;\n", "line 2: has neither a value nor a status"),
        ("region;period;value\n;2024;1\n", "line 2: needs a region and a period"),
        ("region;period;value\n0301;2024;1;x\n", "line 2: has 4 fields where the header has 3"),
        ("region,period,value\n0301,2024,12,5\n", "put a decimal comma in quotes"),
        ("region;period;value\n0301;2024;1\n\n0301;2024;2\n",
         "line 4: repeats region 0301 and period 2024 (line 2)"),
        ("region;period;value;status\n0301;2024;;this is a sentence\n", "is not a symbol"),
    ],
)
def test_files_off_the_layout_are_refused_naming_the_line(text, message):
    with pytest.raises(CsvFormatError) as caught:
        read(text)
    assert message in str(caught.value)
    assert str(caught.value).startswith("f.csv")


def test_a_file_that_is_not_utf8_is_refused():
    with pytest.raises(CsvFormatError, match="is not UTF-8 text"):
        read_observation_csv("region;period;value\n0301;2024;1\nØ".encode("latin-1"),
                             "ind.x", source_table="T")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(CsvFormatError, match="more than the"):
        read_observation_csv_file(path, "ind.x", source_table="T", max_bytes=1000)


@settings(max_examples=300)
@given(st.binary(max_size=200) | st.text(alphabet="0301;,.:\n\r\"ab é−", max_size=120).map(
    lambda text: ("region;period;value;status\n" + text).encode("utf-8")))
def test_any_bytes_are_read_or_refused_only_with_a_csv_format_error(raw):
    with contextlib.suppress(CsvFormatError):
        for observation in read_observation_csv(raw, "ind.x", source_table="T"):
            assert observation.region and observation.period
            assert observation.value is not None or observation.status
