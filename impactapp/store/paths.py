"""Where the case database lives, and keeping a new database file private to its owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "IMPACTAPP_DB"
FILE_NAME = "impactapp.db"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

_POSIX = os.name == "posix"


def default_db_path() -> Path:
    """``$IMPACTAPP_DB`` if set, else ``impactapp.db`` in the user's data directory."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("impactapp", appauthor=False)) / FILE_NAME


def create_private_file(path: Path) -> bool:
    """Create an empty file readable and writable by its owner only; False if it exists.

    The file is created before SQLite opens it so that it never exists with looser
    permissions, not even for a moment. A missing parent directory is created owner-only too.
    """
    parent = path.parent
    if not parent.exists():
        parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    try:
        if _POSIX:
            os.fchmod(fd, 0o600)  # the umask may have taken bits away, never added them
    finally:
        os.close(fd)
    return True


def restrict_side_files(path: Path) -> None:
    """Give WAL, shared-memory and journal files no more access than the database itself.

    SQLite copies the database's mode to these files itself; this holds for files that
    existed before or were made by another program.
    """
    if not _POSIX:
        return
    try:
        allowed = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    for suffix in SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        try:
            mode = stat.S_IMODE(side.stat().st_mode)
            if mode & ~allowed:
                side.chmod(mode & allowed)
        except OSError:
            continue  # not there (yet), or not ours to change
