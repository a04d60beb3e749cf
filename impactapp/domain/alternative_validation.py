"""Validation of one alternative: its ratings, climate quantity, costs, SDG links, trade-offs.

Rules on values (scale, known ids, justification) hold for every alternative; what must be
present (ratings, climate, costs, mitigation, certainty) is asked of measures only, since the
zero alternative is the reference they are assessed against.
"""

from __future__ import annotations

from .checks import Rules, blank, check_choice, check_finite, check_text
from .issues import IssueList
from .model import (
    CERTAINTIES,
    CONTRIBUTIONS,
    DIRECTNESS,
    HORIZONS,
    NOT_RELEVANT,
    SCOPES,
    UNKNOWN,
    Alternative,
    Assessment,
    Catalog,
    Criterion,
    Text,
)
from .ratings import is_scale_value, rating_sign
from .tradeoffs import detect_trade_offs
from .vocabulary import PILLAR_STEPS

GEOGRAPHY = "dist.geography"
CLIMATE = "env.climate_mitigation"


def _name(catalog: Catalog, criterion_id: str) -> Text | str:
    criterion = catalog.criteria.get(criterion_id)
    return criterion.name if criterion is not None else criterion_id


def _step_of(criterion_id: str, catalog: Catalog) -> str | None:
    """The step where a criterion is rated; for an unknown id, guessed from its prefix."""
    criterion = catalog.criteria.get(criterion_id)
    pillar = criterion.pillar if criterion is not None else str(criterion_id).split(".", 1)[0]
    return PILLAR_STEPS.get(pillar)


def _check_justification(
    a: Assessment, path: str, step: str | None, rules: Rules, issues: IssueList
) -> None:
    """Every rating but 0 needs words; 0 needs them when the criterion was screened relevant."""
    if not blank(a.justification):
        return
    name = _name(rules.catalog, a.criterion)
    where = f"{path}.justification"
    if a.rating == NOT_RELEVANT:
        issues.add(where, "not_relevant_reason_missing", step, a.criterion, criterion=name)
    elif a.rating == UNKNOWN:
        issues.add(where, "gap_note_missing", step, a.criterion, criterion=name)
    elif is_scale_value(a.rating) and (
        a.rating != 0 or (rules.screening_done and a.criterion not in rules.screened_out)
    ):
        issues.add(where, "justification_missing", step, a.criterion, criterion=name)


def _check_districts(
    a: Assessment, criterion: Criterion, path: str, step: str | None, rules: Rules,
    issues: IssueList,
) -> None:
    if not a.districts:
        return
    if criterion.id != GEOGRAPHY:
        issues.add(f"{path}.districts", "districts_not_allowed", step, a.criterion)
        return
    scale = rules.catalog.scales.get(criterion.scale)
    for code, value in a.districts.items():
        region = rules.catalog.regions.get(code)
        if region is None or region.parent is None:
            issues.add(f"{path}.districts.{code}", "unknown_district", step, value=str(code))
        elif scale is not None and not (is_scale_value(value) and value in scale.values):
            issues.add(
                f"{path}.districts.{code}", "rating_off_scale", step, a.criterion,
                value=str(value), scale=scale.name, minimum=scale.minimum, maximum=scale.maximum,
            )


def _check_assessment(
    a: Assessment, path: str, measure: bool, rules: Rules, issues: IssueList
) -> None:
    catalog = rules.catalog
    step = _step_of(a.criterion, catalog)
    criterion = catalog.criteria.get(a.criterion)
    if criterion is None:
        issues.add(f"{path}.criterion", "unknown_criterion", step, value=str(a.criterion))
    else:
        scale = catalog.scales.get(criterion.scale)
        if scale is not None and not scale.allows(a.rating):
            issues.add(
                f"{path}.rating", "rating_off_scale", step, a.criterion,
                value=str(a.rating), scale=scale.name, minimum=scale.minimum,
                maximum=scale.maximum,
            )
        _check_districts(a, criterion, path, step, rules, issues)
    _check_justification(a, path, step, rules, issues)
    check_choice(issues, f"{path}.certainty", a.certainty, CERTAINTIES, step)
    check_choice(issues, f"{path}.directness", a.directness, DIRECTNESS, step)
    check_choice(issues, f"{path}.horizon", a.horizon, HORIZONS, step)
    check_text(issues, f"{path}.justification", a.justification, step)
    check_text(issues, f"{path}.mitigation", a.mitigation, step)
    if not (measure and rules.at_least("full") and criterion is not None):
        return
    sign = rating_sign(a.rating)
    name = criterion.name
    if sign is not None and a.certainty is None:
        issues.add(f"{path}.certainty", "certainty_missing", step, a.criterion, criterion=name)
    if sign == -1 and blank(a.mitigation):
        issues.add(f"{path}.mitigation", "mitigation_missing", step, a.criterion, criterion=name)
    relevant = a.criterion not in rules.screened_out
    # A municipality without official districts (most of them) cannot give any.
    has_districts = any(region.parent for region in rules.catalog.regions.values())
    if a.criterion == GEOGRAPHY and relevant and sign and not a.districts and has_districts:
        issues.add(f"{path}.districts", "districts_missing", step, a.criterion)


def _check_coverage(alt: Alternative, index: int, rules: Rules, issues: IssueList) -> None:
    """Minimum: a rating in every relevant pillar; deeper: every relevant criterion rated."""
    catalog = rules.catalog
    rated = {a.criterion for a in alt.assessments}
    path = f"alternatives[{index}].assessments"
    for pillar in catalog.pillars.values():
        in_pillar = catalog.criteria_in(pillar.id)
        relevant = [c for c in in_pillar if c.id not in rules.screened_out]
        step = PILLAR_STEPS.get(pillar.id)
        if not relevant:
            continue
        if not rules.at_least("simplified"):
            if not any(c.id in rated for c in in_pillar):
                issues.add(path, "pillar_unrated", step, alternative=alt.name or alt.id,
                           pillar=pillar.name)
            continue
        for c in relevant:
            if c.id not in rated:
                issues.add(path, "rating_missing", step, c.id, alternative=alt.name or alt.id,
                           criterion=c.name)


def _check_climate_and_cost(
    alt: Alternative, index: int, measure: bool, rules: Rules, issues: IssueList
) -> None:
    path = f"alternatives[{index}]"
    required = measure and rules.at_least("full")
    ghg, cost = alt.ghg, alt.cost
    if ghg is None:
        if required and CLIMATE not in rules.screened_out:
            issues.add(f"{path}.ghg", "climate_quantity_missing", "environment")
    else:
        check_finite(issues, f"{path}.ghg.tonnes_co2e_per_year", ghg.tonnes_co2e_per_year,
                     "environment")
        check_choice(issues, f"{path}.ghg.scope", ghg.scope, SCOPES, "environment")
        check_text(issues, f"{path}.ghg.method", ghg.method, "environment")
        check_text(issues, f"{path}.ghg.reason", ghg.reason, "environment")
        if not ghg.quantifiable and blank(ghg.reason):
            issues.add(f"{path}.ghg.reason", "ghg_reason_missing", "environment")
        elif ghg.quantifiable and ghg.tonnes_co2e_per_year is None and required:
            issues.add(f"{path}.ghg.tonnes_co2e_per_year", "climate_quantity_missing",
                       "environment")
    if cost is None:
        if required:
            issues.add(f"{path}.cost", "cost_missing", "economy")
        return
    for name in ("investment_nok", "annual_nok"):
        value = getattr(cost, name)
        check_finite(issues, f"{path}.cost.{name}", value, "economy")
        if value is None and required:
            issues.add(f"{path}.cost.{name}", "cost_missing", "economy")


def _check_sdg_links(alt: Alternative, index: int, rules: Rules, issues: IssueList) -> None:
    seen: set[str] = set()
    for k, link in enumerate(alt.sdg_targets):
        path = f"alternatives[{index}].sdg_targets[{k}]"
        if link.target not in rules.catalog.targets:
            issues.add(f"{path}.target", "unknown_target", "sdg", value=str(link.target))
        elif link.target in seen:
            issues.add(f"{path}.target", "duplicate_target", "sdg", value=link.target)
        seen.add(str(link.target))
        check_choice(issues, f"{path}.contribution", link.contribution, CONTRIBUTIONS, "sdg")
        check_text(issues, f"{path}.note", link.note, "sdg")
    for k, dismissal in enumerate(alt.sdg_dismissed):
        path = f"alternatives[{index}].sdg_dismissed[{k}]"
        if dismissal.target not in rules.catalog.targets:
            issues.add(f"{path}.target", "unknown_target", "sdg", value=str(dismissal.target))
        if blank(dismissal.reason):  # a suggestion is set aside only with a reason
            issues.add(f"{path}.reason", "required", "sdg")
        check_text(issues, f"{path}.reason", dismissal.reason, "sdg")


def _check_trade_offs(
    alt: Alternative, index: int, measure: bool, rules: Rules, issues: IssueList
) -> None:
    catalog = rules.catalog
    for k, entry in enumerate(alt.trade_offs):
        path = f"alternatives[{index}].trade_offs[{k}]"
        if entry.negative not in catalog.criteria:
            issues.add(f"{path}.negative", "unknown_criterion", "trade_offs",
                       value=str(entry.negative))
        check_text(issues, f"{path}.handling", entry.handling, "trade_offs")
    if not measure:
        return
    for t in detect_trade_offs(alt, catalog):
        if not t.handled:
            issues.add(
                f"alternatives[{index}].trade_offs", "trade_off_unhandled", "trade_offs",
                t.negative, negative=_name(catalog, t.negative),
                positives=[_name(catalog, p) for p in t.positives],
            )


def check_alternative(alt: Alternative, index: int, rules: Rules, issues: IssueList) -> None:
    """Every rule on one alternative, found in the order of the wizard's steps."""
    path = f"alternatives[{index}]"
    if blank(alt.name):
        issues.add(f"{path}.name", "required", "alternatives")
    check_text(issues, f"{path}.name", alt.name, "alternatives")
    check_text(issues, f"{path}.description", alt.description, "alternatives")
    measure = not alt.zero
    seen: set[str] = set()
    for j, a in enumerate(alt.assessments):
        a_path = f"{path}.assessments[{j}]"
        if a.criterion in seen and a.criterion in rules.catalog.criteria:
            issues.add(
                f"{a_path}.criterion", "duplicate_assessment",
                _step_of(a.criterion, rules.catalog), a.criterion,
                criterion=_name(rules.catalog, a.criterion),
            )
        seen.add(a.criterion)
        _check_assessment(a, a_path, measure, rules, issues)
    if measure:
        _check_coverage(alt, index, rules, issues)
    _check_climate_and_cost(alt, index, measure, rules, issues)
    _check_sdg_links(alt, index, rules, issues)
    _check_trade_offs(alt, index, measure, rules, issues)
