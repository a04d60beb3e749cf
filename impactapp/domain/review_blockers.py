"""The case's next status and what keeps it from getting there, in plain sentences.

The review step lists these; pure, so the sentences are tested without windows.
"""

from __future__ import annotations

from .approval import Actor
from .model import STATUSES, Case, Catalog
from .status import allowed_transitions, check_transition
from .vocabulary import STEP_LABELS

_NAMES_ITS_STEP = ("review_redo", "review_unanswered", "review_missing", "review_stale")


def next_status(status: str) -> str | None:
    """The forward status a case moves to from ``status`` (sending back is not "next")."""
    if status not in STATUSES:
        return None
    later = [s for s in allowed_transitions(status) if STATUSES.index(s) > STATUSES.index(status)]
    return later[0] if later else None


def step_name(catalog: Catalog, step_id: str, lang: str) -> str:
    """A step's title as the wizard shows it (from forms/), else the domain's own label."""
    step = catalog.form.step(step_id) if catalog.form else None
    if step is not None:
        return step.title.get(lang)
    label = STEP_LABELS.get(step_id)
    return label.get(lang) if label else step_id


def review_blockers(case: Case, catalog: Catalog, new_status: str, lang: str,
                    actor: Actor | None = None, last_editor: Actor | None = None) -> list[str]:
    """What keeps ``case`` from ``new_status``, one plain sentence each, led by the step it
    concerns (for a verdict: the step reviewed) unless the sentence names the step itself.

    With ``actor`` the person is checked too (the two-person rule)."""
    sentences = []
    for issue in check_transition(case, new_status, catalog, actor, last_editor):
        text = issue.message.get(lang)
        step = issue.where.review_step or issue.step
        if step and issue.code not in _NAMES_ITS_STEP:
            text = f"{step_name(catalog, step, lang)}: {text}"
        sentences.append(text)
    return sentences
