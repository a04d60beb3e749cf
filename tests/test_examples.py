"""The shipped example cases import, pass their own depth's validation, and show the method."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Iterator

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.model import DEPTHS, Case
from impactapp.domain.status import check_transition
from impactapp.domain.tradeoffs import case_trade_offs
from impactapp.domain.validation import validate_case
from impactapp.examples import example_paths, examples_dir, load_examples
from impactapp.resources import resource_dir

PATHS = example_paths()

# The status a case had just before the one it is shipped with.
PREVIOUS_STATUS = {"in_review": "draft", "approved": "in_review", "decided": "approved"}

# Signs of markup (HTML, Markdown, reStructuredText) that plain case text must not carry.
MARKUP = re.compile(r"<[A-Za-z/!]|\*\*|__|`|^#|\]\(|^\s*[-*] ", re.MULTILINE)


@pytest.fixture(scope="module")
def examples(catalog) -> list[Case]:
    return load_examples(catalog)


def _free_texts(case: Case) -> Iterator[str]:
    """Every text a person wrote in the case (not ids or choices)."""
    yield from (case.title, case.problem, case.goals, case.principled_questions,
                case.depth_reason, case.prerequisites)
    if case.recommendation is not None:
        yield case.recommendation.justification
    yield from (entry.reason for entry in case.screening)
    for alt in case.alternatives:
        yield from (alt.name, alt.description)
        if alt.ghg is not None:
            yield from (alt.ghg.method, alt.ghg.reason)
        for a in alt.assessments:
            yield from (a.justification, a.mitigation)
        yield from (link.note for link in alt.sdg_targets)
        yield from (t.handling for t in alt.trade_offs)
    for verdict in case.review:
        yield from (verdict.note, verdict.answer)


def _dist_ratings(examples: list[Case]) -> list[int]:
    return [
        a.rating for case in examples for alt in case.measures for a in alt.assessments
        if a.criterion.startswith("dist.") and isinstance(a.rating, int)
    ]


def test_example_paths_lists_the_shipped_case_files_sorted():
    assert PATHS, "no example case files shipped"
    assert sorted(PATHS) == PATHS
    assert all(p.parent == resource_dir("examples") == examples_dir() for p in PATHS)
    assert all(p.suffix in (".yaml", ".yml", ".json") for p in PATHS)


def test_example_paths_skip_other_files_and_follow_the_config_dir(
        tmp_path, monkeypatch, catalog):
    folder = tmp_path / "examples"
    folder.mkdir()
    shutil.copy(PATHS[-1], folder / "b.yaml")
    shutil.copy(PATHS[0], folder / "a.yaml")
    (folder / "README.md").write_text("Not a case.\n", encoding="utf-8")
    (folder / "sub.yaml").mkdir()
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(tmp_path))
    assert example_paths() == [folder / "a.yaml", folder / "b.yaml"]
    titles = [case.title for case in load_examples(catalog)]
    assert titles == [read_case_file(p, catalog).title for p in (PATHS[0], PATHS[-1])]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_every_example_imports_and_passes_its_own_depth(path, catalog):
    case = read_case_file(path, catalog)
    issues = validate_case(case, catalog)
    assert [(i.path, i.code) for i in issues] == []


def test_the_examples_past_draft_could_have_reached_their_status(examples, catalog):
    past_draft = [case for case in examples if case.status in PREVIOUS_STATUS]
    assert past_draft
    for case in past_draft:
        before = copy.deepcopy(case)
        before.status = PREVIOUS_STATUS[case.status]
        issues = check_transition(before, case.status, catalog)
        assert [(i.path, i.code) for i in issues] == [], case.title


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_example_texts_are_plain_text(path, catalog):
    case = read_case_file(path, catalog)
    marked = [text for text in _free_texts(case) if MARKUP.search(text)]
    assert marked == []


def test_each_example_has_its_own_title_and_case_number(examples):
    # The demo command recognises a loaded example by these two.
    keys = [(case.title, case.case_number) for case in examples]
    assert all(number for _, number in keys)
    assert len(set(keys)) == len(keys)


def test_indicator_links_name_shipped_indicators_at_their_levels(examples, catalog):
    links = [(link.indicator, link.region) for case in examples for link in case.indicators]
    assert links
    for indicator_id, region in links:
        indicator = catalog.indicators[indicator_id]
        level = "bydel" if catalog.regions[region].parent else "kommune"
        assert level in indicator.levels, (indicator_id, region)


def test_the_examples_cover_the_method(examples, catalog):
    assert len(examples) >= 8
    assert {case.depth for case in examples} == set(DEPTHS)
    assert {case.status for case in examples} >= {"draft", "in_review", "approved"}
    assert any(c.confidentiality.exempt and c.confidentiality.basis for c in examples)
    assert "en" in {case.language for case in examples}
    assert any(case.depth_reason for case in examples)
    assert any(not entry.relevant for case in examples for entry in case.screening)
    assert all(case.indicators for case in examples if case.depth == "full")


def test_the_examples_cover_distribution_gaps_and_trade_offs(examples, catalog):
    districts = {
        code for case in examples for alt in case.alternatives for a in alt.assessments
        for code in a.districts
    }
    assert len(districts) >= 3
    assert any(
        a.rating == "unknown" and a.justification
        for case in examples for alt in case.alternatives for a in alt.assessments
    )
    trade_offs = [t for case in examples for t in case_trade_offs(case, catalog)]
    assert any(t.handled for t in trade_offs)
    ratings = _dist_ratings(examples)
    assert min(ratings) < 0 < max(ratings)


def test_climate_quantities_in_the_examples_are_complete(examples):
    estimates = [alt.ghg for case in examples for alt in case.measures if alt.ghg is not None]
    quantified = [g for g in estimates if g.quantifiable]
    assert quantified and len(quantified) < len(estimates)
    assert all(g.tonnes_co2e_per_year is not None and g.method and g.scope for g in quantified)
    assert all(g.reason for g in estimates if not g.quantifiable)
