"""Two writers on one case: the losing edit is kept as a conflict copy, never dropped."""

from __future__ import annotations

import pytest

from impactapp.domain.serialize import case_to_data
from impactapp.store import (
    ConflictError,
    CopyNotFound,
    LockedError,
    Store,
    content_hash,
)
from impactapp.store.sqlite.conflicts import CONFLICT, DISCARD, KEEP_COPY, REPLACED, TAKE_OVER


@pytest.fixture
def other(store_factory, store: Store):
    """A second program (another person) with the same database open."""
    with store_factory(who="ola") as opened:
        yield opened


def test_a_draft_without_a_conflict_becomes_the_next_version(store, new_case):
    case = store.add_case(new_case())
    case.goals = "Nye mål."
    saved = store.save_draft(case.id, case.version, case_to_data(case))
    assert (saved.version, saved.copy, saved.conflict) == (2, None, None)
    assert store.get_case(case.id).goals == "Nye mål."
    assert store.conflict_copies(case.id) == []


def test_the_losing_edit_is_kept_as_a_copy_with_its_versions_who_and_when(
        store, other, new_case):
    mine = store.add_case(new_case())
    theirs = other.get_case(mine.id)
    theirs.problem = "Ola sin problembeskrivelse."
    other.save_case(theirs)  # version 2
    mine.goals = "Karis mål, skrevet samtidig."

    result = store.save_draft(mine.id, mine.version, case_to_data(mine))

    assert isinstance(result.conflict, ConflictError)
    assert (result.conflict.expected_version, result.conflict.actual_version) == (1, 2)
    assert result.version == 1  # the edit is still based on the version it was made from
    (copy,) = store.conflict_copies(mine.id)
    assert copy == result.copy
    assert (copy.reason, copy.base_version, copy.stored_version, copy.who) == (
        CONFLICT, 1, 2, "kari")
    assert copy.created.tzinfo is not None and copy.title == mine.title
    kept = store.conflict_copy_case(copy.id)
    assert case_to_data(kept) == case_to_data(mine)
    assert copy.sha256 == content_hash(kept)
    assert kept.version == 1  # saving it over the case directly would be refused
    # The stored case is theirs, untouched; the copy is visible to the other program too.
    stored = other.get_case(mine.id)
    assert (stored.version, stored.problem) == (2, "Ola sin problembeskrivelse.")
    assert stored.goals != "Karis mål, skrevet samtidig."
    assert [c.id for c in other.conflict_copies(mine.id)] == [copy.id]
    entry = store.audit_log(mine.id)[-1]
    assert (entry.action, entry.who, entry.detail["copy"]) == (KEEP_COPY, "kari", copy.id)


def test_later_edits_go_on_into_the_same_copy(store, other, new_case):
    mine = store.add_case(new_case())
    other.save_case(other.get_case(mine.id))  # unchanged: no new version
    theirs = other.get_case(mine.id)
    theirs.title = "Endret av Ola"
    other.save_case(theirs)
    mine.goals = "Første utkast."
    first = store.save_draft(mine.id, mine.version, case_to_data(mine))
    mine.goals = "Andre utkast."
    second = store.save_draft(mine.id, mine.version, case_to_data(mine), copy_id=first.copy_id)
    assert second.conflict is None and second.copy_id == first.copy_id
    assert second.copy.sha256 != first.copy.sha256
    assert store.conflict_copy_case(first.copy_id).goals == "Andre utkast."
    assert len(store.conflict_copies(mine.id)) == 1
    unchanged = store.save_draft(mine.id, mine.version, case_to_data(mine), copy_id=first.copy_id)
    assert unchanged.copy.updated == second.copy.updated


def test_a_copy_taken_or_discarded_elsewhere_is_never_written_into_again(
        store, other, new_case):
    mine = store.add_case(new_case())
    theirs = other.get_case(mine.id)
    theirs.title = "Endret av Ola"
    other.save_case(theirs)
    mine.goals = "Utkast."
    first = store.save_draft(mine.id, mine.version, case_to_data(mine))
    other.discard_conflict_copy(first.copy_id)
    mine.goals = "Skrevet etter at kopien ble forkastet."
    again = store.save_draft(mine.id, mine.version, case_to_data(mine), copy_id=first.copy_id)
    assert again.copy_id not in (None, first.copy_id)
    assert store.conflict_copy_case(again.copy_id).goals == "Skrevet etter at kopien ble forkastet."
    with pytest.raises(CopyNotFound) as caught:
        store.conflict_copy(first.copy_id)
    assert "forkastet" in caught.value.text.nb and str(first.copy_id) in str(caught.value)


def test_taking_a_copy_over_keeps_the_version_it_replaces(store, other, new_case):
    mine = store.add_case(new_case())
    theirs = other.get_case(mine.id)
    theirs.problem = "Olas problem."
    theirs = other.save_case(theirs)
    other.set_status(mine.id, "in_review", by="Ola Saksbehandler",
                     expected_version=theirs.version)  # version 3
    mine.goals = "Karis mål."
    copy_id = store.save_draft(mine.id, mine.version, case_to_data(mine)).copy_id

    taken = store.take_over_conflict_copy(copy_id)

    assert taken.version == 4 and taken.status == "in_review"  # based on the current version
    assert (taken.goals, taken.problem) == ("Karis mål.", mine.problem)
    assert other.get_case(mine.id).goals == "Karis mål."
    (replaced,) = store.conflict_copies(mine.id)  # the taken copy is gone, Ola's is kept
    assert (replaced.reason, replaced.base_version, replaced.stored_version) == (REPLACED, 3, 4)
    assert store.conflict_copy_case(replaced.id).problem == "Olas problem."
    actions = [e.action for e in store.audit_log(mine.id)]
    assert actions[-3:] == ["update", KEEP_COPY, TAKE_OVER]
    assert store.audit_log(mine.id)[-1].detail == {
        "copy": copy_id, "based_on": 1, "replaced": 3, "version": 4}
    with pytest.raises(CopyNotFound):
        store.take_over_conflict_copy(copy_id)


def test_taking_over_an_identical_copy_changes_nothing_but_removes_it(store, other, new_case):
    mine = store.add_case(new_case())
    theirs = other.get_case(mine.id)
    theirs.goals = "Samme tekst."
    other.save_case(theirs)
    mine.goals = "Samme tekst."
    copy_id = store.save_draft(mine.id, mine.version, case_to_data(mine)).copy_id
    assert store.take_over_conflict_copy(copy_id).version == 2
    assert store.conflict_copies(mine.id) == []


def test_an_approved_case_refuses_the_copy_which_stays(store, other, new_case):
    mine = store.add_case(new_case())
    other.approve(mine.id, "Leder Ledersen")
    mine.goals = "Skrevet mens saken ble godkjent."
    result = store.save_draft(mine.id, mine.version, case_to_data(mine))
    assert isinstance(result.conflict, LockedError) and result.conflict.status == "approved"
    with pytest.raises(LockedError):
        store.take_over_conflict_copy(result.copy_id)
    assert [c.id for c in store.conflict_copies(mine.id)] == [result.copy_id]
    assert store.get_case(mine.id).status == "approved"


def test_a_case_moved_to_the_bin_keeps_the_edit_as_a_copy(store, other, new_case):
    mine = store.add_case(new_case())
    other.delete_case(mine.id)
    mine.goals = "Skrevet mens saken ble slettet."
    result = store.save_draft(mine.id, mine.version, case_to_data(mine))
    assert isinstance(result.conflict, LockedError) and result.conflict.deleted
    assert store.conflict_copy_case(result.copy_id).goals == "Skrevet mens saken ble slettet."
    other.purge_case(mine.id)  # erased for good: its copies go with it
    assert store.conflict_copies(mine.id) == []


def test_discarding_removes_the_copy_and_is_logged_once(store, other, new_case):
    mine = store.add_case(new_case())
    other.save_case(_changed(other.get_case(mine.id)))
    mine.goals = "Forkastes."
    copy_id = store.save_draft(mine.id, mine.version, case_to_data(mine)).copy_id
    store.discard_conflict_copy(copy_id)
    other.discard_conflict_copy(copy_id)  # already gone: nothing to do
    assert store.conflict_copies(mine.id) == []
    discards = [e for e in store.audit_log(mine.id) if e.action == DISCARD]
    assert [(e.who, e.detail["copy"]) for e in discards] == [("kari", copy_id)]


def test_copies_survive_closing_and_reopening_the_database(store_factory, new_case):
    with store_factory() as first, store_factory() as second:
        mine = first.add_case(new_case())
        second.save_case(_changed(second.get_case(mine.id)))
        mine.goals = "Varig."
        copy_id = first.save_draft(mine.id, mine.version, case_to_data(mine)).copy_id
    with store_factory() as reopened:
        assert reopened.conflict_copy_case(copy_id).goals == "Varig."


def _changed(case):
    case.title = case.title + " (endret)"
    return case


