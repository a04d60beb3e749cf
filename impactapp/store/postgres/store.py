"""The case store on a PostgreSQL server: the same store logic as the SQLite file's.

``PgStore`` is the SQLite store's class over a ``PgDatabase`` (connection.py), which answers
the way the store's SQLite database object does. What only the server can decide is decided
there: the acting person is the database login (``current_user``), and roles and row-level
security (the schema's) limit what that login may do. The few queries SQLite writes with its
JSON functions are written here with PostgreSQL's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from impactapp.domain.clock import Clock as TimeSource
from impactapp.domain.model import Case
from impactapp.domain.observation import Observation
from impactapp.gcpause import collector_paused

from ..content import timestamp
from ..errors import DatabaseFailure
from ..refusals import CaseWithheld, NotAllowed
from ..sqlite.core import guarded
from ..sqlite.repository import Store
from ..sqlite.schema import META_TABLE, SCHEMA_VERSION
from .connection import DISCONNECTED, PgDatabase
from .dialect import ID_TABLES, rating
from .errors import (
    NEWER,
    NO_SCHEMA,
    NOT_ENCRYPTED,
    REFUSED,
    UNREACHABLE,
    ServerUnusable,
    first_line,
)
from .location import LocationRefused, is_socket, libpq_conninfo, server_name
from .notify import ChangeListener

JOURNAL_MODE = "postgresql"  # what ``journal_mode`` answers: there is no file journal

_COLUMNS = "indicator, region, period, value, status, unit, source_table, updated, fetched"
# One statement per import: the figures travel as arrays (float8: every double exactly).
_BULK_INSERT = (
    f"INSERT INTO observations ({_COLUMNS})"
    " SELECT ?, r, p, v, s, ?, ?, ?, ? FROM unnest(?::text[], ?::text[],"
    " ?::double precision[], ?::text[]) AS t (r, p, v, s)"
    " ON CONFLICT (indicator, region, period) DO UPDATE SET value = excluded.value,"
    " status = excluded.status, unit = excluded.unit, source_table = excluded.source_table,"
    " updated = excluded.updated, fetched = excluded.fetched"
)
_IN_SCOPE = "indicator = ? AND source_table = ? AND region = ANY(?::text[])"


def open_database(location: str) -> PgDatabase:
    """A connection to the database at the URI, its schema checked (ServerUnusable if not)."""
    server = server_name(location)
    try:
        params = libpq_conninfo(location)
    except LocationRefused as exc:
        raise ServerUnusable(location, server, REFUSED, str(exc)) from None
    try:
        db = PgDatabase(params)
    except DatabaseFailure as exc:
        raise ServerUnusable(location, server, UNREACHABLE, first_line(exc.detail)) from None
    try:
        _check_transport(db, location, server)
        _check_schema(db, location, server)
    except BaseException:
        db.close()
        raise
    return db


def _check_transport(db: PgDatabase, location: str, server: str) -> None:
    """Refuse an unencrypted connection to another machine (a service file may name one)."""
    info = db.raw.info
    if not is_socket(info.host) and not db.raw.pgconn.ssl_in_use:
        raise ServerUnusable(location, server, NOT_ENCRYPTED)


def _check_schema(db: PgDatabase, location: str, server: str) -> None:
    row = db.execute("SELECT to_regclass(?)", [META_TABLE]).fetchone()
    if row is None or row[0] is None:
        raise ServerUnusable(location, server, NO_SCHEMA)
    found = db.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema'").fetchone()
    schema = int(found[0]) if found and str(found[0]).isdigit() else 0
    if schema == 0:
        raise ServerUnusable(location, server, NO_SCHEMA)
    if schema > SCHEMA_VERSION:
        raise ServerUnusable(location, server, NEWER,
                             f"schema {schema}; this version reads up to {SCHEMA_VERSION}")


class PgStore(Store):
    """Cases, revisions and the audit log in a PostgreSQL database shared by many people.

    One store is one connection, used from one thread; open another for another thread.
    """

    @classmethod
    def open(  # type: ignore[override]
        cls, location: str, *, who: str | None = None, clock: TimeSource | None = None
    ) -> PgStore:
        """Connect to the database at the libpq URI; the database login is who acts.

        ``who`` is not used: on a shared server nobody may sign as someone else. Raises
        ServerUnusable (one sentence) when the server cannot be reached or has no schema.
        """
        db = open_database(location)
        login = str(db.execute("SELECT current_user").fetchone()[0])
        return cls(db, location, login, JOURNAL_MODE, clock)  # type: ignore[arg-type]

    #: A database on a server has no file to check, back up or restore (``store/api.py``).
    file_maintenance = None  # type: ignore[assignment]

    @property
    def location(self) -> str:
        """The URI this store was opened with."""
        return str(self._path)

    @property
    def path(self) -> str:  # type: ignore[override]
        """The URI (a PostgreSQL store has no file)."""
        return str(self._path)

    @property
    def connection_lost(self) -> bool:
        """Whether the last statement found the server gone (the next one reconnects)."""
        raw = self._db._conn  # type: ignore[attr-defined]
        return raw is None or raw.closed or raw.broken

    def changes(self) -> ChangeListener:
        """A listener for the changes others commit (a connection of its own; close it)."""
        return ChangeListener(self._db.conninfo)

    def _case(self, row: dict[str, Any]) -> Case:
        """The case of a row read through ``visible_cases``; CaseWithheld when the view
        blanked its text (an exempt case this login may not read)."""
        if row.get("content") is None:
            raise CaseWithheld(int(row["id"]))
        return super()._case(row)

    def _refusal(self, case_id: int) -> NotAllowed:
        """An update of a case whose version had not moved touched no row: row-level security
        kept it from this login, so it is not allowed (named with the case's owner)."""
        row = self._db.execute("SELECT owner FROM cases WHERE id = ?", [case_id]).fetchone()
        return NotAllowed(case_id, str(row[0]) if row and row[0] else "")

    def _may_write(self, case_id: int) -> bool:
        """The server's answer, by the rules it enforces on a save: the login may update
        ``cases`` at all, may rewrite the case's derived rows (``impactapp_case_writable``, which
        their policies spell out), and the case's row passes the update policy (a row lock
        applies it; ``ONLY cases`` names the table itself, not the view reads go through)."""
        allowed = self._db.execute(
            "SELECT has_table_privilege('cases', 'UPDATE') AND impactapp_case_writable(?)",
            [case_id]).fetchone()
        if not (allowed and allowed[0]):
            return False
        locked = self._db.execute("SELECT 1 FROM ONLY cases WHERE id = ? FOR KEY SHARE",
                                  [case_id]).fetchone()
        return locked is not None

    def advance_ids(self) -> None:
        """Let each generated id continue above the highest one stored (after a copy that
        kept the source's ids)."""
        for table in ID_TABLES:
            self._db.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")

    # --- what PostgreSQL writes differently ---------------------------------------------------

    @guarded
    def replace_observations(self, indicator: str, observations: Iterable[Observation]) -> int:
        """As the SQLite store's: the regions' rows from the same tables replaced, all or
        nothing; returns how many rows those regions now have from those tables."""
        items = observations if isinstance(observations, list) else list(observations)
        if not items:
            return 0
        stray = next((o.indicator for o in items if o.indicator != indicator), None)
        if stray is not None:
            raise ValueError(f"an observation of {stray} was given for {indicator}")
        _refuse_non_finite(indicator, items)
        tables = sorted({o.source_table for o in items})
        regions = list({o.region: None for o in items})
        with self._db.atomic():
            for table in tables:
                self._db.execute(f"DELETE FROM observations WHERE {_IN_SCOPE}",
                                 [indicator, table, regions])
            with collector_paused():
                self._insert_observations(indicator, items)
            held = sum(
                self._db.execute(f"SELECT COUNT(*) FROM observations WHERE {_IN_SCOPE}",
                                 [indicator, table, regions]).fetchone()[0]
                for table in tables
            )
        return int(held)

    def _insert_observations(self, indicator: str, items: Sequence[Observation]) -> None:
        groups: dict[tuple[Any, ...], list[Observation]] = {}
        for o in items:
            groups.setdefault((o.unit, o.source_table, o.updated, o.fetched), []).append(o)
        for (unit, table, updated, fetched), rows in groups.items():
            self._db.execute(_BULK_INSERT, [
                indicator, unit, table, updated, None if fetched is None else timestamp(fetched),
                [o.region for o in rows], [o.period for o in rows], [o.value for o in rows],
                [o.status for o in rows]])

    @guarded
    def indicator_case_links(self) -> list[tuple[int, str, str, str]]:
        """(case id, title, status, indicator id) for every indicator a case outside the bin
        links to, read from the stored content."""
        cursor = self._db.execute(
            "SELECT DISTINCT c.id, c.title, c.status, j.value ->> 'indicator'"
            " FROM cases c CROSS JOIN LATERAL json_array_elements(CASE WHEN"
            " json_typeof(c.content::json -> 'indicators') = 'array'"
            " THEN c.content::json -> 'indicators' ELSE '[]'::json END) AS j (value)"
            " WHERE c.deleted_at IS NULL ORDER BY c.id"
        )
        return [(int(i), str(t), str(s), str(ind)) for i, t, s, ind in cursor.fetchall()
                if ind]

    def comparison_rows(self, **filters: Any) -> dict[str, Any]:  # type: ignore[override]
        """As the SQLite store's, every table read from one snapshot (as SQLite's one read
        transaction does); a rating that PostgreSQL reads as text is a number again."""
        with self._db.atomic():
            if not self._db.in_nested_transaction:
                self._db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            tables = super().comparison_rows(**filters)
        columns, rows = tables["assessments"]
        at = columns.index("rating")
        tables["assessments"] = (columns, [
            (*row[:at], rating(row[at]), *row[at + 1:]) for row in rows])
        return tables


def _refuse_non_finite(indicator: str, items: Sequence[Observation]) -> None:
    """PostgreSQL would store NaN and infinity; the SQLite store refuses them, so does this."""
    for o in items:
        if o.value is not None and not math.isfinite(o.value):
            raise ValueError(
                f"{indicator} has a figure that is not a finite number for region {o.region},"
                f" period {o.period}: {o.value}"
            )


__all__ = ["DISCONNECTED", "JOURNAL_MODE", "PgStore", "open_database"]
