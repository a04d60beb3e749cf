"""The shipped catalog against its sources: the UN list of targets, languages, local relevance."""

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from impactapp.domain.model import PILLARS

UN_CSV = Path(__file__).resolve().parents[1] / "data" / "un" / "global_indicator_framework_2025.csv"
TARGET = re.compile(r"^(\d{1,2}\.(?:\d{1,2}|[a-z]))\s+(.*)$", re.DOTALL)
GOAL = re.compile(r"^Goal (\d{1,2})\.\s+(.*)$", re.DOTALL)


def normalise(text: str) -> str:
    """Compare texts as words: hyphen variants, footnote digits and spacing aside."""
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    text = re.sub(r"(?<=[a-z])\d$", "", text.strip())  # a footnote mark such as "impacts3"
    return " ".join(text.split())


@pytest.fixture(scope="module")
def un():
    goals, targets = {}, {}
    with UN_CSV.open(encoding="utf-8") as fh:
        for row in csv.reader(fh):
            cell = (row[1] if len(row) > 1 else "").strip()
            if match := GOAL.match(cell):
                goals[int(match.group(1))] = match.group(2)
            elif match := TARGET.match(cell):
                targets[match.group(1)] = match.group(2)
    return goals, targets


def test_exactly_the_un_targets_in_un_order(catalog, un):
    _, targets = un
    assert len(targets) == 169
    assert list(catalog.targets) == list(targets)
    assert {"11.a", "17.19", "1.1", "14.c"} <= set(catalog.targets)


def test_english_texts_are_the_un_texts(catalog, un):
    goals, targets = un
    differing = [tid for tid, text in targets.items()
                 if normalise(catalog.targets[tid].text.en) != normalise(text)]
    assert differing == []
    assert {n: normalise(g.name.en) for n, g in catalog.goals.items()} == {
        n: normalise(text) for n, text in goals.items()}


def test_every_target_and_goal_has_norwegian_text(catalog):
    assert [t.id for t in catalog.targets.values() if not t.text.nb.strip()] == []
    assert all(g.name.nb and g.short.nb for g in catalog.goals.values())
    unofficial = [t.id for t in catalog.targets.values() if t.unofficial_nb]
    assert len(unofficial) == 78
    # The known error of the machine-translated draft ("floors" as "gulv") is not shipped.
    assert not [t.id for t in catalog.targets.values() if "gulv" in t.text.nb]


def test_about_two_thirds_of_the_targets_need_local_action(catalog):
    counts = Counter(t.local_relevance for t in catalog.targets.values())
    local = counts["high"] + counts["some"]
    assert 100 <= local <= 125, counts  # OECD: at least 105 of 169
    assert catalog.targets["12.7"].local_relevance == "high"  # procurement, few indicators
    assert all(t.evidence.strip() for t in catalog.targets.values())


def test_every_criterion_is_complete_in_both_languages(catalog):
    for criterion in catalog.criteria.values():
        assert criterion.pillar in PILLARS
        for text in (criterion.name, criterion.description, *criterion.questions):
            assert text.nb.strip() and text.en.strip(), criterion.id
        assert 3 <= len(criterion.questions) <= 6, criterion.id
        assert criterion.sdg_links, criterion.id
        for link in criterion.sdg_links:
            assert link.target in catalog.targets
            assert link.reason.nb.strip() and link.reason.en.strip()


def test_children_and_climate_criteria_say_what_the_method_requires(catalog):
    children = catalog.criteria["dist.children_youth"].description.nb
    assert "barnets beste" in children.lower()
    climate = catalog.criteria["env.climate_mitigation"].description.nb.lower()
    assert "nullalternativ" in climate and "kommune" in climate
    assert "tallfest" in climate or "kvantifiser" in climate
