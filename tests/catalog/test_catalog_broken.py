"""Broken catalogs: each one edit away from the valid fixture, each reported exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from impactapp.domain.model import STEP_IDS

Edit = Callable[..., object]

STEPS = ", ".join(STEP_IDS)
CRITERION_KEYS = "id, pillar, scale, name, description, questions, sdg_targets"

CASES: list[tuple[str, Edit, list[str]]] = [
    # --- reading the files ------------------------------------------------------------------
    (
        "missing_file",
        lambda c: c.remove("criteria/regions.yaml"),
        ["criteria/regions.yaml: file not found"],
    ),
    (
        "empty_file",
        lambda c: c.write("forms/wizard.yaml", b"\n# nothing yet\n"),
        ["forms/wizard.yaml: the file is empty"],
    ),
    (
        "yaml_syntax_error",
        lambda c: c.replace("criteria/regions.yaml", "name: Gamle Oslo}", "name: Gamle Oslo"),
        ["criteria/regions.yaml:7: YAML syntax error: did not find expected ',' or '}'"],
    ),
    (
        "not_utf8",
        lambda c: c.replace(
            "criteria/regions.yaml", "Grünerløkka", "Grünerløkka".encode("latin-1")
        ),
        ["criteria/regions.yaml:7: bytes that are not UTF-8 at byte 150"],
    ),
    (
        "python_tag",
        lambda c: c.replace(
            "criteria/regions.yaml", "name: Bergen", 'name: !!python/object/apply:os.system ["ls"]'
        ),
        [
            "criteria/regions.yaml:10: regions[1].name: "
            "tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"
        ],
    ),
    (
        "duplicate_key",
        lambda c: c.replace(
            "criteria/sdg.yaml",
            "    local_relevance: low\n",
            "    local_relevance: low\n    local_relevance: high\n",
        ),
        ["criteria/sdg.yaml:41: targets[4]: duplicate key 'local_relevance'"],
    ),
    (
        "alias",
        lambda c: c.replace(
            "criteria/scales.yaml",
            "name: {nb: Tredelt skala, en: Three-step scale}",
            "name: &n {nb: Tredelt skala, en: Three-step scale}\n    short: *n",
        ),
        ["criteria/scales.yaml:14: scales[1].short: anchors and aliases (*name) are not allowed"],
    ),
    (
        "top_level_not_mapping",
        lambda c: c.write("criteria/regions.yaml", b"- code: '0301'\n  name: Oslo\n"),
        [
            "criteria/regions.yaml:1: the top level must be a mapping with the keys "
            "schema_version, regions"
        ],
    ),
    (
        "newer_schema_version",
        lambda c: c.replace("forms/wizard.yaml", "schema_version: 1", "schema_version: 2").replace(
            "forms/wizard.yaml", "  - id: review\n", "  - id: summary\n"
        ),
        [
            "forms/wizard.yaml:1: schema_version: version 2 is newer than this program understands "
            "(up to 1); install a newer ImpactApp"
        ],
    ),
    (
        "missing_schema_version",
        lambda c: c.replace("criteria/regions.yaml", "schema_version: 1\n", ""),
        ["criteria/regions.yaml:1: schema_version: missing required key"],
    ),
    (
        "schema_version_not_integer",
        lambda c: c.replace("criteria/regions.yaml", "schema_version: 1", "schema_version: '1'"),
        ["criteria/regions.yaml:1: schema_version: integer expected, found string"],
    ),
    # --- shape: keys, types, texts ----------------------------------------------------------
    (
        "unknown_key",
        lambda c: c.replace(
            "criteria/criteria.yaml",
            "  - id: soc.housing\n",
            "  - id: soc.housing\n    weight: 2\n",
        ),
        [f"criteria/criteria.yaml:26: criteria[1].weight: unknown key (allowed: {CRITERION_KEYS})"],
    ),
    (
        "unknown_top_level_key",
        lambda c: c.replace("criteria/regions.yaml", "regions:\n", "region:\n  []\nregions:\n"),
        ["criteria/regions.yaml:2: region: unknown key (allowed: schema_version, regions)"],
    ),
    (
        "unknown_language_in_text",
        lambda c: c.replace(
            "criteria/criteria.yaml",
            "{nb: Bolig, en: Housing}",
            "{nb: Bolig, norsk: Bustad, en: Housing}",
        ),
        [
            "criteria/criteria.yaml:28: criteria[1].name.norsk: "
            "unknown key (allowed: nb, en or another language code)"
        ],
    ),
    (
        "missing_required_key",
        lambda c: c.replace("criteria/sdg.yaml", "    evidence: Regional planlegging.\n", ""),
        ["criteria/sdg.yaml:37: targets[4].evidence: missing required key"],
    ),
    (
        "string_expected",
        lambda c: c.replace("criteria/criteria.yaml", 'target: "1.2"', "target: 1.2"),
        [
            "criteria/criteria.yaml:42: criteria[2].sdg_targets[0].target: "
            "string expected, found number (put it in quotes)"
        ],
    ),
    (
        "integer_expected",
        lambda c: c.replace("criteria/scales.yaml", "      - value: -1\n", "      - value: '-1'\n"),
        ["criteria/scales.yaml:16: scales[1].steps[0].value: integer expected, found string"],
    ),
    (
        "boolean_is_not_an_integer",
        lambda c: c.replace("criteria/sdg.yaml", "  - number: 13\n", "  - number: true\n"),
        ["criteria/sdg.yaml:15: goals[3].number: integer expected, found boolean"],
    ),
    (
        "list_expected",
        lambda c: c.replace(
            "criteria/criteria.yaml",
            "    questions: []\n    sdg_targets: []\n",
            "    questions: []\n    sdg_targets: '8.5'\n",
        ),
        ["criteria/criteria.yaml:52: criteria[3].sdg_targets: list expected, found string"],
    ),
    (
        "mapping_expected_for_text",
        lambda c: c.replace("criteria/criteria.yaml", "{nb: Bolig, en: Housing}", "Bolig"),
        [
            "criteria/criteria.yaml:28: criteria[1].name: "
            "mapping expected, found string (write {nb: ..., en: ...})"
        ],
    ),
    (
        "missing_nb",
        lambda c: c.replace("criteria/criteria.yaml", "{nb: Bolig, en: Housing}", "{en: Housing}"),
        ["criteria/criteria.yaml:28: criteria[1].name.nb: the Norwegian text is missing"],
    ),
    (
        "missing_en",
        lambda c: c.replace("forms/wizard.yaml", "{nb: Kostnader, en: Costs}", "{nb: Kostnader}"),
        ["forms/wizard.yaml:65: steps[6].fields[1].label.en: the English text is missing"],
    ),
    (
        "empty_en",
        lambda c: c.replace(
            "forms/wizard.yaml", "{nb: Tittel, en: Title}", '{nb: Tittel, en: " "}'
        ),
        ["forms/wizard.yaml:9: steps[0].fields[0].label.en: the English text is empty"],
    ),
    # --- ids and references ------------------------------------------------------------------
    (
        "duplicate_target_id",
        lambda c: c.replace("criteria/sdg.yaml", 'id: "11.a"', 'id: "11.6"'),
        ["criteria/sdg.yaml:37: targets[4].id: duplicate target id '11.6' (first at line 33)"],
    ),
    (
        "duplicate_criterion_id",
        lambda c: c.replace(
            "criteria/criteria.yaml", "id: dist.low_income", "id: soc.housing"
        ).replace("criteria/criteria.yaml", "    pillar: dist\n", "    pillar: soc\n"),
        [
            "criteria/criteria.yaml:34: criteria[2].id: "
            "duplicate criterion id 'soc.housing' (first at line 25)"
        ],
    ),
    (
        "duplicate_region_code",
        lambda c: c.replace("criteria/regions.yaml", '"030112"', '"030101"'),
        [
            "criteria/regions.yaml:8: regions[0].districts[2].code: "
            "duplicate region code '030101' (first at line 6)"
        ],
    ),
    (
        "target_not_in_catalog",
        lambda c: c.replace("criteria/criteria.yaml", 'target: "11.6"', 'target: "11.7"'),
        [
            "criteria/criteria.yaml:23: criteria[0].sdg_targets[1].target: "
            "unknown SDG target '11.7' (not in criteria/sdg.yaml)"
        ],
    ),
    (
        "target_id_syntax",
        lambda c: c.replace("criteria/criteria.yaml", 'target: "11.1"', 'target: "11"'),
        [
            "criteria/criteria.yaml:32: criteria[1].sdg_targets[0].target: "
            "'11' is not a target id like '11.6' or '11.a'"
        ],
    ),
    (
        "target_of_unknown_goal",
        lambda c: c.replace("criteria/sdg.yaml", 'id: "11.a"', 'id: "12.a"'),
        ["criteria/sdg.yaml:37: targets[4].id: goal 12 of target '12.a' is not a goal"],
    ),
    (
        "unknown_scale",
        lambda c: c.replace("criteria/criteria.yaml", "scale: impact3", "scale: impact5"),
        ["criteria/criteria.yaml:48: criteria[3].scale: unknown scale 'impact5'"],
    ),
    (
        "unknown_pillar",
        lambda c: c.replace("criteria/criteria.yaml", "pillar: econ", "pillar: economy"),
        ["criteria/criteria.yaml:47: criteria[3].pillar: unknown pillar 'economy'"],
    ),
    (
        "criterion_id_not_of_its_pillar",
        lambda c: c.replace("criteria/criteria.yaml", "id: soc.housing", "id: env.housing"),
        [
            "criteria/criteria.yaml:25: criteria[1].id: "
            "'env.housing' does not start with its pillar 'soc.'"
        ],
    ),
    (
        "criterion_id_malformed",
        lambda c: c.replace("criteria/criteria.yaml", "id: soc.housing", "id: Soc-Housing"),
        [
            "criteria/criteria.yaml:25: criteria[1].id: 'Soc-Housing' is not of the form "
            "'<pillar>.<name>' (lower-case letters, digits and _)"
        ],
    ),
    (
        "pillar_outside_method",
        lambda c: c.replace("criteria/criteria.yaml", "  - id: econ\n", "  - id: culture\n"),
        ["criteria/criteria.yaml:9: pillars[3].id: 'culture' is not one of env, soc, dist, econ"],
    ),
    (
        "duplicate_pillar_id",
        lambda c: c.replace("criteria/criteria.yaml", "  - id: econ\n", "  - id: env\n"),
        [
            "criteria/criteria.yaml:9: pillars[3].id: duplicate pillar id 'env' (first at line 3)",
            # econ is now really undefined, so its users are reported too.
            "criteria/criteria.yaml:47: criteria[3].pillar: unknown pillar 'econ'",
            "criteria/indicators.yaml:25: indicators[1].pillar: unknown pillar 'econ'",
            "forms/wizard.yaml:62: steps[6].fields[0].pillars[0]: unknown pillar 'econ'",
        ],
    ),
    (
        "duplicate_goal_number",
        lambda c: c.replace("criteria/sdg.yaml", "  - number: 13\n", "  - number: 11\n"),
        [
            "criteria/sdg.yaml:15: goals[3].number: duplicate goal number 11 (first at line 11)",
            "criteria/sdg.yaml:42: targets[5].id: goal 13 of target '13.2' is not a goal",
        ],
    ),
    (
        "text_not_a_string",
        lambda c: c.replace(
            "criteria/criteria.yaml", "{nb: Bolig, en: Housing}", "{nb: Bolig, en: 5}"
        ),
        [
            "criteria/criteria.yaml:28: criteria[1].name.en: "
            "string expected, found integer (put it in quotes)"
        ],
    ),
    # --- values -----------------------------------------------------------------------------
    (
        "bad_colour",
        lambda c: c.replace("criteria/sdg.yaml", '"#3F7E44"', '"#3F7E4"'),
        ["criteria/sdg.yaml:18: goals[3].colour: '#3F7E4' is not a colour like '#E5243B'"],
    ),
    (
        "bad_local_relevance",
        lambda c: c.replace("criteria/sdg.yaml", "local_relevance: low", "local_relevance: medium"),
        [
            "criteria/sdg.yaml:40: targets[4].local_relevance: "
            "'medium' is not one of high, some, low"
        ],
    ),
    (
        "scale_not_symmetric",
        lambda c: c.replace(
            "criteria/scales.yaml",
            "      - value: 1\n        label: {nb: Positiv, en: Positive}\n",
            "",
        ),
        [
            "criteria/scales.yaml:15: scales[1].steps: "
            "the steps must be symmetric around 0 (-1 has no 1)"
        ],
    ),
    (
        "scale_without_zero",
        lambda c: c.replace("criteria/scales.yaml", "      - value: 0\n", "      - value: 2\n"),
        [
            "criteria/scales.yaml:15: scales[1].steps: the steps must include 0",
            "criteria/scales.yaml:15: scales[1].steps: "
            "the steps must be symmetric around 0 (2 has no -2)",
        ],
    ),
    (
        "scale_duplicate_value",
        lambda c: c.replace(
            "criteria/scales.yaml",
            "{value: 2, label: {nb: Positiv",
            "{value: 1, label: {nb: Positiv",
        ),
        [
            "criteria/scales.yaml:5: scales[0].steps: "
            "the steps must be symmetric around 0 (-2 has no 2)",
            "criteria/scales.yaml:11: scales[0].steps[5].value: "
            "duplicate value 1 (first at line 10)",
        ],
    ),
    (
        "scale_without_steps",
        lambda c: c.replace(
            "criteria/scales.yaml",
            "    steps:\n      - value: -1\n        label: {nb: Negativ, en: Negative}\n"
            "      - value: 0\n        label: {nb: Ingen, en: None}\n"
            "      - value: 1\n        label: {nb: Positiv, en: Positive}\n",
            "    steps: []\n",
        ),
        ["criteria/scales.yaml:15: scales[1].steps: a scale needs steps"],
    ),
    (
        "unofficial_not_boolean",
        lambda c: c.replace("criteria/sdg.yaml", "unofficial: true", "unofficial: maybe"),
        ["criteria/sdg.yaml:26: targets[1].unofficial: true or false expected, found string"],
    ),
    (
        "old_schema_version",
        lambda c: c.replace("criteria/scales.yaml", "schema_version: 1", "schema_version: 0"),
        ["criteria/scales.yaml:1: schema_version: unsupported version 0 (must be 1)"],
    ),
    (
        "kommune_code_unquoted",
        lambda c: c.replace("criteria/regions.yaml", 'code: "4601"', "code: 4601"),
        [
            "criteria/regions.yaml:9: regions[1].code: "
            "string expected, found integer (put it in quotes)"
        ],
    ),
    (
        "kommune_code_length",
        lambda c: c.replace("criteria/regions.yaml", 'code: "4601"', 'code: "460"'),
        ["criteria/regions.yaml:9: regions[1].code: '460' is not a kommune number of 4 digits"],
    ),
    (
        "district_of_another_kommune",
        lambda c: c.replace("criteria/regions.yaml", '"030112"', '"460112"'),
        [
            "criteria/regions.yaml:8: regions[0].districts[2].code: "
            "'460112' does not start with its kommune number '0301'"
        ],
    ),
    (
        "district_code_length",
        lambda c: c.replace("criteria/regions.yaml", '"030112"', '"03011"'),
        [
            "criteria/regions.yaml:8: regions[0].districts[2].code: "
            "'03011' is not a district code of 6 digits"
        ],
    ),
    # --- the form ---------------------------------------------------------------------------
    (
        "unknown_step",
        lambda c: c.replace("forms/wizard.yaml", "\n  - id: trade_offs\n", "\n  - id: tradeoffs\n"),
        [f"forms/wizard.yaml:72: steps[8].id: unknown step 'tradeoffs' (expected one of {STEPS})"],
    ),
    (
        "missing_step",
        lambda c: c.replace(
            "forms/wizard.yaml",
            "  - id: indicators\n    title: {nb: Indikatorer, en: Indicators}\n"
            "    fields:\n      - id: indicators\n        type: indicators\n"
            "        label: {nb: Indikatorer, en: Indicators}\n",
            "",
        ),
        ["forms/wizard.yaml:2: steps: step 'indicators' is missing"],
    ),
    (
        "duplicate_step",
        lambda c: c.replace("forms/wizard.yaml", "\n  - id: indicators\n", "\n  - id: sdg\n"),
        [
            "forms/wizard.yaml:2: steps: step 'indicators' is missing",
            "forms/wizard.yaml:78: steps[9].id: duplicate step 'sdg' (first at line 66)",
        ],
    ),
    (
        "steps_out_of_order",
        lambda c: (
            c.replace("forms/wizard.yaml", "  - id: environment\n", "  - id: ENV\n")
            .replace("forms/wizard.yaml", "  - id: economy\n", "  - id: environment\n")
            .replace("forms/wizard.yaml", "  - id: ENV\n", "  - id: economy\n")
        ),
        [
            "forms/wizard.yaml:38: steps[4].id: "
            "step 'economy' is out of order: step 5 of the method is 'environment'"
        ],
    ),
    (
        "unknown_field_type",
        lambda c: c.replace("forms/wizard.yaml", "type: cost", "type: money"),
        ["forms/wizard.yaml:64: steps[6].fields[1].type: unknown field type 'money'"],
    ),
    (
        "duplicate_field_id",
        lambda c: c.replace(
            "forms/wizard.yaml",
            "      - id: prerequisites\n",
            "      - id: recommendation.justification\n",
        ),
        [
            "forms/wizard.yaml:90: steps[10].fields[1].id: "
            "duplicate field id 'recommendation.justification' (first at line 87)"
        ],
    ),
    (
        "unknown_depth",
        lambda c: c.replace("forms/wizard.yaml", "required: [full]", "required: [complete]"),
        [
            "forms/wizard.yaml:48: steps[4].fields[1].required[0]: "
            "'complete' is not one of minimum, simplified, full"
        ],
    ),
    (
        "options_on_text_field",
        lambda c: c.replace(
            "forms/wizard.yaml",
            "        required: [minimum, simplified, full]\n      - id: language\n",
            "        options: [a, b]\n      - id: language\n",
        ),
        [
            "forms/wizard.yaml:11: steps[0].fields[0].options: "
            "options is only allowed on choice fields"
        ],
    ),
    (
        "choice_without_options",
        lambda c: c.replace("forms/wizard.yaml", "        options: [nb, en]\n", ""),
        [
            "forms/wizard.yaml:12: steps[0].fields[1].options: "
            "a choice field needs options or options_from"
        ],
    ),
    (
        "unknown_options_source",
        lambda c: c.replace("forms/wizard.yaml", "        options: [nb, en]\n",
                            "        options_from: measures\n"),
        [
            "forms/wizard.yaml:15: steps[0].fields[1].options_from: "
            "'measures' is not one of alternatives"
        ],
    ),
    (
        "pillars_on_non_ratings_field",
        lambda c: c.replace(
            "forms/wizard.yaml",
            "        label: {nb: Kostnader, en: Costs}\n",
            "        label: {nb: Kostnader, en: Costs}\n        pillars: [econ]\n",
        ),
        [
            "forms/wizard.yaml:66: steps[6].fields[1].pillars: "
            "pillars are only allowed on ratings fields"
        ],
    ),
    (
        "unknown_pillar_in_form",
        lambda c: c.replace("forms/wizard.yaml", "pillars: [soc, dist]", "pillars: [soc, distr]"),
        ["forms/wizard.yaml:55: steps[5].fields[0].pillars[1]: unknown pillar 'distr'"],
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_catalog_reports_exact_problem(catalog_copy, edit: Edit, expected: list[str]):
    edit(catalog_copy)
    assert catalog_copy.errors() == expected


def test_several_problems_in_several_files_are_reported_together(catalog_copy):
    catalog_copy.replace("criteria/criteria.yaml", "scale: impact3", "scale: impact5")
    catalog_copy.replace("criteria/criteria.yaml", "{nb: Bolig, en: Housing}", "{en: Housing}")
    catalog_copy.replace("criteria/sdg.yaml", '"#3F7E44"', '"#3F7E4"')
    catalog_copy.replace("forms/wizard.yaml", "type: cost", "type: money")
    catalog_copy.remove("criteria/regions.yaml")
    catalog_copy.replace("criteria/scales.yaml", "  - id: impact3\n", "  - id: impact3\n    x: 1\n")
    assert catalog_copy.errors() == [
        "criteria/scales.yaml:14: scales[1].x: unknown key (allowed: id, name, steps)",
        "criteria/criteria.yaml:28: criteria[1].name.nb: the Norwegian text is missing",
        "criteria/criteria.yaml:48: criteria[3].scale: unknown scale 'impact5'",
        "criteria/sdg.yaml:18: goals[3].colour: '#3F7E4' is not a colour like '#E5243B'",
        "criteria/regions.yaml: file not found",
        "forms/wizard.yaml:64: steps[6].fields[1].type: unknown field type 'money'",
    ]


def test_unreadable_scales_file_does_not_make_every_scale_unknown(catalog_copy):
    catalog_copy.replace("criteria/scales.yaml", "  - id: impact3\n", "  - id: impact3\n  bad\n")
    assert catalog_copy.errors() == [
        "criteria/scales.yaml:15: YAML syntax error: could not find expected ':'"
    ]


def test_unreadable_sdg_file_does_not_make_every_target_unknown(catalog_copy):
    catalog_copy.write("criteria/sdg.yaml", b"")
    assert catalog_copy.errors() == ["criteria/sdg.yaml: the file is empty"]


def test_unreadable_goal_does_not_make_its_targets_orphans(catalog_copy):
    catalog_copy.replace("criteria/sdg.yaml", "  - number: 1\n", "  - number: one\n")
    assert catalog_copy.errors() == [
        "criteria/sdg.yaml:3: goals[0].number: integer expected, found string"
    ]


def test_unreadable_criteria_file_falls_back_to_method_pillars_for_the_form(catalog_copy):
    catalog_copy.remove("criteria/criteria.yaml")
    catalog_copy.replace("forms/wizard.yaml", "pillars: [econ]", "pillars: [money]")
    assert catalog_copy.errors() == [
        "criteria/criteria.yaml: file not found",
        "forms/wizard.yaml:62: steps[6].fields[0].pillars[0]: unknown pillar 'money'",
    ]
