"""Invalid case files are refused with every problem listed, each naming line and field."""

from __future__ import annotations

import pytest

from impactapp.casefile import CaseFileError, parse_case
from impactapp.domain.model import Catalog
from impactapp.domain.screening import screened_out
from tests.casefile.case_texts import ALTERNATIVES, ASSESSMENT_PATH, HEAD, VALID, errors_of


def test_the_base_file_of_these_tests_is_valid(catalog: Catalog) -> None:
    case = parse_case(VALID.encode(), catalog, "case.yaml")
    assert [a.id for a in case.alternatives] == ["a0", "a1"]


def test_error_text_leaves_out_empty_parts() -> None:
    assert str(CaseFileError("c.yaml", 3, "case.title", "must be text")) == (
        "c.yaml:3: case.title: must be text"
    )
    assert str(CaseFileError("c.json", None, "case.title", "must be text")) == (
        "c.json: case.title: must be text"
    )
    assert str(CaseFileError("c.yaml", 1, "", "the file is empty")) == "c.yaml:1: the file is empty"


CASES = {
    "unknown key inside an assessment": (
        VALID + "          rationale: Færre biler\n",
        [
            f"case.yaml:16: {ASSESSMENT_PATH}.rationale: unknown key 'rationale' (allowed: "
            "criterion, rating, certainty, directness, horizon, justification, mitigation, "
            "districts)"
        ],
    ),
    "unknown key at the top": (
        VALID + "extra: 1\n",
        ["case.yaml:16: extra: unknown key 'extra' (allowed: format, case)"],
    ),
    "text given as a list": (
        VALID.replace("title: Bompenger i rushtiden", "title: [Bompenger, rush]"),
        ["case.yaml:3: case.title: must be text, not a list"],
    ),
    "text given as a number": (
        VALID.replace("title: Bompenger i rushtiden", "title: 2026"),
        ["case.yaml:3: case.title: must be text, not a number (put it in quotes)"],
    ),
    "case number given as a number": (
        HEAD + "  case_number: 2401234\n" + ALTERNATIVES,
        [
            'case.yaml:7: case.case_number: must be text, not a number: put the case number '
            'in quotes, e.g. "24/01234"'
        ],
    ),
    "language no read as a boolean": (
        VALID.replace("language: nb", "language: no"),
        ["case.yaml:4: case.language: must be one of nb, en, not a yes/no value"],
    ),
    "unknown enum value": (
        VALID.replace("depth: minimum", "depth: thorough"),
        ["case.yaml:5: case.depth: 'thorough' is not allowed here "
         "(allowed: minimum, simplified, full)"],
    ),
    "rating off the scale": (
        VALID.replace("rating: 2", "rating: 5"),
        [f"case.yaml:15: {ASSESSMENT_PATH}.rating: 5 is not on the scale impact7 "
         "(allowed: -3..3, not_relevant, unknown)"],
    ),
    "rating that is no rating at all": (
        VALID.replace("rating: 2", "rating: kanskje"),
        [f"case.yaml:15: {ASSESSMENT_PATH}.rating: 'kanskje' is not on the scale impact7 "
         "(allowed: -3..3, not_relevant, unknown)"],
    ),
    "rating off a nine-step scale": (
        VALID.replace("env.climate_mitigation", "econ.municipal_budget").replace(
            "rating: 2", "rating: -5"
        ),
        [f"case.yaml:15: {ASSESSMENT_PATH}.rating: -5 is not on the scale dfo9 "
         "(allowed: -4..4, not_relevant, unknown)"],
    ),
    "two zero alternatives": (
        VALID.replace("name: Bompenger i rushtiden", "name: Bompenger\n      zero: true"),
        ["case.yaml:13: case.alternatives[1].zero: only one alternative can be the zero "
         "alternative, and alternatives[0] already is"],
    ),
    "no zero alternative": (
        VALID.replace("      zero: true\n", ""),
        ["case.yaml:7: case.alternatives: exactly one alternative must have zero: true "
         "(the zero alternative)"],
    ),
    "duplicate alternative ids": (
        VALID.replace("id: a1", "id: a0"),
        ["case.yaml:11: case.alternatives[1].id: 'a0' appears twice (first in alternatives[0])"],
    ),
    "recommendation naming a missing alternative": (
        VALID + "  recommendation:\n    alternative: a2\n",
        ["case.yaml:17: case.recommendation.alternative: 'a2' is not the id of an alternative "
         "in this case (ids: a0, a1)"],
    ),
    "unknown criterion": (
        VALID.replace("env.climate_mitigation", "env.nosie"),
        [f"case.yaml:14: {ASSESSMENT_PATH}.criterion: 'env.nosie' is not a criterion in the "
         "catalog (did you mean 'env.noise'?)"],
    ),
    "duplicate criterion in one alternative": (
        VALID + "        - criterion: env.climate_mitigation\n          rating: 1\n",
        ["case.yaml:16: case.alternatives[1].assessments[1].criterion: 'env.climate_mitigation' "
         "appears twice (first in assessments[0])"],
    ),
    "unknown SDG target": (
        VALID + "      sdg_targets:\n        - target: '11.9'\n          contribution: positive\n",
        ["case.yaml:17: case.alternatives[1].sdg_targets[0].target: '11.9' is not an SDG target "
         "in the catalog"],
    ),
    "SDG target given unquoted as a number": (
        VALID + "      sdg_targets:\n        - target: 11.6\n          contribution: positive\n",
        ['case.yaml:17: case.alternatives[1].sdg_targets[0].target: must be text, not a number: '
         'write SDG target ids in quotes, e.g. "11.6"'],
    ),
    "dismissed suggestion without a reason": (
        VALID + "      sdg_dismissed:\n        - target: '11.6'\n          reason: '  '\n",
        ["case.yaml:18: case.alternatives[1].sdg_dismissed[0].reason: a dismissed suggestion "
         "needs a reason: why it does not apply"],
    ),
    "dismissed suggestion named twice, once without its reason key": (
        VALID + "      sdg_dismissed:\n        - target: '11.6'\n          reason: Gjelder ikke\n"
        "        - target: '11.6'\n",
        ["case.yaml:19: case.alternatives[1].sdg_dismissed[1]: the required key 'reason' is "
         "missing",
         "case.yaml:19: case.alternatives[1].sdg_dismissed[1].target: '11.6' appears twice "
         "(first in sdg_dismissed[0])"],
    ),
    "dismissed suggestion of an unknown target": (
        VALID + "      sdg_dismissed:\n        - target: '11.9'\n          reason: Feil\n",
        ["case.yaml:17: case.alternatives[1].sdg_dismissed[0].target: '11.9' is not an SDG "
         "target in the catalog"],
    ),
    "NaN": (
        VALID + "      ghg:\n        tonnes_co2e_per_year: .nan\n",
        ["case.yaml:17: case.alternatives[1].ghg.tonnes_co2e_per_year: must be a finite number, "
         "not NaN"],
    ),
    "infinity and a number too large": (
        VALID + "      cost: {investment_nok: -.inf, annual_nok: 1.0e+308}\n",
        [
            "case.yaml:16: case.alternatives[1].cost.investment_nok: must be a finite number, "
            "not -infinity",
            "case.yaml:16: case.alternatives[1].cost.annual_nok: 1e+308 is too large "
            "(the limit is 1e+15 in magnitude)",
        ],
    ),
    "exponent number that YAML reads as text": (
        VALID + "      cost: {annual_nok: 3e6}\n",
        ["case.yaml:16: case.alternatives[1].cost.annual_nok: must be a number, not text: "
         "YAML reads 3e6 as text, write it as 3000000.0"],
    ),
    "implausible year, text for a boolean, unknown scope": (
        VALID + "      ghg: {from_year: 1850, quantifiable: ja, scope: overall}\n",
        [
            "case.yaml:16: case.alternatives[1].ghg.from_year: 1850 is not a plausible year "
            "(allowed: 1900..2200)",
            "case.yaml:16: case.alternatives[1].ghg.quantifiable: must be true or false, not text",
            "case.yaml:16: case.alternatives[1].ghg.scope: 'overall' is not allowed here "
            "(allowed: direct, indirect)",
        ],
    ),
    "text too long": (
        VALID.replace("title: Bompenger i rushtiden", "title: " + "å" * 20_001),
        ["case.yaml:3: case.title: is 20,001 characters long, more than the limit of 20,000"],
    ),
    "control character in text": (
        VALID.replace("name: Dagens ordning", 'name: "Dagens\\bordning"'),
        ["case.yaml:9: case.alternatives[0].name: contains the control character U+0008 at "
         "position 7; only line breaks and tabs are allowed in text"],
    ),
    "date and time where a date belongs": (
        HEAD + "  decision_date: 2026-03-01 10:00:00\n" + ALTERNATIVES,
        ["case.yaml:7: case.decision_date: must be a date in the form YYYY-MM-DD, "
         "not a date and time"],
    ),
    "date text in another form": (
        HEAD + "  decision_date: 01.03.2026\n" + ALTERNATIVES,
        ["case.yaml:7: case.decision_date: '01.03.2026' is not a date in the form YYYY-MM-DD"],
    ),
    "screened out without a reason, and screened twice": (
        HEAD
        + "  screening:\n    - criterion: env.noise\n      relevant: false\n"
        + "    - criterion: env.noise\n      relevant: true\n"
        + ALTERNATIVES,
        [
            "case.yaml:8: case.screening[0]: a reason is required when relevant is false",
            "case.yaml:10: case.screening[1].criterion: 'env.noise' appears twice "
            "(first in screening[0])",
        ],
    ),
    "missing required keys": (
        HEAD
        + "  alternatives:\n    - zero: true\n    - id: a1\n      name: Bom\n"
        + "      assessments:\n        - {criterion: env.noise}\n"
        + "      trade_offs:\n        - handling: Tilskudd\n",
        [
            "case.yaml:8: case.alternatives[0]: the required key 'id' is missing",
            "case.yaml:8: case.alternatives[0]: the required key 'name' is missing",
            "case.yaml:12: case.alternatives[1].assessments[0]: the required key 'rating' is "
            "missing",
            "case.yaml:14: case.alternatives[1].trade_offs[0]: the required key 'negative' is "
            "missing",
        ],
    ),
    "district ratings: unquoted, unknown, kommune, off scale, not a number": (
        VALID.replace("env.climate_mitigation", "dist.geography")
        + "          districts: {030110: -1, '030199': 1, '0301': 1, '030101': 4, '030102': x}\n",
        [
            f"case.yaml:16: {ASSESSMENT_PATH}.districts.12360: district codes must be in "
            'quotes, e.g. "030101" (this one was read as the number 12360)',
            f"case.yaml:16: {ASSESSMENT_PATH}.districts.030199: '030199' is not a known "
            "district code",
            f"case.yaml:16: {ASSESSMENT_PATH}.districts.0301: '0301' is a kommune, not a district",
            f"case.yaml:16: {ASSESSMENT_PATH}.districts.030101: 4 is not on the scale impact7 "
            "(allowed: -3..3)",
            f"case.yaml:16: {ASSESSMENT_PATH}.districts.030102: must be a whole number, not text",
        ],
    ),
    "district ratings on a criterion other than geography": (
        VALID + "          districts: {'030110': -1}\n",
        [f"case.yaml:16: {ASSESSMENT_PATH}.districts: ratings per district belong to "
         "dist.geography only"],
    ),
    "indicator id, region and direction": (
        VALID
        + "  indicators:\n    - indicator: low_income\n      region: '0999'\n"
        + "      expected: sideways\n    - {indicator: ind.x, region: 0301, expected: up}\n",
        [
            "case.yaml:17: case.indicators[0].indicator: 'low_income' is not an indicator id "
            "(ind.<name>, lowercase letters, digits and _)",
            "case.yaml:18: case.indicators[0].region: '0999' is not a known kommune or district "
            "code",
            "case.yaml:19: case.indicators[0].expected: 'sideways' is not allowed here "
            "(allowed: up, down)",
            'case.yaml:20: case.indicators[1].region: must be text, not a number: put region '
            'codes in quotes, e.g. "0301"',
        ],
    ),
    "unknown review step and verdict": (
        VALID + "  review:\n    - {step: summary, verdict: fine}\n",
        [
            "case.yaml:17: case.review[0].step: 'summary' is not allowed here (allowed: details, "
            "screening, problem, alternatives, environment, distribution, economy, sdg, "
            "trade_offs, indicators, recommendation, review)",
            "case.yaml:17: case.review[0].verdict: 'fine' is not allowed here "
            "(allowed: ok, improve, redo)",
        ],
    ),
    "a stale mark that is not true or false": (
        VALID + "  review:\n    - {step: sdg, verdict: ok, stale: perhaps}\n",
        ["case.yaml:17: case.review[0].stale: must be true or false, not text"],
    ),
    "screening answers that are not text": (
        HEAD + "  screening_answers: {costs: 3, children_affected: maybe, kids: x, 12: x}\n"
        + ALTERNATIVES,
        [
            "case.yaml:7: case.screening_answers.costs: must be text, not a number "
            "(put it in quotes)",
            "case.yaml:7: case.screening_answers.children_affected: 'maybe' is not an answer "
            "to children_affected (allowed: no, yes)",
            "case.yaml:7: case.screening_answers.kids: 'kids' is not a screening question "
            "(allowed: people_affected, costs, irreversible_nature, principled, "
            "children_affected)",
            "case.yaml:7: case.screening_answers.12: must be a key in text, not a number "
            "(put it in quotes)",
        ],
    ),
    "case that is not a mapping": (
        "format: impactapp-case/1\ncase: []\n",
        ["case.yaml:2: case: must be a mapping, not a list"],
    ),
}


@pytest.mark.parametrize("text, expected", list(CASES.values()), ids=list(CASES))
def test_invalid_file_is_refused_with_exact_errors(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    assert errors_of(text, catalog) == expected


def test_unknown_key_is_named_with_its_line_and_the_missing_key_reported(catalog: Catalog) -> None:
    errors = errors_of(VALID.replace("title:", "titel:"), catalog)
    assert errors[0] == "case.yaml:2: case: the required key 'title' is missing"
    assert errors[1].startswith(
        "case.yaml:3: case.titel: unknown key 'titel' (allowed: title, case_number, unit, "
    )
    assert errors[1].endswith("recommendation, prerequisites, review, approval, municipality)")
    assert len(errors) == 2


def test_several_errors_in_one_file_are_reported_together(catalog: Catalog) -> None:
    text = """\
format: impactapp-case/1
case:
  title: Bompenger
  language: se
  depth: minimum
  status: draft
  colour: blue
  alternatives:
    - id: a0
      name: Dagens ordning
      zero: true
    - id: a1
      name: Bompenger
      zero: true
      assessments:
        - criterion: env.noise
          rating: 4
        - criterion: dist.low_income
          rating: .nan
      sdg_targets:
        - target: 13.2
          contribution: positive
  recommendation:
    alternative: a3
"""
    assert errors_of(text, catalog) == [
        "case.yaml:4: case.language: 'se' is not allowed here (allowed: nb, en)",
        "case.yaml:7: case.colour: unknown key 'colour' (allowed: title, case_number, unit, "
        "caseworker, decision_body, decision_date, language, confidentiality, depth, "
        "depth_reason, status, problem, goals, principled_questions, screening_answers, "
        "screening, alternatives, indicators, recommendation, prerequisites, review, approval, "
        "municipality)",
        "case.yaml:14: case.alternatives[1].zero: only one alternative can be the zero "
        "alternative, and alternatives[0] already is",
        "case.yaml:17: case.alternatives[1].assessments[0].rating: 4 is not on the scale "
        "impact7 (allowed: -3..3, not_relevant, unknown)",
        "case.yaml:19: case.alternatives[1].assessments[1].rating: NaN is not on the scale "
        "impact7 (allowed: -3..3, not_relevant, unknown)",
        'case.yaml:21: case.alternatives[1].sdg_targets[0].target: must be text, not a number: '
        'write SDG target ids in quotes, e.g. "11.6"',
        "case.yaml:24: case.recommendation.alternative: 'a3' is not the id of an alternative "
        "in this case (ids: a0, a1)",
    ]


# --- the format line ------------------------------------------------------------------------


def test_newer_format_is_refused_with_a_request_to_update(catalog: Catalog) -> None:
    text = VALID.replace("impactapp-case/1", "impactapp-case/2") + "  carbon_budget: 12\n"
    assert errors_of(text, catalog) == [
        "case.yaml:1: format: this file is in format impactapp-case/2, newer than this program "
        "understands (impactapp-case/1); update ImpactApp"
    ]


def test_missing_format_is_reported_and_the_rest_still_checked(catalog: Catalog) -> None:
    text = VALID.replace("format: impactapp-case/1\n", "").replace("rating: 2", "rating: 9")
    assert errors_of(text, catalog) == [
        "case.yaml:1: the key 'format' is missing; a case file starts with "
        "'format: impactapp-case/1'",
        f"case.yaml:14: {ASSESSMENT_PATH}.rating: 9 is not on the scale impact7 "
        "(allowed: -3..3, not_relevant, unknown)",
    ]


def test_unknown_format_is_refused(catalog: Catalog) -> None:
    text = VALID.replace("impactapp-case/1", "impactapp-sak/1")
    assert errors_of(text, catalog) == [
        "case.yaml:1: format: 'impactapp-sak/1' is not a case file format this program knows "
        "(expected impactapp-case/1)"
    ]


def test_empty_file_and_a_list_are_refused(catalog: Catalog) -> None:
    assert errors_of("", catalog) == [
        "case.yaml: the file is empty; a case file starts with 'format: impactapp-case/1'"
    ]
    assert errors_of("- a\n- b\n", catalog) == [
        "case.yaml:1: the file must be a mapping with the keys format and case, not a list"
    ]


def test_a_whole_pillar_can_be_screened_out_with_one_reason(catalog: Catalog) -> None:
    screening = (
        "  screening:\n"
        "    - {criterion: econ, relevant: false, reason: Ingen økonomiske virkninger.}\n"
        "    - {criterion: soc, relevant: false}\n"
        "    - {criterion: envv, relevant: false, reason: x}\n"
    )
    assert errors_of(HEAD + screening + ALTERNATIVES, catalog) == [
        "case.yaml:9: case.screening[1]: a reason is required when relevant is false",
        "case.yaml:10: case.screening[2].criterion: 'envv' is not a criterion in the catalog",
    ]
    case = parse_case((HEAD + screening[:screening.index("    - {criterion: soc")]
                       + ALTERNATIVES).encode(), catalog, "case.yaml")
    assert screened_out(case, catalog) == {
        c.id: "Ingen økonomiske virkninger." for c in catalog.criteria_in("econ")
    }


def test_indicator_links_must_name_an_indicator_of_the_set(catalog: Catalog) -> None:
    from dataclasses import replace

    from impactapp.domain.model import Indicator, IndicatorSource, Text

    known = Indicator(
        id="ind.employment_rate", name=Text("Sysselsetting", "Employment"),
        unit=Text("prosent", "per cent"), direction="up", pillar="econ", targets=("8.5",),
        levels=("kommune",), source=IndicatorSource(kind="other", table="", query=()),
        description=Text("", ""),
    )
    with_set = replace(catalog, indicators={known.id: known})
    links = (
        "  indicators:\n"
        "    - {indicator: ind.employment_rate, region: '0301', expected: up}\n"
        "    - {indicator: ind.made_up, region: '0301', expected: up}\n"
    )
    text = HEAD + links + ALTERNATIVES
    assert errors_of(text, with_set) == [
        "case.yaml:9: case.indicators[1].indicator: 'ind.made_up' is not an indicator in the "
        "catalog's indicator set"
    ]
    # A catalog without an indicator set accepts any well-formed id.
    assert len(parse_case(text.encode(), catalog, "case.yaml").indicators) == 2
