"""impactapp-cli db check / backup / restore / backups, as a user at the command line runs them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from impactapp.cli import main
from impactapp.domain.model import Case
from impactapp.store import DatabaseUnusable, Store
from impactapp.store.sqlite.backup import DAILY, take_backup
from impactapp.store.sqlite.schema import SCHEMA_VERSION
from tests.store.bad_databases import KINDS, make

FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "saker.db"
    with Store.open(path, who="kari") as store:
        for title in ("Parkering", "Skolevei"):
            store.add_case(Case(title=title))
    return path


def _titles(path: Path) -> list[str]:
    with Store.open(path) as store:
        return sorted(s.title for s in store.list_cases())


# --- db check ---------------------------------------------------------------------------------


def test_check_of_a_sound_database_says_so_and_exits_0(capsys, db: Path) -> None:
    before = _sha256(db)
    status, out, err = run(capsys, "--db", str(db), "db", "check")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"Database: {db}",
        f"Schema: {SCHEMA_VERSION} (current)",
        "Cases: 2, approved revisions: 0",
        "No problems found.",
    ]
    assert _sha256(db) == before


def test_check_of_an_older_database_leaves_it_unmigrated(capsys, tmp_path: Path) -> None:
    old = tmp_path / "gammel.db"
    old.write_bytes((FIXTURES / "schema1.db").read_bytes())
    before = _sha256(old)
    status, out, _ = run(capsys, "--db", str(old), "db", "check")
    assert status == 0
    assert "Schema: 1 (older; upgraded the next time ImpactApp opens it)" in out
    assert "Cases: 1, approved revisions: 1" in out
    assert _sha256(old) == before


def test_check_finds_a_case_whose_content_is_not_json(capsys, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE cases SET content = '{\"title\": ' WHERE title = 'Skolevei'")
    conn.commit()
    conn.close()
    status, out, _ = run(capsys, "--db", str(db), "db", "check")
    assert status == 1
    assert "1 problem(s) found:" in out
    assert "- Case 2: its stored content is not valid JSON" in out


def test_check_finds_a_changed_frozen_revision(capsys, db: Path) -> None:
    with Store.open(db) as store:
        store.approve(1, "Godkjenner")
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER revisions_immutable_update")  # as a tool outside ImpactApp might
    conn.execute("UPDATE revisions SET content = replace(content, 'Parkering', 'Endret')")
    conn.commit()
    conn.close()
    status, out, _ = run(capsys, "--db", str(db), "db", "check")
    assert status == 1
    assert "Case 1, revision 1: it does not match the hash recorded when it was approved." in out


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_check_reports_each_bad_file_in_one_sentence_untouched(
    capsys, kind: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.db"
    make(kind, bad)
    before = _sha256(bad)
    status, out, err = run(capsys, "--db", str(bad), "db", "check")
    assert status == 1
    problems = [line for line in out.splitlines() if line.startswith("- ")]
    assert problems and all(p.endswith(".") for p in problems)
    assert str(bad) in problems[0]
    assert "Traceback" not in out + err
    assert _sha256(bad) == before


def test_check_of_a_missing_database_creates_nothing(capsys, tmp_path: Path) -> None:
    status, out, _ = run(capsys, "--db", str(tmp_path / "nei.db"), "db", "check")
    assert status == 1
    assert "There is no database file" in out
    assert list(tmp_path.iterdir()) == []


# --- db backup --------------------------------------------------------------------------------


def test_backup_writes_a_private_checked_copy(capsys, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopi.db"
    status, out, err = run(capsys, "--db", str(db), "db", "backup", "-o", str(target))
    assert (status, out) == (0, "")
    assert err.strip() == f"Backed up {db} to {target} (2 case(s))."
    assert _titles(target) == ["Parkering", "Skolevei"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_backup_refuses_to_overwrite_unless_forced(capsys, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopi.db"
    target.write_text("noe som ikke skal overskrives", encoding="utf-8")
    status, _, err = run(capsys, "--db", str(db), "db", "backup", "-o", str(target))
    assert status == 1
    assert err.strip() == f"The file {target} already exists; add --force to replace it."
    assert target.read_text(encoding="utf-8") == "noe som ikke skal overskrives"
    status, _, _ = run(capsys, "--db", str(db), "db", "backup", "-o", str(target), "--force")
    assert status == 0
    assert _titles(target) == ["Parkering", "Skolevei"]


def test_backup_never_writes_over_the_database_itself(capsys, db: Path) -> None:
    before = _sha256(db)
    status, _, err = run(capsys, "--db", str(db), "db", "backup", "-o", str(db), "--force")
    assert status == 1
    assert "is the database itself" in err
    assert _sha256(db) == before


def test_backup_of_a_damaged_database_is_refused(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    make("truncated", bad)
    target = tmp_path / "kopi.db"
    status, _, err = run(capsys, "--db", str(bad), "db", "backup", "-o", str(target))
    assert status == 1
    assert err.splitlines() == [f"The file {bad} is damaged (truncated: {bad.stat().st_size} "
                                f"bytes where the header says {bad.stat().st_size * 2}).",
                                "No backup was written."]
    assert not target.exists()


def test_backup_into_a_missing_folder_is_one_sentence(capsys, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "finnes-ikke" / "kopi.db"
    status, _, err = run(capsys, "--db", str(db), "db", "backup", "-o", str(target))
    assert status == 1
    assert err.strip() == f"Cannot write {target}: the folder {target.parent} does not exist."


# --- db restore -------------------------------------------------------------------------------


def test_restore_replaces_the_database_and_backs_the_old_one_up(
    capsys, db: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "kopi.db"
    run(capsys, "--db", str(db), "db", "backup", "-o", str(copy))
    with Store.open(db) as store:
        store.add_case(Case(title="Ny etter kopien"))
    status, _, err = run(capsys, "--db", str(db), "db", "restore", str(copy))
    assert status == 0
    lines = err.splitlines()
    assert lines[0] == f"Restored {copy} as the database {db}."
    assert lines[1].startswith("The database it replaced was backed up to ")
    replaced = Path(lines[1].removeprefix("The database it replaced was backed up to ")[:-1])
    assert _titles(replaced) == ["Ny etter kopien", "Parkering", "Skolevei"]
    assert _titles(db) == ["Parkering", "Skolevei"]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_restore_refuses_a_bad_file_with_the_sentence_opening_gives(
    capsys, kind: str, db: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.db"
    make(kind, bad)
    with pytest.raises(DatabaseUnusable) as opening:
        Store.open(bad)
    before = {p: _sha256(p) for p in (bad, db)}
    status, out, err = run(capsys, "--db", str(db), "db", "restore", str(bad))
    assert status == 1 and out == ""
    assert err.splitlines() == [str(opening.value), f"The database {db} was not changed."]
    assert {p: _sha256(p) for p in (bad, db)} == before


def test_restore_of_an_older_backup_says_it_will_be_upgraded(capsys, db: Path) -> None:
    status, _, err = run(capsys, "--db", str(db), "db", "restore",
                         str(FIXTURES / "schema2.db"))
    assert status == 0
    assert "It is from an older version and will be upgraded when it is next opened." in err


def test_restore_while_another_program_has_the_database_open(capsys, db: Path, tmp_path):
    copy = tmp_path / "kopi.db"
    run(capsys, "--db", str(db), "db", "backup", "-o", str(copy))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from impactapp.store import Store; s = Store.open(sys.argv[1]); "
         "s.count_cases(); print('open', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        status, _, err = run(capsys, "--db", str(db), "db", "restore", str(copy))
    finally:
        holder.communicate("", timeout=30)
    assert status == 1
    assert f"The database {db} is in use by another program" in err


# --- db backups -------------------------------------------------------------------------------


def test_backups_lists_the_automatic_backups_newest_first(capsys, db: Path) -> None:
    status, out, _ = run(capsys, "--db", str(db), "db", "backups")
    assert (status, out.strip()) == (0, f"No backups of {db} yet.")
    older = take_backup(db, DAILY, now=datetime(2026, 11, 26, 9, 0, 0))
    newer = take_backup(db, DAILY, now=datetime(2026, 11, 27, 9, 0, 0))
    status, out, _ = run(capsys, "--db", str(db), "db", "backups")
    lines = out.splitlines()
    assert lines[0].split() == ["Taken", "Kind", "Cases", "Schema", "File"]
    assert lines[1].split() == ["2026-11-27", "09:00:00", "daily", "2", str(SCHEMA_VERSION),
                                str(newer)]
    assert lines[2].split()[0] == "2026-11-26" and lines[2].endswith(str(older))
