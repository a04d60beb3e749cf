"""The case's next status and what blocks it, in plain sentences led by the step concerned."""

from __future__ import annotations

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.approval import review_steps
from impactapp.domain.model import ReviewVerdict
from impactapp.domain.review_blockers import next_status, review_blockers, step_name


@pytest.fixture(scope="module")
def shipped_catalog():
    """The shipped catalog: the sentences name steps by the form's own titles."""
    from impactapp.catalog import load_catalog

    return load_catalog()


def test_next_status_and_blockers_follow_the_domain(shipped_catalog, case_file):
    catalog = shipped_catalog
    case = read_case_file(case_file, catalog)
    assert [next_status(s) for s in ("draft", "in_review", "approved", "decided")] == [
        "in_review", "approved", "decided", None]
    case.status = "in_review"
    case.review = [ReviewVerdict(step, "ok") for step in review_steps(catalog)]
    economy = next(v for v in case.review if v.step == "economy")
    economy.verdict, economy.note = "improve", "Mangler driftskostnader."
    assert review_blockers(case, catalog, "approved", "en") == [
        "Answer the note on the step “Economic consequences” before the case can be approved."]
    economy.note = ""
    assert review_blockers(case, catalog, "approved", "en")[0] == (
        "Economic consequences: Write what should be improved.")
    economy.note = "Mangler driftskostnader."
    economy.answer = "Lagt inn."
    assert review_blockers(case, catalog, "approved", "en") == []
    case.review.remove(economy)
    assert review_blockers(case, catalog, "approved", "en") == [
        "The step “Economic consequences” has no verdict."]


def test_an_unknown_status_has_no_next_one():
    assert next_status("archived") is None


def test_a_step_is_named_by_the_form_else_by_the_domain_else_by_its_id(shipped_catalog):
    from dataclasses import replace

    assert step_name(shipped_catalog, "economy", "en") == "Economic consequences"
    no_form = replace(shipped_catalog, form=None)
    assert step_name(no_form, "economy", "nb") != "economy"
    assert step_name(no_form, "no_such_step", "nb") == "no_such_step"
