"""The comparison and the portfolio show confirmed SDG targets only, never suggestions."""

from __future__ import annotations

import copy

from impactapp.analysis import comparison_frame, sdg_goal_counts, sdg_target_counts
from impactapp.domain.sdg import suggest_sdg_targets

from .conftest import example_cases


def test_unconfirmed_suggestions_reach_neither_comparison_nor_portfolio(store, catalog):
    case = copy.deepcopy(example_cases(catalog)[0])
    for alt in case.alternatives:
        alt.sdg_targets = []
    measure = case.alternative(case.recommendation.alternative)
    assert suggest_sdg_targets(measure, catalog)  # the ratings would suggest some
    store.add_case(case)

    frame = comparison_frame(store.comparison_rows(per_measure=True), catalog, per_measure=True)
    goals = [c for c in frame.columns if str(c).startswith("sdg:")]
    assert len(goals) == 17
    assert set(frame[goals].astype(object).to_numpy().ravel()) == {"none"}
    portfolio = store.comparison_rows(portfolio=True)
    assert int(sdg_goal_counts(portfolio, catalog)["cases"].sum()) == 0
    assert sdg_target_counts(portfolio, catalog).empty


def test_a_confirmed_target_is_counted(store, catalog):
    case = copy.deepcopy(example_cases(catalog)[0])
    measure = case.alternative(case.recommendation.alternative)
    assert measure.sdg_targets  # the example confirms some targets
    store.add_case(case)
    counted = sdg_target_counts(store.comparison_rows(portfolio=True), catalog)
    assert set(counted.index) == {link.target for link in measure.sdg_targets}
