"""Who is acting, and the two-person rule: who may review, approve and edit a case.

Approval means a second person looked. By default (``Catalog.two_person_rule``) the approver is
neither the case's caseworker nor whoever last edited its content, and a case in review is
read-only for its authors. Every reviewed step needs a current verdict: taking a case back to
draft keeps the verdicts but marks them stale, and a stale verdict must be confirmed again.
People are told apart by name (as their profile or ``--as`` gives it); the OS login is only
used when an edit carries no name (a store written before names were recorded).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from .issues import Issue, IssueList, make_issue
from .model import STEP_IDS, VERDICTS, Case, Catalog, ReviewVerdict
from .vocabulary import STATUS_LABELS, STEP_LABELS, label

#: Account names that belong to no person: never recorded as the one who acted.
SYSTEM_ACCOUNTS: frozenset[str] = frozenset(
    {"root", "admin", "administrator", "system", "unknown", "nobody"}
)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person acting on a case: their name, and the OS login they act from."""

    name: str
    login: str = ""


def person_key(name: str) -> str:
    """A name as compared: case and spacing do not make another person."""
    return " ".join(name.split()).casefold()


def same_person(actor: Actor, other: Actor | None) -> bool:
    """Whether ``other`` is ``actor``: by name, or by login when ``other`` has no name."""
    if other is None:
        return False
    if other.name.strip():
        return person_key(actor.name) == person_key(other.name)
    return bool(other.login) and other.login == actor.login


def check_actor(actor: Actor | None) -> list[Issue]:
    """An empty list when ``actor`` names a person; never an empty name or a system account."""
    if actor is None or not actor.name.strip():
        return [make_issue("actor", "actor_missing", None)]
    if person_key(actor.name) in SYSTEM_ACCOUNTS:
        return [make_issue("actor", "actor_system_account", None, name=actor.name.strip())]
    return []


def review_steps(catalog: Catalog) -> tuple[str, ...]:
    """The steps a reviewer gives a verdict on: the wizard's steps but the review itself."""
    steps = [s.id for s in catalog.form.steps] if catalog.form else list(STEP_IDS)
    return tuple(s for s in steps if s != "review")


def is_author(case: Case, actor: Actor, last_editor: Actor | None) -> bool:
    """Whether ``actor`` wrote the case: its caseworker or the last editor of its content."""
    caseworker = case.caseworker.strip()
    if caseworker and person_key(caseworker) == person_key(actor.name):
        return True
    return same_person(actor, last_editor)


def _author_issue(case: Case, actor: Actor, last_editor: Actor | None) -> Issue | None:
    name = actor.name.strip()
    caseworker = case.caseworker.strip()
    if caseworker and person_key(caseworker) == person_key(name):
        return make_issue("actor", "approver_is_caseworker", None, name=caseworker)
    if same_person(actor, last_editor):
        return make_issue("actor", "approver_is_last_editor", None, name=name)
    return None


def verdict_blockers(case: Case, catalog: Catalog) -> list[Issue]:
    """Steps without a verdict, and stale verdicts: each keeps the case from approval."""
    issues = IssueList(case)
    given = {v.step: (i, v) for i, v in enumerate(case.review)}
    for step in review_steps(catalog):
        name = label(STEP_LABELS, step)
        if step not in given:
            issues.add(f"review.{step}", "review_missing", step, step=name)
        elif given[step][1].stale:
            issues.add(f"review[{given[step][0]}].stale", "review_stale", step, step=name)
    return issues.items


def approver_blockers(
    case: Case, catalog: Catalog, actor: Actor | None, last_editor: Actor | None
) -> list[Issue]:
    """What keeps ``actor`` from approving ``case`` as a person (not as content)."""
    problems = check_actor(actor)
    if problems or actor is None:
        return problems
    if catalog.two_person_rule:
        issue = _author_issue(case, actor, last_editor)
        if issue is not None:
            return [issue]
    return []


def check_verdict(
    case: Case,
    step: str,
    verdict: str,
    catalog: Catalog,
    actor: Actor | None,
    last_editor: Actor | None,
) -> list[Issue]:
    """What keeps ``actor`` from giving ``verdict`` on ``step``; empty means they may."""
    problems = check_actor(actor)
    if problems or actor is None:
        return problems
    if case.status != "in_review":
        return [make_issue("status", "review_not_in_review", "review",
                           status=label(STATUS_LABELS, case.status))]
    steps = review_steps(catalog)
    if step not in steps:
        return [make_issue("review", "review_unknown_step", "review", value=step,
                           allowed=", ".join(steps))]
    if verdict not in VERDICTS:
        return [make_issue("review", "invalid_choice", "review", value=verdict,
                           allowed=", ".join(VERDICTS))]
    if catalog.two_person_rule and is_author(case, actor, last_editor):
        return [make_issue("actor", "reviewer_is_author", "review", name=actor.name.strip())]
    return []


def give_verdict(case: Case, step: str, verdict: str, note: str | None, order: tuple[str, ...]
                 ) -> Case:
    """A copy of ``case`` with ``verdict`` on ``step`` (fresh, no longer stale).

    ``note`` None keeps the step's note; the caseworker's answer is kept. ``order`` sorts the
    verdicts as the wizard lists its steps.
    """
    out = copy.deepcopy(case)
    existing = next((v for v in out.review if v.step == step), None)
    if existing is None:
        existing = ReviewVerdict(step, verdict)
        out.review.append(existing)
    existing.verdict = verdict
    existing.stale = False
    if note is not None:
        existing.note = note
    rank = {s: i for i, s in enumerate(order)}
    out.review.sort(key=lambda v: rank.get(v.step, len(rank)))
    return out


def mark_stale(case: Case) -> None:
    """Keep every verdict but mark it stale: it was given on content that may change."""
    for verdict in case.review:
        verdict.stale = True


def read_only_reason(case: Case, catalog: Catalog, actor: Actor | None,
                     last_editor: Actor | None) -> str | None:
    """Why ``actor`` may not edit the case's content: "locked", "in_review", or None.

    A case in review is read-only for its authors (and for anyone not known by name); with the
    two-person rule off, one person may do both and nothing is read-only in review.
    """
    if case.status in ("approved", "decided"):
        return "locked"
    if case.status != "in_review" or not catalog.two_person_rule:
        return None
    if actor is None or check_actor(actor) or is_author(case, actor, last_editor):
        return "in_review"
    return None


def check_edit(case: Case, catalog: Catalog, actor: Actor | None,
               last_editor: Actor | None) -> list[Issue]:
    """Why ``actor`` may not edit a case in review, as an issue (a locked case is the store's)."""
    if read_only_reason(case, catalog, actor, last_editor) == "in_review":
        return [make_issue("status", "read_only_in_review", "review")]
    return []


def same_person_approved(case: Case) -> bool:
    """Whether the case was approved by its own caseworker (the two-person rule was off)."""
    if not case.approved_by.strip() or not case.caseworker.strip():
        return False
    return person_key(case.approved_by) == person_key(case.caseworker)
