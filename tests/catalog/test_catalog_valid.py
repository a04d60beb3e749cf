"""The valid fixture catalog loads into the right domain objects."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactapp.catalog import CatalogInvalid, default_catalog, load_catalog, load_form
from impactapp.domain.model import STEP_IDS, Catalog, Text


@pytest.fixture(scope="module")
def catalog(valid_dir: Path) -> Catalog:
    return load_catalog(valid_dir / "criteria", valid_dir / "forms")


def test_counts_match_the_fixture_files(catalog: Catalog):
    assert len(catalog.scales) == 2
    assert list(catalog.pillars) == ["env", "soc", "dist", "econ"]
    assert len(catalog.criteria) == 4
    assert sorted(catalog.goals) == [1, 10, 11, 13]
    assert len(catalog.targets) == 6
    assert len(catalog.regions) == 5


def test_criteria_keep_file_order_and_name_their_scale(catalog: Catalog):
    assert list(catalog.criteria) == [
        "env.climate_mitigation",
        "soc.housing",
        "dist.low_income",
        "econ.municipal_budget",
    ]
    budget = catalog.criteria["econ.municipal_budget"]
    assert budget.scale == "impact3"
    assert catalog.scale_of("econ.municipal_budget").values == (-1, 0, 1)
    assert catalog.scale_of("soc.housing").minimum == -3
    assert catalog.scale_of("soc.housing").maximum == 3
    assert catalog.scales["impact7"].label(-3) == Text(nb="Svært negativ", en="Very negative")


def test_criterion_carries_texts_questions_and_target_links(catalog: Catalog):
    climate = catalog.criteria["env.climate_mitigation"]
    assert climate.pillar == "env"
    assert climate.name == Text(nb="Klimagassutslipp", en="Greenhouse gas emissions")
    assert len(climate.questions) == 2
    assert climate.target_ids == ("13.2", "11.6")
    assert climate.sdg_links[1].reason.en == "Environmental impact of cities."
    assert catalog.criteria["econ.municipal_budget"].sdg_links == ()
    assert [c.id for c in catalog.criteria_in("dist")] == ["dist.low_income"]


def test_targets_know_their_goal_and_relevance(catalog: Catalog):
    assert list(catalog.targets) == ["1.2", "10.2", "11.1", "11.6", "11.a", "13.2"]
    target = catalog.targets["11.a"]
    assert target.goal == 11
    assert target.local_relevance == "low"
    assert target.unofficial_nb is False
    assert catalog.targets["10.2"].unofficial_nb is True
    assert catalog.targets["1.2"].unofficial_nb is False  # the key is optional
    assert catalog.targets["10.2"].text.nb == "Sosial, økonomisk og politisk inkludering av alle."


def test_goal_colours_are_normalised_to_upper_case(catalog: Catalog):
    assert catalog.goals[11].colour == "#FD9D24"
    assert catalog.goals[13].short == Text(nb="Klima", en="Climate")


def test_districts_belong_to_their_kommune(catalog: Catalog):
    oslo = catalog.regions["0301"]
    assert (oslo.kind, oslo.parent, oslo.name) == ("kommune", None, "Oslo")
    district = catalog.regions["030102"]
    assert (district.kind, district.parent, district.name) == ("bydel", "0301", "Grünerløkka")
    assert [r.code for r in catalog.districts_of("0301")] == ["030101", "030102", "030112"]
    assert catalog.districts_of("4601") == []


def test_form_has_the_method_steps_in_order_with_their_fields(catalog: Catalog):
    assert catalog.form is not None
    assert tuple(s.id for s in catalog.form.steps) == STEP_IDS
    details = catalog.form.step("details")
    assert details is not None
    title, language, decision_date = details.fields
    assert title.required == ("minimum", "simplified", "full")
    assert title.help.en == "A short title."
    assert language.type == "choice"
    assert language.options == ("nb", "en")
    assert decision_date.help == Text(nb="", en="")  # help is optional
    distribution = catalog.form.step("distribution")
    assert distribution is not None
    assert distribution.fields[0].pillars == ("soc", "dist")
    assert catalog.form.step("review").fields == ()


def test_load_form_reads_the_wizard_alone(valid_dir: Path):
    form = load_form(valid_dir / "forms")
    assert len(form.steps) == 12


def test_load_form_checks_pillars_it_is_given(valid_dir: Path):
    with pytest.raises(CatalogInvalid) as info:
        load_form(valid_dir / "forms", pillars=("env", "soc", "dist"))
    assert [str(e) for e in info.value.errors] == [
        "forms/wizard.yaml:62: steps[6].fields[0].pillars[0]: unknown pillar 'econ'"
    ]


def test_default_catalog_reads_the_configured_folders(valid_dir: Path, monkeypatch):
    # IMPACTAPP_CONFIG_DIR is how a municipality points the program at its own catalog.
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(valid_dir))
    assert list(default_catalog().criteria) == [
        "env.climate_mitigation",
        "soc.housing",
        "dist.low_income",
        "econ.municipal_budget",
    ]


def test_a_utf8_byte_order_mark_is_accepted(catalog_copy):
    raw = (catalog_copy.criteria / "regions.yaml").read_bytes()
    catalog_copy.write("criteria/regions.yaml", b"\xef\xbb\xbf" + raw)
    assert catalog_copy.load().regions["030102"].name == "Grünerløkka"
