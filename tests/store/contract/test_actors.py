"""Who acted: named status changes, the last editor, verdicts in the audit, stale verdicts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from impactapp.domain.approval import Actor
from impactapp.domain.model import Case, ReviewVerdict
from impactapp.store import Profile, StatusError, Store

NewCase = Callable[..., Case]


@pytest.fixture
def per(store: Store, store_factory) -> Iterator[Store]:
    """A second person's connection to the same database, with their profile."""
    with store_factory(who="per") as other:
        other.save_profile(Profile(name="Per Hansen", unit="Bydel Alna"))
        yield other


@pytest.mark.parametrize("by", ["", "   ", "root", "Administrator"])
def test_no_status_change_is_recorded_without_a_person_s_name(
        store: Store, new_case: NewCase, by: str) -> None:
    case = store.add_case(new_case())
    with pytest.raises(ValueError, match="name"):
        store.set_status(case.id, "in_review", by=by)
    with pytest.raises(ValueError, match="name"):
        store.approve(case.id, by)
    assert store.get_case(case.id).status == "draft"
    assert [e.action for e in store.audit_log(case.id)] == ["create"]


def test_without_a_profile_the_store_asks_for_a_name(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    with pytest.raises(ValueError, match="Give your name"):
        store.set_status(case.id, "in_review")
    store.save_profile(Profile(name="Kari Nordmann"))
    store.set_status(case.id, "in_review")
    entry = store.audit_log(case.id)[-1]
    assert (entry.who, entry.detail["by"]) == ("kari", "Kari Nordmann")


def test_every_status_change_records_the_name_and_the_login(
        store: Store, per: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    per.set_status(case.id, "in_review")
    per.set_status(case.id, "draft", by="Per H.")
    per.set_status(case.id, "in_review")
    approved = per.approve(case.id, "Per Hansen")
    per.set_status(case.id, "decided")
    per.new_revision(case.id)
    rows = [(e.action, e.who, e.detail.get("by")) for e in store.audit_log(case.id)[1:]]
    assert rows == [("status", "per", "Per Hansen"), ("status", "per", "Per H."),
                    ("status", "per", "Per Hansen"), ("approve", "per", "Per Hansen"),
                    ("status", "per", "Per Hansen"), ("new_revision", "per", "Per Hansen")]
    assert approved.approved_by == "Per Hansen"


def test_the_last_editor_is_who_last_saved_content(
        store: Store, per: Store, new_case: NewCase) -> None:
    store.save_profile(Profile(name="Kari Nordmann"))
    case = store.add_case(new_case())
    assert store.last_editor(case.id) == Actor("Kari Nordmann", "kari")
    theirs = per.get_case(case.id)
    theirs.goals = "Per skrev om målene."
    per.save_case(theirs)
    assert store.last_editor(case.id) == Actor("Per Hansen", "per")
    mine = store.get_case(case.id)
    mine.problem = "Kari retter problemet."
    store.save_case(mine, by="Kari N.")
    assert per.last_editor(case.id) == Actor("Kari N.", "kari")


def test_giving_verdicts_is_not_editing_and_each_verdict_is_audited(
        store: Store, per: Store, new_case: NewCase) -> None:
    store.save_profile(Profile(name="Kari Nordmann"))
    case = new_case()
    case.review = []
    case = store.add_case(case)
    store.set_status(case.id, "in_review")
    reviewed = per.get_case(case.id)
    reviewed.review = [ReviewVerdict("economy", "ok"), ReviewVerdict("sdg", "redo", "Mangler.")]
    per.save_case(reviewed)
    assert store.last_editor(case.id) == Actor("Kari Nordmann", "kari")
    verdicts = [(e.who, e.detail) for e in store.audit_log(case.id) if e.action == "verdict"]
    assert verdicts == [("per", {"step": "economy", "verdict": "ok", "by": "Per Hansen"}),
                        ("per", {"step": "sdg", "verdict": "redo", "by": "Per Hansen"})]


def test_an_edit_from_before_names_were_recorded_names_the_login(
        store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())  # kari has no profile: no name in the audit
    assert "by" not in store.audit_log(case.id)[0].detail
    assert store.last_editor(case.id) == Actor("", "kari")


def test_back_to_draft_keeps_the_verdicts_and_marks_them_stale(
        store: Store, new_case: NewCase) -> None:
    review = [ReviewVerdict("economy", "ok"), ReviewVerdict("sdg", "improve", "Hvorfor?", "Fordi.")]
    case = new_case()
    case.review = review
    case = store.add_case(case)
    store.set_status(case.id, "in_review", by="Kari Nordmann")
    back = store.set_status(case.id, "draft", by="Kari Nordmann")
    assert [(v.step, v.verdict, v.note, v.answer, v.stale) for v in back.review] == [
        ("economy", "ok", "", "", True), ("sdg", "improve", "Hvorfor?", "Fordi.", True)]
    assert store.get_case(case.id).review[0].stale


def test_a_new_revision_s_verdicts_are_stale(store: Store, new_case: NewCase) -> None:
    case = new_case()
    case.review = [ReviewVerdict("economy", "ok")]
    case = store.add_case(case)
    store.approve(case.id, "Lise Leder")
    draft = store.new_revision(case.id, by="Kari Nordmann")
    assert [v.stale for v in draft.review] == [True]
    assert not store.get_revision(case.id, 1).review[0].stale  # the frozen one is untouched


def test_a_decision_records_its_date_on_the_approved_case(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    with pytest.raises(StatusError):
        store.decide(case.id, date(2027, 2, 3), by="Lise Leder")
    store.approve(case.id, "Lise Leder")
    decided = store.decide(case.id, date(2027, 2, 3), by="Lise Leder")
    assert (decided.status, decided.decision_date) == ("decided", date(2027, 2, 3))
    assert store.list_cases()[0].status == "decided"
    entry = store.audit_log(case.id)[-1]
    assert entry.detail == {"from": "approved", "to": "decided", "by": "Lise Leder",
                            "decision_date": "2027-02-03"}
    assert store.get_revision(case.id, 1).status == "approved"
