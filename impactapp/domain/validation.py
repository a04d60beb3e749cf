"""Validation of a case against the method at its depth: every issue with its field path and step.

Depth decides what must be present (METHOD.md, "Depth decides what is required"):

- ``minimum``: questions 1-6 answered (problem and goals, a zero alternative, a recommendation
  with its reasons, prerequisites) and, for every measure, at least one rating in every pillar
  not screened out as a whole. A measure beside the zero alternative is not demanded.
- ``simplified``: at least one measure, and every measure rates every relevant criterion.
- ``full``: as simplified, plus per measure the climate quantity (or why it cannot be
  quantified; not asked when climate mitigation is screened out), investment and annual cost in
  NOK, certainty on every scale rating, mitigation for every negative rating, and districts for a
  non-zero geography rating (a 0 says districts do not differ); and at least one indicator.

Rules that hold at every depth: valid metadata and choices, an exempt case's legal basis, a reason
for a depth other than the screening's suggestion, reasons for what is screened out or rated not
relevant, notes on knowledge gaps, justifications, known ids, ratings on their scales, texts of at
most MAX_TEXT characters, and a written handling for every trade-off. When the screening says the
case raises principled questions, question 3 must be answered.
"""

from __future__ import annotations

from .alternative_validation import check_alternative
from .checks import Rules, blank, check_choice, check_text
from .issues import Issue, IssueList
from .model import (
    DEPTHS,
    DIRECTIONS,
    LANGUAGES,
    STATUSES,
    STEP_IDS,
    VERDICTS,
    Case,
    Catalog,
    Text,
)
from .screening import ALLOWED_ANSWERS, PRINCIPLED, screened_out, suggest_depth
from .vocabulary import DEPTH_LABELS, label

_ALL = DEPTHS
#: Case-level field path -> the depths at which it must be filled in.
REQUIRED_AT: dict[str, tuple[str, ...]] = {
    "title": _ALL,
    "unit": _ALL,
    "caseworker": _ALL,
    "decision_body": _ALL,
    "language": _ALL,
    "depth": _ALL,
    "problem": _ALL,
    "goals": _ALL,
    "alternatives": _ALL,
    "recommendation.alternative": _ALL,
    "recommendation.justification": _ALL,
    "prerequisites": _ALL,
    "indicators": ("full",),
}

#: Case-level field path -> the wizard step it is entered in.
FIELD_STEPS: dict[str, str] = {
    "title": "details",
    "case_number": "details",
    "unit": "details",
    "caseworker": "details",
    "decision_body": "details",
    "decision_date": "details",
    "language": "details",
    "confidentiality.exempt": "details",
    "confidentiality.basis": "details",
    "depth": "screening",
    "depth_reason": "screening",
    "screening_answers": "screening",
    "screening": "screening",
    "problem": "problem",
    "goals": "problem",
    "principled_questions": "problem",
    "alternatives": "alternatives",
    "indicators": "indicators",
    "recommendation.alternative": "recommendation",
    "recommendation.justification": "recommendation",
    "prerequisites": "recommendation",
    "status": "review",
    "review": "review",
}

# A missing collection gets a sentence that says what to add.
_MISSING_CODE = {"alternatives": "zero_alternative_missing", "indicators": "indicator_missing"}

_FREE_TEXTS = (
    "title", "case_number", "unit", "caseworker", "decision_body", "depth_reason", "problem",
    "goals", "principled_questions", "prerequisites",
)


#: Field path within a measure (``alternatives[i].<path>``) -> the depths that require it.
#: ``ghg`` may instead be left out when climate mitigation is screened out.
MEASURE_REQUIRED_AT: dict[str, tuple[str, ...]] = {
    "ghg": ("full",),
    "cost": ("full",),
}


def required_fields(depth: str) -> frozenset[str]:
    """The case-level field paths that must be filled in at ``depth`` (conditional ones aside)."""
    return frozenset(path for path, depths in REQUIRED_AT.items() if depth in depths)


def required_measure_fields(depth: str) -> frozenset[str]:
    """The field paths every measure must fill in at ``depth`` (forms/ marks them required)."""
    return frozenset(path for path, depths in MEASURE_REQUIRED_AT.items() if depth in depths)


def _value_at(case: Case, path: str) -> object:
    value: object = case
    for part in path.split("."):
        value = getattr(value, part, None)
    return value


def _check_required(case: Case, depth: str, issues: IssueList) -> None:
    for path in sorted(required_fields(depth), key=list(REQUIRED_AT).index):
        value = _value_at(case, path)
        missing = not value if isinstance(value, list) else blank(value)
        if missing:
            issues.add(path, _MISSING_CODE.get(path, "required"), FIELD_STEPS[path])


def _check_details(case: Case, issues: IssueList) -> None:
    if not blank(case.language):
        check_choice(issues, "language", case.language, LANGUAGES, "details")
    if case.confidentiality.exempt and blank(case.confidentiality.basis):
        issues.add("confidentiality.basis", "basis_missing", "details")
    check_text(issues, "confidentiality.basis", case.confidentiality.basis, "details")
    check_choice(issues, "status", case.status, STATUSES, "review")
    for path in _FREE_TEXTS:
        check_text(issues, path, getattr(case, path), FIELD_STEPS[path])


def _check_screening(case: Case, catalog: Catalog, depth: str, issues: IssueList) -> None:
    if not blank(case.depth):
        check_choice(issues, "depth", case.depth, DEPTHS, "screening")
    for question, answer in case.screening_answers.items():
        path = f"screening_answers.{question}"
        if question not in ALLOWED_ANSWERS:
            issues.add(path, "unknown_question", "screening", value=str(question))
        else:
            check_choice(issues, path, answer, ALLOWED_ANSWERS[question], "screening")
    suggested = suggest_depth(case.screening_answers)
    if suggested is not None and depth != suggested and blank(case.depth_reason):
        issues.add(
            "depth_reason", "depth_reason_missing", "screening",
            depth=label(DEPTH_LABELS, str(depth)), suggested=DEPTH_LABELS[suggested],
        )
    seen: set[str] = set()
    for i, entry in enumerate(case.screening):
        path = f"screening[{i}]"
        known = entry.criterion in catalog.criteria or entry.criterion in catalog.pillars
        name = _screened_name(catalog, entry.criterion)
        if not known:
            issues.add(f"{path}.criterion", "unknown_criterion", "screening",
                       value=str(entry.criterion))
        elif entry.criterion in seen:
            issues.add(f"{path}.criterion", "duplicate_screening", "screening", criterion=name)
        seen.add(entry.criterion)
        if not entry.relevant and blank(entry.reason):
            issues.add(f"{path}.reason", "screening_reason_missing", "screening",
                       criterion=name)
        check_text(issues, f"{path}.reason", entry.reason, "screening")
    if case.screening_answers.get(PRINCIPLED) == "yes" and blank(case.principled_questions):
        issues.add("principled_questions", "principled_questions_missing", "problem")


def _screened_name(catalog: Catalog, entry: str) -> Text | str:
    if entry in catalog.criteria:
        return catalog.criteria[entry].name
    if entry in catalog.pillars:
        return catalog.pillars[entry].name
    return str(entry)


def _check_alternatives(case: Case, rules: Rules, issues: IssueList) -> None:
    zeros = [i for i, alt in enumerate(case.alternatives) if alt.zero]
    if case.alternatives and not zeros:
        issues.add("alternatives", "zero_alternative_missing", "alternatives")
    for i in zeros[1:]:
        issues.add(f"alternatives[{i}].zero", "zero_alternative_duplicate", "alternatives")
    if rules.at_least("simplified") and not case.measures:
        issues.add("alternatives", "measure_missing", "alternatives")
    seen: set[str] = set()
    for i, alt in enumerate(case.alternatives):
        if blank(alt.id):
            issues.add(f"alternatives[{i}].id", "required", "alternatives")
        elif alt.id in seen:
            issues.add(f"alternatives[{i}].id", "duplicate_id", "alternatives", value=alt.id)
        seen.add(alt.id)
        check_alternative(alt, i, rules, issues)


def _check_indicators(case: Case, catalog: Catalog, issues: IssueList) -> None:
    for i, link in enumerate(case.indicators):
        path = f"indicators[{i}]"
        if blank(link.indicator):
            issues.add(f"{path}.indicator", "required", "indicators")
        if link.region not in catalog.regions:
            issues.add(f"{path}.region", "unknown_region", "indicators", value=str(link.region))
        check_choice(issues, f"{path}.expected", link.expected, DIRECTIONS, "indicators")


def _check_recommendation(case: Case, issues: IssueList) -> None:
    rec = case.recommendation
    if rec is None:
        return
    if not blank(rec.alternative) and case.alternative(rec.alternative) is None:
        issues.add("recommendation.alternative", "unknown_alternative", "recommendation",
                   value=str(rec.alternative))
    check_text(issues, "recommendation.justification", rec.justification, "recommendation")


def _check_review(case: Case, issues: IssueList) -> None:
    for i, verdict in enumerate(case.review):
        path = f"review[{i}]"
        check_choice(issues, f"{path}.step", verdict.step, STEP_IDS, "review")
        check_choice(issues, f"{path}.verdict", verdict.verdict, VERDICTS, "review")
        if verdict.verdict == "improve" and blank(verdict.note):
            issues.add(f"{path}.note", "review_note_missing", "review")
        check_text(issues, f"{path}.note", verdict.note, "review")
        check_text(issues, f"{path}.answer", verdict.answer, "review")


def validate_for_depth(case: Case, catalog: Catalog, depth: str) -> list[Issue]:
    """Every issue that keeps ``case`` from being complete at ``depth``, in step order.

    ``depth`` may differ from the case's own (to show what another depth would ask); an unknown
    ``depth`` is checked as ``minimum``, and an unknown ``case.depth`` is reported.
    """
    issues = IssueList(case)
    level = depth if depth in DEPTHS else DEPTHS[0]
    rules = Rules(
        catalog=catalog,
        depth=level,
        screened_out=screened_out(case, catalog),
        screening_done=bool(case.screening),
    )
    _check_required(case, level, issues)
    _check_details(case, issues)
    _check_screening(case, catalog, depth, issues)
    _check_alternatives(case, rules, issues)
    _check_indicators(case, catalog, issues)
    _check_recommendation(case, issues)
    _check_review(case, issues)
    order = {step: n for n, step in enumerate(STEP_IDS)}
    return sorted(issues.items, key=lambda issue: order.get(issue.step or "", len(order)))


def validate_case(case: Case, catalog: Catalog) -> list[Issue]:
    """Every issue that keeps ``case`` from being complete at its own depth."""
    return validate_for_depth(case, catalog, case.depth)
