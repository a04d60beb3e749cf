"""The SQLite file's maintenance behind ``FileMaintenance``: check, back up, list, restore.

None of these opens the database the usual way: opening creates a missing file and migrates
an older one, and a check or a backup must leave the file as it is.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ..errors import CANNOT_OPEN, DatabaseUnusable
from .backup import (
    MANUAL,
    BackupFile,
    BackupSummary,
    backup_folders,
    copy_database,
    describe,
    list_backups,
    open_read_only,
    take_daily_backup,
)
from .check import CheckReport, check_database
from .connection import inspect_file
from .paths import make_private_dir
from .restore import Restored, check_candidate, restore_database
from .schema import SCHEMA_VERSION


class SqliteMaintenance:
    """Maintenance of the database file at ``path`` (opened or not)."""

    def __init__(self, path: Path, journal_mode: str | None = None):
        self._path = Path(path)
        self._journal_mode = journal_mode

    @property
    def path(self) -> Path:
        return self._path

    @property
    def journal_mode(self) -> str | None:
        """``wal`` or ``delete`` as the open store uses the file; None when not opened."""
        return self._journal_mode

    @property
    def schema_version(self) -> int:
        """The schema this version of the program writes (an older file is upgraded)."""
        return SCHEMA_VERSION

    def exists(self) -> bool:
        return self._path.is_file()

    def check(self) -> CheckReport:
        return check_database(self._path)

    def backup(self, target: Path) -> Path:
        """A checked online backup at ``target``, the database only read; DatabaseUnusable
        when the file cannot be used, BackupError when the copy cannot be written."""
        inspect_file(self._path)
        try:
            conn = open_read_only(self._path)
        except sqlite3.Error as exc:
            raise DatabaseUnusable(self._path, CANNOT_OPEN, str(exc)) from exc
        try:
            return copy_database(conn, target)
        finally:
            conn.close()

    def daily_backup(self, now: datetime) -> Path | None:
        return take_daily_backup(self._path, now)

    def backups(self) -> list[BackupFile]:
        return list_backups(self._path)

    def suggested_backup(self, now: datetime) -> Path:
        """The file suggested for a backup by hand: named like the automatic ones and beside
        them (the folder is created), so they are listed together; else beside the file."""
        folder = backup_folders(self._path)[0]
        try:
            make_private_dir(folder)
        except OSError:
            folder = self._path.parent
        return folder / f"{self._path.stem}-{now:%Y%m%d-%H%M%S}-{MANUAL}.db"

    def describe(self, backup: Path) -> BackupSummary:
        return describe(backup)

    def check_candidate(self, backup: Path) -> None:
        check_candidate(backup)

    def restore(self, backup: Path, now: datetime) -> Restored:
        return restore_database(backup, self._path, now)
