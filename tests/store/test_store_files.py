"""The database file: connection settings, permissions, and refusing files that are not ours."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from impactapp.domain.model import Case
from impactapp.store import (
    DatabaseFailure,
    DatabaseUnusable,
    Store,
    StoreError,
    default_db_path,
)
from impactapp.store.errors import DAMAGED, FOREIGN, NEWER_SCHEMA, NOT_SQLITE
from impactapp.store.sqlite.connection import use_wal
from impactapp.store.sqlite.database import Database
from impactapp.store.sqlite.paths import restrict_side_files
from impactapp.store.sqlite.schema import SCHEMA_VERSION, migrations

NewCase = Callable[..., Case]
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_foreign_keys_are_on(store: Store) -> None:
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_local_file_uses_write_ahead_logging(store: Store) -> None:
    assert store.journal_mode == "wal"
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_busy_timeout_is_five_seconds(store: Store) -> None:
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_busy_database_is_reported_as_a_store_error(
    store: Store, db_path: Path, new_case: NewCase
) -> None:
    store.db.execute("PRAGMA busy_timeout = 50")
    with Store.open(db_path, who="ola") as other:
        other.db.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(DatabaseFailure) as info:
            store.add_case(new_case())
        other.db.execute("ROLLBACK")
    assert info.value.problem == "busy"
    assert "busy" in str(info.value)
    assert store.count_cases() == 0


def test_without_wal_the_rollback_journal_is_kept_silently() -> None:
    # An in-memory database cannot use WAL, like a file on a network share.
    db = Database(":memory:")
    assert use_wal(db) != "wal"


@posix_only
def test_a_new_database_is_private_to_its_owner(tmp_path: Path, new_case: NewCase) -> None:
    path = tmp_path / "new" / "dir" / "impactapp.db"
    with Store.open(path, who="kari") as store:
        store.add_case(new_case())
        files = [path] + [
            path.with_name(path.name + s) for s in ("-wal", "-shm") if
            path.with_name(path.name + s).exists()
        ]
        modes = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files}
    assert modes[path.name] == 0o600
    assert set(modes.values()) == {0o600}
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@posix_only
def test_side_files_are_narrowed_to_the_database_mode(tmp_path: Path) -> None:
    path = tmp_path / "impactapp.db"
    path.write_bytes(b"")
    path.chmod(0o600)
    shm = path.with_name(path.name + "-shm")
    shm.write_bytes(b"left by another program")
    shm.chmod(0o664)
    restrict_side_files(path)
    assert stat.S_IMODE(shm.stat().st_mode) == 0o600


def test_an_existing_empty_file_becomes_a_database(tmp_path: Path, new_case: NewCase) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert store.add_case(new_case()).id == 1


def test_a_blank_sqlite_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
    with Store.open(path) as store:
        assert store.count_cases() == 0


def test_who_defaults_to_the_operating_system_user(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        assert store.who
        assert store.who != ""


def _assert_refused(path: Path, reason: str) -> DatabaseUnusable:
    before = _sha256(path)
    names_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DatabaseUnusable) as info:
        Store.open(path)
    assert info.value.reason == reason
    assert info.value.path == path
    assert _sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names_before
    message = str(info.value)
    assert str(path) in message
    assert message.endswith(".")
    assert "\n" not in message
    return info.value


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    _assert_refused(path, NOT_SQLITE)


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Møtereferat fra bydelsutvalget.\n" * 50, encoding="utf-8")
    error = _assert_refused(path, NOT_SQLITE)
    assert "not an SQLite database" in str(error)
    assert "ikke en SQLite-database" in error.text.nb


def _other_program_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('Fårikål')")
    conn.commit()
    conn.close()


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "recipes.db"
    _other_program_db(path)
    error = _assert_refused(path, FOREIGN)
    assert "not an ImpactApp database" in str(error)


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE impactapp_meta SET value = '999' WHERE key = 'schema'")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # leave no -wal/-shm beside the file
    conn.close()
    error = _assert_refused(path, NEWER_SCHEMA)
    assert "999" in str(error)
    assert "newer version" in str(error)


def test_a_damaged_database_is_refused_untouched(tmp_path: Path, new_case: NewCase) -> None:
    path = tmp_path / "damaged.db"
    with Store.open(path) as store:
        for n in range(20):
            store.add_case(new_case(f"Sak {n}"))
        store.db.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = os.urandom(3 * page)  # scramble some pages after the first
    path.write_bytes(bytes(data))
    _assert_refused(path, DAMAGED)


def test_a_truncated_database_is_refused_untouched(tmp_path: Path, new_case: NewCase) -> None:
    path = tmp_path / "truncated.db"
    with Store.open(path) as store:
        for n in range(20):
            store.add_case(new_case(f"Sak {n}"))
        store.db.execute("PRAGMA journal_mode = DELETE")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # e.g. a copy that stopped half-way
    error = _assert_refused(path, DAMAGED)
    assert "truncated" in error.detail


def test_a_large_database_is_not_page_checked_on_open(
    tmp_path: Path, new_case: NewCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Above the threshold the open relies on cheap checks; below it every page is checked.
    import impactapp.store.sqlite.connection as connection

    path = tmp_path / "big.db"
    with Store.open(path) as store:
        store.add_case(new_case("Sak"))
    statements: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(connection.sqlite3, "connect", traced)
    Store.open(path).close()
    assert any("quick_check" in s for s in statements)
    statements.clear()
    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    Store.open(path).close()
    assert not any("quick_check" in s for s in statements)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable):
        Store.open(tmp_path)


_CRASH = """
import sys, os
from impactapp.store import Store
from impactapp.domain.model import Case
store = Store.open(sys.argv[1], who="crash")
store.add_case(Case(title="Lagret før krasj"))
os._exit(0)  # no close: leaves the -wal and -shm files behind
"""


def test_a_database_left_by_a_crashed_program_opens(tmp_path: Path) -> None:
    path = tmp_path / "crashed.db"
    subprocess.run([sys.executable, "-c", _CRASH, str(path)], check=True)
    assert path.with_name(path.name + "-wal").exists()
    with Store.open(path) as store:
        assert [s.title for s in store.list_cases()] == ["Lagret før krasj"]


def test_default_path_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wanted = tmp_path / "elsewhere" / "cases.db"
    monkeypatch.setenv("IMPACTAPP_DB", str(wanted))
    assert default_db_path() == wanted


def test_default_path_is_in_the_user_data_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMPACTAPP_DB", raising=False)
    path = default_db_path()
    assert path.name == "impactapp.db"
    assert "impactapp" in path.parent.name.lower()


_CRASH_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA cache_size = 1")  # spill to the file before commit
conn.execute("BEGIN")
conn.execute("UPDATE cases SET title = title || ' (ikke lagret)'")
conn.executemany("INSERT INTO audit (at, who, action) VALUES ('x', 'x', 'x')", [()] * 5000)
os._exit(0)  # dies mid-transaction: a hot rollback journal is left behind
"""


def test_a_database_with_an_unfinished_transaction_is_recovered(
    tmp_path: Path, new_case: NewCase
) -> None:
    path = tmp_path / "journal.db"
    with Store.open(path, who="kari") as store:
        store.add_case(new_case("Lagret"))
        store.db.execute("PRAGMA journal_mode = DELETE")  # as on a network share
    subprocess.run([sys.executable, "-c", _CRASH_MID_WRITE, str(path)], check=True)
    assert path.with_name(path.name + "-journal").exists()
    with Store.open(path) as store:
        assert [s.title for s in store.list_cases()] == ["Lagret"]
        assert len(store.audit_log()) == 1


def test_a_half_initialised_database_is_finished(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    db = Database(path)
    migrations.ensure_migrations_table(db)  # as if the first migration had failed
    db.close()
    with Store.open(path) as store:
        meta = dict(store.db.execute("SELECT key, value FROM impactapp_meta").fetchall())
        applied = [m.name for m in migrations.applied(store.db)]
    assert meta == {"app": "impactapp", "schema": str(SCHEMA_VERSION)}
    assert applied == ["0001_initial", "0002_profiles", "0003_indicators", "0004_comparison",
                       "0005_conflict_copies", "0006_targets_and_plans", "0007_followup"]


def test_a_store_refuses_use_from_another_thread(store: Store) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.count_cases()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join()
    assert len(errors) == 1
    assert isinstance(errors[0], StoreError)


def test_opening_the_store_does_not_import_pandas(tmp_path: Path) -> None:
    # pandas costs half a second of start-up; the store never needs it.
    code = (
        "import sys; from impactapp.store import Store; "
        f"Store.open({str(tmp_path / 'x.db')!r}).close(); "
        "print('pandas' in sys.modules, 'numpy' in sys.modules)"
    )
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]
