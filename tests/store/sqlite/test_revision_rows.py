"""Revisions in the SQLite file: triggers keep them frozen; a purge leaves no row of a case."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from impactapp.domain.model import Case
from impactapp.store import (
    RevisionDamaged,
    Store,
    content_hash,
)

NewCase = Callable[..., Case]


@pytest.fixture
def approved(store: Store, new_case: NewCase) -> Case:
    case = store.add_case(new_case())
    return store.approve(case.id, "Leder Lise")


def test_revision_rows_cannot_be_changed_or_deleted(store: Store, approved: Case) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.db.execute("UPDATE revisions SET content = '{}' WHERE case_id = ?", [approved.id])
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.db.execute("DELETE FROM revisions WHERE case_id = ?", [approved.id])
    [revision] = store.revisions(approved.id)
    assert revision.sha256 == content_hash(store.get_revision(approved.id, 1))


def test_a_tampered_revision_is_reported(store: Store, approved: Case) -> None:
    store.db.execute("DROP TRIGGER revisions_immutable_update")
    store.db.execute(
        "UPDATE revisions SET content = replace(content, 'Lavutslipp', 'Høyutslipp')"
        " WHERE case_id = ?",
        [approved.id],
    )
    with pytest.raises(RevisionDamaged):
        store.get_revision(approved.id, 1)


def test_purging_leaves_no_row_of_the_case(store: Store, approved: Case) -> None:
    case_id = approved.id
    store.delete_case(case_id)
    store.purge_case(case_id)
    for table in ("alternatives", "assessments", "sdg_links", "revisions"):
        count = store.db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE case_id = ?", [case_id]
        ).fetchone()[0]
        assert count == 0, table
