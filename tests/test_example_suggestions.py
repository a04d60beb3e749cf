"""The SDG targets suggested for every measure of every shipped example, printed for a person
to read (run with -s), and held to properties a caseworker would insist on."""

from __future__ import annotations

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.model import Case, Catalog
from impactapp.domain.ratings import rating_sign
from impactapp.domain.sdg import SHOWN_SUGGESTIONS, open_suggestions, ranked_sdg_suggestions
from impactapp.examples import example_paths

# Targets per criterion rated non-zero, on average over a measure: the links used to give about
# three (a bicycle lane got 36 suggestions); a caseworker reads a list of about one each.
MOST_PER_RATED_CRITERION = 1.5

# Suggestions nobody could defend for these examples (issue 13): example file -> targets.
ABSURD = {
    "sammenslaing-av-to-skoler.yaml": {"16.2"},  # torture of children, for a school merger
    "boliger-pa-friomrade.yaml": {"14.1", "14.2"},  # life below water, for an inland plot
    "sykkelvei-trondheimsveien.yaml": {"2.4", "3.5"},  # food production, substance abuse
}


def load(path, catalog: Catalog) -> Case:
    return read_case_file(path, catalog)


def describe(case: Case, catalog: Catalog) -> str:
    """One block per measure: every suggestion, strongest first, with what suggests it."""
    lines = [f"== {case.title}"]
    for alt in case.measures:
        ranked = ranked_sdg_suggestions(alt, catalog)
        shown = {s.target for s in open_suggestions(alt, catalog).shown}
        confirmed = {link.target for link in alt.sdg_targets}
        lines.append(f"  -- {alt.name} ({len(ranked)} suggestions, {len(confirmed)} confirmed "
                     "in the file)")
        for s in ranked:
            target = catalog.targets[s.target]
            why = ", ".join(f"{c} {alt.assessment(c).rating:+d}" for c in s.criteria)
            mark = "ok " if s.target in confirmed else "   " if s.target in shown else "(+)"
            lines.append(f"   {mark} {s.target:5} {s.contribution:8} [{target.local_relevance:4}] "
                         f"{target.text.en[:70]} <- {why}")
        extra = [t for t in confirmed if t not in {s.target for s in ranked}]
        if extra:
            lines.append(f"   confirmed in the file without a suggestion: {', '.join(extra)}")
    return "\n".join(lines)


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_suggestions_per_measure_are_few_and_defensible(path, catalog):
    case = load(path, catalog)
    print("\n" + describe(case, catalog))
    for alt in case.measures:
        ranked = ranked_sdg_suggestions(alt, catalog)
        rated = sum(1 for a in alt.assessments if rating_sign(a.rating))
        assert len(ranked) <= MOST_PER_RATED_CRITERION * rated, (alt.name, len(ranked), rated)
        assert len(open_suggestions(alt, catalog).shown) <= SHOWN_SUGGESTIONS
        suggested = {s.target for s in ranked}
        assert not suggested & ABSURD.get(path.name, set()), (alt.name, suggested)
        assert not any(t.startswith("14.") for t in suggested), (alt.name, "no fjord here")
        for s in ranked:
            assert all(alt.assessment(c).rating not in (0, None) for c in s.criteria)


def test_children_and_youth_never_suggest_violence_against_children(catalog):
    children = catalog.criteria["dist.children_youth"]
    assert "16.2" not in children.target_ids
    merger = load(next(p for p in example_paths() if p.name.startswith("sammenslaing")),
                  catalog)
    rated = merger.measures[0].assessment("dist.children_youth").rating
    assert rated == -1  # the merger harms children, and still no 16.2 is suggested
    assert "16.2" not in {s.target for s in ranked_sdg_suggestions(merger.measures[0], catalog)}


def test_every_shipped_link_gives_its_reason_and_conditions_name_real_criteria(catalog):
    for criterion in catalog.criteria.values():
        assert 1 <= len(criterion.sdg_links) <= 5, criterion.id
        for link in criterion.sdg_links:
            assert link.reason.nb.strip() and link.reason.en.strip()
            assert set(link.only_with) <= set(catalog.criteria) - {criterion.id}
            if link.only_with or link.direction or link.min_size:  # explained in its reason
                assert link.reason.en.startswith("Suggested only"), (criterion.id, link.target)
