"""Writing the files the program hands out (case files, memos, exports): atomic and private.

A memo or export may come from a case exempt from public disclosure: it never lies on disk
readable by others, and a failed write never leaves half a file in place of the old one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, readable and writable by its owner only (0600)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
