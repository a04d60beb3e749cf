"""Every store error reads as one plain sentence, in English and Norwegian."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactapp.domain.model import Case
from impactapp.store import (
    ConflictError,
    DatabaseFailure,
    DatabaseUnusable,
    LockedError,
    NotFound,
    NotInBin,
    RevisionDamaged,
    StatusError,
    StoreError,
)
from impactapp.store.errors import CANNOT_OPEN, DAMAGED, FOREIGN, NEWER_SCHEMA, NOT_SQLITE

ERRORS: list[StoreError] = [
    NotFound(7),
    NotFound(7, revision=3),
    ConflictError(7, 2, 3),
    LockedError(7, "approved"),
    LockedError(7, "decided"),
    LockedError(7, "draft", deleted=True),
    StatusError(7, "draft", "new_revision"),
    StatusError(7, "draft", "approved"),
    StatusError(7, "decided", "in_review"),
    NotInBin(7),
    RevisionDamaged(7, 2),
    DatabaseFailure("busy", "database is locked"),
    DatabaseFailure("full"),
    *(DatabaseUnusable(Path("/data/saker.db"), reason)
      for reason in (NOT_SQLITE, DAMAGED, NEWER_SCHEMA, FOREIGN, CANNOT_OPEN)),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: f"{type(e).__name__}")
def test_each_error_is_one_sentence_in_both_languages(error: StoreError) -> None:
    for sentence in (str(error), error.text.en, error.text.nb):
        assert sentence.endswith(".")
        assert "\n" not in sentence
        assert "Traceback" not in sentence
    assert str(error) == error.text.en
    assert error.text.nb != error.text.en


def test_errors_carry_their_data() -> None:
    conflict = ConflictError(7, 2, 3)
    assert (conflict.case_id, conflict.expected_version, conflict.actual_version) == (7, 2, 3)
    assert "version 3" in str(conflict)
    unusable = DatabaseUnusable("/data/saker.db", NEWER_SCHEMA, "schema 9")
    assert unusable.path == Path("/data/saker.db")
    assert "schema 9" in str(unusable)
    assert "nyere versjon" in unusable.text.nb


def test_a_database_locked_by_another_program_at_open_is_busy_in_plain_words(
        tmp_path, monkeypatch):
    import sqlite3

    from impactapp.store import Store
    from impactapp.store.errors import BUSY
    from impactapp.store.sqlite import connection

    path = tmp_path / "saker.db"
    Store.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")  # WAL readers would not wait at all
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(DatabaseUnusable) as caught:
            Store.open(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.reason == BUSY
    assert caught.value.text.nb == (
        f"Filen {path} er opptatt av et annet program akkurat nå; prøv igjen om litt.")
    Store.open(path).close()  # once the other program lets go, it opens


def test_a_header_ahead_of_the_file_while_a_journal_exists_is_left_to_sqlite(tmp_path):
    from impactapp.store import Store
    from impactapp.store.sqlite import connection

    path = tmp_path / "saker.db"
    with Store.open(path) as store:
        store.add_case(Case(title="Sak"))
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) - 4096])  # as if a commit had written the header first
    header = raw[:100]
    with pytest.raises(DatabaseUnusable, match="truncated"):
        connection._check_size(path, header, path.stat().st_size)
    path.with_name(path.name + "-journal").write_bytes(b"")  # SQLite will see to it
    connection._check_size(path, header, path.stat().st_size)
