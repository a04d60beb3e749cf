"""Whether the caseworker has started a wizard step: has any of its fields any content?

Pure, so the step list can show every step's state without building the step's page.
"""

from __future__ import annotations

from collections.abc import Callable

from .fields import get_field
from .form import FormField, FormStep
from .model import Case, Catalog


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
