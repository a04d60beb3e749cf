"""Backups: online, private, checked before they count, rotated; daily and before migrating."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from impactapp.domain.model import Case
from impactapp.store import BackupError, Store
from impactapp.store.sqlite import backup as backups
from impactapp.store.sqlite.backup import (
    DAILY,
    KEEP,
    MANUAL,
    MIGRATION,
    daily_backup_due,
    describe,
    list_backups,
    prune,
    take_backup,
    take_daily_backup,
)

NewCase = Callable[..., Case]
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
MORNING = datetime(2026, 11, 27, 8, 30, 0)
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM cases ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path, new_case: NewCase) -> Path:
    """A database with three cases, closed."""
    path = tmp_path / "saker.db"
    with Store.open(path, who="kari") as store:
        for title in ("Sak en", "Sak to", "Sak tre"):
            store.add_case(new_case(title))
    return path


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data directory (the fallback folder) inside the test's folder."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_a_backup_lies_beside_the_database_and_holds_its_cases(db: Path) -> None:
    path = take_backup(db, DAILY, now=MORNING)
    assert path == db.parent / "backups" / "saker-20261127-083000-daily.db"
    assert _titles(path) == ["Sak en", "Sak to", "Sak tre"]
    assert describe(path).cases == 3
    (listed,) = list_backups(db)
    assert (listed.path, listed.taken, listed.kind) == (path, MORNING, DAILY)
    # One self-contained file: it opens without a write-ahead log beside it.
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@posix_only
def test_backups_are_private_to_their_owner(db: Path) -> None:
    old = os.umask(0o022)
    try:
        path = take_backup(db, MANUAL)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_backup_includes_saves_still_in_the_write_ahead_log(db: Path, new_case: NewCase) -> None:
    with Store.open(db, who="kari") as store:
        store.add_case(new_case("Sak fire"))
        assert db.with_name(db.name + "-wal").stat().st_size > 0  # not yet in the main file
        path = take_backup(db, MANUAL, source=store.db.conn)
    assert _titles(path)[-1] == "Sak fire"


def test_a_backup_that_fails_its_check_is_never_kept(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = take_backup(db, DAILY, now=MORNING - timedelta(days=1))

    def failing_check(temp: Path, target: Path) -> None:
        assert temp.exists() and temp.name.startswith(".")  # still under its hidden name
        raise BackupError("check", target, "*** in database main ***")

    monkeypatch.setattr(backups, "_check_copy", failing_check)
    with pytest.raises(BackupError) as info:
        take_backup(db, DAILY, now=MORNING)
    assert info.value.problem == "check"
    assert "not kept" in str(info.value)
    assert [b.path for b in list_backups(db)] == [earlier]  # not pruned, no new file
    assert sorted(p.name for p in earlier.parent.iterdir()) == [earlier.name]  # no leftovers


def test_a_half_written_backup_is_not_listed_and_is_cleared_later(db: Path) -> None:
    folder = db.parent / "backups"
    folder.mkdir()
    leftover = folder / ".saker-20261127-083000-daily.db.x1y2.tmp"
    leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # a backup cut short
    recent = folder / ".saker-20261127-082959-daily.db.z9w8.tmp"
    recent.write_bytes(b"SQLite format 3\x00")  # another backup still being written
    assert list_backups(db) == []
    old = MORNING.timestamp() - backups.STALE_SECONDS - 60
    os.utime(leftover, (old, old))
    fresh = MORNING.timestamp() - 60
    os.utime(recent, (fresh, fresh))
    take_backup(db, DAILY, now=MORNING)
    assert not leftover.exists()
    assert recent.exists()  # younger than an hour at the backup's own time: left alone


def test_only_the_newest_automatic_backups_are_kept(db: Path) -> None:
    manual = take_backup(db, MANUAL, now=MORNING - timedelta(days=30))
    taken = [take_backup(db, DAILY, now=MORNING + timedelta(days=n)) for n in range(KEEP + 3)]
    kept = [b.path for b in list_backups(db)]
    assert kept == [*reversed(taken[3:]), manual]  # by hand: never deleted
    assert not any(p.exists() for p in taken[:3])
    assert prune(db, keep=2) == list(reversed(taken[3:-2]))
    assert len([b for b in list_backups(db) if b.automatic]) == 2


def test_two_backups_in_the_same_second_get_different_names(db: Path) -> None:
    first = take_backup(db, MANUAL, now=MORNING)
    second = take_backup(db, MANUAL, now=MORNING)
    assert first != second
    assert [b.path for b in list_backups(db)] == [second, first]


def test_backups_of_another_database_in_the_same_folder_are_not_listed(
    db: Path, tmp_path: Path, new_case: NewCase
) -> None:
    other = tmp_path / "saker-arkiv.db"
    with Store.open(other) as store:
        store.add_case(new_case("Arkivsak"))
    take_backup(other, DAILY)
    mine = take_backup(db, DAILY)
    assert [b.path for b in list_backups(db)] == [mine]


def test_without_a_backup_folder_beside_it_the_data_directory_is_used(
    db: Path, own_data_dir: Path
) -> None:
    (db.parent / "backups").write_text("a file where the folder would go", encoding="utf-8")
    path = take_backup(db, DAILY)
    assert path.is_relative_to(own_data_dir / "impactapp" / "backups")
    assert path.parent.name.startswith("saker-")
    assert [b.path for b in list_backups(db)] == [path]
    assert _titles(path) == ["Sak en", "Sak to", "Sak tre"]


def test_the_daily_backup_is_taken_on_the_first_start_of_a_day(db: Path) -> None:
    assert daily_backup_due(db, MORNING.date())
    first = take_daily_backup(db, now=MORNING)
    assert first is not None and first.name.endswith("-daily.db")
    assert take_daily_backup(db, now=MORNING + timedelta(hours=6)) is None
    assert not daily_backup_due(db, MORNING.date())
    assert take_daily_backup(db, now=MORNING + timedelta(days=1)) is not None
    assert len(list_backups(db)) == 2


def test_a_new_database_gets_no_daily_backup(tmp_path: Path) -> None:
    path = tmp_path / "tom.db"
    path.touch()
    assert take_daily_backup(path, now=MORNING) is None
    Store.open(path).close()  # made, but without a case
    assert take_daily_backup(path, now=MORNING) is None
    assert take_daily_backup(tmp_path / "finnes-ikke.db", now=MORNING) is None
    assert not (tmp_path / "backups").exists()


def test_opening_a_database_takes_no_backup_when_nothing_is_migrated(db: Path) -> None:
    Store.open(db).close()
    Store.open(tmp := db.with_name("ny.db")).close()
    assert list_backups(db) == [] and list_backups(tmp) == []


def test_no_migration_runs_when_its_backup_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "gammel.db"
    shutil.copy(FIXTURES / "schema1.db", db)
    before = _sha256(db)

    def no_room(source: sqlite3.Connection, target: Path) -> Path:
        raise BackupError("write", target, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", no_room)
    with pytest.raises(BackupError) as info:
        Store.open(db)
    assert "No space left on device" in str(info.value)
    assert _sha256(db) == before  # not migrated, not even switched to WAL
    assert list_backups(db) == []
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["gammel.db"]
    monkeypatch.undo()
    with Store.open(db) as store:  # with room again: backed up, then migrated
        assert store.count_cases() == 1
    (backup,) = list_backups(db)
    assert backup.kind == MIGRATION
    assert describe(backup.path) == describe(FIXTURES / "schema1.db")  # schema 1, one case


def test_every_backup_error_is_one_sentence_in_both_languages(tmp_path: Path) -> None:
    for problem in ("write", "check", "exists", "in_use", "same_file", "replace"):
        error = BackupError(problem, tmp_path / "x.db", "detail")
        for sentence in (str(error), error.text.nb):
            assert sentence.endswith(".") and "\n" not in sentence
            assert str(tmp_path / "x.db") in sentence
        assert error.text.nb != error.text.en
