"""Opening the database file: refuse what is not ours untouched, then connect and migrate.

A file is inspected through a read-only connection before anything may write to it, so a
file that is refused keeps every byte. Only when SQLite itself must first recover the file
(a rollback journal left by a crash) is the inspection done read-write, which is what any
SQLite program would do on opening it. A file this program may read but not write (or that
lies in such a folder) is refused too, as DatabaseReadOnly: every save would fail. Before a
migration changes a database, it is backed up (backup.py); no backup, no migration.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from impactapp.domain.clock import Clock
from impactapp.domain.lang import Text

from ..errors import (
    BUSY,
    CANNOT_OPEN,
    DAMAGED,
    FOREIGN,
    NEWER_SCHEMA,
    NOT_SQLITE,
    DatabaseUnusable,
)
from .database import Database
from .paths import create_private_file, read_only_uri, restrict_side_files, writable
from .schema import APP, META_TABLE, SCHEMA_VERSION, migrate, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32 * 1024
#: Files up to this size get a full page check on every open.
QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

#: Tables without which a file that calls itself an ImpactApp database is damaged.
_REQUIRED = (migrations.migrations_table, META_TABLE, "cases")


def connect(path: Path, clock: Clock | None = None) -> tuple[Database, str]:
    """Open (creating if missing) the database at ``path``; returns it and its journal mode.

    ``clock`` names the backup taken before a migration.

    Raises DatabaseUnusable, leaving the file unchanged, when it is not an ImpactApp
    database this program can use.
    """
    path = Path(path)
    try:
        created = False if path.exists() else create_private_file(path)
    except OSError as exc:  # a folder that cannot be made or entered, a read-only disk
        raise DatabaseUnusable(path, CANNOT_OPEN, exc.strerror or str(exc)) from exc
    if not path.is_file():
        raise DatabaseUnusable(path, CANNOT_OPEN, "not a file")
    if not created:
        _inspect(path)
        _refuse_read_only(path)
    try:
        conn = sqlite3.connect(_uri(path, "rw"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnusable(path, CANNOT_OPEN, str(exc)) from exc
    db = Database(conn)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # SQLite's default page cache (2 MB) is smaller than one large indicator import; a
        # bigger cache (taken only as pages are used) makes storing 190,000 figures ~20% faster.
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if migrations.pending(db):  # the file as it was, before anything changes it
            from .backup import backup_before_migration

            backup_before_migration(db, path, clock)
        mode = use_wal(db)
        migrate(db)
    except sqlite3.Error as exc:
        db.close()
        raise DatabaseUnusable(path, _reason(exc), _detail(exc)) from exc
    except BaseException:
        db.close()
        raise
    restrict_side_files(path)
    return db, mode


def use_wal(db: Database) -> str:
    """Switch to write-ahead logging, or keep the rollback journal where WAL cannot work.

    WAL needs shared memory between processes, which network shares often lack; SQLite then
    answers with the mode it kept, and the rollback journal (DELETE) is used silently.
    """
    try:
        mode = str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
    except sqlite3.OperationalError:
        mode = ""
    if mode != "wal":
        try:
            mode = str(db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        except sqlite3.OperationalError:
            mode = str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    return mode


def _uri(path: Path, mode: str) -> str:
    return read_only_uri(path) if mode == "ro" else f"{path.resolve().as_uri()}?mode={mode}"


READ_ONLY = "read_only"


class DatabaseReadOnly(DatabaseUnusable):
    """The file, or the folder it lies in, cannot be written, so nothing could be saved."""

    def __init__(self, path: Path | str, folder: bool):
        super().__init__(path, READ_ONLY, "folder" if folder else "file")
        self.folder = folder

    @property
    def text(self) -> Text:
        if self.folder:
            return Text(
                nb=f"Mappen til filen {self.path} er skrivebeskyttet, så ImpactApp kan ikke "
                "lagre noe i filen.",
                en=f"The folder of the file {self.path} is read-only, so ImpactApp cannot save "
                "anything in the file.",
            )
        return Text(
            nb=f"Filen {self.path} er skrivebeskyttet, så ImpactApp kan ikke lagre noe i den.",
            en=f"The file {self.path} is read-only, so ImpactApp cannot save anything in it.",
        )


def _refuse_read_only(path: Path) -> None:
    """Refuse a file that could be read but never saved to, before SQLite leaves files beside it.

    (Opened anyway, every save would fail, and SQLite would leave -wal and -shm files behind.)
    """
    if not writable(path):
        raise DatabaseReadOnly(path, folder=False)
    if not writable(path.parent):
        raise DatabaseReadOnly(path, folder=True)


def _reason(exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return BUSY
    return DAMAGED if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) else CANNOT_OPEN


def _detail(exc: sqlite3.Error) -> str:
    """SQLite's own words, except where the reason already says all there is to say."""
    return "" if _reason(exc) == BUSY else str(exc)


def inspect_file(path: Path) -> None:
    """Raise DatabaseUnusable unless the existing file at ``path`` is one this program can open.

    The file is only read, unless SQLite must first recover it after a crash.
    """
    _inspect(Path(path))


def _inspect(path: Path) -> None:
    """Raise DatabaseUnusable unless ``path`` is empty, a blank SQLite file or usable by us."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseUnusable(path, CANNOT_OPEN, exc.strerror or str(exc)) from exc
    if not header:
        return  # an empty file is an empty database
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DatabaseUnusable(path, NOT_SQLITE)
    _check_size(path, header, size)
    try:
        _inspect_with(path, "ro")
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != _SQLITE_READONLY:
            raise DatabaseUnusable(path, _reason(exc), _detail(exc)) from exc
        # SQLite must recover the file (hot journal) before anyone can read it.
        try:
            _inspect_with(path, "rw")
        except sqlite3.Error as again:
            raise DatabaseUnusable(path, _reason(again), _detail(again)) from again


def _check_size(path: Path, header: bytes, size: int) -> None:
    """Refuse a file shorter than its own header says it is (truncated, e.g. a failed copy)."""
    if len(header) < 100:
        raise DatabaseUnusable(path, DAMAGED, "the file is shorter than an SQLite header")
    expected = _size_in_header(header)
    if size >= expected:
        return
    # The header is read without a lock: while another program commits with the rollback
    # journal, or after a crash in a commit, the header can briefly be ahead of the file.
    # With a journal or write-ahead log beside it, SQLite itself decides (and recovers);
    # otherwise the file is read once more, in case a commit finished in between.
    if any(path.with_name(path.name + side).exists() for side in ("-journal", "-wal")):
        return
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError:
        return  # SQLite reads it next and reports what is wrong
    expected = _size_in_header(header)
    if size < expected:
        raise DatabaseUnusable(
            path, DAMAGED, f"truncated: {size} bytes where the header says {expected}"
        )


def _size_in_header(header: bytes) -> int:
    """The file size the header gives (0 where the header's page count is not current)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_is_current = header[24:28] == header[92:96]
    return pages * page_size if header_is_current else 0


def _inspect_with(path: Path, mode: str) -> None:
    conn = sqlite3.connect(_uri(path, mode), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _check(path, conn)
    finally:
        conn.close()


def _check(path: Path, conn: sqlite3.Connection) -> None:
    # A full page check costs time in proportion to the file (a third of a second for 10,000
    # cases), so at start-up only small files get it; damage deeper in a large file is reported
    # when the damaged page is read (a full check of every page is a separate, explicit step).
    if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise DatabaseUnusable(path, DAMAGED, problems[0] if problems else "")
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\'"
        )
    }
    if META_TABLE not in tables:
        if tables - {migrations.migrations_table} or _other_migrations(conn, tables):
            raise DatabaseUnusable(path, FOREIGN)
        return  # blank, or our first migration never finished: it will run again
    try:
        meta = dict(conn.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    except sqlite3.Error:
        raise DatabaseUnusable(path, FOREIGN) from None
    if meta.get("app") != APP:
        raise DatabaseUnusable(path, FOREIGN)
    try:
        schema = int(meta.get("schema", ""))
    except ValueError:
        raise DatabaseUnusable(path, DAMAGED, "no schema version") from None
    if schema > SCHEMA_VERSION:
        raise DatabaseUnusable(
            path, NEWER_SCHEMA, f"schema {schema}; this version reads up to {SCHEMA_VERSION}"
        )
    missing = [name for name in _REQUIRED if name not in tables]
    if missing:
        raise DatabaseUnusable(path, DAMAGED, "missing " + ", ".join(missing))


def _other_migrations(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """Whether the migrations table records another program's migrations."""
    if migrations.migrations_table not in tables:
        return False
    try:
        row = conn.execute(
            f"SELECT COUNT(*) FROM {migrations.migrations_table} WHERE migration_set <> ?",
            [APP],
        ).fetchone()
    except sqlite3.Error:
        return True
    return bool(row[0])
