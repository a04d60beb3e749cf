"""Norwegian number entry: both 1 234,5 and 1234.5 are accepted, shown as nb-NO."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from impactapp.domain.numbers import NumberFormatError, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,5", 1234.5),
        ("1234.5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("12 000 000", 12_000_000),
        ("−850", -850),
        ("-850", -850),
        ("+3", 3),
        (",5", 0.5),
        ("  42  ", 42),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_accepts_norwegian_and_plain_forms(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1,234.5", "both a comma and a point"),
        ("12 kr", "is not a number"),
        ("1e5", "is not a number"),
        ("nan", "is not a number"),
        ("9" * 20, "too large"),
        ("--1", "is not a number"),
    ],
)
def test_parse_refuses_what_is_not_a_plain_number(text, problem):
    with pytest.raises(NumberFormatError, match=problem):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (1234.5, "nb", "1\u00a0234,5"),
        (-850, "nb", "\u2212850"),
        (12_000_000, "nb", "12\u00a0000\u00a0000"),
        (1234.5, "en", "1,234.5"),
        (-850.0, "en", "-850"),
        (-0.001, "nb", "0"),
        (None, "nb", ""),
    ],
)
def test_format_shows_numbers_as_a_caseworker_reads_them(value, lang, text):
    assert format_number(value, lang, 0 if value == -0.001 else None) == text


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from(["nb", "en"]))
def test_formatted_whole_numbers_parse_back(value, lang):
    text = format_number(value, lang)
    if lang == "en":
        text = text.replace(",", " ")
    assert parse_number(text) == value
