"""Status changes: the allowed path, what blocks review and approval, and new revisions."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from impactapp.domain.approval import review_steps
from impactapp.domain.model import STATUSES, ReviewVerdict
from impactapp.domain.serialize import case_to_data
from impactapp.domain.status import (
    allowed_transitions,
    check_new_revision,
    check_transition,
    is_locked,
    new_revision,
)

from .sample import CATALOG
from .strategies import cases

LEGAL = {("draft", "in_review"), ("in_review", "draft"), ("in_review", "approved"),
         ("approved", "decided")}


@pytest.mark.parametrize(
    ("old", "new"),
    [(old, new) for old in STATUSES for new in (*STATUSES, "archived")],
)
def test_only_the_method_s_transitions_are_legal(case, catalog, old, new):
    case.status = old
    case.review = all_ok(catalog)
    issues = check_transition(case, new, catalog)
    if (old, new) in LEGAL:
        assert issues == []
        assert new in allowed_transitions(old)
    else:
        assert [(i.path, i.code) for i in issues] == [("status", "illegal_transition")]
        assert new not in allowed_transitions(old)


def test_an_illegal_transition_names_both_statuses_in_each_language(case, catalog):
    case.status = "decided"
    (issue,) = check_transition(case, "draft", catalog)
    assert "vedtatt" in issue.message.nb and "utkast" in issue.message.nb
    assert "decided" in issue.message.en and "draft" in issue.message.en


def all_ok(catalog) -> list[ReviewVerdict]:
    """An "ok" on every reviewed step: the review an approvable case has."""
    return [ReviewVerdict(step, "ok") for step in review_steps(catalog)]


def with_verdicts(catalog, *verdicts: ReviewVerdict) -> list[ReviewVerdict]:
    """``verdicts`` where given, "ok" on every other reviewed step."""
    given = {v.step: v for v in verdicts}
    return [given.pop(v.step, v) for v in all_ok(catalog)] + list(given.values())


@pytest.mark.parametrize("target", ["in_review", "approved"])
def test_an_unhandled_trade_off_blocks_review_and_approval(case, catalog, target):
    case.status = "draft" if target == "in_review" else "in_review"
    case.review = all_ok(catalog)
    case.alternatives[1].trade_offs[0].handling = ""
    issues = check_transition(case, target, catalog)
    assert [(i.code, i.criterion) for i in issues] == [("trade_off_unhandled", "env.nature")]


def test_a_validation_issue_blocks_review(case, catalog):
    case.title = ""
    assert [i.code for i in check_transition(case, "in_review", catalog)] == ["required"]


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        ([], []),
        ([ReviewVerdict("environment", "ok")], []),
        ([ReviewVerdict("environment", "redo", "Wrong baseline.")],
         [("review[0].verdict", "review_redo", "environment")]),
        ([ReviewVerdict("sdg", "ok"), ReviewVerdict("distribution", "improve", "Add district.")],
         [("review[1].answer", "review_unanswered", "distribution")]),
        ([ReviewVerdict("distribution", "improve", "Add district.", "Added Grorud.")], []),
        ([ReviewVerdict("economy", "improve", "Costs?", "  "),
          ReviewVerdict("alternatives", "redo", "Add a measure.")],
         [("review[0].answer", "review_unanswered", "economy"),
          ("review[1].verdict", "review_redo", "alternatives")]),
    ],
)
def test_approval_needs_no_redo_and_every_improvement_answered(case, catalog, review, expected):
    case.status = "in_review"
    case.review = with_verdicts(catalog, *review)
    issues = check_transition(case, "approved", catalog)
    shifted = []  # review[i] paths count in the full list of verdicts
    for path, code, step in expected:
        index = next(i for i, v in enumerate(case.review) if v.step == step)
        shifted.append((f"review[{index}].{path.split('.', 1)[1]}", code, step))
    assert sorted((i.path, i.code, i.step) for i in issues) == sorted(shifted)


def test_a_redo_verdict_names_its_step(case, catalog):
    case.status = "in_review"
    case.review = with_verdicts(
        catalog, ReviewVerdict("trade_offs", "redo", "Handle the toll's effect on low incomes."))
    (issue,) = check_transition(case, "approved", catalog)
    assert "Avveininger" in issue.message.nb and "Trade-offs" in issue.message.en


@pytest.mark.parametrize(("status", "locked"), [("draft", False), ("in_review", False),
                                                ("approved", True), ("decided", True)])
def test_approved_and_decided_cases_are_locked(case, status, locked):
    case.status = status
    assert is_locked(case) is locked
    assert (check_new_revision(case) == []) is locked


@pytest.mark.parametrize("status", ["approved", "decided"])
def test_a_new_revision_is_a_draft_copy_of_the_locked_case(case, status):
    case.status, case.revision = status, 3
    case.approved_by, case.approved_at = "Ola Leder", datetime(2026, 3, 1, 12, 0)
    case.review = [ReviewVerdict("economy", "ok")]
    before = case_to_data(case)
    draft = new_revision(case)
    assert (draft.status, draft.revision, draft.approved_by, draft.approved_at) == (
        "draft", 4, "", None
    )
    assert case_to_data(case) == before  # the locked case is untouched
    # The verdicts carry over, stale: the new revision needs a new look.
    stale = [{"step": "economy", "verdict": "ok", "stale": True}]
    assert case_to_data(draft) == before | {"status": "draft", "review": stale}
    draft.alternatives[1].assessments[0].rating = -3
    assert case.alternatives[1].assessments[0].rating == 2


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_an_unlocked_case_gets_no_new_revision(case, status):
    case.status = status
    assert [i.code for i in check_new_revision(case)] == ["not_locked"]
    with pytest.raises(ValueError, match="not locked"):
        new_revision(case)


@settings(max_examples=60, deadline=None)
@given(cases, st.sampled_from([*STATUSES, "x"]))
def test_check_transition_never_raises_and_reports_illegal_moves(case, new):
    issues = check_transition(case, new, CATALOG)
    illegal = [i for i in issues if i.code == "illegal_transition"]
    if new in allowed_transitions(case.status):
        assert illegal == []
    else:
        assert len(illegal) == len(issues) == 1
