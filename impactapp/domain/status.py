"""A case's status: which changes the method allows, and what blocks them.

``draft -> in_review -> approved -> decided``; a reviewer may send a case back
(``in_review -> draft``). An approved or decided case is locked; it becomes editable again only
as a new revision (``new_revision``), never by a status change.
"""

from __future__ import annotations

import copy

from .approval import Actor, approver_blockers, check_actor, mark_stale, verdict_blockers
from .checks import blank
from .issues import Issue, IssueList, make_issue
from .model import STATUSES, Case, Catalog
from .validation import validate_case
from .vocabulary import STATUS_LABELS, STEP_LABELS, label

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("in_review",),
    "in_review": ("draft", "approved"),
    "approved": ("decided",),
    "decided": (),
}

LOCKED: tuple[str, ...] = ("approved", "decided")


def allowed_transitions(status: str) -> tuple[str, ...]:
    """The statuses a case in ``status`` may move to by a status change."""
    return TRANSITIONS.get(status, ())


def is_locked(case: Case) -> bool:
    """Whether the case's content is frozen (approved or decided)."""
    return case.status in LOCKED


def _review_blockers(case: Case) -> list[Issue]:
    """A ``redo`` verdict, or an ``improve`` verdict nobody has answered, blocks approval."""
    issues = IssueList(case)
    for i, verdict in enumerate(case.review):
        step = verdict.step if verdict.step in STEP_LABELS else None
        name = label(STEP_LABELS, str(verdict.step))
        if verdict.verdict == "redo":
            issues.add(f"review[{i}].verdict", "review_redo", step, step=name)
        elif verdict.verdict == "improve" and blank(verdict.answer):
            issues.add(f"review[{i}].answer", "review_unanswered", step, step=name)
    return issues.items


def check_transition(
    case: Case,
    new_status: str,
    catalog: Catalog,
    actor: Actor | None = None,
    last_editor: Actor | None = None,
) -> list[Issue]:
    """What keeps ``case`` from moving to ``new_status``; an empty list means it may.

    Going to review needs a case that is complete at its depth (unhandled trade-offs included,
    as validation reports them). Approval needs that too, a current verdict on every step with
    no ``redo`` and every ``improve`` answered, and an approver who (under the two-person rule)
    is neither the caseworker nor ``last_editor``. With ``actor`` None the person is not
    checked (for showing what the content still lacks); every status change names its actor.
    """
    if new_status not in allowed_transitions(case.status):
        return [
            make_issue(
                "status", "illegal_transition", "review",
                old=label(STATUS_LABELS, str(case.status)),
                new=label(STATUS_LABELS, str(new_status)),
            )
        ]
    if new_status == "approved":
        person = [] if actor is None else approver_blockers(case, catalog, actor, last_editor)
        return (person + validate_case(case, catalog) + verdict_blockers(case, catalog)
                + _review_blockers(case))
    person = [] if actor is None else check_actor(actor)
    if new_status == "in_review":
        return person + validate_case(case, catalog)
    return person


def check_new_revision(case: Case) -> list[Issue]:
    """Only a locked case can start a new revision; an empty list means it may."""
    if is_locked(case):
        return []
    return [make_issue("status", "not_locked", "review")]


def new_revision(case: Case) -> Case:
    """The next revision of a locked case as a draft; the given case is left untouched.

    The approval record is cleared (the new revision is not approved); the content, review
    included, carries over for the caseworker to revise, its verdicts stale (the new revision
    needs a new look). Raises ValueError for a case that is not locked (callers check
    ``check_new_revision`` first).
    """
    if not is_locked(case):
        raise ValueError(f"case status {case.status!r} is not locked")
    draft = copy.deepcopy(case)
    draft.status = STATUSES[0]
    draft.revision = case.revision + 1
    draft.approved_by = ""
    draft.approved_at = None
    mark_stale(draft)
    return draft


def take_back_to_draft(case: Case) -> Case:
    """The case in review back as a draft: its verdicts kept and marked stale."""
    draft = copy.deepcopy(case)
    draft.status = STATUSES[0]
    mark_stale(draft)
    return draft
