"""Live refresh: the server announces each committed change, and a listener receives them.

Triggers send ``NOTIFY impactapp_changes`` with a JSON payload of ids and versions only, never
a title or text: a notification reaches every listener whatever row-level security lets it
read. PostgreSQL delivers a notification when its transaction commits, and never one of a
transaction rolled back. ``ChangeListener`` holds a connection of its own; its ``fileno()`` is
the socket a GUI watches (QSocketNotifier) before calling ``poll()``, or ``wait()`` blocks in
a worker thread. After the connection was lost the listener reconnects and reports one
``RELOAD`` change: what happened in between is unknown, so everything is read again.
"""

from __future__ import annotations

import json
import select
from dataclasses import dataclass
from typing import Any

import psycopg

from ..errors import DatabaseFailure

CHANNEL = "impactapp_changes"
RELOAD = "reload"  # the table of the change that says: read everything again

#: The trigger function and triggers (run by ``db init``, after the tables).
STATEMENTS: tuple[str, ...] = (
    f"""CREATE OR REPLACE FUNCTION impactapp_notify_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_catalog, pg_temp AS $$
    DECLARE
        row_data record;
        payload jsonb := jsonb_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP));
    BEGIN
        IF TG_LEVEL = 'ROW' THEN
            row_data := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            IF TG_TABLE_NAME = 'cases' THEN
                payload := payload || jsonb_build_object('id', row_data.id,
                                                         'version', row_data.version);
            ELSE  -- conflict_copies
                payload := payload || jsonb_build_object('id', row_data.id,
                                                         'case_id', row_data.case_id);
            END IF;
        END IF;
        PERFORM pg_notify('{CHANNEL}', payload::text);
        RETURN NULL;
    END $$""",
    "DROP TRIGGER IF EXISTS cases_notify ON cases",
    """CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION impactapp_notify_change()""",
    "DROP TRIGGER IF EXISTS conflict_copies_notify ON conflict_copies",
    """CREATE TRIGGER conflict_copies_notify AFTER INSERT OR UPDATE OR DELETE ON conflict_copies
    FOR EACH ROW EXECUTE FUNCTION impactapp_notify_change()""",
    # Figures, targets, plans and settings: one notification per statement, no row data.
    *(stmt for table in ("observations", "indicator_targets", "plans", "impactapp_meta")
      for stmt in (
          f"DROP TRIGGER IF EXISTS {table}_notify ON {table}",
          f"""CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table}
          FOR EACH STATEMENT EXECUTE FUNCTION impactapp_notify_change()""")),
)


@dataclass(frozen=True, slots=True)
class Change:
    """One committed change: the table, and for a case its id and new version."""

    table: str
    op: str = ""
    id: int | None = None
    version: int | None = None
    case_id: int | None = None

    @classmethod
    def parse(cls, payload: str) -> Change:
        data: dict[str, Any] = json.loads(payload)
        return cls(str(data.get("table", "")), str(data.get("op", "")), data.get("id"),
                   data.get("version"), data.get("case_id"))


class ChangeListener:
    """A connection that listens for committed changes (use from one thread)."""

    def __init__(self, conninfo: str):
        self._conninfo = conninfo
        self._conn: psycopg.Connection[Any] | None = None
        self._pending: list[Change] = []
        self._connect()

    def _connect(self) -> None:
        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True)
            self._conn.add_notify_handler(
                lambda notify: self._pending.append(Change.parse(notify.payload)))
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self._conn = None
            raise DatabaseFailure("disconnected", str(exc).strip()) from exc

    def fileno(self) -> int:
        """The socket to watch for readability (then call ``poll``)."""
        if self._conn is None or self._conn.closed:
            self._connect()
        assert self._conn is not None
        return self._conn.fileno()

    def poll(self) -> list[Change]:
        """The changes that have arrived, without waiting."""
        return self.wait(0.0)

    def wait(self, timeout: float) -> list[Change]:
        """The changes that arrive within ``timeout`` seconds (all that are there at once).

        After a lost connection: one ``RELOAD`` change, once the server answers again.
        """
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._connect()
            return [Change(RELOAD)]
        try:
            return self._received(timeout)
        except psycopg.OperationalError:
            self._conn.close()
            self._connect()
            return [Change(RELOAD)]

    def _received(self, timeout: float) -> list[Change]:
        """What arrived: when the socket has data within ``timeout``, a trivial query reads
        it, and the handler collects every notification that came with it."""
        assert self._conn is not None
        if not self._pending:
            ready, _, _ = select.select([self._conn.fileno()], [], [], timeout)
            if ready:
                self._conn.execute("SELECT 1")
        received, self._pending = self._pending, []
        return received

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
