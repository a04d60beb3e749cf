"""Every store error reads as one plain sentence, in English and Norwegian."""

from __future__ import annotations

from pathlib import Path

import pytest

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
