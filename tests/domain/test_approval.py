"""The two-person rule, who is acting, verdicts on every step and stale verdicts."""

from __future__ import annotations

import dataclasses

import pytest

from impactapp.domain.approval import (
    Actor,
    check_actor,
    check_edit,
    check_verdict,
    give_verdict,
    read_only_reason,
    review_steps,
    same_person_approved,
)
from impactapp.domain.model import ReviewVerdict
from impactapp.domain.serialize import case_from_data, case_to_data
from impactapp.domain.status import check_transition, take_back_to_draft

KARI = Actor("Kari Nordmann", "kari")  # the sample case's caseworker
PER = Actor("Per Hansen", "per")
LISE = Actor("Lise Leder", "lise")


@pytest.fixture
def in_review(case, catalog):
    """The complete sample case in review with an "ok" on every reviewed step."""
    case.status = "in_review"
    case.review = [ReviewVerdict(step, "ok") for step in review_steps(catalog)]
    return case


def codes(issues) -> list[str]:
    return [i.code for i in issues]


def test_a_second_person_may_approve(in_review, catalog):
    assert check_transition(in_review, "approved", catalog, LISE, PER) == []


@pytest.mark.parametrize("name", ["Kari Nordmann", "  kari   NORDMANN ", "KARI NORDMANN"])
def test_the_caseworker_may_not_approve_their_own_case(in_review, catalog, name):
    issues = check_transition(in_review, "approved", catalog, Actor(name, "anyone"), PER)
    assert codes(issues) == ["approver_is_caseworker"]
    assert "Kari" in issues[0].message.nb and "another person" in issues[0].message.en


def test_the_last_editor_may_not_approve(in_review, catalog):
    issues = check_transition(in_review, "approved", catalog, PER, Actor("per hansen", "x"))
    assert codes(issues) == ["approver_is_last_editor"]


def test_an_unnamed_last_editor_is_told_apart_by_login(in_review, catalog):
    unnamed = Actor("", "per")
    assert codes(check_transition(in_review, "approved", catalog, PER, unnamed)) == [
        "approver_is_last_editor"]
    assert check_transition(in_review, "approved", catalog, LISE, unnamed) == []


def test_a_municipality_may_switch_the_rule_off(in_review, catalog):
    one_person = dataclasses.replace(catalog, two_person_rule=False)
    assert check_transition(in_review, "approved", one_person, KARI, KARI) == []
    assert check_transition(in_review, "approved", catalog, KARI, KARI) != []


@pytest.mark.parametrize("actor", [None, Actor("", "ola"), Actor("   ", "ola")])
def test_nobody_acts_without_a_name(actor):
    assert codes(check_actor(actor)) == ["actor_missing"]


@pytest.mark.parametrize("name", ["root", "Root", "administrator", "unknown"])
def test_a_system_account_is_not_a_person(name):
    (issue,) = check_actor(Actor(name, "root"))
    assert issue.code == "actor_system_account" and name in issue.message.en


@pytest.mark.parametrize("target", ["in_review", "draft", "approved"])
def test_every_status_change_needs_a_named_actor(in_review, catalog, target):
    in_review.status = "draft" if target == "in_review" else "in_review"
    assert "actor_missing" in codes(check_transition(in_review, target, catalog, Actor("", "x")))
    assert "actor_system_account" in codes(
        check_transition(in_review, target, catalog, Actor("root", "root")))


def test_every_reviewed_step_needs_a_verdict(in_review, catalog):
    in_review.review = [v for v in in_review.review if v.step not in ("economy", "sdg")]
    issues = check_transition(in_review, "approved", catalog, LISE, PER)
    assert [(i.code, i.step) for i in issues] == [("review_missing", "economy"),
                                                 ("review_missing", "sdg")]
    assert "Økonomiske konsekvenser" in issues[0].message.nb


def test_the_review_step_itself_needs_no_verdict(catalog):
    assert "review" not in review_steps(catalog)
    assert len(review_steps(catalog)) == 11


def test_a_redo_blocks_approval(in_review, catalog):
    in_review.review[3].verdict = "redo"
    assert codes(check_transition(in_review, "approved", catalog, LISE, PER)) == ["review_redo"]


def test_taking_back_to_draft_keeps_the_verdicts_and_marks_them_stale(in_review, catalog):
    in_review.review[2] = ReviewVerdict(in_review.review[2].step, "improve", "Why?", "Because.")
    draft = take_back_to_draft(in_review)
    assert draft.status == "draft" and in_review.status == "in_review"
    assert [(v.step, v.verdict, v.stale) for v in draft.review] == [
        (v.step, v.verdict, True) for v in in_review.review]
    assert (draft.review[2].note, draft.review[2].answer) == ("Why?", "Because.")
    draft.status = "in_review"
    issues = check_transition(draft, "approved", catalog, LISE, PER)
    assert codes(issues) == ["review_stale"] * len(review_steps(catalog))


def test_a_confirmed_verdict_is_no_longer_stale(in_review, catalog):
    stale = take_back_to_draft(in_review)
    stale.status = "in_review"
    confirmed = stale
    for step in review_steps(catalog):
        confirmed = give_verdict(confirmed, step, "ok", None, review_steps(catalog))
    assert check_transition(confirmed, "approved", catalog, LISE, PER) == []
    assert all(v.stale for v in stale.review)  # give_verdict works on a copy


def test_stale_marks_round_trip_through_the_case_format(in_review):
    draft = take_back_to_draft(in_review)
    data = case_to_data(draft)
    assert data["review"][0]["stale"] is True
    assert "stale" not in case_to_data(in_review)["review"][0]  # absent when fresh
    assert case_to_data(case_from_data(data)) == data


def test_give_verdict_keeps_the_answer_and_sorts_by_step(in_review, catalog):
    in_review.review = [ReviewVerdict("economy", "improve", "Costs?", "Added.")]
    out = give_verdict(in_review, "details", "ok", None, review_steps(catalog))
    out = give_verdict(out, "economy", "ok", "Fine now.", review_steps(catalog))
    assert [(v.step, v.verdict, v.note, v.answer) for v in out.review] == [
        ("details", "ok", "", ""), ("economy", "ok", "Fine now.", "Added.")]


def test_the_authors_may_not_give_verdicts(in_review, catalog):
    assert check_verdict(in_review, "economy", "ok", catalog, LISE, PER) == []
    assert codes(check_verdict(in_review, "economy", "ok", catalog, KARI, PER)) == [
        "reviewer_is_author"]
    assert codes(check_verdict(in_review, "economy", "ok", catalog, PER, PER)) == [
        "reviewer_is_author"]
    one_person = dataclasses.replace(catalog, two_person_rule=False)
    assert check_verdict(in_review, "economy", "ok", one_person, KARI, KARI) == []


@pytest.mark.parametrize(
    ("status", "step", "verdict", "code"),
    [("draft", "economy", "ok", "review_not_in_review"),
     ("in_review", "review", "ok", "review_unknown_step"),
     ("in_review", "budget", "ok", "review_unknown_step"),
     ("in_review", "economy", "maybe", "invalid_choice")],
)
def test_a_verdict_needs_a_case_in_review_a_step_and_a_known_verdict(
        in_review, catalog, status, step, verdict, code):
    in_review.status = status
    assert codes(check_verdict(in_review, step, verdict, catalog, LISE, PER)) == [code]


def test_a_case_in_review_is_read_only_for_its_authors_only(in_review, catalog):
    assert read_only_reason(in_review, catalog, KARI, PER) == "in_review"
    assert read_only_reason(in_review, catalog, PER, PER) == "in_review"
    assert read_only_reason(in_review, catalog, None, PER) == "in_review"
    assert read_only_reason(in_review, catalog, LISE, PER) is None
    one_person = dataclasses.replace(catalog, two_person_rule=False)
    assert read_only_reason(in_review, one_person, KARI, KARI) is None
    in_review.status = "approved"
    assert read_only_reason(in_review, one_person, LISE, PER) == "locked"
    in_review.status = "draft"
    assert read_only_reason(in_review, catalog, KARI, KARI) is None


def test_the_memo_knows_when_one_person_assessed_and_approved(in_review):
    in_review.status = "approved"
    in_review.approved_by = " kari nordmann"
    assert same_person_approved(in_review)
    in_review.approved_by = "Lise Leder"
    assert not same_person_approved(in_review)


def test_an_author_editing_a_case_in_review_is_told_how_to_change_it(in_review, catalog):
    (issue,) = check_edit(in_review, catalog, KARI, PER)
    assert issue.code == "read_only_in_review" and "take it back to draft" in issue.message.en
    assert check_edit(in_review, catalog, LISE, PER) == []
