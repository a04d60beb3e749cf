"""criteria/indicators.yaml: the common indicator set loads, and every broken entry is named."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from impactapp.catalog import INDICATOR_LEVELS, SOURCE_KINDS, load_catalog
from impactapp.domain.model import DIRECTIONS, PILLARS, Catalog, IndicatorSource, Text
from impactapp.resources import resource_dir

FILE = "criteria/indicators.yaml"
INDICATOR_KEYS = "id, name, description, unit, direction, pillar, targets, levels, source, verify"
OSLO_AND_BYDELER = ("0301", *(f"0301{n:02d}" for n in range(1, 16)))

Edit = Callable[..., object]


@pytest.fixture(scope="module")
def catalog(valid_dir: Path) -> Catalog:
    return load_catalog(valid_dir / "criteria", valid_dir / "forms")


# --- the valid fixture ------------------------------------------------------------------------


def test_indicators_keep_file_order(catalog: Catalog):
    assert list(catalog.indicators) == [
        "ind.low_income_households",
        "ind.employment_rate",
        "ind.ghg_emissions_total",
    ]


def test_indicator_carries_texts_direction_pillar_targets_and_levels(catalog: Catalog):
    low_income = catalog.indicators["ind.low_income_households"]
    assert low_income.name == Text(
        nb="Personer i husholdninger med lavinntekt", en="People in low-income households"
    )
    assert low_income.description.en == "Share below 60 per cent of the median income."
    assert low_income.unit == Text(nb="prosent", en="per cent")
    assert low_income.direction == "down"
    assert low_income.pillar == "dist"
    assert low_income.targets == ("1.2", "10.2")
    assert low_income.levels == ("kommune", "bydel")
    assert low_income.verify == "ContentsCode not confirmed offline."


def test_ssb_source_keeps_its_query_in_file_order(catalog: Catalog):
    assert catalog.indicators["ind.low_income_households"].source == IndicatorSource(
        kind="ssb",
        table="06947",
        query=(
            ("Region", ("0301", "030101")),
            ("ContentsCode", ("EUskala60",)),
            ("Tid", ("top(5)",)),
        ),
        url="https://www.ssb.no/statbank/table/06947",
    )


def test_optional_keys_default_to_empty(catalog: Catalog):
    employment = catalog.indicators["ind.employment_rate"]
    assert employment.verify == ""
    assert (employment.source.url, employment.source.note) == ("", "")
    emissions = catalog.indicators["ind.ghg_emissions_total"].source
    assert emissions.kind == "other"
    assert emissions.query == ()  # an "other" source may have no query
    assert emissions.note == "Miljødirektoratet, not SSB."


def test_catalog_without_indicator_file_has_no_indicators(catalog_copy):
    catalog_copy.remove(FILE)
    catalog = catalog_copy.load()
    assert catalog.indicators == {}
    assert len(catalog.criteria) == 4  # everything else still loads


# --- broken entries, each reported exactly ----------------------------------------------------

CASES: list[tuple[str, Edit, list[str]]] = [
    (
        "id_syntax",
        lambda c: c.replace(FILE, "  - id: ind.employment_rate\n", "  - id: ind.Employment-Rate\n"),
        [
            f"{FILE}:20: indicators[1].id: 'ind.Employment-Rate' is not an indicator id like "
            "'ind.low_income_households' (ind. followed by lower-case letters, digits and _)"
        ],
    ),
    (
        "id_without_prefix",
        lambda c: c.replace(FILE, "  - id: ind.employment_rate\n", "  - id: employment_rate\n"),
        [
            f"{FILE}:20: indicators[1].id: 'employment_rate' is not an indicator id like "
            "'ind.low_income_households' (ind. followed by lower-case letters, digits and _)"
        ],
    ),
    (
        "duplicate_id",
        lambda c: c.replace(FILE, "id: ind.ghg_emissions_total", "id: ind.low_income_households"),
        [
            f"{FILE}:33: indicators[2].id: "
            "duplicate indicator id 'ind.low_income_households' (first at line 3)"
        ],
    ),
    (
        "unknown_key",
        lambda c: c.replace(
            FILE, "  - id: ind.employment_rate\n", "  - id: ind.employment_rate\n    weight: 2\n"
        ),
        [f"{FILE}:21: indicators[1].weight: unknown key (allowed: {INDICATOR_KEYS})"],
    ),
    (
        "missing_key",
        lambda c: c.replace(
            FILE, "    unit: {nb: tonn CO2-ekvivalenter, en: tonnes CO2 equivalent}\n", ""
        ),
        [f"{FILE}:33: indicators[2].unit: missing required key"],
    ),
    (
        "missing_english_name",
        lambda c: c.replace(
            FILE, "{nb: Sysselsettingsandel, en: Employment rate}", "{nb: Sysselsettingsandel}"
        ),
        [f"{FILE}:21: indicators[1].name.en: the English text is missing"],
    ),
    (
        "empty_norwegian_description",
        lambda c: c.replace(
            FILE, "{nb: Direkte utslipp i kommunen., en:", "{nb: '', en:"
        ),
        [f"{FILE}:35: indicators[2].description.nb: the Norwegian text is empty"],
    ),
    (
        "unknown_direction",
        lambda c: c.replace(FILE, "    direction: up\n", "    direction: higher\n"),
        [f"{FILE}:24: indicators[1].direction: 'higher' is not one of up, down"],
    ),
    (
        "unknown_pillar",
        lambda c: c.replace(FILE, "    pillar: env\n", "    pillar: climate\n"),
        [f"{FILE}:38: indicators[2].pillar: unknown pillar 'climate'"],
    ),
    (
        "target_not_in_sdg_file",
        lambda c: c.replace(FILE, 'targets: ["10.2"]', 'targets: ["8.5"]'),
        [
            f"{FILE}:26: indicators[1].targets[0]: "
            "unknown SDG target '8.5' (not in criteria/sdg.yaml)"
        ],
    ),
    (
        "target_not_a_target_id",
        lambda c: c.replace(FILE, 'targets: ["10.2"]', 'targets: ["10"]'),
        [f"{FILE}:26: indicators[1].targets[0]: '10' is not a target id like '11.6' or '11.a'"],
    ),
    (
        "targets_unquoted",
        lambda c: c.replace(FILE, 'targets: ["13.2", "11.6"]', "targets: [13, 11.6]"),
        [
            f"{FILE}:39: indicators[2].targets[0]: "
            "string expected, found integer (put it in quotes)",
            f"{FILE}:39: indicators[2].targets[1]: "
            "string expected, found number (put it in quotes)",
        ],
    ),
    (
        "duplicate_target",
        lambda c: c.replace(FILE, 'targets: ["1.2", "10.2"]', 'targets: ["1.2", "1.2"]'),
        [f"{FILE}:9: indicators[0].targets[1]: duplicate target '1.2' (first at line 9)"],
    ),
    (
        "no_targets",
        lambda c: c.replace(FILE, 'targets: ["10.2"]', "targets: []"),
        [f"{FILE}:26: indicators[1].targets: an indicator needs at least one SDG target"],
    ),
    (
        "unknown_level",
        lambda c: c.replace(FILE, "levels: [bydel]", "levels: [district]"),
        [f"{FILE}:27: indicators[1].levels[0]: 'district' is not one of kommune, bydel"],
    ),
    (
        "no_levels",
        lambda c: c.replace(FILE, "levels: [kommune]\n", "levels: []\n"),
        [
            f"{FILE}:40: indicators[2].levels: "
            "an indicator needs at least one level (kommune, bydel)"
        ],
    ),
    (
        "duplicate_level",
        lambda c: c.replace(FILE, "levels: [kommune, bydel]", "levels: [bydel, bydel]"),
        [f"{FILE}:10: indicators[0].levels[1]: duplicate level 'bydel' (first at line 10)"],
    ),
    (
        "source_not_a_mapping",
        lambda c: c.replace(
            FILE,
            "    source:\n      kind: other\n      table: klimagassutslipp-kommuner\n"
            "      note: Miljødirektoratet, not SSB.\n",
            "    source: Miljødirektoratet\n",
        ),
        [f"{FILE}:41: indicators[2].source: mapping expected, found string"],
    ),
    (
        "unknown_source_key",
        lambda c: c.replace(
            FILE,
            "      note: Miljødirektoratet, not SSB.\n",
            "      note: Miljødirektoratet, not SSB.\n      format: xlsx\n",
        ),
        [f"{FILE}:45: indicators[2].source.format: unknown key (allowed: kind, table, query, "
         "url, note, numerator, denominator, scale)"],
    ),
    (
        "unknown_source_kind",
        lambda c: c.replace(FILE, "kind: oslo_statistikkbank", "kind: pxweb"),
        [
            f"{FILE}:29: indicators[1].source.kind: "
            "'pxweb' is not one of ssb, fhi, oslo_statistikkbank, miljodirektoratet, ratio, other"
        ],
    ),
    (
        "ssb_table_not_five_digits",
        lambda c: c.replace(FILE, 'table: "06947"', 'table: "6947"'),
        [
            f"{FILE}:13: indicators[0].source.table: "
            "'6947' is not an SSB table id of 5 digits like '06947'"
        ],
    ),
    (
        "ssb_table_unquoted",
        lambda c: c.replace(FILE, 'table: "06947"', "table: 13227"),
        [
            f"{FILE}:13: indicators[0].source.table: "
            "string expected, found integer (put it in quotes)"
        ],
    ),
    (
        "empty_table",
        lambda c: c.replace(FILE, "table: klimagassutslipp-kommuner", 'table: " "'),
        [f"{FILE}:43: indicators[2].source.table: must not be empty"],
    ),
    (
        "ssb_source_without_query",
        lambda c: c.replace(
            FILE,
            '      query:\n        Region: ["0301", "030101"]\n'
            '        ContentsCode: [EUskala60]\n        Tid: ["top(5)"]\n',
            "",
        ),
        [
            f"{FILE}:11: indicators[0].source.query: "
            "missing required key (ssb sources need the query that fetches the numbers)"
        ],
    ),
    (
        "query_not_a_mapping",
        lambda c: c.replace(
            FILE, '      query:\n        Tid: ["top(1)"]\n', "      query: Tid=top(1)\n"
        ),
        [
            f"{FILE}:31: indicators[1].source.query: "
            "mapping expected, found string (write Dimension: [codes])"
        ],
    ),
    (
        "empty_query",
        lambda c: c.replace(FILE, '      query:\n        Tid: ["top(1)"]\n', "      query: {}\n"),
        [f"{FILE}:31: indicators[1].source.query: must name at least one dimension"],
    ),
    (
        "query_codes_not_a_list",
        lambda c: c.replace(FILE, 'Tid: ["top(5)"]', "Tid: top(5)"),
        [f"{FILE}:17: indicators[0].source.query.Tid: list expected, found string"],
    ),
    (
        "query_code_read_as_a_number",
        # An unquoted 0301 is an octal number to YAML: the message says how to keep the code.
        lambda c: c.replace(FILE, 'Region: ["0301", "030101"]', 'Region: [0301, "030101"]'),
        [
            f"{FILE}:15: indicators[0].source.query.Region[0]: "
            "string expected, found integer (put it in quotes)"
        ],
    ),
    (
        "query_dimension_read_as_a_number",
        lambda c: c.replace(FILE, '        Tid: ["top(1)"]\n', '        2024: ["top(1)"]\n'),
        [
            f"{FILE}:32: indicators[1].source.query.2024: "
            "string expected, found integer (put it in quotes)"
        ],
    ),
    (
        "dimension_without_codes",
        lambda c: c.replace(FILE, 'Tid: ["top(1)"]', "Tid: []"),
        [f"{FILE}:32: indicators[1].source.query.Tid: must list at least one code"],
    ),
    (
        "empty_verify",
        lambda c: c.replace(
            FILE, "    verify: ContentsCode not confirmed offline.\n", '    verify: ""\n'
        ),
        [f"{FILE}:19: indicators[0].verify: must not be empty"],
    ),
    (
        "top_level_not_a_mapping",
        lambda c: c.write(FILE, b"- id: ind.low_income_households\n"),
        [f"{FILE}:1: the top level must be a mapping with the keys schema_version, indicators"],
    ),
    (
        "empty_file",
        lambda c: c.write(FILE, b"# no indicators yet\n"),
        [f"{FILE}: the file is empty"],
    ),
    (
        "indicators_not_a_list",
        lambda c: c.write(FILE, b"schema_version: 1\nindicators: ind.low_income_households\n"),
        [f"{FILE}:2: indicators: list expected, found string"],
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_indicator_file_reports_exact_problem(catalog_copy, edit: Edit, expected):
    edit(catalog_copy)
    assert catalog_copy.errors() == expected


def test_every_problem_in_one_entry_is_reported_at_once(catalog_copy):
    catalog_copy.replace(FILE, "    direction: up\n", "    direction: higher\n")
    catalog_copy.replace(FILE, "levels: [bydel]", "levels: [district]")
    catalog_copy.replace(FILE, "kind: oslo_statistikkbank", "kind: pxweb")
    assert catalog_copy.errors() == [
        f"{FILE}:24: indicators[1].direction: 'higher' is not one of up, down",
        f"{FILE}:27: indicators[1].levels[0]: 'district' is not one of kommune, bydel",
        f"{FILE}:29: indicators[1].source.kind: "
        "'pxweb' is not one of ssb, fhi, oslo_statistikkbank, miljodirektoratet, ratio, other",
    ]


def test_indicator_problems_come_between_regions_and_the_form(catalog_copy):
    catalog_copy.replace("forms/wizard.yaml", "type: cost", "type: money")
    catalog_copy.replace(FILE, "    pillar: env\n", "    pillar: climate\n")
    catalog_copy.remove("criteria/regions.yaml")
    assert catalog_copy.errors() == [
        "criteria/regions.yaml: file not found",
        f"{FILE}:38: indicators[2].pillar: unknown pillar 'climate'",
        "forms/wizard.yaml:64: steps[6].fields[1].type: unknown field type 'money'",
    ]


def test_unreadable_criteria_file_falls_back_to_method_pillars(catalog_copy):
    catalog_copy.remove("criteria/criteria.yaml")
    catalog_copy.replace(FILE, "    pillar: env\n", "    pillar: climate\n")
    assert catalog_copy.errors() == [
        "criteria/criteria.yaml: file not found",
        f"{FILE}:38: indicators[2].pillar: unknown pillar 'climate'",
    ]


def test_unreadable_sdg_file_does_not_make_every_target_unknown(catalog_copy):
    catalog_copy.write("criteria/sdg.yaml", b"")
    assert catalog_copy.errors() == ["criteria/sdg.yaml: the file is empty"]


# --- the shipped indicator set ----------------------------------------------------------------

SHIPPED = resource_dir("criteria") / "indicators.yaml"

#: The kinds of indicator METHOD.md and the issue name, each matched to a shipped id.
METHOD_EXAMPLES = (
    "ind.low_income_households",
    "ind.child_poverty",
    "ind.persistent_low_income",
    "ind.employment_rate",
    "ind.neet_youth",
    "ind.ghg_emissions_per_inhabitant",
    "ind.zero_emission_cars",
    "ind.recreation_area_access",
    "ind.housing_cost_burden",
    "ind.life_expectancy",
)

shipped = pytest.mark.skipif(not SHIPPED.exists(), reason=f"{SHIPPED} is not written yet")


@pytest.fixture(scope="module")
def shipped_catalog() -> Catalog:
    return load_catalog()


@shipped
def test_shipped_set_has_at_least_twenty_indicators_in_every_pillar(shipped_catalog: Catalog):
    indicators = shipped_catalog.indicators.values()
    assert len(shipped_catalog.indicators) >= 20
    assert {i.pillar for i in indicators} == set(PILLARS)


@shipped
def test_shipped_set_covers_the_method_examples(shipped_catalog: Catalog):
    assert [i for i in METHOD_EXAMPLES if i not in shipped_catalog.indicators] == []


@shipped
def test_shipped_set_has_at_least_five_indicators_per_bydel(shipped_catalog: Catalog):
    per_bydel = [i for i in shipped_catalog.indicators.values() if "bydel" in i.levels]
    assert len(per_bydel) >= 5


@shipped
def test_shipped_indicators_link_only_to_known_targets(shipped_catalog: Catalog):
    for indicator in shipped_catalog.indicators.values():
        assert indicator.targets, indicator.id
        assert set(indicator.targets) <= set(shipped_catalog.targets), indicator.id


@shipped
def test_shipped_indicators_are_well_formed(shipped_catalog: Catalog):
    for indicator in shipped_catalog.indicators.values():
        assert re.fullmatch(r"ind\.[a-z0-9_]+", indicator.id)
        assert indicator.direction in DIRECTIONS
        assert set(indicator.levels) <= set(INDICATOR_LEVELS)
        assert indicator.source.kind in SOURCE_KINDS


@shipped
def test_shipped_api_sources_are_built_from_the_place(shipped_catalog: Catalog):
    # Every query names the municipality by placeholder, never Oslo's code by hand.
    for indicator in shipped_catalog.indicators.values():
        source = indicator.source
        parts = [source.numerator, source.denominator] if source.kind == "ratio" else [source]
        for part in parts:
            assert part is not None, indicator.id
            if part.kind in ("ssb", "fhi", "oslo_statistikkbank", "miljodirektoratet"):
                regions = [codes for dim, codes in part.query
                           if dim in ("Region", "GEO", "geografi_kode")
                           or dim.startswith("KOK")]
                assert regions and regions[0][0] == "{municipality}", indicator.id
                assert not any(c.startswith("03") for c in regions[0]), indicator.id
            if part.kind == "ssb":
                assert re.fullmatch(r"[0-9]{5}", part.table), indicator.id
                assert "Tid" in dict(part.query), indicator.id


@shipped
def test_shipped_bydel_indicators_ask_for_the_place_s_districts(shipped_catalog: Catalog):
    for indicator in shipped_catalog.indicators.values():
        if indicator.source.kind in ("ssb", "fhi") and "bydel" in indicator.levels:
            region = next(codes for dim, codes in indicator.source.query
                          if dim in ("Region", "GEO") or dim.startswith("KOK"))
            assert "{districts}" in region, indicator.id


@shipped
def test_shipped_unconfirmed_sources_say_why(shipped_catalog: Catalog):
    unconfirmed = [i for i in shipped_catalog.indicators.values() if not i.confirmed]
    assert unconfirmed
    for indicator in unconfirmed:
        assert indicator.verify.startswith("Unconfirmed"), indicator.id


@shipped
def test_shipped_emission_indicators_come_from_the_environment_agency(shipped_catalog: Catalog):
    # Municipal emissions are Miljødirektoratet's accounts; SSB publishes national totals only.
    emissions = [i for i in shipped_catalog.indicators.values() if i.id.startswith("ind.ghg_")]
    assert len(emissions) >= 2
    for indicator in emissions:
        source = indicator.source
        part = source.numerator if source.kind == "ratio" else source
        assert part is not None and part.kind == "miljodirektoratet"
        assert "miljodirektoratet.no" in part.url


RATIO = """    source:
      kind: ratio
      table: "07849"
      numerator:
        kind: ssb
        table: "07849"
        query: {Region: ["{municipality}"], DrivstoffType: ["5"], Tid: ["top(5)"]}
      denominator:
        kind: ssb
        table: "07849"
        query: {Region: ["{municipality}"], DrivstoffType: ["*"], Tid: ["top(5)"]}
      scale: 100
"""
OTHER_SOURCE = """    source:
      kind: other
      table: klimagassutslipp-kommuner
      note: Miljødirektoratet, not SSB.
"""


def test_a_ratio_source_declares_numerator_and_denominator_queries(catalog_copy):
    catalog_copy.replace(FILE, OTHER_SOURCE, RATIO)
    source = catalog_copy.load().indicators["ind.ghg_emissions_total"].source
    assert source.kind == "ratio" and source.scale == 100.0
    assert source.numerator is not None and source.denominator is not None
    assert dict(source.numerator.query)["DrivstoffType"] == ("5",)
    assert dict(source.denominator.query)["Region"] == ("{municipality}",)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("      scale: 100\n", "      scale: -1\n", "scale: a positive number expected"),
    ("      denominator:\n        kind: ssb", "      denominator:\n        kind: ratio",
     "denominator.kind: a ratio's numerator and denominator cannot be ratios"),
    ("      numerator:\n        kind: ssb\n        table: \"07849\"",
     "      numerator:\n        kind: fhi\n        table: \"809\"",
     "numerator.table: '809' is not an FHI table like 'nokkel/809'"),
])
def test_a_broken_ratio_source_is_reported_where_it_is(catalog_copy, old, new, message):
    catalog_copy.replace(FILE, OTHER_SOURCE, RATIO.replace(old, new))
    errors = catalog_copy.errors()
    assert len(errors) == 1 and message in errors[0], errors


def test_a_ratio_needs_both_parts_and_only_ratios_have_them(catalog_copy):
    without = RATIO[: RATIO.index("      denominator:")] + "      scale: 100\n"
    catalog_copy.replace(FILE, OTHER_SOURCE, without)
    assert any("denominator: missing required key" in e for e in catalog_copy.errors())
