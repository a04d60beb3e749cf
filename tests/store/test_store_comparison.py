"""The comparison's rows: read from the projections, kept current by saves, backfilled by the
0004 migration for cases stored before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from impactapp.domain.model import Case, Recommendation
from impactapp.domain.summary import knowledge_gaps
from impactapp.store import Store
from impactapp.store.comparison import COLUMNS, comparison_queries
from impactapp.store.schema import SCHEMA_VERSION
from impactapp.store.sqlite import Database

NewCase = Callable[..., Case]


def _table(rows, name: str) -> list[dict]:
    columns, data = rows[name]
    assert tuple(columns) == COLUMNS[name]
    return [dict(zip(columns, row, strict=True)) for row in data]


def _plain(rows) -> dict[str, list[tuple]]:
    """The rows without their order, for comparing two reads."""
    return {name: sorted(data, key=repr) for name, (_, data) in rows.items()}


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


def test_the_plain_sqlite_statements_read_the_same_rows(store: Store, new_case):
    for title in ("En", "To"):
        store.add_case(new_case(title))
    for per_measure in (False, True):
        rows = store.comparison_rows(per_measure=per_measure, portfolio=True)
        queries = comparison_queries(per_measure=per_measure, portfolio=True)
        assert set(queries) == set(rows)
        for name, (sql, params) in queries.items():
            assert store.db.execute(sql, params).fetchall() == rows[name][1]
    assert "sdg_links" not in store.comparison_rows()


def _undo_0004(path: Path) -> None:
    """Turn the database back into one an ImpactApp without migration 0004 left."""
    db = Database(path)
    for table in ("case_facts", "handled_trade_offs", "district_ratings", "goal_contributions"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DROP INDEX assessments_alternative")
    db.execute("ALTER TABLE assessments DROP COLUMN mitigated")
    for later in ("conflict_copies", "plan_links", "plans", "indicator_targets",
                  "followup_reports", "followups"):
        db.execute(f"DROP TABLE {later}")  # and what came after 0004
    db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('0004_comparison',"
               " '0005_conflict_copies', '0006_targets_and_plans', '0007_followup')")
    db.execute("UPDATE impactapp_meta SET value = '3' WHERE key = 'schema'")
    db.conn.commit()
    db.close()


def test_the_migration_backfills_cases_stored_before_it(tmp_path: Path, new_case: NewCase):
    path = tmp_path / "before.db"
    with Store.open(path) as store:
        store.add_case(new_case("Utkast"))
        gone = store.add_case(new_case("Slettet"))
        store.delete_case(gone.id)
        locked = new_case("Vedtatt uten anbefaling")
        locked.status, locked.recommendation = "decided", None
        locked.approved_by, locked.approved_at = "Leder", datetime(2026, 3, 12, tzinfo=UTC)
        store.add_case(locked)
        before = {pm: _plain(store.comparison_rows(per_measure=pm, portfolio=True))
                  for pm in (False, True)}
        bin_gaps = store.db.execute(
            "SELECT knowledge_gaps FROM case_facts WHERE case_id = ?", [gone.id]).fetchone()
    _undo_0004(path)
    with Store.open(path) as store:
        meta = dict(store.db.execute("SELECT key, value FROM impactapp_meta").fetchall())
        assert meta["schema"] == str(SCHEMA_VERSION)
        after = {pm: _plain(store.comparison_rows(per_measure=pm, portfolio=True))
                 for pm in (False, True)}
        assert store.db.execute(
            "SELECT knowledge_gaps FROM case_facts WHERE case_id = ?", [gone.id]
        ).fetchone() == bin_gaps
    assert after == before
    assert before[False]["handled_trade_offs"] and before[False]["district_ratings"]
    assert before[True]["goal_contributions"]


@pytest.mark.parametrize(
    "table", ["case_facts", "handled_trade_offs", "district_ratings", "goal_contributions"]
)
def test_purging_a_case_removes_its_rows(store: Store, new_case, table):
    case = store.add_case(new_case())
    store.delete_case(case.id)
    store.purge_case(case.id)
    assert store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
