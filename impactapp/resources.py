"""Where the shipped data (criteria/, forms/, examples/) lives, in every form the program runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The directory of shipped data ``name`` (e.g. "criteria", "forms").

    Looked up, in order: ``$IMPACTAPP_CONFIG_DIR/<name>`` (a municipality's own configuration),
    a frozen bundle's root, ``impactapp/_data/<name>`` inside an installed wheel, and the source
    checkout's top level.
    """
    override = os.environ.get("IMPACTAPP_CONFIG_DIR")
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override) / name)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR / "_data" / name)
    candidates.append(_PACKAGE_DIR.parent / name)
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[-1]
