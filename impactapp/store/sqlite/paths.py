"""Where the case database lives, and keeping a new database file private to its owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

ENV_VAR = "IMPACTAPP_DB"
FILE_NAME = "impactapp.db"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

_POSIX = os.name == "posix"


def data_dir() -> Path:
    """The user's data directory for ImpactApp (platformdirs; ``$XDG_DATA_HOME`` on Linux)."""
    from platformdirs import user_data_dir  # only where no database was named

    return Path(user_data_dir("impactapp", appauthor=False))


def default_db_path() -> Path:
    """``$IMPACTAPP_DB`` if set, else ``impactapp.db`` in the user's data directory."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return Path(configured).expanduser()
    return data_dir() / FILE_NAME


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) readable by its owner only; keep one that exists.

    Each missing folder is made one at a time, outermost first: ``mkdir(parents=True)`` would
    give the parents it creates the umask's mode instead (0777 under umask 0).
    """
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700, exist_ok=True)
        if _POSIX:
            new.chmod(0o700)  # the umask may have taken bits away, never added them


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (False on a read-only file system, also for root)."""
    # Effective ids where the platform has them: they are what opening the file is checked
    # against (the real ids differ only in a program that changed its effective ids).
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def create_private_file(path: Path) -> bool:
    """Create an empty file readable and writable by its owner only; False if it exists.

    The file is created before SQLite opens it so that it never exists with looser
    permissions, not even for a moment. A missing parent directory is created owner-only too.
    """
    make_private_dir(path.parent)
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


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only, without leaving any file beside it.

    A file that this program may not write, or that lies in such a folder, is read as it lies
    (immutable): SQLite would otherwise make -wal and -shm files it could never remove, or, in
    a read-only folder, fail to read the file at all.
    """
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    return uri if writable(path) and writable(path.parent) else uri + "&immutable=1"
