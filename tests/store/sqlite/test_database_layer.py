"""The store's own layer over sqlite3: autocommit, nested transactions, migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from impactapp.store.sqlite.database import Database, Migrations


def _other(path: Path) -> list[tuple[int]]:
    """The rows of t as a second connection sees them (only what was committed)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT x FROM t ORDER BY x").fetchall()
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path):
    with Database(tmp_path / "t.db") as database:
        database.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
        yield database


def test_a_write_outside_a_transaction_is_committed_at_once(db: Database, tmp_path: Path):
    db.execute("INSERT INTO t VALUES (?)", [1])
    assert not db.conn.in_transaction
    assert _other(tmp_path / "t.db") == [(1,)]


def test_a_failed_write_leaves_no_transaction_open(db: Database, tmp_path: Path):
    db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t VALUES (2)")
    assert _other(tmp_path / "t.db") == [(1,), (2,)]


def test_atomic_keeps_all_or_nothing(db: Database, tmp_path: Path):
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("stop")
    assert _other(tmp_path / "t.db") == []
    with db.atomic():
        db.execute("INSERT INTO t VALUES (2)")
        assert _other(tmp_path / "t.db") == []  # not visible before the block ends
    assert _other(tmp_path / "t.db") == [(2,)]


def test_a_failed_inner_block_undoes_only_itself(db: Database, tmp_path: Path):
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            with db.atomic():
                db.execute("INSERT INTO t VALUES (3)")
            raise RuntimeError("stop")
        with db.atomic():
            db.execute("INSERT INTO t VALUES (4)")
    assert _other(tmp_path / "t.db") == [(1,), (4,)]


def test_the_tracer_sees_every_statement_while_it_is_set(db: Database):
    seen: list[tuple[str, object]] = []
    with db.tracer(lambda sql, params: seen.append((sql, params))):
        db.execute("INSERT INTO t VALUES (?)", [5])
    db.execute("INSERT INTO t VALUES (6)")
    assert seen == [("INSERT INTO t VALUES (?)", [5])]


def _set(clock_at: datetime) -> tuple[Migrations, list[str]]:
    ran: list[str] = []
    steps = Migrations("demo", clock=lambda: clock_at)

    @steps(name="0001_a")
    def first(db: Database) -> None:
        ran.append("a")
        db.execute("CREATE TABLE a (x)")

    @steps(name="0002_b")
    def second(db: Database) -> None:
        ran.append("b")
        db.execute("CREATE TABLE b (x)")

    return steps, ran


def test_migrations_run_once_each_and_are_recorded_like_sqlite_utils_did(tmp_path: Path):
    moment = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    steps, ran = _set(moment)
    with Database(tmp_path / "m.db") as db:
        steps.apply(db, stop_before="0002_b")
        assert [step.name for step in steps.pending(db)] == ["0002_b"]
        steps.apply(db)
        steps.apply(db)
        assert ran == ["a", "b"]
        assert [(a.name, a.applied_at) for a in steps.applied(db)] == [
            ("0001_a", str(moment)), ("0002_b", str(moment))]
        columns = [row[1] for row in db.execute("PRAGMA table_info(_sqlite_migrations)")]
        unique = db.execute("PRAGMA index_list(_sqlite_migrations)").fetchall()
    assert columns == ["id", "migration_set", "name", "applied_at"]
    assert [(row[1], row[2]) for row in unique] == [
        ("idx__sqlite_migrations_migration_set_name", 1)]


def test_a_failing_migration_leaves_no_trace_and_stays_pending(tmp_path: Path):
    steps = Migrations("demo")

    @steps(name="0001_broken")
    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("the step fails halfway")

    with Database(tmp_path / "m.db") as db:
        with pytest.raises(RuntimeError):
            steps.apply(db)
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables
        assert [step.name for step in steps.pending(db)] == ["0001_broken"]


def test_stopping_before_an_applied_migration_is_refused(tmp_path: Path):
    steps, _ = _set(datetime(2026, 3, 1, tzinfo=UTC))
    with Database(tmp_path / "m.db") as db:
        steps.apply(db)
        with pytest.raises(ValueError, match="0001_a"):
            steps.apply(db, stop_before="0001_a")


def test_a_migration_name_cannot_be_registered_twice():
    steps = Migrations("demo")
    steps(name="0001")(lambda db: None)
    with pytest.raises(ValueError, match="0001"):
        steps(name="0001")(lambda db: None)
