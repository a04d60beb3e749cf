"""Store errors are a code and values; the status words come from the one vocabulary."""

from __future__ import annotations

import string

import pytest

from impactapp.store.errors import (
    MESSAGES,
    ConflictError,
    DatabaseFailure,
    DatabaseUnusable,
    LockedError,
    NotFound,
    NotInBin,
    RevisionDamaged,
    StatusError,
)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_the_same_values_in_both_languages(code):
    assert MESSAGES[code].nb and MESSAGES[code].en
    assert _fields(MESSAGES[code].nb) == _fields(MESSAGES[code].en)


ERRORS = [
    NotFound(3), NotFound(3, 2), ConflictError(3, 1, 2), LockedError(3, "approved"),
    LockedError(3, "draft", deleted=True), StatusError(3, "draft", "new_revision"),
    StatusError(3, "draft", "approved"), StatusError(3, "in_review", "decided"), NotInBin(3),
    RevisionDamaged(3, 2), DatabaseUnusable("/tmp/x.db", "damaged", "page 4"),
    DatabaseFailure("full", "disk I/O"),
]


@pytest.mark.parametrize("error", ERRORS, ids=[type(e).__name__ for e in ERRORS])
def test_every_error_renders_a_whole_sentence_in_both_languages(error):
    assert error.code in MESSAGES
    for lang in ("nb", "en"):
        sentence = error.message(lang)
        assert sentence.endswith(".") and "{" not in sentence and "_" not in sentence


def test_the_in_review_status_reads_as_the_vocabulary_says_in_both_languages():
    error = StatusError(4, "in_review", "decided")
    assert error.message("nb") == "Sak 4 kan ikke gå fra status til godkjenning til vedtatt."
    assert str(error) == "Case 4 cannot go from status in review to decided."
    assert LockedError(4, "in_review").message("en") == (
        "Case 4 is in review and locked; start a new revision to change it.")


def test_the_technical_detail_is_kept_whole():
    detail = "disk I/O error " * 10
    assert DatabaseFailure("io", detail).message("en").endswith(f"({detail}).")
    assert DatabaseFailure("io", detail).plain.en == (
        "The database file could not be read or written.")
