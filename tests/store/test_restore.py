"""Restoring a backup: refused as opening refuses, the replaced database always kept."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from impactapp.domain.model import Case
from impactapp.store import BackupError, DatabaseUnusable, Store
from impactapp.store.errors import FOREIGN
from impactapp.store.sqlite.backup import MANUAL, RESTORE, list_backups, take_backup
from impactapp.store.sqlite.check import check_database
from impactapp.store.sqlite.restore import restore_database
from impactapp.store.sqlite.schema import SCHEMA_VERSION

from .bad_databases import KINDS, make

NewCase = Callable[..., Case]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOON = datetime(2026, 11, 27, 12, 0, 0)
MORNING = datetime(2026, 11, 27, 8, 30, 0)  # the backup, taken before the restore at NOON


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _titles(path: Path) -> list[str]:
    with Store.open(path) as store:
        return sorted(s.title for s in store.list_cases())


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def db(tmp_path: Path, new_case: NewCase) -> Path:
    path = tmp_path / "saker.db"
    with Store.open(path, who="kari") as store:
        store.add_case(new_case("Sak før sikkerhetskopien"))
    return path


def test_a_backup_is_restored_and_the_replaced_database_backed_up_first(
    db: Path, new_case: NewCase
) -> None:
    backup = take_backup(db, MANUAL, now=MORNING)
    with Store.open(db) as store:
        store.add_case(new_case("Sak etter sikkerhetskopien"))
    restored = restore_database(backup, db, now=NOON)
    assert restored.set_aside is None
    assert restored.backup is not None and restored.backup.name.endswith("-restore.db")
    assert _titles(db) == ["Sak før sikkerhetskopien"]
    assert _titles(restored.backup) == ["Sak etter sikkerhetskopien", "Sak før sikkerhetskopien"]
    assert [b.kind for b in list_backups(db)] == [RESTORE, MANUAL]
    assert check_database(db).ok


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_restored_database_is_private_to_its_owner(db: Path, tmp_path: Path) -> None:
    backup = tmp_path / "kopi.db"
    shutil.copy(db, backup)
    backup.chmod(0o644)
    restore_database(backup, db, now=NOON)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", [*KINDS, "empty"])
def test_a_bad_backup_is_refused_with_the_sentence_opening_gives(
    kind: str, db: Path, tmp_path: Path
) -> None:
    bad = tmp_path / f"{kind}.db"
    if kind == "empty":
        bad.touch()
        reason = FOREIGN  # opens as a new database, but holds no cases to restore
    else:
        reason = make(kind, bad)
        with pytest.raises(DatabaseUnusable) as opening:
            Store.open(bad)
    before = {p: _sha256(p) for p in (bad, db)}
    names = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseUnusable) as info:
        restore_database(bad, db, now=NOON)
    assert info.value.reason == reason
    if kind != "empty":
        assert str(info.value) == str(opening.value)
    assert {p: _sha256(p) for p in (bad, db)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_a_database_in_use_is_not_replaced(db: Path, tmp_path: Path) -> None:
    backup = take_backup(db, MANUAL, now=MORNING)
    with Store.open(db) as store:
        with pytest.raises(BackupError) as info:
            restore_database(backup, db, now=NOON)
        assert info.value.problem == "in_use"
        assert store.count_cases() == 1  # still usable by the program that has it open
    assert "in use" in str(info.value)
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_a_database_cannot_be_restored_from_itself(db: Path) -> None:
    with pytest.raises(BackupError) as info:
        restore_database(db, db, now=NOON)
    assert info.value.problem == "same_file"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_unusable_database_is_kept_under_another_name_not_deleted(
    kind: str, tmp_path: Path, db: Path
) -> None:
    backup = take_backup(db, MANUAL, now=MORNING)
    broken = tmp_path / "ødelagt.db"
    make(kind, broken)
    broken.with_name(broken.name + "-wal").write_bytes(b"a stale log")
    before = _sha256(broken)
    restored = restore_database(backup, broken, now=NOON)
    assert restored.backup is None
    assert restored.set_aside == tmp_path / "ødelagt-replaced-20261127-120000.db"
    assert _sha256(restored.set_aside) == before
    # The old log went with it: applied to the restored file it would damage it.
    assert restored.set_aside.with_name(restored.set_aside.name + "-wal").read_bytes() == (
        b"a stale log")
    assert not broken.with_name(broken.name + "-wal").exists()
    assert _titles(broken) == ["Sak før sikkerhetskopien"]


def test_a_backup_can_be_restored_where_no_database_is(db: Path, tmp_path: Path) -> None:
    backup = take_backup(db, MANUAL, now=MORNING)
    target = tmp_path / "ny-mappe" / "saker.db"
    restored = restore_database(backup, target, now=NOON)
    assert (restored.backup, restored.set_aside) == (None, None)
    assert _titles(target) == ["Sak før sikkerhetskopien"]


def test_an_older_backup_is_migrated_with_a_backup_when_next_opened(tmp_path: Path) -> None:
    db = tmp_path / "saker.db"
    Store.open(db).close()
    restore_database(FIXTURES / "schema2.db", db, now=NOON)
    assert check_database(db).schema == 2
    with Store.open(db) as store:
        assert store.count_cases() == 1
    assert check_database(db).schema == SCHEMA_VERSION
    assert [b.kind for b in list_backups(db)] == ["migration", RESTORE]
