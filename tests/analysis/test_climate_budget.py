"""The climate budget rule across cases: direct effects only in a total, indirect beside it,
and the budget (approved, decided) apart from the pipeline (draft, in review)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

from impactapp.analysis import (
    climate_by_unit,
    climate_by_year,
    climate_not_quantified,
    climate_stages,
    portfolio_aggregates,
    portfolio_overview,
)

from .cases import toll_case

#: (status, scope, t CO2e per year or None when not quantified)
CASES = (
    ("decided", "direct", -100.0),
    ("approved", "indirect", -40.0),
    ("approved", None, 7.0),
    ("draft", "direct", -1000.0),
    ("in_review", "direct", -20.0),
    ("in_review", "indirect", -300.0),
    ("draft", "direct", None),
)


@pytest.fixture
def rows(store):
    for status, scope, tonnes in CASES:
        case = toll_case()
        case.status = status
        ghg = case.alternatives[1].ghg
        ghg.scope, ghg.tonnes_co2e_per_year = scope, tonnes
        if tonnes is None:
            ghg.quantifiable, ghg.reason = False, "Avhenger av transportmodellen."
        store.add_case(case)
    return store.comparison_rows(portfolio=True)


def test_the_budget_and_the_pipeline_are_separate_and_only_direct_effects_are_added(
    rows, catalog
):
    expected = pd.DataFrame({
        "cases": np.array([3, 4], dtype="int64"),
        "tonnes_direct": pd.array([-100.0, -1020.0], dtype="Float64"),
        "cases_direct": np.array([1, 2], dtype="int64"),
        "tonnes_indirect": pd.array([-40.0, -300.0], dtype="Float64"),
        "cases_indirect": np.array([1, 1], dtype="int64"),
        "tonnes_unstated": pd.array([7.0, 0.0], dtype="Float64"),
        "cases_unstated": np.array([1, 0], dtype="int64"),
        "cases_not_quantified": np.array([0, 1], dtype="int64"),
    }, index=pd.Index(["decided", "pipeline"], dtype=object, name="stage"))
    expected.insert(0, "stage_name", pd.array(
        ["Approved and decided cases (the climate budget)",
         "Cases in the pipeline (draft and in review)"], dtype=pd.StringDtype()))
    pdt.assert_frame_equal(climate_stages(rows, catalog, "en"), expected)
    expected["stage_name"] = pd.array(["Godkjente og vedtatte saker (klimabudsjettet)",
                                       "Saker under arbeid (utkast og til behandling)"],
                                      dtype=pd.StringDtype())
    pdt.assert_frame_equal(portfolio_aggregates(rows, catalog)["climate_stages"], expected)


def test_the_budget_by_year_and_unit_counts_direct_effects_of_decided_measures_only(
    rows, catalog
):
    by_year = climate_by_year(rows, catalog)
    assert by_year["tonnes_co2e"].tolist() == [-100.0]
    assert by_year["cases"].tolist() == [1]
    assert climate_by_unit(rows, catalog)["tonnes_co2e"].tolist() == [-100.0]


def test_the_overview_never_mixes_the_pipeline_into_the_budget(rows, catalog):
    got = portfolio_overview(rows, catalog)["value"].to_dict()
    assert got["budget_cases"] == 3 and got["tonnes_budget"] == -100.0
    assert got["pipeline_cases"] == 4 and got["tonnes_pipeline"] == -1020.0


def test_the_not_quantified_list_names_decided_measures_of_any_scope(store, catalog):
    for scope in ("direct", "indirect", None):
        case = toll_case()
        case.alternatives[1].ghg.scope = scope
        case.alternatives[1].ghg.quantifiable = False
        case.alternatives[1].ghg.tonnes_co2e_per_year = None
        store.add_case(case)
    listed = climate_not_quantified(store.comparison_rows(portfolio=True), catalog)
    assert len(listed) == 3
