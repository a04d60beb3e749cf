"""Screening: the depth the answers suggest, and which criteria a case screens out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from impactapp.domain.model import DEPTHS, ScreeningEntry
from impactapp.domain.screening import (
    ALLOWED_ANSWERS,
    FULL_SIGNALS,
    QUESTION_IDS,
    QUESTIONS,
    SIMPLIFIED_SIGNALS,
    relevant_criteria,
    screened_out,
    screened_relevant,
    suggest_depth,
)


@pytest.mark.parametrize(
    ("answers", "depth"),
    [
        ({}, None),
        ({"colour": "blue"}, None),
        ({"people_affected": "lots"}, None),
        ({"people_affected": "few"}, "minimum"),
        ({"people_affected": "many"}, "simplified"),
        ({"people_affected": "very_many"}, "full"),
        ({"costs": "small"}, "minimum"),
        ({"costs": "medium"}, "simplified"),
        ({"costs": "large"}, "full"),
        ({"irreversible_nature": "no"}, "minimum"),
        ({"irreversible_nature": "yes"}, "full"),
        ({"principled": "no"}, "minimum"),
        ({"principled": "yes"}, "simplified"),
        ({"children_affected": "no"}, "minimum"),
        ({"children_affected": "yes"}, "simplified"),
        ({"people_affected": "few", "costs": "large"}, "full"),
        ({"people_affected": "many", "children_affected": "yes", "irreversible_nature": "no"},
         "simplified"),
        ({"people_affected": "few", "costs": "small", "irreversible_nature": "no",
          "principled": "no", "children_affected": "no"}, "minimum"),
        ({"people_affected": "few", "colour": "blue", "costs": "huge"}, "minimum"),
    ],
)
def test_the_answers_suggest_a_proportional_depth(answers, depth):
    assert suggest_depth(answers) == depth


def test_every_question_has_distinct_answers_and_texts_in_both_languages():
    assert len(set(QUESTION_IDS)) == len(QUESTIONS) == 5
    for q in QUESTIONS:
        assert len(set(q.answer_ids)) == len(q.answers) >= 2
        for text in (q.text, q.help, *(a.label for a in q.answers)):
            assert text.nb.strip() and text.en.strip()


def test_every_depth_signal_is_an_allowed_answer():
    for question, answer in FULL_SIGNALS | SIMPLIFIED_SIGNALS:
        assert answer in ALLOWED_ANSWERS[question]


valid_answers = st.dictionaries(
    st.sampled_from(QUESTION_IDS), st.sampled_from(["few", "many", "very_many", "small",
                                                    "medium", "large", "no", "yes"])
).map(lambda d: {q: a for q, a in d.items() if a in ALLOWED_ANSWERS[q]})


@given(valid_answers, valid_answers)
def test_more_answers_never_suggest_a_lighter_depth(first, more):
    before = suggest_depth(first)
    after = suggest_depth(more | first)
    if before is not None:
        assert DEPTHS.index(after) >= DEPTHS.index(before)


def test_a_screened_out_criterion_keeps_its_reason(case, catalog):
    case.screening = [ScreeningEntry("env.noise", False, "No traffic change.")]
    assert screened_out(case, catalog) == {"env.noise": "No traffic change."}


def test_a_pillar_entry_screens_out_all_its_criteria_with_one_reason(case, catalog):
    case.screening = [ScreeningEntry("econ", False, "No money involved.")]
    assert screened_out(case, catalog) == {
        "econ.municipal_budget": "No money involved.",
        "econ.employment": "No money involved.",
    }


def test_a_criterion_entry_overrides_its_pillar_entry(case, catalog):
    case.screening = [
        ScreeningEntry("econ.employment", True),
        ScreeningEntry("econ", False, "No money involved."),
    ]
    assert set(screened_out(case, catalog)) == {"econ.municipal_budget"}
    relevant = [c.id for c in relevant_criteria(case, catalog)]
    assert "econ.employment" in relevant and "econ.municipal_budget" not in relevant
    assert len(relevant) == len(catalog.criteria) - 1


def test_unknown_screening_entries_screen_out_nothing(case, catalog):
    case.screening = [ScreeningEntry("env.typo", False, "r"), ScreeningEntry("x", False, "r")]
    assert screened_out(case, catalog) == {}


@pytest.mark.parametrize(
    ("screening", "criterion", "expected"),
    [
        ([], "soc.housing", False),
        ([ScreeningEntry("soc.housing", True)], "soc.housing", True),
        ([ScreeningEntry("env.noise", False, "r")], "soc.housing", True),
        ([ScreeningEntry("soc.housing", False, "r")], "soc.housing", False),
        ([ScreeningEntry("soc", False, "r")], "soc.housing", False),
    ],
)
def test_screened_relevant_needs_screening_that_kept_the_criterion(
    case, catalog, screening, criterion, expected
):
    case.screening = screening
    assert screened_relevant(case, catalog, criterion) is expected
