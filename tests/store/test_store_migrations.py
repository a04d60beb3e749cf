"""Every released schema's database opens in this program and migrates with its data intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.serialize import case_to_data
from impactapp.store import Store, content_hash
from impactapp.store.sqlite.backup import MIGRATION, list_backups
from impactapp.store.sqlite.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("schema*.db")))
def test_an_older_database_migrates_with_its_cases_revisions_and_audit_intact(
        name, tmp_path, catalog):
    path = tmp_path / f"{name}.db"
    shutil.copy(FIXTURES / f"{name}.db", path)
    expected = read_case_file(DATA / "parking_fees.yaml", catalog)
    with Store.open(path, who="kari") as store:
        meta = dict(store.db.execute("SELECT key, value FROM impactapp_meta").fetchall())
        assert meta["schema"] == str(SCHEMA_VERSION)
        (summary,) = store.list_cases()
        case = store.get_case(summary.id)
        assert (case.status, case.revision) == ("draft", 2)
        assert case_to_data(case) == case_to_data(expected)
        frozen = store.get_revision(case.id, 1)  # checked against its stored hash
        assert store.revisions(case.id)[0].sha256 == content_hash(frozen)
        assert [e.action for e in store.audit_log(case.id)][:1] == ["create"]
        # What later schemas added works on the old data too.
        rows = store.comparison_rows()
        assert [r[0] for r in rows["cases"][1]] == [case.id]
        assert store.profile().name == ""
        case.goals = "Endret etter oppgradering."
        assert store.save_case(case).goals == "Endret etter oppgradering."


def _contents(path: Path) -> tuple:
    """Schema, applied migrations, cases and frozen revisions of a database file, as stored."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (
            conn.execute("SELECT value FROM impactapp_meta WHERE key = 'schema'").fetchone()[0],
            conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall(),
            conn.execute("SELECT id, uid, version, content FROM cases ORDER BY id").fetchall(),
            conn.execute("SELECT case_id, revision, sha256 FROM revisions").fetchall(),
        )
    finally:
        conn.close()


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("schema*.db")))
def test_a_migration_is_preceded_by_a_backup_of_the_old_database(name, tmp_path):
    path = tmp_path / "saker.db"
    shutil.copy(FIXTURES / f"{name}.db", path)
    before = _contents(path)
    Store.open(path, who="kari").close()
    backups = list_backups(path)
    if before[0] == str(SCHEMA_VERSION):
        assert backups == []  # nothing to migrate, nothing to back up
        return
    (backup,) = backups
    assert backup.kind == MIGRATION
    assert backup.path.parent == tmp_path / "backups"
    assert _contents(backup.path) == before
    assert _contents(path)[0] == str(SCHEMA_VERSION)
    Store.open(path, who="kari").close()  # migrated now: no second backup
    assert len(list_backups(path)) == 1


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("schema*.db")))
def test_conflict_copies_survive_the_migration_and_work_on_old_data(name, tmp_path):
    path = tmp_path / f"{name}.db"
    shutil.copy(FIXTURES / f"{name}.db", path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    kept = conn.execute("SELECT id, case_id, sha256 FROM conflict_copies").fetchall() \
        if "conflict_copies" in tables else []
    conn.close()
    with Store.open(path, who="kari") as store:
        (summary,) = store.list_cases()
        copies = store.conflict_copies(summary.id)
        assert [(c.id, c.case_id, c.sha256) for c in copies] == kept
        for copy in copies:  # each still holds exactly what it held
            assert content_hash(store.conflict_copy_case(copy.id)) == copy.sha256
        stale = store.get_case(summary.id)
        stale.version -= 1  # a window that loaded the case before its last change
        stale.problem = "Skrevet i et vindu som tapte."
        result = store.save_draft(stale.id, stale.version, case_to_data(stale))
        assert result.copy is not None and len(store.conflict_copies(summary.id)) == len(kept) + 1
