"""Searching SDG targets by number or words in either language, locally relevant first."""

from __future__ import annotations

import pytest

from impactapp.domain.target_search import search_targets


@pytest.fixture(scope="module")
def shipped_catalog():
    """The shipped catalog: all 169 targets with their texts and local relevance."""
    from impactapp.catalog import load_catalog

    return load_catalog()


def test_search_puts_locally_relevant_targets_first(shipped_catalog):
    catalog = shipped_catalog
    assert [t.id for t in search_targets(catalog, "11.6")] == ["11.6"]
    assert "11.6" in [t.id for t in search_targets(catalog, "luft")]
    assert "11.6" in [t.id for t in search_targets(catalog, "AIR quality")]
    default = search_targets(catalog, "")
    assert {t.local_relevance for t in default} == {"high", "some"}
    levels = [t.local_relevance for t in search_targets(catalog, "", show_all=True)]
    assert len(levels) == len(catalog.targets)
    assert levels == sorted(levels, key=["high", "some", "low"].index)


def test_a_goal_number_finds_all_its_targets_and_nothing_else(shipped_catalog):
    found = {t.id for t in search_targets(shipped_catalog, "11.")}
    goal_11 = {t.id for t in shipped_catalog.targets.values() if t.goal == 11}
    assert found == goal_11 and found
    assert {t.id for t in search_targets(shipped_catalog, "11")} == goal_11
    assert "1.1" not in found


def test_every_word_must_match(shipped_catalog):
    assert search_targets(shipped_catalog, "luft zzzzqqq") == []
