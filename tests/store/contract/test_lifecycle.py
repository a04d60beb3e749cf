"""Status, approval with frozen revisions, the bin, and the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from impactapp.domain.model import Case
from impactapp.domain.serialize import content_equal
from impactapp.store import (
    ConflictError,
    LockedError,
    NotFound,
    NotInBin,
    StatusError,
    Store,
    canonical_json,
    content_hash,
)

NewCase = Callable[..., Case]


@pytest.fixture
def approved(store: Store, new_case: NewCase) -> Case:
    case = store.add_case(new_case())
    return store.approve(case.id, "Leder Lise")


def test_approve_records_approver_and_freezes_a_revision(store: Store, approved: Case) -> None:
    assert approved.status == "approved"
    assert approved.approved_by == "Leder Lise"
    assert approved.approved_at is not None

    [revision] = store.revisions(approved.id)
    assert revision.revision == 1
    assert revision.sha256 == content_hash(approved)
    assert revision.sha256 == content_hash(store.get_case(approved.id))
    assert (revision.approved_by, revision.approved_at) == ("Leder Lise", approved.approved_at)


def test_saving_an_approved_case_is_refused(store: Store, approved: Case) -> None:
    before = canonical_json(store.get_case(approved.id))
    approved.goals = "Endret etter godkjenning."
    with pytest.raises(LockedError) as info:
        store.save_case(approved)
    assert info.value.status == "approved"
    assert canonical_json(store.get_case(approved.id)) == before


def test_new_revision_is_an_editable_draft_and_the_old_one_stays(
    store: Store, approved: Case
) -> None:
    frozen = store.get_revision(approved.id, 1)

    draft = store.new_revision(approved.id, by="Ola Saksbehandler")
    assert (draft.revision, draft.status, draft.approved_by) == (2, "draft", "")
    draft.goals = "Mål for revisjon 2."
    saved = store.save_case(draft)

    assert saved.goals == "Mål for revisjon 2."
    again = store.get_revision(approved.id, 1)
    assert content_equal(again, frozen)
    assert again.goals != saved.goals
    assert content_hash(again) == store.revisions(approved.id)[0].sha256
    assert [r.revision for r in store.revisions(approved.id)] == [1]

    second = store.approve(approved.id, "Leder Lise")
    assert [r.revision for r in store.revisions(approved.id)] == [1, 2]
    assert content_equal(store.get_revision(approved.id, 2), second)


def test_a_frozen_revision_cannot_be_saved_over_the_live_case(
    store: Store, approved: Case
) -> None:
    store.new_revision(approved.id, by="Ola Saksbehandler")
    old = store.get_revision(approved.id, 1)
    with pytest.raises(ConflictError):
        store.save_case(old)


def test_new_revision_of_a_draft_is_refused(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    with pytest.raises(StatusError):
        store.new_revision(case.id, by="Ola Saksbehandler")
    with pytest.raises(NotFound):
        store.get_revision(case.id, 1)


def test_status_changes_are_stored_and_audited(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    in_review = store.set_status(case.id, "in_review", by="Ola Saksbehandler",
                                 expected_version=case.version)

    assert in_review.status == "in_review"
    assert store.get_case(case.id).status == "in_review"
    assert in_review.version == case.version + 1
    entry = store.audit_log(case.id)[-1]
    assert (entry.action, entry.who, entry.detail) == (
        "status", "kari", {"from": "draft", "to": "in_review", "by": "Ola Saksbehandler"})


def test_set_status_checks_the_expected_version(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    store.set_status(case.id, "in_review", by="Ola Saksbehandler")
    with pytest.raises(ConflictError):
        store.set_status(case.id, "draft", by="Ola Saksbehandler", expected_version=case.version)
    assert store.get_case(case.id).status == "in_review"


def test_an_approved_case_cannot_go_back_to_draft_by_status(
    store: Store, approved: Case
) -> None:
    with pytest.raises(LockedError):
        store.set_status(approved.id, "draft", by="Ola Saksbehandler")
    decided = store.set_status(approved.id, "decided", by="Ola Saksbehandler")
    assert decided.status == "decided"
    with pytest.raises(LockedError):
        store.set_status(approved.id, "in_review", by="Ola Saksbehandler")
    assert store.new_revision(approved.id, by="Ola Saksbehandler").status == "draft"


def test_approval_only_through_approve_and_decision_only_after_it(
    store: Store, new_case: NewCase
) -> None:
    case = store.add_case(new_case())
    with pytest.raises(StatusError):
        store.set_status(case.id, "approved", by="Ola Saksbehandler")
    with pytest.raises(StatusError):
        store.set_status(case.id, "decided", by="Ola Saksbehandler")
    assert store.get_case(case.id).status == "draft"
    assert store.revisions(case.id) == []


def test_approving_twice_is_refused(store: Store, approved: Case) -> None:
    with pytest.raises(LockedError):
        store.approve(approved.id, "Noen andre")
    assert len(store.revisions(approved.id)) == 1


def test_audit_log_records_who_did_what_and_when(
    store: Store, new_case: NewCase, clock
) -> None:
    start = clock.now()
    case = store.add_case(new_case())
    case.goals = "Endret."
    clock.advance(timedelta(minutes=5))
    store.save_case(case)
    store.approve(case.id, "Leder Lise")
    store.delete_case(case.id)
    end = clock.now() + timedelta(milliseconds=1)  # strictly increasing: a few microseconds on

    log = store.audit_log(case.id)

    assert [e.action for e in log] == ["create", "update", "approve", "delete"]
    assert {e.who for e in log} == {"kari"}
    assert {e.case_id for e in log} == {case.id}
    assert log[0].at == start
    assert all(start + timedelta(minutes=5) <= e.at < end for e in log[1:])
    assert [e.at for e in log] == sorted(e.at for e in log)
    assert log[2].detail["sha256"] == store.revisions(case.id)[0].sha256
    assert log[2].detail["approved_by"] == "Leder Lise"


def test_audit_log_without_a_case_id_holds_every_case(store: Store, new_case: NewCase) -> None:
    first = store.add_case(new_case("En"))
    second = store.add_case(new_case("To"))
    assert [e.case_id for e in store.audit_log()] == [first.id, second.id]
    assert [e.case_id for e in store.audit_log(second.id)] == [second.id]


def test_bin_restore_and_purge(store: Store, approved: Case) -> None:
    case_id = approved.id
    store.delete_case(case_id)
    assert store.count_cases() == 0
    assert store.get_case(case_id).title == approved.title  # the bin can still show it

    restored = store.restore_case(case_id)
    assert [s.id for s in store.list_cases()] == [case_id]
    assert content_equal(restored, approved)

    store.delete_case(case_id)
    store.purge_case(case_id)

    with pytest.raises(NotFound):
        store.get_case(case_id)
    with pytest.raises(NotFound):
        store.revisions(case_id)  # its frozen revisions went with it
    actions = [e.action for e in store.audit_log(case_id)]
    assert actions[-4:] == ["delete", "restore", "delete", "purge"]
    assert store.audit_log(case_id)[-1].detail == {"revisions": 1}


def test_purge_refuses_a_case_outside_the_bin(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    with pytest.raises(NotInBin):
        store.purge_case(case.id)
    assert store.get_case(case.id).id == case.id


def test_a_case_in_the_bin_cannot_be_edited(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    store.delete_case(case.id)
    case.goals = "Endret i papirkurven."
    with pytest.raises(LockedError) as info:
        store.save_case(case)
    assert info.value.deleted
    with pytest.raises(LockedError):
        store.approve(case.id, "Leder Lise")


def test_erased_case_ids_are_never_reused(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    store.delete_case(case.id)
    store.purge_case(case.id)
    assert store.add_case(new_case()).id != case.id


def test_a_users_profile_is_kept_per_os_user(store_factory) -> None:
    from impactapp.store import Profile

    with store_factory(who="kari") as store:
        assert store.profile() == Profile()
        store.save_profile(Profile("Kari Nordmann", "Bymiljøetaten", "Oslo"))
        store.save_profile(Profile("Kari Nordmann", "Bydel Sagene", "Oslo"))
    with store_factory(who="ola") as store:
        assert store.profile() == Profile()
    with store_factory(who="kari") as store:
        assert store.profile() == Profile("Kari Nordmann", "Bydel Sagene", "Oslo")
