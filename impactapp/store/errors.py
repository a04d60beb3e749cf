"""What can go wrong in the store, as data: a code and values that render as one sentence.

``str(error)`` is the English sentence; the UI picks a language with ``error.text.get(lang)``.
Status words come from the one vocabulary (``domain/vocabulary.py``), never spelt out here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from impactapp.domain.lang import Text
from impactapp.domain.messages import Verbatim, render
from impactapp.domain.vocabulary import STATUS_LABELS, label

#: One template per code, filled in per language (``domain.messages.render``).
MESSAGES: dict[str, Text] = {
    "database_error": Text(nb="Databasefeil.", en="Database error."),
    "no_revision": Text(
        nb="Sak {case_id} har ingen godkjent revisjon {revision}.",
        en="Case {case_id} has no approved revision {revision}.",
    ),
    "no_case": Text(
        nb="Det finnes ingen sak med nummer {case_id}.",
        en="There is no case with id {case_id}.",
    ),
    "conflict": Text(
        nb=(
            "Sak {case_id} er endret av noen andre siden du åpnet den "
            "(versjon {actual}, du hadde {expected}); last den inn på nytt."
        ),
        en=(
            "Case {case_id} was changed by someone else since you opened it "
            "(version {actual}, you had {expected}); reload it."
        ),
    ),
    "in_bin": Text(
        nb="Sak {case_id} ligger i papirkurven; gjenopprett den før du endrer den.",
        en="Case {case_id} is in the bin; restore it before changing it.",
    ),
    "locked": Text(
        nb="Sak {case_id} er {status} og låst; start en ny revisjon for å endre den.",
        en="Case {case_id} is {status} and locked; start a new revision to change it.",
    ),
    "revision_needs_lock": Text(
        nb=(
            "Sak {case_id} har status {status}; bare en godkjent eller vedtatt "
            "sak kan få en ny revisjon."
        ),
        en=(
            "Case {case_id} is {status}; only an approved or decided case "
            "can get a new revision."
        ),
    ),
    "approve_through_approval": Text(
        nb="Sak {case_id} kan bare godkjennes gjennom godkjenningen.",
        en="Case {case_id} can only be approved through approval.",
    ),
    "illegal_status": Text(
        nb="Sak {case_id} kan ikke gå fra status {status} til {wanted}.",
        en="Case {case_id} cannot go from status {status} to {wanted}.",
    ),
    "not_in_bin": Text(
        nb=(
            "Sak {case_id} ligger ikke i papirkurven; "
            "legg den der før du sletter den for godt."
        ),
        en="Case {case_id} is not in the bin; move it there before erasing it for good.",
    ),
    "revision_damaged": Text(
        nb=(
            "Revisjon {revision} av sak {case_id} stemmer ikke med "
            "kontrollsummen fra godkjenningen."
        ),
        en=(
            "Revision {revision} of case {case_id} does not match the hash "
            "recorded when it was approved."
        ),
    ),
    "database_unusable": Text(
        nb="Filen {path} {why}{extra}.", en="The file {path} {why}{extra}."
    ),
    "database_failure": Text(nb="{what}{extra}.", en="{what}{extra}."),
}


def _status(status: str) -> Text | str:
    """A status id as the vocabulary's word (an unknown id as it is)."""
    return label(STATUS_LABELS, status)


class StoreError(Exception):
    """Base class of every error the store raises on purpose: a code and its values."""

    @property
    def code(self) -> str:
        """The stable id of the sentence (a key of ``MESSAGES``)."""
        return "database_error"

    @property
    def params(self) -> dict[str, Any]:
        """The values the sentence is filled in with (status words as vocabulary Text)."""
        return {}

    @property
    def text(self) -> Text:
        return render(MESSAGES[self.code], self.params)

    def message(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return self.text.get(lang)

    def __str__(self) -> str:
        return self.text.en


class NotFound(StoreError):
    """No case with this id exists (it may have been erased), or not that revision of it."""

    def __init__(self, case_id: int | None, revision: int | None = None):
        super().__init__(case_id, revision)
        self.case_id = case_id
        self.revision = revision

    @property
    def code(self) -> str:
        return "no_case" if self.revision is None else "no_revision"

    @property
    def params(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "revision": self.revision}


class ConflictError(StoreError):
    """Someone else saved the case since it was loaded (optimistic concurrency)."""

    def __init__(self, case_id: int, expected_version: int, actual_version: int):
        super().__init__(case_id, expected_version, actual_version)
        self.case_id = case_id
        self.expected_version = expected_version
        self.actual_version = actual_version

    @property
    def code(self) -> str:
        return "conflict"

    @property
    def params(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "expected": self.expected_version,
                "actual": self.actual_version}


class LockedError(StoreError):
    """The case cannot change: it is approved or decided (frozen), or it lies in the bin."""

    def __init__(self, case_id: int, status: str, *, deleted: bool = False):
        super().__init__(case_id, status, deleted)
        self.case_id = case_id
        self.status = status
        self.deleted = deleted

    @property
    def code(self) -> str:
        return "in_bin" if self.deleted else "locked"

    @property
    def params(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "status": _status(self.status)}


class StatusError(StoreError):
    """A status change the store does not make this way.

    ``wanted`` is the status asked for, or ``"new_revision"`` when a new revision was asked
    of a case that is not approved or decided.
    """

    def __init__(self, case_id: int, status: str, wanted: str):
        super().__init__(case_id, status, wanted)
        self.case_id = case_id
        self.status = status
        self.wanted = wanted

    @property
    def code(self) -> str:
        if self.wanted == "new_revision":
            return "revision_needs_lock"
        if self.wanted == "approved":
            return "approve_through_approval"
        return "illegal_status"

    @property
    def params(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "status": _status(self.status),
                "wanted": _status(self.wanted)}


class NotInBin(StoreError):
    """Only a case already in the bin can be erased for good."""

    def __init__(self, case_id: int):
        super().__init__(case_id)
        self.case_id = case_id

    @property
    def code(self) -> str:
        return "not_in_bin"

    @property
    def params(self) -> dict[str, Any]:
        return {"case_id": self.case_id}


class RevisionDamaged(StoreError):
    """A frozen revision no longer matches the content hash recorded at approval."""

    def __init__(self, case_id: int, revision: int):
        super().__init__(case_id, revision)
        self.case_id = case_id
        self.revision = revision

    @property
    def code(self) -> str:
        return "revision_damaged"

    @property
    def params(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "revision": self.revision}


# Reasons a database file is refused (DatabaseUnusable.reason).
NOT_SQLITE = "not_sqlite"
DAMAGED = "damaged"
NEWER_SCHEMA = "newer_schema"
FOREIGN = "foreign"
CANNOT_OPEN = "cannot_open"
BUSY = "busy"

_REASONS: dict[str, Text] = {
    NOT_SQLITE: Text(nb="er ikke en SQLite-database", en="is not an SQLite database"),
    DAMAGED: Text(nb="er skadet", en="is damaged"),
    NEWER_SCHEMA: Text(
        nb="er laget av en nyere versjon av ImpactApp",
        en="was made by a newer version of ImpactApp",
    ),
    FOREIGN: Text(nb="er ikke en ImpactApp-database", en="is not an ImpactApp database"),
    CANNOT_OPEN: Text(nb="kan ikke åpnes", en="cannot be opened"),
    BUSY: Text(
        nb="er opptatt av et annet program akkurat nå; prøv igjen om litt",
        en="is busy with another program right now; try again in a moment",
    ),
}


class DatabaseUnusable(StoreError):
    """The file cannot be used as the case database; it has been left untouched."""

    def __init__(self, path: Path | str, reason: str, detail: str = ""):
        super().__init__(str(path), reason, detail)
        self.path = Path(path)
        self.reason = reason
        self.detail = detail

    @property
    def code(self) -> str:
        return "database_unusable"

    @property
    def params(self) -> dict[str, Any]:
        why = _REASONS.get(self.reason, self.reason)
        # str, not Path: a long path must not be cut like a quoted user value
        return {"path": Verbatim(self.path), "why": why,
                "extra": Verbatim(f" ({self.detail})" if self.detail else "")}

    def as_failure(self) -> StoreError:
        """This refusal met while reopening a file already in use (a worker's connection):
        SQLite busy, full, read-only or failing I/O is a fault of that moment that may clear,
        so it is that DatabaseFailure; anything else stays this refusal."""
        cause = self.__cause__
        if cause is not None and hasattr(cause, "sqlite_errorcode"):
            failure = DatabaseFailure.from_sqlite(cause)
            if failure.problem != "other":
                return failure
        return self


# What went wrong while the database was in use (DatabaseFailure.problem).
_PROBLEMS: dict[str, Text] = {
    "busy": Text(
        nb="Databasen er opptatt av et annet program; prøv igjen om litt",
        en="The database is busy with another program; try again in a moment",
    ),
    "full": Text(nb="Disken er full", en="The disk is full"),
    "readonly": Text(
        nb="Databasen kan ikke skrives til", en="The database cannot be written to"
    ),
    "io": Text(
        nb="Databasefilen kunne ikke leses eller skrives",
        en="The database file could not be read or written",
    ),
    "damaged": Text(nb="Databasefilen er skadet", en="The database file is damaged"),
    "disconnected": Text(
        nb="Databaseserveren kan ikke nås; endringen er ikke lagret ennå",
        en="The database server cannot be reached; the change is not saved yet",
    ),
    "other": Text(
        nb="Databasen kunne ikke fullføre operasjonen",
        en="The database could not complete the operation",
    ),
}

# Primary SQLite result codes -> problem.
_SQLITE_PROBLEMS = {5: "busy", 6: "busy", 8: "readonly", 10: "io", 11: "damaged", 13: "full",
                    26: "damaged"}


class DatabaseFailure(StoreError):
    """SQLite failed while the database was in use (busy, disk full, I/O error, damage)."""

    def __init__(self, problem: str, detail: str = ""):
        super().__init__(problem, detail)
        self.problem = problem
        self.detail = detail

    @classmethod
    def from_sqlite(cls, exc: Exception) -> DatabaseFailure:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        return cls(_SQLITE_PROBLEMS.get(code, "other"), str(exc))

    @property
    def code(self) -> str:
        return "database_failure"

    @property
    def params(self) -> dict[str, Any]:
        what = _PROBLEMS.get(self.problem, _PROBLEMS["other"])
        return {"what": what, "extra": Verbatim(f" ({self.detail})" if self.detail else "")}

    @property
    def plain(self) -> Text:
        """The sentence without SQLite's own words (English, technical): for a window."""
        return render(MESSAGES[self.code], {**self.params, "extra": ""})


class StoreUnavailable(StoreError):
    """The location names a kind of store this build of the program cannot open."""

    def __init__(self, location: str, what: Text):
        super().__init__(location, what.en)
        self.location = location
        self.what = what

    @property
    def text(self) -> Text:
        return Text(
            nb=f"{self.what.nb} ({self.location}).",
            en=f"{self.what.en} ({self.location}).",
        )
