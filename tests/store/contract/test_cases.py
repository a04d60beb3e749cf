"""Cases in and out of the store: content, projections, concurrency, the case list."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactapp.domain.model import Case
from impactapp.domain.serialize import content_equal
from impactapp.store import ConflictError, NotFound, StatusError, Store, canonical_json
from impactapp.store.content import Clock

SAMI = "á č đ ŋ š ŧ ž"
NewCase = Callable[..., Case]


def test_add_then_get_gives_back_the_same_content(store: Store, new_case: NewCase) -> None:
    case = new_case(f"Sak om æøå ÆØÅ og samiske bokstaver {SAMI}")
    case.problem = f"Problem i Kárášjohka ({SAMI})."

    added = store.add_case(case)
    loaded = store.get_case(added.id)

    assert content_equal(loaded, case)
    assert loaded.title == case.title
    assert loaded.alternatives[1].assessments[2].districts == {
        "030110": -1, "030111": -2, "030105": 1,
    }


def test_add_sets_the_bookkeeping_fields(store: Store, new_case: NewCase, clock) -> None:
    added = store.add_case(new_case())

    assert added.id is not None
    assert added.version == 1
    assert added.revision == 1
    assert added.created == added.updated
    assert added.created == clock.now()
    assert store.get_case(added.id).created == added.created


def test_content_survives_closing_and_reopening_the_store(store_factory,
                                                         new_case: NewCase) -> None:
    case = new_case(f"Gjenåpning {SAMI}")
    with store_factory(who="kari") as first:
        case_id = first.add_case(case).id
    with store_factory(who="ola") as second:
        assert content_equal(second.get_case(case_id), case)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=st.text(min_size=1, max_size=200), problem=st.text(max_size=500))
def test_any_text_round_trips(
    store: Store, new_case: NewCase, title: str, problem: str
) -> None:
    case = new_case(title)
    case.problem = problem
    loaded = store.get_case(store.add_case(case).id)
    assert loaded.title == title
    assert loaded.problem == problem


def test_get_unknown_case_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFound) as info:
        store.get_case(4711)
    assert info.value.case_id == 4711
    assert "4711" in str(info.value)


def test_get_cases_returns_them_in_the_order_asked(store: Store, new_case: NewCase) -> None:
    ids = [store.add_case(new_case(f"Sak {n}")).id for n in range(3)]
    asked = [ids[2], ids[0], ids[2]]

    assert [c.title for c in store.get_cases(asked)] == ["Sak 2", "Sak 0", "Sak 2"]
    with pytest.raises(NotFound):
        store.get_cases([ids[0], 999])


def test_save_bumps_the_version_and_records_changed_fields(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    case.goals = "Nye mål."
    case.alternatives[1].name = "Lavutslippssone fra 2028"

    saved = store.save_case(case)

    assert saved.version == 2
    assert saved.updated > saved.created
    assert store.get_case(case.id).goals == "Nye mål."
    update = store.audit_log(case.id)[-1]
    assert update.action == "update"
    assert update.detail == {"fields": ["alternatives", "goals"]}


def test_saving_unchanged_content_writes_nothing(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    again = store.save_case(case)

    assert again.version == case.version
    assert [e.action for e in store.audit_log(case.id)] == ["create"]


def test_stale_save_raises_conflict_and_keeps_the_stored_case(
    store: Store, new_case: NewCase
) -> None:
    mine = store.add_case(new_case())
    theirs = store.get_case(mine.id)
    theirs.goals = "Deres endring."
    store.save_case(theirs)
    stored_before = canonical_json(store.get_case(mine.id))

    mine.goals = "Min endring."
    with pytest.raises(ConflictError) as info:
        store.save_case(mine)

    assert (info.value.expected_version, info.value.actual_version) == (1, 2)
    after = store.get_case(mine.id)
    assert canonical_json(after) == stored_before
    assert after.version == 2


def test_save_does_not_approve(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    case.status = "approved"
    with pytest.raises(StatusError):
        store.save_case(case)
    assert store.get_case(case.id).status == "draft"
    assert store.revisions(case.id) == []


def test_an_approved_case_added_by_import_gets_its_frozen_revision(
    store: Store, new_case: NewCase
) -> None:
    case = new_case()
    case.status = "approved"
    case.approved_by = "Leder"
    case.approved_at = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)
    added = store.add_case(case)

    [revision] = store.revisions(added.id)
    assert (revision.revision, revision.approved_by) == (1, "Leder")
    assert content_equal(store.get_revision(added.id, 1), case)


def test_add_cases_commits_each_case_before_yielding_it(
    store: Store, store_factory, new_case: NewCase
) -> None:
    seen_by_other_connection = []
    for added in store.add_cases(new_case(f"Import {n}") for n in range(3)):
        with store_factory(who="ola") as other:
            seen_by_other_connection.append(other.get_case(added.id).title)
    assert seen_by_other_connection == ["Import 0", "Import 1", "Import 2"]


def test_list_is_ordered_by_last_change(store: Store, new_case: NewCase) -> None:
    first = store.add_case(new_case("Første"))
    store.add_case(new_case("Andre"))
    store.add_case(new_case("Tredje"))
    first.goals = "Endret sist."
    store.save_case(first)

    summaries = store.list_cases()

    assert [s.title for s in summaries] == ["Første", "Tredje", "Andre"]
    assert summaries[0].updated == store.get_case(first.id).updated
    top = summaries[0]
    assert (top.case_number, top.unit, top.status, top.depth, top.caseworker) == (
        "25/01234", "Bymiljøetaten", "draft", "full", "Kari Nordmann",
    )


def test_list_leaves_out_the_bin_unless_asked(store: Store, new_case: NewCase) -> None:
    kept = store.add_case(new_case("Beholdt"))
    binned = store.add_case(new_case("Kastet"))
    store.delete_case(binned.id)

    assert [s.id for s in store.list_cases()] == [kept.id]
    assert {s.id for s in store.list_cases(include_deleted=True)} == {kept.id, binned.id}
    assert [s.id for s in store.list_cases(deleted_only=True)] == [binned.id]
    assert (store.count_cases(), store.count_cases(include_deleted=True)) == (1, 2)
    assert store.count_cases(deleted_only=True) == 1


def test_returned_case_is_independent_of_the_one_passed_in(store: Store, new_case: NewCase) -> None:
    case = new_case()
    added = store.add_case(case)
    added.alternatives[1].assessments.clear()
    assert case.alternatives[1].assessments
    assert case.id is None


def test_store_timestamps_strictly_increase() -> None:
    clock = Clock()
    moments = [clock.now() for _ in range(2000)]
    assert all(a < b for a, b in itertools.pairwise(moments))
    assert all(m.tzinfo is not None and m.utcoffset() == timedelta(0) for m in moments)
