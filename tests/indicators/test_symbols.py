"""How a figure and its symbol are written in tables, and what SSB's symbols mean."""

from __future__ import annotations

import pytest

from impactapp.indicators.symbols import format_value, symbol_meaning


@pytest.mark.parametrize(
    ("value", "status", "shown"),
    [
        (12.0, "", "12"),
        (12.5, "", "12.5"),
        (-0.25, "", "-0.25"),
        (1234567.0, "", "1234567"),
        (None, "..", ".."),
        (None, "", ""),
        (7.1, "p", "7.1 p"),
        (1e20, "", "1e+20"),
    ],
)
def test_a_figure_is_written_without_needless_decimals_and_with_its_symbol(value, status, shown):
    assert format_value(value, status) == shown


def test_ssb_symbols_have_a_meaning_in_both_languages_and_others_stand_for_themselves():
    assert symbol_meaning(":") == "not for publication (confidential)"
    assert symbol_meaning("..", "nb") == "oppgave mangler"
    assert symbol_meaning("p") == "p"
