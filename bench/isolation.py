"""Benchmarks run in a home of their own: the user's settings, data and logs stay untouched.

The start-up benchmark runs the real program, which writes its settings (QSettings), its
backups and its log where the user's own live. ``isolated_home`` points HOME, the XDG base
folders, the Windows profile folders and the program's log folder at a temporary folder for
the whole benchmark run (child processes inherit it), as the tests are isolated, and removes
it afterwards.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

#: Each variable and where it points inside the temporary home.
HOME_FOLDERS: dict[str, str] = {
    "HOME": "home",
    "USERPROFILE": "home",  # Windows: Path.home()
    "XDG_CONFIG_HOME": "home/.config",  # QSettings, platformdirs' config
    "XDG_DATA_HOME": "home/.local/share",  # the default database and its backups
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
    "XDG_RUNTIME_DIR": "runtime",
    "XDG_CONFIG_DIRS": "etc-xdg",  # no site-wide configuration of this machine either
    "APPDATA": "home/AppData/Roaming",  # Windows: platformdirs and Qt's roaming data
    "LOCALAPPDATA": "home/AppData/Local",
    "IMPACTAPP_LOG_DIR": "logs",
}


def isolated_environment(root: Path, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) with every home folder under ``root``;
    the folders are created (the runtime folder private, as XDG requires)."""
    env = dict(os.environ if base is None else base)
    for name, relative in HOME_FOLDERS.items():
        folder = root / relative
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    (root / HOME_FOLDERS["XDG_RUNTIME_DIR"]).chmod(0o700)
    return env


@contextlib.contextmanager
def isolated_home() -> Iterator[Path]:
    """Run the body with this process's environment pointed at a temporary home; restores
    the environment and removes the folder afterwards. Yields the folder."""
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="impactapp-bench-home-") as tmp:
        root = Path(tmp)
        os.environ.update(isolated_environment(root))
        try:
            yield root
        finally:
            os.environ.clear()
            os.environ.update(saved)
