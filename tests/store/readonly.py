"""Files and folders without write (or any) access, for tests, also when the tests run as root.

Root ignores file modes, so as root the paths are given to ``nobody`` and the block runs with
nobody's effective ids; otherwise taking the permission bits away is enough. The paths must
lie in a folder everyone may enter: one from ``enterable_folder``.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534
AS_ROOT = os.name == "posix" and os.geteuid() == 0
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@contextmanager
def enterable_folder() -> Iterator[Path]:
    """A fresh folder that other users may enter (pytest's own tmp folders are 0700)."""
    base = Path(tempfile.mkdtemp(prefix="impactapp-access-"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(base)


@contextmanager
def access_taken(base: Path, *paths: Path, keep: int = 0o555) -> Iterator[None]:
    """Within the block, ``paths`` keep only the ``keep`` permission bits (default: no writing).

    As root, everything in ``base`` (an ``enterable_folder``) belongs to nobody during the block.
    """
    before = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    owned = [base, *base.rglob("*")] if AS_ROOT else []
    for path in owned:
        os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
    for path, mode in before.items():
        path.chmod(mode & keep)
    try:
        if AS_ROOT:
            os.setegid(NOBODY)
            os.seteuid(NOBODY)
            try:
                yield
            finally:
                os.seteuid(0)
                os.setegid(0)
        else:
            yield
    finally:
        for path, mode in before.items():
            path.chmod(mode)
        for path in [base, *base.rglob("*")] if AS_ROOT else []:
            os.chown(path, 0, 0, follow_symlinks=False)
