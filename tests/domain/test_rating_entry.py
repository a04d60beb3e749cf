"""A typed rating read on its scale, and a rating put into an alternative in catalog order."""

from __future__ import annotations

import pytest

from impactapp.domain.model import (
    NOT_RELEVANT,
    UNKNOWN,
    Alternative,
    Assessment,
    Scale,
    ScaleStep,
    Text,
)
from impactapp.domain.rating_entry import RatingTextError, parse_rating_text, set_rating


def scale(low: int, high: int) -> Scale:
    return Scale("s", Text("s", "s"), tuple(ScaleStep(v, Text(str(v), str(v)))
                                            for v in range(low, high + 1)))


SEVEN = scale(-3, 3)


@pytest.mark.parametrize(("typed", "value"), [
    ("-2", -2), ("\u22122", -2), ("+2", 2), ("2", 2), ("0", 0), (" 3 ", 3),
    ("?", UNKNOWN), ("n", NOT_RELEVANT), ("N", NOT_RELEVANT), ("\u2013", NOT_RELEVANT),
])
def test_a_typed_rating_is_read_as_its_value(typed, value):
    assert parse_rating_text(typed, SEVEN) == value


@pytest.mark.parametrize(("typed", "partial"), [
    ("", True), ("-", True), ("+", True),  # may still become a rating
    ("4", False), ("-7", False), ("x", False), ("1.5", False), ("\u0662", False),
])
def test_anything_else_is_refused_and_says_whether_typing_may_go_on(typed, partial):
    with pytest.raises(RatingTextError) as refused:
        parse_rating_text(typed, SEVEN)
    assert refused.value.partial is partial
    assert refused.value.text == typed


def test_a_prefix_of_a_longer_value_is_partial_only_where_the_scale_reaches_it():
    with pytest.raises(RatingTextError) as refused:
        parse_rating_text("1", scale(10, 12))
    assert refused.value.partial
    assert parse_rating_text("1", SEVEN) == 1


def test_specials_are_refused_where_the_grid_allows_none():
    with pytest.raises(RatingTextError) as refused:
        parse_rating_text("?", SEVEN, specials=False)
    assert not refused.value.partial


def test_a_new_rating_goes_in_catalog_order_and_none_removes_it(catalog):
    order = list(catalog.criteria)
    alt = Alternative(id="a1", name="Tiltak", assessments=[
        Assessment(order[0], 1), Assessment(order[3], -1)])
    set_rating(alt, order[2], 2, catalog)
    assert [a.criterion for a in alt.assessments] == [order[0], order[2], order[3]]
    set_rating(alt, order[5], UNKNOWN, catalog)
    assert [a.criterion for a in alt.assessments] == [order[0], order[2], order[3], order[5]]
    set_rating(alt, order[2], -3, catalog)  # changed in place
    assert alt.assessment(order[2]).rating == -3 and len(alt.assessments) == 4
    set_rating(alt, order[2], None, catalog)
    assert [a.criterion for a in alt.assessments] == [order[0], order[3], order[5]]
    set_rating(alt, order[2], None, catalog)  # removing what is not there changes nothing
    assert len(alt.assessments) == 3


def test_a_criterion_unknown_to_the_catalog_goes_last(catalog):
    first = next(iter(catalog.criteria))
    alt = Alternative(id="a1", name="Tiltak", assessments=[Assessment(first, 1)])
    set_rating(alt, "local.extra", 1, catalog)
    assert [a.criterion for a in alt.assessments] == [first, "local.extra"]
