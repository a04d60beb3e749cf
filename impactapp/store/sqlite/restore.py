"""Putting a backup in place of the database: refuse what opening refuses, keep what is replaced.

The backup is checked as opening checks a database (same sentences), copied beside the
database under a hidden name and checked again in full, and only then renamed over the
database in one step, so the database's name never points at a half-written file. What it
replaces is kept: a usable database is backed up first (kind ``restore``); a damaged or foreign
one is kept under the name ``<name>-replaced-<time><suffix>`` beside it, never deleted. The
restored database is migrated, with a backup first, the next time it is opened.

Another program (or ImpactApp) that has the database open makes the restore fail: it would
otherwise go on writing into the file just replaced. That is noticed for a database in WAL
mode, ImpactApp's own mode; an idle program on a rollback journal holds no lock to see.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from impactapp.domain.clock import local_naive

from ..errors import CANNOT_OPEN, DAMAGED, FOREIGN, DatabaseUnusable
from . import connection
from .backup import RESTORE, BackupError, copy_database, open_read_only, take_backup
from .paths import SIDE_SUFFIXES, make_private_dir, writable
from .schema import APP, META_TABLE

#: How long to wait for another program's lock before calling the database in use.
CLAIM_TIMEOUT_S = 1.0


@dataclass(frozen=True)
class Restored:
    """Where a restore put things."""

    database: Path
    backup: Path | None  # the database that was replaced, backed up first
    set_aside: Path | None  # the replaced file, kept under another name (it was unusable)


def check_candidate(path: Path) -> None:
    """Raise DatabaseUnusable, with the sentences opening uses, unless ``path`` can be restored.

    Beyond what opening accepts, an empty or blank file is refused: it holds no cases.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseUnusable(path, CANNOT_OPEN, "not a file")
    connection.inspect_file(path)
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseUnusable(path, CANNOT_OPEN, str(exc)) from exc
    try:
        app = conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'app'").fetchone()
    except sqlite3.Error:
        app = None
    finally:
        conn.close()
    if app is None or app[0] != APP:
        raise DatabaseUnusable(path, FOREIGN)


def restore_database(source: Path, db_path: Path, now: datetime | None = None) -> Restored:
    """Replace the database at ``db_path`` by the backup ``source``; see the module docstring.

    Raises DatabaseUnusable for a backup that cannot be restored and BackupError when the
    database cannot be backed up or replaced; either way the database is unchanged.
    """
    source, db_path = Path(source), Path(db_path)
    now = now or local_naive()
    if db_path.exists() and source.exists() and os.path.samefile(source, db_path):
        raise BackupError("same_file", source)
    check_candidate(source)
    make_private_dir(db_path.parent)
    if not writable(db_path.parent):
        raise BackupError("replace", db_path, "the folder is read-only")
    staged = db_path.with_name(f".{db_path.name}.restoring")
    conn = open_read_only(source)
    try:
        copy_database(conn, staged)
    except BackupError as exc:
        if exc.problem == "check":
            raise DatabaseUnusable(source, DAMAGED, exc.detail) from exc
        raise
    finally:
        conn.close()
    try:
        return _replace(staged, db_path, now)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()


def _replace(staged: Path, db_path: Path, now: datetime) -> Restored:
    if not db_path.exists():
        _rename(staged, db_path)
        return Restored(db_path, None, None)
    try:
        connection.inspect_file(db_path)
    except DatabaseUnusable:
        aside = _set_aside(db_path, now)
        _rename(staged, db_path)
        return Restored(db_path, None, aside)
    current = _claim(db_path)
    try:
        backup = take_backup(db_path, RESTORE, current, now)
        if os.name == "posix":
            current.execute("BEGIN EXCLUSIVE")  # nobody starts using it before the swap
        else:
            current.close()  # Windows cannot rename over a file that is open
        _rename(staged, db_path)
    finally:
        current.close()
    return Restored(db_path, backup, None)


def _claim(db_path: Path) -> sqlite3.Connection:
    """A connection that alone has the database open (leaving WAL needs exactly that)."""
    conn = sqlite3.connect(db_path, timeout=CLAIM_TIMEOUT_S, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        conn.close()
        raise BackupError("in_use", db_path, str(exc)) from exc
    if str(mode).lower() != "delete":
        conn.close()
        raise BackupError("in_use", db_path)
    return conn


def _set_aside(db_path: Path, now: datetime) -> Path:
    """Keep the unusable database (and its journal files) under a new name beside it."""
    aside = db_path.with_name(f"{db_path.stem}-replaced-{now:%Y%m%d-%H%M%S}{db_path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(
            f"{db_path.stem}-replaced-{now:%Y%m%d-%H%M%S}-{n}{db_path.suffix}")
    try:
        os.link(db_path, aside)  # a second name: the database's own name is never missing
    except OSError:
        try:
            shutil.copyfile(db_path, aside)  # a file system without hard links
            if os.name == "posix":
                os.chmod(aside, 0o600)
        except OSError as exc:
            raise BackupError("replace", db_path, exc.strerror or str(exc)) from exc
    for suffix in SIDE_SUFFIXES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            # Left beside the restored file, SQLite would apply this journal to it.
            _rename(side, aside.with_name(aside.name + suffix))
    return aside


def _rename(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError as exc:
        raise BackupError("replace", dst, exc.strerror or str(exc)) from exc
    if os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(dst.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
