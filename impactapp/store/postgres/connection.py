"""A PostgreSQL connection that answers like the store's SQLite database object.

The store's mixins talk to ``db.execute(sql, params)`` with ``?`` placeholders, read
``fetchone``/``fetchall``/``description``/``rowcount``/``lastrowid`` from what it returns, and
group writes in ``db.atomic()``. ``PgDatabase`` offers that over psycopg 3, so the same store
logic runs on both databases: placeholders are translated, ``lastrowid`` comes from a
``RETURNING id`` added to inserts into tables with a generated id, ``atomic`` is a transaction
(a savepoint inside one), and psycopg's failures become the store's ``DatabaseFailure``.
A connection lost between transactions is opened again on the next statement.

Inside a transaction, ``executemany`` (which answers nothing) only queues its statement, and
``atomic`` queues its BEGIN; the queue goes to the server in one pipeline with the next
statement whose answer is read (or before the commit), so the dozen writes of an autosave
cost one round trip, not a dozen. A failure among them surfaces there, still inside the
transaction, which is then rolled back whole. An insert of many rows travels as one JSON
parameter of a statement whose text never changes (``dialect.rows_as_json``), which psycopg
parses once and the server prepares.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg.pq import TransactionStatus

from ..errors import DatabaseFailure
from .dialect import many_rows, rows_as_json, translate

#: SQLSTATEs that mean "another transaction was in the way; run it again".
RETRYABLE = {"40001", "40P01", "55P03"}
#: DatabaseFailure.problem for a server that cannot be reached (the write may be run again).
DISCONNECTED = "disconnected"


#: Whether libpq sends statements in a pipeline (version 14 and later; a distribution's older
#: libpq works too, one round trip per statement as before).
PIPELINES = psycopg.Pipeline.is_supported()

#: Parameters in one many-row INSERT (PostgreSQL takes at most 65,535 in a statement).
_PARAMETERS_PER_INSERT = 30_000
#: Rows in one insert that takes its rows as JSON (keeps one parameter to a few megabytes).
_ROWS_PER_JSON = 5_000

#: A statement queued for the server: its text and its rows of parameters (run once per row).
_Queued = tuple[str, list[Sequence[Any]]]


def _values(params: Sequence[Any]) -> list[Any]:
    """The parameters as PostgreSQL takes them: text cannot hold NUL characters.

    The content JSON spells a NUL as ``\\u0000`` and keeps it; only the plain columns beside
    it (the title the list shows, a follow-up note) lose it.
    """
    return [v.replace("\x00", "") if isinstance(v, str) and "\x00" in v else v for v in params]


class PgCursor:
    """The part of a DB-API cursor the store reads, over the rows of one statement."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None):
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount
        self.description = cursor.description

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cursor.fetchone() if self.description else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall() if self.description else []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


def failure(exc: psycopg.Error, *, committing: bool = False) -> DatabaseFailure:
    """The store's DatabaseFailure for a psycopg error (retryable ones as ``busy``)."""
    state = getattr(exc, "sqlstate", None) or ""
    if state in RETRYABLE:
        return DatabaseFailure("busy", str(exc).strip())
    if isinstance(exc, pgerrors.InsufficientPrivilege):
        return DatabaseFailure("readonly", str(exc).strip())
    if isinstance(exc, pgerrors.DiskFull):
        return DatabaseFailure("full", str(exc).strip())
    if isinstance(exc, psycopg.OperationalError) and not state:
        # No answer from the server: the connection is gone. A commit whose answer was lost
        # may or may not have happened, so it is not repeated blindly.
        return DatabaseFailure("other" if committing else DISCONNECTED, str(exc).strip())
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return DatabaseFailure("other" if committing else DISCONNECTED, str(exc).strip())
    return DatabaseFailure("other", str(exc).strip())


class _Connection:
    """What the store asks of ``db.conn``: executemany, in_transaction, rollback."""

    def __init__(self, db: PgDatabase):
        self._db = db

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    def executemany(self, sql: str, rows: Any) -> None:
        self._db.executemany(sql, rows)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        return self._db.execute(sql, params)

    def rollback(self) -> None:
        self._db.rollback()


class PgDatabase:
    """One psycopg connection (autocommit outside ``atomic``), opened from a conninfo string."""

    def __init__(self, conninfo: str, connect_timeout: int = 10):
        self._conninfo = conninfo
        self._timeout = connect_timeout
        self._conn: psycopg.Connection[Any] | None = None
        self._depth = 0
        self._pending: list[_Queued] = []
        self._begin_queued = False  # atomic's BEGIN waits for the transaction's first statement
        self.conn = _Connection(self)
        self._connect()

    # --- connection ---------------------------------------------------------------------------

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True,
                                         connect_timeout=self._timeout)
        except psycopg.Error as exc:
            raise DatabaseFailure(DISCONNECTED, str(exc).strip()) from exc
        return self._conn

    @property
    def raw(self) -> psycopg.Connection[Any]:
        """The psycopg connection (opened again when it was lost between transactions)."""
        conn = self._conn
        if conn is None or conn.closed or conn.broken:
            if self._depth and not self._begin_queued:
                # the transaction went with the connection: report, don't hide it (one whose
                # BEGIN is still queued has sent nothing yet, so it starts on a new one)
                raise DatabaseFailure(DISCONNECTED, "the connection was lost")
            conn = self._connect()
        return conn

    @property
    def conninfo(self) -> str:
        return self._conninfo

    @property
    def in_transaction(self) -> bool:
        conn = self._conn
        return self._begin_queued or bool(conn is not None and not conn.closed
                    and conn.info.transaction_status != TransactionStatus.IDLE)

    @property
    def in_nested_transaction(self) -> bool:
        """Whether the innermost ``atomic`` block runs inside another one (a savepoint)."""
        return self._depth > 1

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    # --- statements ---------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        """Run one statement written for the store (``?`` placeholders)."""
        text, returning = translate(sql)
        word = text.strip().upper()
        self._track(word, begun=False)
        if word.startswith("ROLLBACK"):
            self._discard_pending()
        elif word == "COMMIT":
            self._flush()  # apart from COMMIT, as in ``_commit``
        try:
            conn = self.raw
            cursor = conn.cursor()
            if self._queued:
                with _together(conn):
                    self._send_pending(conn)
                    cursor.execute(text, _values(params or ()))
            else:
                cursor.execute(text, _values(params or ()))
            lastrowid = None
            if returning:
                row = cursor.fetchone()
                lastrowid = None if row is None else int(row[0])
        except psycopg.Error as exc:
            raise failure(exc) from exc
        self._track(word, begun=True)
        return PgCursor(cursor, lastrowid)

    def _track(self, word: str, *, begun: bool) -> None:
        """Count a transaction begun or ended by a statement (SQLite's ``BEGIN IMMEDIATE``),
        so a connection lost inside it is reported, never silently replaced. A BEGIN counts
        once it has run (one that found the connection lost reconnects and is not inside a
        transaction); a COMMIT or ROLLBACK ends it even when it fails."""
        if word == "BEGIN" and begun:
            self._depth += 1
        elif word in ("COMMIT", "ROLLBACK") and not begun:
            self._depth = max(0, self._depth - 1)

    def executemany(self, sql: str, rows: Any) -> None:
        """Run one statement for each row of parameters (inside a transaction: queued, sent
        with the next statement whose answer is read, see the module's docstring)."""
        rows = list(rows)
        if not rows:
            return
        text, _ = translate(sql, returning=False)
        self._pending.extend(_batches(text, rows))
        if not self._depth or not PIPELINES:
            self._flush()

    def _flush(self) -> None:
        """Send the queued statements (in one pipeline) and wait for their answers."""
        if not self._queued:
            return
        try:
            conn = self.raw
            with _together(conn):
                self._send_pending(conn)
        except psycopg.Error as exc:
            raise failure(exc) from exc

    @property
    def _queued(self) -> bool:
        """Whether statements wait to be sent."""
        return self._begin_queued or bool(self._pending)

    def _send_pending(self, conn: psycopg.Connection[Any]) -> None:
        """Hand the queued statements to the pipeline in ``conn`` (emptying the queue)."""
        queued, self._pending = self._pending, []
        cursor = conn.cursor()  # left open: the pipeline delivers its answers after this
        if self._begin_queued:
            self._begin_queued = False
            cursor.execute("BEGIN")
        for text, rows in queued:
            if len(rows) == 1:
                cursor.execute(text, rows[0])
            else:
                cursor.executemany(text, rows)

    def _discard_pending(self) -> None:
        """Forget the queued statements of a transaction (or savepoint) being rolled back."""
        self._pending = []
        if not self._depth:
            self._begin_queued = False

    def rollback(self) -> None:
        sent = not self._begin_queued  # else the server never saw the transaction
        self._pending, self._begin_queued, self._depth = [], False, 0
        if sent:
            with contextlib.suppress(psycopg.Error):
                if self._conn is not None and not self._conn.closed:
                    self._conn.execute("ROLLBACK")

    # --- transactions -------------------------------------------------------------------------

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """A transaction, or a savepoint inside one: all of the block or none of it."""
        outer = not self.in_transaction
        name = f"sp{self._depth}"
        if outer and PIPELINES:
            self._begin_queued = True
        elif outer:
            self._run("BEGIN")
        else:
            self._run(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if outer:
                self.rollback()
            else:
                with contextlib.suppress(DatabaseFailure):
                    self._run(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        self._depth -= 1
        if outer:
            self._commit()
        else:
            self._run(f"RELEASE SAVEPOINT {name}")

    def _run(self, statement: str) -> None:
        """A transaction's control statement; the queue goes with it (a savepoint rolled back
        drops what was queued inside it: everything queued before it went with SAVEPOINT)."""
        if statement.startswith("ROLLBACK"):
            self._discard_pending()
        try:
            conn = self.raw
            if self._queued:
                with _together(conn):
                    self._send_pending(conn)
                    conn.execute(statement)
            else:
                conn.execute(statement)
        except psycopg.Error as exc:
            raise failure(exc) from exc

    def _commit(self) -> None:
        if self._begin_queued and not self._pending:
            self._begin_queued = False  # the transaction sent nothing: nothing to commit
            return
        try:  # apart from COMMIT: a connection lost here has certainly not committed
            self._flush()
        except DatabaseFailure:
            self.rollback()
            raise
        try:
            self.raw.execute("COMMIT")
        except psycopg.Error as exc:
            self.rollback()
            raise failure(exc, committing=True) from exc


def _batches(text: str, rows: list[Any]) -> list[_Queued]:
    """The statements that run ``text`` (translated) once for each of ``rows``: a plain insert
    as inserts of up to ``_ROWS_PER_JSON`` rows given as JSON, another insert as many-row
    ``VALUES`` lists, anything else row by row."""
    values = [_values(row) for row in rows]
    as_json = rows_as_json(text)
    if as_json is not None:
        statement, columns = as_json
        try:
            return [(statement, [[json.dumps(
                [dict(zip(columns, row, strict=True)) for row in values[at:at + _ROWS_PER_JSON]],
                ensure_ascii=False, allow_nan=False)]])
                for at in range(0, len(values), _ROWS_PER_JSON)]
        except (TypeError, ValueError):
            pass  # a value JSON cannot spell exactly (infinity, bytes): the forms below can
    if many_rows(text, 1) is None:
        return [(text, values)]
    per = max(1, _PARAMETERS_PER_INSERT // max(1, len(values[0])))
    return [(many_rows(text, len(values[at:at + per])),  # type: ignore[misc]
             [[v for row in values[at:at + per] for v in row]])
            for at in range(0, len(values), per)]


def _together(conn: psycopg.Connection[Any]) -> contextlib.AbstractContextManager[Any]:
    """A pipeline where libpq has them (the statements then share one round trip)."""
    return conn.pipeline() if PIPELINES else contextlib.nullcontext()
