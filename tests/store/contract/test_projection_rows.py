"""The projection rows after an autosave are those the saved content makes, whether the save
changed what they are made of (a rating, the recommendation) or only text beside it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from bench.synthetic import make_case
from impactapp.catalog import load_catalog
from impactapp.domain.model import Case
from impactapp.domain.serialize import case_from_data, case_to_data
from impactapp.store import Store
from impactapp.store.sqlite.projections import PROJECTED, PROJECTION_TABLES, rows_for

NewCase = Callable[..., Case]


def _rows(store: Store, case_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Each projection table's rows of the case, without the case id, in a fixed order."""
    return {table: sorted((row[1:] for row in store.db.execute(
        f"SELECT * FROM {table} WHERE case_id = ?", [case_id]).fetchall()), key=repr)
        for table in PROJECTION_TABLES}


def _as_new(store: Store, data: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows the same content gets as a case added afresh."""
    return _rows(store, store.add_case(case_from_data(copy.deepcopy(data))).id)


def _full_draft(store: Store) -> Case:
    case = make_case(0, load_catalog())
    case.status, case.review, case.decision_date = "draft", [], None
    return store.add_case(case)


def test_a_text_edit_keeps_the_rows_the_content_makes(store: Store) -> None:
    case = _full_draft(store)
    before = _rows(store, case.id)
    data = case_to_data(case)
    data["problem"] = "Bare teksten er endret."
    saved = store.save_draft(case.id, case.version, data)
    assert saved.version == case.version + 1
    assert _rows(store, case.id) == before == _as_new(store, data)
    assert store.audit_log(case.id)[-1].detail["fields"] == ["problem"]


def test_a_changed_rating_is_rewritten(store: Store) -> None:
    case = _full_draft(store)
    before = _rows(store, case.id)
    data = case_to_data(case)
    measure = next(a for a in data["alternatives"] if not a.get("zero"))
    measure["assessments"][0]["rating"] = "unknown"
    store.save_draft(case.id, case.version, data)
    after = _rows(store, case.id)
    assert after != before
    assert after == _as_new(store, data)
    assert ("unknown",) in {row[3:4] for row in after["assessments"]}


def test_a_changed_recommendation_alone_is_rewritten(store: Store) -> None:
    case = _full_draft(store)
    data = case_to_data(case)
    other = next(a["id"] for a in data["alternatives"]
                 if a["id"] != data["recommendation"]["alternative"])
    data["recommendation"] = {"alternative": other, "justification": "Endret anbefaling."}
    store.save_draft(case.id, case.version, data)
    after = _rows(store, case.id)
    assert after["case_facts"][0][0] == other
    assert after == _as_new(store, data)


def test_the_rows_are_made_of_the_projected_parts_of_the_content_alone() -> None:
    catalog = load_catalog()
    one, two = case_to_data(make_case(0, catalog)), case_to_data(make_case(5, catalog, seed=3))
    mixed = {**two, **{k: one[k] for k in PROJECTED if k in one}}
    assert rows_for(1, case_from_data(mixed)) == rows_for(1, case_from_data(one))
    swapped = {**one, **{k: two[k] for k in PROJECTED if k in two}}
    assert rows_for(1, case_from_data(swapped)) != rows_for(1, case_from_data(one))
