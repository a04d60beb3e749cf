"""Number, date and rating formats; escaping of user text; the ToUnicode clean-up."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from impactapp.report.formats import (
    MINUS,
    NBSP,
    RATING_COLOURS,
    format_date,
    format_number,
    rating_class,
    rating_swatch,
)
from impactapp.report.pdfa import clean_to_unicode
from impactapp.report.text import REPLACEMENT, escape_text, plain_text, printable


@pytest.mark.parametrize(("value", "nb", "en"), [
    (-850.0, f"{MINUS}850", f"{MINUS}850"),
    (1234.5, f"1{NBSP}234,5", "1,234.5"),
    (-18_000_000, f"{MINUS}18{NBSP}000{NBSP}000", f"{MINUS}18,000,000"),
    (0.04, "0", "0"),
    (-0.04, "0", "0"),
    (12.25, "12,2", "12.2"),
])
def test_numbers_in_norwegian_and_english(value, nb, en):
    assert format_number(value, "nb") == nb
    assert format_number(value, "en") == en


def test_signed_numbers_show_plus_for_an_increase():
    assert format_number(120, "nb", signed=True) == "+120"
    assert format_number(-120, "nb", signed=True) == f"{MINUS}120"


def test_dates():
    assert format_date(date(2026, 11, 26), "nb") == "26.11.2026"
    assert format_date(date(2026, 6, 7), "nb") == "07.06.2026"
    assert format_date(date(2026, 11, 26), "en") == "26 November 2026"


def test_impact7_ratings_map_one_to_one_onto_the_palette(catalog):
    scale = catalog.scales["impact7"]
    assert [rating_swatch(v, scale).fill for v in range(-3, 4)] == list(RATING_COLOURS)
    assert [rating_swatch(v, scale).text for v in (-2, 0, 2)] == [f"{MINUS}2", "0", "+2"]


def test_a_wider_scale_maps_onto_the_same_ends_and_never_onto_neutral(catalog):
    dfo9 = catalog.scales["dfo9"]
    assert (dfo9.minimum, dfo9.maximum) == (-4, 4)
    classes = [rating_class(v, dfo9) for v in dfo9.values]
    assert classes[0] == -3 and classes[-1] == 3
    assert classes == sorted(classes)
    assert all(c != 0 for v, c in zip(dfo9.values, classes, strict=True) if v != 0)
    assert rating_swatch(-4, dfo9).ink == "#ffffff"


def test_special_ratings():
    assert (rating_swatch("unknown", None).text, rating_swatch("unknown", None).fill) \
        == ("?", "#bdbdbd")
    assert rating_swatch("not_relevant", None).text == "–"


@pytest.mark.parametrize(("typed", "markup"), [
    ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
    ("&amp;", "&amp;amp;"),
    ('<a href="file:///etc/passwd">x', '&lt;a href="file:///etc/passwd"&gt;x'),
    ("one\ntwo\r\nthree", "one<br/>two<br/>three"),
    ("bell\x07 null\x00", "bell null"),
    ("e\u0301", "é"),  # NFC
])
def test_escape_text_turns_every_markup_character_into_text(typed, markup):
    assert escape_text(typed) == markup


@given(st.text())
def test_escaped_text_has_no_markup_left(text):
    escaped = escape_text(text).replace("<br/>", "")
    assert "<" not in escaped and ">" not in escaped
    assert not any(ord(ch) < 32 for ch in escaped)


def test_characters_the_fonts_lack_become_a_replacement_character():
    assert printable("a\U0001f6b2b") == f"a{REPLACEMENT}b"  # no bicycle glyph in DejaVu
    assert printable("ŋ đ ŧ שלום") == "ŋ đ ŧ שלום"
    assert plain_text("\U0001f6b2") == "\U0001f6b2"  # metadata keeps it


def test_to_unicode_cleanup_drops_null_mappings_and_writes_surrogate_pairs():
    cmap = (b"begincmap\n1 begincodespacerange\n<00> <7F>\nendcodespacerange\n"
            b"4 beginbfchar\n<00> <0000>\n<01> <00E6>\n<02> <1F600>\n<15> <0000>\nendbfchar\n"
            b"endcmap\n")
    cleaned = clean_to_unicode(cmap)
    assert b"<0000>" not in cleaned
    assert b"2 beginbfchar\n<01> <00E6>\n<02> <D83DDE00>\nendbfchar" in cleaned
    assert cleaned.endswith(b"endcmap\n")
