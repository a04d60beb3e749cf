"""The portfolio aggregates: goals, targets, the climate budget, groups and districts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

from impactapp.analysis import (
    as_tables,
    climate_by_unit,
    climate_by_year,
    climate_not_quantified,
    distribution_groups,
    district_effects,
    portfolio_aggregates,
    portfolio_overview,
    restrict,
    sdg_goal_counts,
    sdg_target_counts,
)
from impactapp.domain.sdg import goal_contributions

TEXT = pd.StringDtype()


def _counts(index: pd.Index, positive, negative, mixed) -> pd.DataFrame:
    frame = pd.DataFrame({
        "positive_cases": pd.Series(positive, dtype="int64"),
        "negative_cases": pd.Series(negative, dtype="int64"),
        "mixed_cases": pd.Series(mixed, dtype="int64"),
    })
    frame["cases"] = frame.sum(axis=1).astype("int64")
    frame.index = index
    return frame


def test_goal_counts_take_each_cases_recommended_alternative(store, hand_made, catalog):
    got = sdg_goal_counts(store.comparison_rows(portfolio=True), catalog, lang="en")
    assert list(got.index) == list(range(1, 18))
    touched = got[got["cases"] > 0].drop(columns="goal_name")
    # case 1 / a1: 10 −, 11 +, 13 +; case 2 / a2: 4 mixed (4.a +, 4.5 −), 11 −
    expected = _counts(pd.Index([4, 10, 11, 13], name="goal"),
                       [0, 0, 1, 1], [0, 1, 1, 0], [1, 0, 0, 0])
    pdt.assert_frame_equal(touched, expected)
    assert got.loc[13, "goal_name"] == catalog.goals[13].short.en


def test_target_counts_in_un_order(store, hand_made, catalog):
    got = sdg_target_counts(store.comparison_rows(portfolio=True), catalog)
    order = ["4.5", "4.a", "10.2", "11.1", "11.6", "13.2"]
    expected = _counts(pd.Index(order, dtype=object, name="target"),
                       [0, 1, 0, 0, 1, 1], [1, 0, 1, 1, 0, 0], [0] * 6)
    expected.insert(0, "goal", pd.array([4, 4, 10, 11, 11, 13], dtype="Int64"))
    expected.insert(1, "target_text", pd.array(
        [catalog.targets[t].text.nb for t in order], dtype=TEXT))
    pdt.assert_frame_equal(got, expected)


def test_the_climate_budget_counts_approved_and_decided_cases(store, hand_made, catalog):
    rows = store.comparison_rows(portfolio=True)
    # case 1 (decided) cuts 4,200 t from 2027; case 2 (approved) is not quantified
    by_year = pd.DataFrame({
        "cases": np.array([1], dtype="int64"),
        "tonnes_co2e": pd.array([-4200.0], dtype="Float64"),
        "tonnes_in_force": pd.array([-4200.0], dtype="Float64"),
    }, index=pd.Index([2027], dtype="Int64", name="year"))
    pdt.assert_frame_equal(climate_by_year(rows, catalog), by_year)
    by_unit = pd.DataFrame({
        "cases": np.array([1], dtype="int64"),
        "tonnes_co2e": pd.array([-4200.0], dtype="Float64"),
    }, index=pd.Index(["Bymiljøetaten"], dtype=object, name="unit"))
    pdt.assert_frame_equal(climate_by_unit(rows, catalog), by_unit)
    listed = climate_not_quantified(rows, catalog)
    assert list(listed.index) == [2] and bool(listed.loc[2, "exempt"])


def test_the_running_total_adds_up_years_and_leaves_the_unknown_year_out(store, catalog):
    from .cases import toll_case

    for year, tonnes in ((2028, -100.0), (2027, -50.0), (None, -7.0), (2028, 30.0)):
        case = toll_case()
        case.alternatives[1].ghg.from_year = year
        case.alternatives[1].ghg.tonnes_co2e_per_year = tonnes
        store.add_case(case)
    got = climate_by_year(store.comparison_rows(portfolio=True), catalog)
    expected = pd.DataFrame({
        "cases": np.array([1, 2, 1], dtype="int64"),
        "tonnes_co2e": pd.array([-50.0, -70.0, -7.0], dtype="Float64"),
        "tonnes_in_force": pd.array([-50.0, -120.0, pd.NA], dtype="Float64"),
    }, index=pd.Index([2027, 2028, pd.NA], dtype="Int64", name="year"))
    pdt.assert_frame_equal(got, expected)


def test_distribution_groups_count_harms_and_their_mitigation(store, hand_made, catalog):
    rows = store.comparison_rows(portfolio=True)
    got = distribution_groups(rows, catalog).drop(columns="group_name")
    groups = [c.id for c in catalog.criteria_in("dist")]
    negative = dict.fromkeys(groups, 0) | {"dist.low_income": 1, "dist.children_youth": 1,
                                            "dist.geography": 1}
    mitigated = dict.fromkeys(groups, 0) | {"dist.low_income": 1}  # case 2's a2 has none
    expected = pd.DataFrame({
        "negative_cases": pd.Series([negative[g] for g in groups], dtype="int64"),
        "mitigated": pd.Series([mitigated[g] for g in groups], dtype="int64"),
        "not_mitigated": pd.Series([negative[g] - mitigated[g] for g in groups], dtype="int64"),
        "positive_cases": pd.Series([0] * len(groups), dtype="int64"),
    })
    expected.index = pd.Index(groups, name="group")
    pdt.assert_frame_equal(got, expected, check_index_type=False)


def test_districts_add_up_the_ratings_per_bydel(store, hand_made, catalog):
    got = district_effects(store.comparison_rows(portfolio=True), catalog)
    expected = pd.DataFrame({
        "district_name": pd.array(["Frogner", "Grorud", "Stovner"], dtype=TEXT),
        "positive_cases": np.array([1, 0, 0], dtype="int64"),
        "negative_cases": np.array([0, 1, 1], dtype="int64"),
        "net": pd.array([1.0, -1.0, -2.0], dtype="Float64"),
    }, index=pd.Index(["030105", "030110", "030111"], dtype=object, name="district"))
    pdt.assert_frame_equal(got, expected)


def test_the_overview_gives_leadership_the_first_figures(store, hand_made, catalog):
    got = portfolio_overview(store.comparison_rows(portfolio=True), catalog)["value"].to_dict()
    assert got == {"cases": 3, "recommended_cases": 2, "budget_cases": 2,
                   "tonnes_budget": -4200.0, "pipeline_cases": 1, "tonnes_pipeline": 0.0,
                   "knowledge_gaps": 3, "trade_offs_unhandled": 2, "cases_unhandled": 2}


def test_no_cases_give_zero_counts_and_empty_tables(store, catalog):
    aggregates = portfolio_aggregates(store.comparison_rows(portfolio=True), catalog)
    assert aggregates["sdg_goals"]["cases"].sum() == 0 and len(aggregates["sdg_goals"]) == 17
    assert aggregates["distribution"]["negative_cases"].sum() == 0
    for name in ("sdg_targets", "climate_by_year", "climate_by_unit", "climate_not_quantified",
                 "districts"):
        assert aggregates[name].empty, name
    assert aggregates["overview"].loc["cases", "value"] == 0


def test_restrict_keeps_only_the_cases_left_in_a_filtered_table(store, hand_made, catalog):
    tables = as_tables(store.comparison_rows(portfolio=True), catalog)
    only_school = restrict(tables, catalog, [2])
    got = sdg_goal_counts(only_school, catalog)
    assert got.loc[11, "negative_cases"] == 1 and got.loc[11, "positive_cases"] == 0
    assert district_effects(only_school, catalog).empty
    assert list(only_school.cases["case_id"]) == [2]


def test_goal_counts_agree_with_the_domain_on_the_examples(store, examples, catalog):
    got = sdg_goal_counts(store.comparison_rows(portfolio=True), catalog)
    expected = {n: {"positive": 0, "negative": 0, "mixed": 0} for n in catalog.goals}
    for case in examples:
        if case.recommendation is None:
            continue
        alt = case.alternative(case.recommendation.alternative)
        for goal, contribution in goal_contributions(alt.sdg_targets).items():
            expected[goal][contribution] += 1
    for goal, counts in expected.items():
        assert [got.loc[goal, f"{c}_cases"] for c in counts] == list(counts.values())


def test_counting_targets_needs_the_rows_read_for_the_portfolio(store, hand_made, catalog):
    with pytest.raises(ValueError, match="portfolio=True"):
        sdg_target_counts(store.comparison_rows(), catalog)
    with pytest.raises(ValueError, match="portfolio=True"):
        district_effects(store.comparison_rows(), catalog)
