"""Every shipped example that is approved or decided carries its own approval record."""

from __future__ import annotations

import pytest

from impactapp.casefile import dump_case, parse_case, read_case_file
from impactapp.catalog import load_catalog
from impactapp.examples import example_paths

PATHS = example_paths()


@pytest.fixture(scope="module")
def catalog():
    """The shipped catalog the examples are written against."""
    return load_catalog()


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_an_approved_example_names_someone_else_as_approver(path, catalog):
    case = read_case_file(path, catalog)
    if case.status not in ("approved", "decided"):
        assert (case.approved_by, case.approved_at) == ("", None)
        return
    assert case.approved_by.strip() and case.approved_by != case.caseworker
    assert case.approved_at is not None and case.approved_at.tzinfo is not None
    # Approved after the verdicts were possible and before the decision it prepares.
    assert case.decision_date is None or case.approved_at.date() <= case.decision_date
    assert case.approved_at.year >= 2025
    assert case.revision >= 1
    assert all(v.by and v.by != case.caseworker for v in case.review)
    back = parse_case(dump_case(case), catalog, path.name)
    assert (back.approved_by, back.approved_at, back.revision) == (
        case.approved_by, case.approved_at, case.revision)


def test_the_examples_include_an_approved_case():
    assert any("status: approved" in p.read_text(encoding="utf-8") for p in PATHS)
