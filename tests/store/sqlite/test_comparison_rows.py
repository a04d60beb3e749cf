"""The comparison's rows in the SQLite file: its plain statements, the 0004 backfill, purges."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from impactapp.domain.model import Case
from impactapp.store import Store
from impactapp.store.sqlite.comparison import comparison_queries
from impactapp.store.sqlite.database import Database
from impactapp.store.sqlite.schema import SCHEMA_VERSION

NewCase = Callable[..., Case]


def _plain(rows) -> dict[str, list[tuple]]:
    """The rows without their order, for comparing two reads."""
    return {name: sorted(data, key=repr) for name, (_, data) in rows.items()}


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
