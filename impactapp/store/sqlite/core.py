"""The connection and the row-level helpers every store operation shares.

Every write follows one pattern: read the case row, check it (found, not locked, the version
the caller saw), then inside ``db.atomic()`` first update the row guarded by that version.
A write is thus the first statement of its transaction (so SQLite waits for a busy database
instead of failing), and a change made by another program in between is a ConflictError.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from impactapp.domain.clock import SYSTEM_CLOCK
from impactapp.domain.clock import Clock as TimeSource

from ..content import Clock, build_case, canonical_text, timestamp
from ..errors import ConflictError, DatabaseFailure, LockedError, NotFound, StoreError
from .database import Database

if TYPE_CHECKING:
    from impactapp.domain.model import Case

    from .maintenance import SqliteMaintenance

#: Statuses whose content is frozen.
LOCKED_STATUSES: tuple[str, ...] = ("approved", "decided")

CASE_COLUMNS = (
    "id, status, revision, version, content, created, updated, deleted_at, approved_by,"
    " approved_at"
)

_P = ParamSpec("_P")
_R = TypeVar("_R")


def guarded(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn SQLite's own failures (busy, disk full, I/O) into a DatabaseFailure."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise DatabaseFailure.from_sqlite(exc) from exc

    return wrapper


class StoreCore:
    """One connection to one database file, used from one thread."""

    def __init__(self, db: Database, path: Path, who: str, journal_mode: str,
                 clock: TimeSource | None = None):
        self._db = db
        self._path = path
        self._who = who
        self._journal_mode = journal_mode
        self._time = clock or SYSTEM_CLOCK
        self._clock = Clock(self._time)

    @property
    def db(self) -> Database:
        """The connection (``database.Database``) for the store's own modules and tests."""
        return self._db

    @property
    def path(self) -> Path:
        return self._path

    @property
    def location(self) -> str:
        """The database file, as the user is shown where the store is."""
        return str(self._path)

    def file_maintenance(self) -> SqliteMaintenance:
        """Checking, backing up and restoring this store's file (``store/api.py``)."""
        from .maintenance import SqliteMaintenance

        return SqliteMaintenance(self._path, self._journal_mode)

    @property
    def time_source(self) -> TimeSource:
        """The clock this store reads (the composition root's; a fixed one in tests)."""
        return self._time

    @property
    def who(self) -> str:
        """The person the audit log names for changes made through this store."""
        return self._who

    @property
    def journal_mode(self) -> str:
        """``wal``, or ``delete`` where write-ahead logging is not possible."""
        return self._journal_mode

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        cursor = self._db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def _row(self, case_id: int) -> dict[str, Any]:
        """The case's row, or NotFound."""
        row = self._one(f"SELECT {CASE_COLUMNS} FROM cases WHERE id = ?", [case_id])
        if row is None:
            raise NotFound(case_id)
        return row

    def _writable_row(self, case_id: int, expected_version: int | None) -> dict[str, Any]:
        """The row of a case that may change: found, not in the bin, the expected version."""
        return self._check_writable(self._row(case_id), expected_version)

    def _writable_row_and_name(self, case_id: int) -> tuple[dict[str, Any], str]:
        """``_writable_row`` and ``_profile_name`` read in one statement (on a database server
        one round trip, not two: every autosave reads both)."""
        row = self._one(
            f"SELECT {CASE_COLUMNS}, (SELECT name FROM profiles WHERE who = ?) AS profile_name"
            " FROM cases WHERE id = ?", [self._who, case_id])
        if row is None:
            raise NotFound(case_id)
        name = row.pop("profile_name")
        return self._check_writable(row, None), "" if name is None else str(name).strip()

    @staticmethod
    def _check_writable(row: dict[str, Any], expected_version: int | None) -> dict[str, Any]:
        """``row``, if its case may change: not in the bin, the expected version."""
        case_id = row["id"]
        if row["deleted_at"] is not None:
            raise LockedError(case_id, row["status"], deleted=True)
        if expected_version is not None and expected_version != row["version"]:
            raise ConflictError(case_id, expected_version, row["version"])
        return row

    def _case(self, row: dict[str, Any]) -> Case:
        return build_case(json.loads(row["content"]), row)

    def _update(self, row: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        """Apply ``changes`` to the case row if nobody changed it since ``row`` was read.

        Bumps the version; returns the row as it now is. Call inside ``db.atomic()``.
        """
        version = row["version"] + 1
        assignments = ", ".join(f"{column} = ?" for column in changes)
        cursor = self._db.execute(
            f"UPDATE cases SET {assignments}, version = ? WHERE id = ? AND version = ?",
            [*changes.values(), version, row["id"], row["version"]],
        )
        if cursor.rowcount != 1:
            current = self._row(row["id"])
            if current["version"] == row["version"]:
                refused = self._refusal(row["id"])  # nobody saved first: not allowed to
                if refused is not None:
                    raise refused
            raise ConflictError(row["id"], row["version"], current["version"])
        return {**row, **changes, "version": version}

    def _may_write(self, case_id: int) -> bool:
        """Whether the database lets this login write the case (``may_edit``, after the
        lifecycle's own checks): a file store has no row-level security, so it does."""
        return True

    def _refusal(self, case_id: int) -> StoreError | None:
        """Why an update of an unchanged case touched no row; None where only a conflict
        can do that (a file store has no row-level security)."""
        return None

    def _audit(
        self, case_id: int | None, action: str, at: datetime, detail: dict[str, Any]
    ) -> None:
        self._db.execute(
            "INSERT INTO audit (case_id, at, who, action, detail) VALUES (?, ?, ?, ?, ?)",
            [case_id, timestamp(at), self._who, action, canonical_text(detail)],
        )

    def _profile_name(self) -> str:
        """The profile name of the store's OS login ("" when it has none)."""
        row = self._db.execute("SELECT name FROM profiles WHERE who = ?", [self._who]).fetchone()
        return str(row[0]).strip() if row else ""

    def _acting_name(self, by: str | None) -> str:
        """The person a status change is recorded for: ``by``, else the login's profile name.

        Raises ValueError for no name or a system account: nothing is recorded as an empty name
        or silently as "root".
        """
        from impactapp.domain.approval import Actor, check_actor  # loaded by the first write

        name = (by if by is not None else self._profile_name()).strip()
        problems = check_actor(Actor(name, self._who))
        if problems:
            raise ValueError(problems[0].message.en)
        return name

    def _now(self) -> tuple[datetime, str]:
        moment = self._clock.now()
        return moment, timestamp(moment)


def optional_timestamp(moment: datetime | None) -> str | None:
    """``timestamp`` for an optional moment."""
    return None if moment is None else timestamp(moment)

