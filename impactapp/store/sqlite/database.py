"""The store's own thin layer over sqlite3: statements, transactions and numbered migrations.

The store asks little of a database library: run a statement (a write outside a transaction
commits at once), group writes in ``atomic()`` (a transaction, or a savepoint inside one), and
apply the schema's migrations once each. This module does exactly that with the standard
library, so opening the store costs no third-party import (sqlite-utils, used before, took
about a third of ``impactapp-cli case list``'s run time to import).

Files written by earlier versions stay readable: migrations are recorded in the same
``_sqlite_migrations`` table, with the same columns and unique index, as sqlite-utils kept it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

#: Statements that start or end a transaction themselves: ``execute`` never commits after them.
_TRANSACTION_WORDS = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})

Tracer = Callable[[str, Any], None]


def _first_word(sql: str) -> str:
    """The statement's first keyword, upper-cased (leading blanks and semicolons skipped)."""
    words = sql.lstrip(" \t\r\n;").split(None, 1)
    return words[0].upper() if words else ""


class Database:
    """One sqlite3 connection with autocommitting statements and nestable transactions."""

    def __init__(self, target: sqlite3.Connection | str | Path):
        if isinstance(target, sqlite3.Connection):
            self.conn = target
        else:
            self.conn = sqlite3.connect(str(target))
        self._tracer: Tracer | None = None
        self._savepoints = 0
        # Triggers that fire other triggers do so (SQLite's default is not to).
        self.execute("PRAGMA recursive_triggers = ON")

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        """Run one statement. A write outside a transaction is committed at once; inside one
        it becomes part of it. A failed write leaves no transaction open behind it."""
        if self._tracer is not None:
            self._tracer(sql, parameters)
        was_open = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_open and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (not was_open and self.conn.in_transaction and cursor.description is None
                and _first_word(sql) not in _TRANSACTION_WORDS):
            self.conn.execute("COMMIT")  # the statement opened a transaction of its own
        return cursor

    def rollback(self) -> None:
        """Undo the open transaction (nothing happens when none is open)."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """All of the block or none of it: a transaction, or a savepoint inside one."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
            return
        self._savepoints += 1
        name = f"impactapp_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            # An error that ended the whole transaction took the savepoint with it.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        finally:
            self._savepoints -= 1
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    @contextlib.contextmanager
    def tracer(self, tracer: Tracer) -> Iterator[Database]:
        """Call ``tracer(sql, parameters)`` for every statement run through ``execute`` here."""
        previous, self._tracer = self._tracer, tracer
        try:
            yield self
        finally:
            self._tracer = previous


@dataclass(frozen=True)
class Migration:
    """One step of the schema, applied once in a file's life."""

    name: str
    apply: Callable[[Database], None]


@dataclass(frozen=True)
class Applied:
    """A migration recorded as applied, and when."""

    name: str
    applied_at: str


class Migrations:
    """A named, ordered set of migrations, recorded in ``_sqlite_migrations``."""

    migrations_table = "_sqlite_migrations"

    def __init__(self, name: str, clock: Callable[[], datetime] | None = None):
        self.name = name
        self._steps: list[Migration] = []
        self._now = clock or (lambda: datetime.now(UTC))

    def __call__(self, *, name: str) -> Callable[[Callable[[Database], None]],
                                                 Callable[[Database], None]]:
        """Register the decorated function as the next migration, called ``name``."""

        def register(step: Callable[[Database], None]) -> Callable[[Database], None]:
            if any(known.name == name for known in self._steps):
                raise ValueError(f"migration {name!r} is registered twice in {self.name!r}")
            self._steps.append(Migration(name, step))
            return step

        return register

    def applied(self, db: Database) -> list[Applied]:
        """The migrations of this set the database records, in the order they were applied."""
        if not self._has_table(db):
            return []
        rows = db.execute(
            f"SELECT name, applied_at FROM {self.migrations_table}"
            " WHERE migration_set = ? ORDER BY rowid", [self.name]).fetchall()
        return [Applied(str(name), str(at)) for name, at in rows]

    def pending(self, db: Database) -> list[Migration]:
        """The migrations not applied yet, in order (reads only)."""
        done = {applied.name for applied in self.applied(db)}
        return [step for step in self._steps if step.name not in done]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply every pending migration (up to ``stop_before``), each in a transaction together
        with the record of it; one that fails leaves no trace and stays pending."""
        stops = {stop_before} if isinstance(stop_before, str) else set(stop_before or ())
        already = stops & {applied.name for applied in self.applied(db)}
        if already:
            raise ValueError(f"cannot stop before {', '.join(sorted(already))}: already applied")
        self.ensure_migrations_table(db)
        for step in self.pending(db):
            if step.name in stops:
                return
            with db.atomic():
                step.apply(db)
                db.execute(
                    f"INSERT INTO {self.migrations_table} (migration_set, name, applied_at)"
                    " VALUES (?, ?, ?)", [self.name, step.name, str(self._now())])

    def ensure_migrations_table(self, db: Database) -> None:
        """Create the record of applied migrations where it is missing."""
        if self._has_table(db):
            return
        with db.atomic():
            db.execute(f'CREATE TABLE "{self.migrations_table}" (\n'
                       '   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n'
                       '   "name" TEXT,\n   "applied_at" TEXT\n)')
            db.execute(f'CREATE UNIQUE INDEX "idx_{self.migrations_table}_migration_set_name"'
                       f' ON "{self.migrations_table}" ("migration_set", "name")')

    def _has_table(self, db: Database) -> bool:
        return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          [self.migrations_table]).fetchone() is not None


__all__ = ["Applied", "Database", "Migration", "Migrations"]
