"""The comparison's rows: read from the projections, kept current by saves, backfilled by the
0004 migration for cases stored before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from impactapp.domain.model import Case, Recommendation
from impactapp.domain.summary import knowledge_gaps
from impactapp.store import Store
from impactapp.store.sqlite.comparison import COLUMNS

NewCase = Callable[..., Case]


def _table(rows, name: str) -> list[dict]:
    columns, data = rows[name]
    assert tuple(columns) == COLUMNS[name]
    return [dict(zip(columns, row, strict=True)) for row in data]


def test_case_rows_carry_metadata_recommendation_and_knowledge_gaps(store: Store, new_case):
    added = store.add_case(new_case())
    [row] = _table(store.comparison_rows(), "cases")
    assert row == {
        "case_id": added.id, "title": added.title, "case_number": "25/01234",
        "unit": "Bymiljøetaten", "decision_body": "Bystyret", "status": "draft",
        "depth": "full", "decision_date": "2026-03-01", "revision": 1, "exempt": 1,
        "recommended": "a1", "knowledge_gaps": knowledge_gaps(added),
    }
    assert row["knowledge_gaps"] == 1


def test_the_recommended_alternatives_rows_only(store: Store, new_case):
    case = store.add_case(new_case())
    rows = store.comparison_rows(portfolio=True)
    a1 = case.alternative("a1")
    assert [(r["alt_id"], r["ghg_tonnes"], r["investment_nok"])
            for r in _table(rows, "alternatives")] == [("a1", -4200, 12_000_000)]
    assert {(r["criterion"], r["rating"], r["mitigated"]) for r in _table(rows, "assessments")} \
        == {(a.criterion, a.rating, int(bool(a.mitigation))) for a in a1.assessments}
    assert {(r["target"], r["contribution"]) for r in _table(rows, "sdg_links")} == {
        ("11.6", "positive"), ("10.2", "negative")}
    assert [r["negative"] for r in _table(rows, "handled_trade_offs")] == ["dist.low_income"]
    [goals] = _table(rows, "goal_contributions")
    assert {k: v for k, v in goals.items() if v is not None} == {
        "case_id": case.id, "alt_id": "a1", "goal_11": 1, "goal_10": -1}
    assert {(r["district"], r["value"]) for r in _table(rows, "district_ratings")} == {
        ("030110", -1), ("030111", -2), ("030105", 1)}


def test_per_measure_reads_every_measure_but_not_the_zero_alternative(store: Store, new_case):
    store.add_case(new_case())
    rows = store.comparison_rows(per_measure=True)
    assert [r["alt_id"] for r in _table(rows, "alternatives")] == ["a1", "a2"]
    assert {r["alt_id"] for r in _table(rows, "assessments")} == {"a1", "a2"}


def test_a_case_without_a_recommendation_has_a_row_but_no_alternative(store: Store, new_case):
    case = new_case()
    case.recommendation = None
    store.add_case(case)
    rows = store.comparison_rows()
    assert [r["recommended"] for r in _table(rows, "cases")] == [None]
    assert rows["alternatives"][1] == [] and rows["assessments"][1] == []


def test_filters_and_the_bin(store: Store, new_case):
    first = new_case("Første")
    second = new_case("Andre")
    second.unit, second.status, second.decision_date = "Utdanningsetaten", "in_review", \
        date(2027, 5, 1)
    third = store.add_case(new_case("I papirkurven"))
    store.add_case(first)
    store.add_case(second)
    store.delete_case(third.id)

    def titles(**filters) -> list[str]:
        return [r["title"] for r in _table(store.comparison_rows(**filters), "cases")]

    assert titles() == ["Første", "Andre"]
    assert titles(statuses=["in_review"]) == ["Andre"]
    assert titles(statuses=["draft", "in_review"]) == ["Første", "Andre"]
    assert titles(units=["Bymiljøetaten"]) == ["Første"]
    assert titles(years=[2027]) == ["Andre"]
    assert titles(years=[2026], units=["Utdanningsetaten"]) == []
    filtered = store.comparison_rows(units=["Utdanningsetaten"])
    assert {r["case_id"] for r in _table(filtered, "assessments")} == {
        r["case_id"] for r in _table(filtered, "cases")}
    assert store.comparison_choices() == {
        "statuses": ["draft", "in_review"], "units": ["Bymiljøetaten", "Utdanningsetaten"],
        "years": [2026, 2027]}


def test_saving_keeps_the_rows_current(store: Store, new_case):
    case = store.add_case(new_case())
    case.recommendation = Recommendation("a2", "Billigere.")
    case.alternative("a1").trade_offs = []
    case.alternative("a1").assessments[1].mitigation = ""
    store.save_case(case)
    rows = store.comparison_rows(per_measure=True)
    assert [r["recommended"] for r in _table(rows, "cases")] == ["a2"]
    assert _table(rows, "handled_trade_offs") == []
    assert not any(r["mitigated"] for r in _table(rows, "assessments"))
    assert [r["alt_id"] for r in _table(store.comparison_rows(), "alternatives")] == ["a2"]


