"""How far a wizard step is: has it any content, and does it hold what its depth requires?

Pure, so the step list can show every step's state without building the step's page, and the
check mark follows the same rules as validation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .fields import get_field
from .form import FormField, FormStep
from .issues import Issue
from .model import Case, Catalog
from .screening import QUESTIONS, valid_answers


def _measures(case: Case):
    return [a for a in case.alternatives if not a.zero]


def _ratings(case: Case, field: FormField, catalog: Catalog) -> bool:
    pillars = set(field.pillars)
    return any(
        catalog.criteria.get(a.criterion) is not None
        and catalog.criteria[a.criterion].pillar in pillars
        for alt in _measures(case) for a in alt.assessments
    )


_BY_TYPE: dict[str, Callable[[Case, FormField, Catalog], bool]] = {
    "alternatives": lambda case, f, c: bool(_measures(case)),
    "ratings": _ratings,
    "ghg": lambda case, f, c: any(a.ghg is not None for a in _measures(case)),
    "cost": lambda case, f, c: any(a.cost is not None for a in _measures(case)),
    "screening_questions": lambda case, f, c: bool(case.screening_answers),
    "screening": lambda case, f, c: bool(case.screening),
    "districts": lambda case, f, c: any(a.districts for alt in _measures(case)
                                        for a in alt.assessments),
    "sdg_targets": lambda case, f, c: any(alt.sdg_targets for alt in _measures(case)),
    "trade_offs": lambda case, f, c: any(alt.trade_offs for alt in _measures(case)),
    "indicators": lambda case, f, c: bool(case.indicators),
    "review": lambda case, f, c: bool(case.review),
}


def field_has_content(case: Case, field: FormField, catalog: Catalog) -> bool:
    """Whether ``field`` holds anything the caseworker entered."""
    check = _BY_TYPE.get(field.type)
    if check is not None:
        return check(case, field, catalog)
    if field.type == "bool":
        return bool(get_field(case, field.id))
    return get_field(case, field.id) not in (None, "", [], {})


def step_has_content(case: Case, step: FormStep, catalog: Catalog) -> bool:
    return any(field_has_content(case, field, catalog) for field in step.fields)


#: A step's state in the step list (only "complete" earns the check mark).
STEP_STATES: tuple[str, ...] = ("complete", "incomplete", "not_started", "optional", "review")


def screening_decided(case: Case) -> bool:
    """Whether the depth rests on a decision: every screening question answered, or a depth
    chosen explicitly with its reason. The default depth alone decides nothing."""
    answered = valid_answers(case.screening_answers)
    return all(q.id in answered for q in QUESTIONS) or bool(case.depth_reason.strip())


def _screening_started(case: Case) -> bool:
    return bool(case.screening_answers or case.screening or case.depth_reason.strip())


def step_state(case: Case, step: FormStep, catalog: Catalog, issues: Sequence[Issue]) -> str:
    """complete, incomplete, not_started, optional (nothing required at this depth and nothing
    entered) or review (a reviewer's note waits for an answer).

    Only the rules decide: a step is complete when validation finds nothing missing in it at
    the case's depth and it holds what was asked for; looking at a step changes nothing.
    """
    if any(r.step == step.id and r.verdict in ("improve", "redo") and not r.answer.strip()
           for r in case.review):
        return "review"
    own = [i for i in issues if i.step == step.id]
    if step.id == "screening":
        started = _screening_started(case)
        if own or not screening_decided(case):
            return "incomplete" if started else "not_started"
        return "complete"
    started = step_has_content(case, step, catalog)
    if own:
        return "incomplete" if started else "not_started"
    return "complete" if started else "optional"
