"""Gathering the steering views' inputs: coverage of relevant SDG targets by plans, decided
measures and pipeline; the Utfordringer lines from stored figures; gaps to targets in force."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from impactapp.analysis.steering import (
    case_links,
    challenges,
    coverage,
    gaps,
    relevant_targets,
    series_by_region,
    steering_aggregates,
    targets_in_force,
)
from impactapp.domain.indicator_targets import FROM_CONFIG, IndicatorTarget
from impactapp.domain.observation import Observation
from impactapp.domain.plans import Plan

from .conftest import example_cases

EU60 = "ind.low_income_households"
FETCHED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def obs(region, values, indicator=EU60, start=2020):
    return [Observation(indicator, region, str(start + i), v, "" if v is not None else "..",
                        "prosent", "06947", "", FETCHED) for i, v in enumerate(values)]


FIGURES = (obs("0301", [10.1, 10.4, 10.9, 11.2, None]) + obs("030101", [18.2, 18.9, 19.5, 19.1])
           + obs("030107", [4.1, 4.0, 4.3, 4.2]) + obs("4601", [8.1, 8.3, 8.6, 8.8])
           + obs("EAK", [9.0, 9.2, 9.4, 9.6]))


def test_series_leave_symbols_out_and_name_the_country_one_way():
    series = series_by_region(FIGURES)
    assert series["0301"][-1] == ("2023", 11.2)
    assert "0" in series and "EAK" not in series


def test_coverage_of_relevant_targets(store, catalog):
    case = copy.deepcopy(example_cases(catalog)[0])
    case.status = "draft"
    stored = store.add_case(case)
    measure = stored.alternative(stored.recommendation.alternative)
    linked = {link.target for link in measure.sdg_targets}
    relevant = relevant_targets(catalog)
    plan = store.add_plan(Plan("Boligplan", targets=(relevant[0],)))
    links = case_links(store.comparison_rows(portfolio=True), catalog)
    assert {(lk.case_id, lk.status) for lk in links} == {(stored.id, "draft")}
    rows = {row.target: row for row in coverage(catalog, store.plans(), links)}
    assert list(rows) == relevant
    assert rows[relevant[0]].plans == (plan,)
    for target in linked & set(relevant):
        assert rows[target].pipeline == ((stored.id, stored.title),) and not rows[target].decided
    untouched = set(relevant) - linked - {relevant[0]}
    assert untouched and all(not rows[t].addressed for t in untouched)


def test_challenges_rank_the_lagging_places_and_name_plans(catalog):
    indicator = catalog.indicators[EU60]
    plan = Plan("Boligsosial plan", targets=(indicator.targets[0],), id=4)
    lines = challenges(catalog, {EU60: FIGURES}, ["4601", "0"], [plan], [])
    assert [(c.region, c.period) for c in lines] == [("030101", "2023"), ("0301", "2023")]
    assert lines[0].behind_national == 100 * (19.1 - 9.6) / 9.6
    assert lines[1].wrong_way and lines[1].peers == 8.8
    assert all(c.plans == ((4, "Boligsosial plan"),) for c in lines)


def test_gaps_use_the_target_in_force(catalog):
    stored = {EU60: IndicatorTarget(EU60, 9.0, 2030, "lower")}
    assert targets_in_force(catalog, stored)[EU60].value == 9.0
    (gap,) = gaps(catalog, stored, {EU60: FIGURES})
    assert gap.latest == 11.2 and round(gap.gap, 6) == 2.2 and gap.status == "off_path"
    configured = IndicatorTarget(EU60, 12.0, 2030, "lower", FROM_CONFIG)
    assert targets_in_force(catalog, {"ind.gone": configured}) == {}


def test_the_report_names_an_exempt_case_by_its_number_only(store, catalog):
    case = copy.deepcopy(example_cases(catalog)[0])
    case.confidentiality.exempt = True
    case.case_number = "26/00042"
    stored = store.add_case(case)
    rows = store.comparison_rows(portfolio=True)
    assert {lk.title for lk in case_links(rows, catalog)} == {stored.title}
    assert {lk.title for lk in case_links(rows, catalog, "nb")} == {
        "26/00042 (unntatt offentlighet)"}
    cover = steering_aggregates(rows, catalog, [], {}, {}, "en")["target_coverage"]
    shown = set(cover["decided"]) | set(cover["pipeline"])
    assert "26/00042 (exempt from disclosure)" in shown and stored.title not in shown


def test_a_case_following_the_indicator_addresses_its_lines(catalog):
    lines = challenges(catalog, {EU60: FIGURES}, ["4601"], [], [],
                       [(8, "Bostøtte", "decided", EU60), (9, "Annet", "draft", "ind.other")])
    assert lines and all(c.cases == ((8, "Bostøtte"),) for c in lines)
