"""A new measure's id: the next free "a<n>", never one handed out before."""

from __future__ import annotations

from impactapp.domain.alternative_ids import next_alternative_id
from impactapp.domain.model import Alternative, Case


def test_next_alternative_id_follows_the_highest_in_use():
    case = Case(title="x")
    assert next_alternative_id(case) == "a1"
    case.alternatives = [Alternative(id=i, name=i) for i in ("a0", "a4", "tiltak")]
    assert next_alternative_id(case) == "a5"


def test_an_id_in_use_that_is_not_numbered_like_ours_is_skipped():
    case = Case(title="x", alternatives=[Alternative(id="a01", name="odd")])
    assert next_alternative_id(case) == "a2"  # "a01" counts as 1; "a2" is free
    case.alternatives.append(Alternative(id="a2", name="taken"))
    assert next_alternative_id(case) == "a3"
