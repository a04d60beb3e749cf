"""The method's rules on a case: each broken rule gives exactly the expected issue, at its path."""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable

import pytest

from impactapp.domain.model import (
    DEPTHS,
    MAX_TEXT,
    Alternative,
    Assessment,
    Case,
    IndicatorLink,
    ReviewVerdict,
    ScreeningEntry,
    SdgLink,
    TradeOffHandling,
)
from impactapp.domain.validation import (
    FIELD_STEPS,
    REQUIRED_AT,
    required_fields,
    required_measure_fields,
    validate_case,
    validate_for_depth,
)

from .sample import CRITERIA

Mutation = Callable[[Case], object]
M = "alternatives[1]"  # the measure in the sample case
A = f"{M}.assessments"
# Index of each criterion's assessment in the sample measure (env.noise is screened out).
IDX = {c: i for i, c in enumerate(c for c in CRITERIA if c != "env.noise")}


def put(path: str, value: object) -> Mutation:
    """Set the field at a case-file path such as ``alternatives[1].assessments[0].rating``."""
    *parents, last = re.findall(r"[^.\[\]]+", path)

    def mutate(case: Case) -> None:
        obj: object = case
        for part in parents:
            obj = obj[int(part)] if part.isdigit() else getattr(obj, part)  # type: ignore[index]
        if last.isdigit():
            obj[int(last)] = value  # type: ignore[index]
        else:
            setattr(obj, last, value)

    return mutate


def rated(criterion: str, path: str, value: object) -> Mutation:
    """Set a field of the sample measure's assessment of ``criterion``."""
    return put(f"{A}[{IDX[criterion]}].{path}", value)


def drop(*criteria: str) -> Mutation:
    def mutate(case: Case) -> None:
        measure = case.alternatives[1]
        measure.assessments = [a for a in measure.assessments if a.criterion not in criteria]

    return mutate


def both(*mutations: Mutation) -> Mutation:
    def mutate(case: Case) -> None:
        for m in mutations:
            m(case)

    return mutate


def at(case: Case, depth: str) -> Case:
    """The case set to ``depth``, with the reason a depth below the suggested one needs."""
    case.depth = depth
    case.depth_reason = "" if depth == "full" else "A smaller case than it looks."
    return case


def found(case: Case, catalog) -> set[tuple[str, str, str | None]]:
    return {(i.path, i.code, i.step) for i in validate_case(case, catalog)}


@pytest.mark.parametrize("depth", DEPTHS)
def test_the_complete_case_has_no_issue_at_any_depth(case, catalog, depth):
    assert validate_case(at(case, depth), catalog) == []


ALL = DEPTHS
ROWS = [
    # --- details ---------------------------------------------------------------------------
    (ALL, put("title", ""), {("title", "required", "details")}),
    (ALL, put("title", "   "), {("title", "required", "details")}),
    (ALL, put("unit", ""), {("unit", "required", "details")}),
    (ALL, put("caseworker", ""), {("caseworker", "required", "details")}),
    (ALL, put("decision_body", ""), {("decision_body", "required", "details")}),
    (ALL, put("language", "de"), {("language", "invalid_choice", "details")}),
    (ALL, put("language", ""), {("language", "required", "details")}),
    (ALL, put("status", "archived"), {("status", "invalid_choice", "review")}),
    (ALL, put("confidentiality.exempt", True),
     {("confidentiality.basis", "basis_missing", "details")}),
    (ALL, both(put("confidentiality.exempt", True), put("confidentiality.basis", "offl. § 14")),
     set()),
    (ALL, put("title", "x" * (MAX_TEXT + 1)), {("title", "text_too_long", "details")}),
    (ALL, put("title", "x" * MAX_TEXT), set()),
    # --- screening and depth ---------------------------------------------------------------
    (("full",), put("depth", "deep"),
     {("depth", "invalid_choice", "screening"),
      ("depth_reason", "depth_reason_missing", "screening")}),
    (("minimum", "simplified"), put("depth_reason", ""),
     {("depth_reason", "depth_reason_missing", "screening")}),
    (("minimum", "simplified"), both(put("depth_reason", ""), put("screening_answers", {})),
     set()),
    (("full",), put("screening_answers", {"people_affected": "few"}),
     {("depth_reason", "depth_reason_missing", "screening")}),
    (("full",), put("screening_answers", {"people_affected": "lots"}),
     {("screening_answers.people_affected", "invalid_choice", "screening")}),
    (ALL, put("screening_answers", {"people_affected": "very_many", "colour": "blue"}),
     {("screening_answers.colour", "unknown_question", "screening")}),
    (ALL, put("screening[0].reason", ""),
     {("screening[0].reason", "screening_reason_missing", "screening")}),
    (ALL, lambda c: c.screening.append(ScreeningEntry("env.typo", True)),
     {("screening[1].criterion", "unknown_criterion", "screening")}),
    (ALL, lambda c: c.screening.append(ScreeningEntry("env.noise", False, "Again.")),
     {("screening[1].criterion", "duplicate_screening", "screening")}),
    (ALL, lambda c: c.screening.append(ScreeningEntry("econ", True)), set()),
    (ALL, put("screening_answers", {"people_affected": "very_many", "principled": "yes"}),
     {("principled_questions", "principled_questions_missing", "problem")}),
    (ALL, both(put("screening_answers", {"people_affected": "very_many", "principled": "yes"}),
               put("principled_questions", "A new role for the municipality.")), set()),
    # --- problem, recommendation, prerequisites ---------------------------------------------
    (ALL, put("problem", ""), {("problem", "required", "problem")}),
    (ALL, put("goals", ""), {("goals", "required", "problem")}),
    (ALL, put("prerequisites", ""), {("prerequisites", "required", "recommendation")}),
    (ALL, put("recommendation", None),
     {("recommendation.alternative", "required", "recommendation"),
      ("recommendation.justification", "required", "recommendation")}),
    (ALL, put("recommendation.alternative", "a9"),
     {("recommendation.alternative", "unknown_alternative", "recommendation")}),
    (ALL, put("recommendation.justification", ""),
     {("recommendation.justification", "required", "recommendation")}),
    (ALL, put("recommendation.alternative", "a0"), set()),
    # --- alternatives -------------------------------------------------------------------------
    (ALL, lambda c: c.alternatives.pop(0),
     {("alternatives", "zero_alternative_missing", "alternatives")}),
    (("minimum",), put("alternatives", []),
     {("alternatives", "zero_alternative_missing", "alternatives"),
      ("recommendation.alternative", "unknown_alternative", "recommendation")}),
    (ALL, lambda c: c.alternatives.append(Alternative("a2", "Også null", zero=True)),
     {("alternatives[2].zero", "zero_alternative_duplicate", "alternatives")}),
    (("minimum",), both(lambda c: c.alternatives.pop(), put("recommendation.alternative", "a0")),
     set()),
    (("simplified", "full"),
     both(lambda c: c.alternatives.pop(), put("recommendation.alternative", "a0")),
     {("alternatives", "measure_missing", "alternatives")}),
    (ALL, lambda c: c.alternatives.append(copy.deepcopy(c.alternatives[1])),
     {("alternatives[2].id", "duplicate_id", "alternatives")}),
    (ALL, put("alternatives[0].id", ""), {("alternatives[0].id", "required", "alternatives")}),
    (ALL, put(f"{M}.name", ""), {(f"{M}.name", "required", "alternatives")}),
    # --- ratings: values ----------------------------------------------------------------------
    (ALL, lambda c: c.alternatives[1].assessments.append(
        Assessment("env.typo", 1, justification="Why.")),
     {(f"{A}[9].criterion", "unknown_criterion", "environment")}),
    (ALL, lambda c: c.alternatives[1].assessments.append(
        copy.copy(c.alternatives[1].assessments[0])),
     {(f"{A}[9].criterion", "duplicate_assessment", "environment")}),
    (ALL, rated("env.climate_mitigation", "rating", 4),
     {(f"{A}[0].rating", "rating_off_scale", "environment")}),
    (ALL, rated("env.nature", "rating", -4), set()),  # the nature criterion uses dfo9
    (ALL, rated("env.nature", "rating", -5), {(f"{A}[1].rating", "rating_off_scale",
                                                "environment")}),
    (ALL, rated("econ.employment", "rating", True),
     {(f"{A}[8].rating", "rating_off_scale", "economy")}),
    (ALL, rated("env.climate_mitigation", "justification", ""),
     {(f"{A}[0].justification", "justification_missing", "environment")}),
    (ALL, rated("soc.housing", "justification", ""),
     {(f"{A}[3].justification", "justification_missing", "distribution")}),
    (ALL, both(rated("soc.housing", "rating", "not_relevant"),
               rated("soc.housing", "justification", "")),
     {(f"{A}[3].justification", "not_relevant_reason_missing", "distribution")}),
    (ALL, both(rated("soc.housing", "rating", "unknown"),
               rated("soc.housing", "justification", "")),
     {(f"{A}[3].justification", "gap_note_missing", "distribution")}),
    (ALL, both(rated("soc.housing", "rating", "unknown"),
               rated("soc.housing", "justification", "Rent data from 2025 is missing.")), set()),
    (ALL, rated("env.climate_mitigation", "certainty", "sure"),
     {(f"{A}[0].certainty", "invalid_choice", "environment")}),
    (ALL, rated("dist.low_income", "directness", "sideways"),
     {(f"{A}[4].directness", "invalid_choice", "distribution")}),
    (ALL, rated("econ.employment", "horizon", "forever"),
     {(f"{A}[8].horizon", "invalid_choice", "economy")}),
    (ALL, rated("env.climate_mitigation", "justification", "x" * (MAX_TEXT + 1)),
     {(f"{A}[0].justification", "text_too_long", "environment")}),
    (ALL, rated("env.climate_mitigation", "districts", {"030101": 1}),
     {(f"{A}[0].districts", "districts_not_allowed", "environment")}),
    (ALL, rated("dist.geography", "districts", {"999999": 1}),
     {(f"{A}[6].districts.999999", "unknown_district", "distribution")}),
    (ALL, rated("dist.geography", "districts", {"0301": 1}),
     {(f"{A}[6].districts.0301", "unknown_district", "distribution")}),
    (ALL, rated("dist.geography", "districts", {"030101": 5}),
     {(f"{A}[6].districts.030101", "rating_off_scale", "distribution")}),
    # --- ratings: what full depth adds ---------------------------------------------------------
    (("full",), rated("env.climate_mitigation", "certainty", None),
     {(f"{A}[0].certainty", "certainty_missing", "environment")}),
    (("minimum", "simplified"), rated("env.climate_mitigation", "certainty", None), set()),
    (("full",), rated("env.nature", "mitigation", ""),
     {(f"{A}[1].mitigation", "mitigation_missing", "environment")}),
    (("minimum", "simplified"), rated("env.nature", "mitigation", ""), set()),
    (("full",), rated("dist.geography", "districts", {}),
     {(f"{A}[6].districts", "districts_missing", "distribution")}),
    (("minimum", "simplified"), rated("dist.geography", "districts", {}), set()),
    (ALL, both(rated("dist.geography", "districts", {}), rated("dist.geography", "rating", 0)),
     set()),
    (ALL, both(rated("dist.geography", "districts", {}), lambda c: c.screening.append(
        ScreeningEntry("dist.geography", False, "One site only."))), set()),
    # --- ratings: coverage -------------------------------------------------------------------
    (("simplified", "full"), drop("soc.housing"),
     {(A, "rating_missing", "distribution")}),
    (("minimum",), drop("soc.housing"), set()),
    (("minimum",), drop("soc.housing", "soc.public_health"),
     {(A, "pillar_unrated", "distribution")}),
    (("minimum",), drop("econ.employment", "econ.municipal_budget"),
     {(A, "pillar_unrated", "economy")}),
    (ALL, both(drop("econ.employment", "econ.municipal_budget"),
               lambda c: c.screening.append(ScreeningEntry("econ", False, "No money involved."))),
     set()),
    (("simplified", "full"), lambda c: c.screening.clear(),
     {(A, "rating_missing", "environment")}),  # env.noise is relevant again
    # --- climate and costs -----------------------------------------------------------------
    (("full",), put(f"{M}.ghg", None), {(f"{M}.ghg", "climate_quantity_missing", "environment")}),
    (("minimum", "simplified"), put(f"{M}.ghg", None), set()),
    (("full",), both(put(f"{M}.ghg", None), lambda c: c.screening.append(
        ScreeningEntry("env.climate_mitigation", False, "No traffic or energy involved."))),
     set()),
    (("full",), put(f"{M}.ghg.tonnes_co2e_per_year", None),
     {(f"{M}.ghg.tonnes_co2e_per_year", "climate_quantity_missing", "environment")}),
    (ALL, put(f"{M}.ghg.quantifiable", False),
     {(f"{M}.ghg.reason", "ghg_reason_missing", "environment")}),
    (ALL, both(put(f"{M}.ghg.quantifiable", False), put(f"{M}.ghg.tonnes_co2e_per_year", None),
               put(f"{M}.ghg.reason", "No model for freight.")), set()),
    (ALL, put(f"{M}.ghg.tonnes_co2e_per_year", math.nan),
     {(f"{M}.ghg.tonnes_co2e_per_year", "not_finite", "environment")}),
    (ALL, put(f"{M}.ghg.scope", "global"), {(f"{M}.ghg.scope", "invalid_choice", "environment")}),
    (("full",), put(f"{M}.cost", None), {(f"{M}.cost", "cost_missing", "economy")}),
    (("minimum", "simplified"), put(f"{M}.cost", None), set()),
    (("full",), put(f"{M}.cost.annual_nok", None),
     {(f"{M}.cost.annual_nok", "cost_missing", "economy")}),
    (ALL, put(f"{M}.cost.investment_nok", 0.0), set()),
    (ALL, put(f"{M}.cost.investment_nok", math.inf),
     {(f"{M}.cost.investment_nok", "not_finite", "economy")}),
    # --- SDG targets ------------------------------------------------------------------------
    (ALL, put(f"{M}.sdg_targets", [SdgLink("99.9", "positive")]),
     {(f"{M}.sdg_targets[0].target", "unknown_target", "sdg")}),
    (ALL, put(f"{M}.sdg_targets", [SdgLink("13.2", "positive"), SdgLink("13.2", "mixed")]),
     {(f"{M}.sdg_targets[1].target", "duplicate_target", "sdg")}),
    (ALL, put(f"{M}.sdg_targets", [SdgLink("13.2", "great")]),
     {(f"{M}.sdg_targets[0].contribution", "invalid_choice", "sdg")}),
    # --- trade-offs ---------------------------------------------------------------------------
    (ALL, put(f"{M}.trade_offs[1].handling", " "),
     {(f"{M}.trade_offs", "trade_off_unhandled", "trade_offs")}),
    (ALL, lambda c: c.alternatives[1].trade_offs.append(TradeOffHandling("env.typo", "x")),
     {(f"{M}.trade_offs[4].negative", "unknown_criterion", "trade_offs")}),
    # --- indicators ---------------------------------------------------------------------------
    (("full",), put("indicators", []), {("indicators", "indicator_missing", "indicators")}),
    (("minimum", "simplified"), put("indicators", []), set()),
    (ALL, put("indicators", [IndicatorLink("ind.x", "9999", "down")]),
     {("indicators[0].region", "unknown_region", "indicators")}),
    (ALL, put("indicators", [IndicatorLink("ind.x", "030101", "sideways")]),
     {("indicators[0].expected", "invalid_choice", "indicators")}),
    (ALL, put("indicators", [IndicatorLink("", "0301", "up")]),
     {("indicators[0].indicator", "required", "indicators")}),
    # --- review -------------------------------------------------------------------------------
    (ALL, put("review", [ReviewVerdict("distribution", "improve")]),
     {("review[0].note", "review_note_missing", "review")}),
    (ALL, put("review", [ReviewVerdict("nowhere", "ok")]),
     {("review[0].step", "invalid_choice", "review")}),
    (ALL, put("review", [ReviewVerdict("sdg", "maybe")]),
     {("review[0].verdict", "invalid_choice", "review")}),
]


@pytest.mark.parametrize(
    ("depth", "mutate", "expected"),
    [
        pytest.param(depth, mutate, expected, id=f"{n}-{depth}")
        for n, (depths, mutate, expected) in enumerate(ROWS)
        for depth in depths
    ],
)
def test_each_broken_rule_gives_exactly_its_issue(case, catalog, depth, mutate, expected):
    case = at(case, depth)
    mutate(case)
    assert found(case, catalog) == expected


def test_a_missing_rating_names_its_criterion_and_measure(case, catalog):
    drop("soc.housing")(case)
    (issue,) = validate_case(case, catalog)
    assert issue.criterion == "soc.housing"
    assert "housing" in issue.message.en and "Bompenger i rushtiden" in issue.message.nb


@pytest.mark.parametrize(
    ("screening", "rating", "needs_justification"),
    [
        pytest.param([], 0, False, id="no screening: 0 speaks for itself"),
        pytest.param([], 1, True, id="no screening: non-zero needs words"),
        pytest.param([ScreeningEntry("env.noise", False, "r")], 0, True,
                     id="screening done, criterion not screened out"),
        pytest.param([ScreeningEntry("soc.housing", True)], 0, True,
                     id="criterion screened relevant"),
        pytest.param([ScreeningEntry("soc.housing", False, "r")], 0, False,
                     id="criterion screened out"),
        pytest.param([ScreeningEntry("soc", False, "r")], 0, False, id="pillar screened out"),
        pytest.param([ScreeningEntry("soc", False, "r"), ScreeningEntry("soc.housing", True)],
                     0, True, id="criterion entry overrides its pillar"),
        pytest.param([ScreeningEntry("soc.housing", False, "r")], -1, True,
                     id="screened out but rated negative"),
    ],
)
def test_a_zero_rating_needs_justification_when_screened_relevant(
    case, catalog, screening, rating, needs_justification
):
    case = at(case, "minimum")
    case.screening = screening
    rated("soc.housing", "rating", rating)(case)
    rated("soc.housing", "justification", "")(case)
    codes = {(i.path, i.code) for i in validate_case(case, catalog)}
    assert ((f"{A}[3].justification", "justification_missing") in codes) is needs_justification


def test_issues_come_in_step_order(case, catalog):
    for mutation in (put("review", [ReviewVerdict("sdg", "improve")]), put("prerequisites", ""),
                     put("title", ""), rated("env.climate_mitigation", "justification", "")):
        mutation(case)
    steps = [i.step for i in validate_case(case, catalog)]
    assert steps == ["details", "environment", "recommendation", "review"]


def test_validate_for_depth_checks_another_depth_than_the_cases_own(case, catalog):
    case = at(case, "minimum")
    case.indicators = []
    assert validate_case(case, catalog) == []
    issues = validate_for_depth(case, catalog, "full")
    assert [(i.path, i.code) for i in issues] == [("indicators", "indicator_missing")]


@pytest.mark.parametrize(
    ("depth", "extra"),
    [("minimum", set()), ("simplified", set()), ("full", {"indicators"})],
)
def test_required_fields_grow_with_depth(depth, extra):
    base = {"title", "unit", "caseworker", "decision_body", "language", "depth", "problem",
            "goals", "alternatives", "recommendation.alternative",
            "recommendation.justification", "prerequisites"}
    assert required_fields(depth) == base | extra


@pytest.mark.parametrize(
    ("depth", "fields"),
    [("minimum", set()), ("simplified", set()), ("full", {"ghg", "cost"})],
)
def test_required_measure_fields_are_reported_when_missing(case, catalog, depth, fields):
    assert required_measure_fields(depth) == fields
    case = at(case, depth)
    for name in ("ghg", "cost"):
        put(f"{M}.{name}", None)(case)
    assert {i.path for i in validate_case(case, catalog)} == {f"{M}.{f}" for f in fields}


@pytest.mark.parametrize("path", sorted(REQUIRED_AT))
def test_every_required_field_is_reported_when_empty(case, catalog, path):
    case = at(case, "full")
    put(path, [] if path in ("alternatives", "indicators") else "")(case)
    paths = {i.path for i in validate_case(case, catalog)}
    assert path in paths
    assert FIELD_STEPS[path] in {i.step for i in validate_case(case, catalog) if i.path == path}
