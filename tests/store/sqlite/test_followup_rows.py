"""Follow-up in the SQLite file: constraints, the meta table, the schema 5 upgrade, erasing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from impactapp.domain.climate_target import ClimateTarget
from impactapp.store import Store

APPROVED_AT = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)


def _decided(store: Store, new_case) -> int:
    case = new_case()
    case.status, case.approved_by, case.approved_at = "decided", "Kristin Aas", APPROVED_AT
    return store.add_case(case).id


def test_the_database_itself_refuses_a_stopped_record_without_reason(store, new_case) -> None:
    case_id = _decided(store, new_case)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO followups (case_id, measure, status, updated)"
                         " VALUES (?, 'a1', 'stopped', 'x')", [case_id])


def test_the_climate_target_is_kept_in_meta(store, db_path) -> None:
    assert store.climate_target() is None
    target = ClimateTarget(95, 2030, 2009, 1_254_000.0, known=((2022, 1_000_000.0),))
    store.set_climate_target(target)
    with Store.open(db_path, who="ola") as other:
        assert other.climate_target() == target
    row = store.db.execute("SELECT value FROM impactapp_meta WHERE key = 'climate_target'"
                           ).fetchone()
    assert '"cut_percent": 95' in row[0]


def test_a_schema_5_database_gains_the_follow_up_tables(tmp_path) -> None:
    import shutil
    from pathlib import Path

    path = tmp_path / "schema5.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema5.db", path)
    with Store.open(path, who="kari") as store:
        names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"followups", "followup_reports"} <= names
        (summary,) = store.list_cases()
        assert store.followups(summary.id) == {}
        assert store.get_case(summary.id).followup == {}


def test_a_case_in_the_bin_takes_no_report_and_erasing_it_erases_its_follow_up(
        store, new_case) -> None:
    from impactapp.store import LockedError

    case_id = _decided(store, new_case)
    store.report_followup(case_id, "a1", "in_progress")
    store.delete_case(case_id)
    assert store.all_followups() == {}  # the bin's cases are not followed up
    with pytest.raises(LockedError):
        store.report_followup(case_id, "a1", "done")
    store.purge_case(case_id)
    for table in ("followups", "followup_reports"):
        assert store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
