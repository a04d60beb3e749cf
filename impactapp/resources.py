"""Where the shipped data (criteria/, forms/, examples/, docs/) lives, in every form the program
runs: a source checkout, an installed wheel and a frozen (PyInstaller) bundle.

Wheel and bundle share one layout: the data sits in ``impactapp/_data/<name>`` next to the
package's code (a bundle keeps its modules' ``__file__`` inside ``sys._MEIPASS/impactapp``), so
package-relative paths work in all three forms. A municipality's configuration directory
replaces whole folders of that data (see :func:`resource_dir`).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import site_config_dir

#: Names a configuration directory to use instead of the machine-wide one.
CONFIG_ENV_VAR = "IMPACTAPP_CONFIG_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def config_dir() -> Path | None:
    """The municipality's configuration directory, or None when there is none.

    ``$IMPACTAPP_CONFIG_DIR`` when set (even if it does not exist: a mistyped path must fail
    loudly, not fall back to the bundled catalog), else the machine-wide configuration
    directory (``/etc/xdg/impactapp``, ``C:\\ProgramData\\impactapp``,
    ``/Library/Application Support/impactapp``) when it exists.
    """
    configured = os.environ.get(CONFIG_ENV_VAR, "").strip()
    if configured:
        return Path(configured).expanduser()
    site = Path(site_config_dir("impactapp", appauthor=False))
    return site if site.is_dir() else None


def bundled_dir(name: str) -> Path:
    """The directory of data ``name`` as shipped with the program (no configuration applied)."""
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name  # a source checkout keeps the data at the top level


def resource_dir(name: str) -> Path:
    """The directory of data ``name`` (e.g. "criteria", "forms", "examples", "docs").

    A configuration directory's folder of that name replaces the shipped folder as a whole
    (no per-file fallback: the catalog files refer to each other, and a municipality's catalog
    must not change under it when the program is updated). Folders it does not have come from
    the program. A configured directory that does not exist replaces every folder, so the
    catalog loader reports its files as missing and the program does not start.
    """
    configured = config_dir()
    if configured is not None:
        candidate = configured / name
        if candidate.is_dir() or not configured.is_dir():
            return candidate
    return bundled_dir(name)
