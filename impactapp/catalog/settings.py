"""settings.yaml in a municipality's configuration directory: how the method is applied there.

Optional; without it every setting has its default. Validated with the catalog, so a bad value
stops the program with ``file:line: field: message`` like any catalog problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from impactapp.resources import config_dir

from .check import FileCheck

FILE = "settings.yaml"
KEYS = ("approval",)


def settings_file() -> Path | None:
    """The configuration directory's settings file, or None when there is none."""
    folder = config_dir()
    if folder is None or not (folder / FILE).is_file():
        return None
    return folder / FILE


def parse_settings(check: FileCheck, top: dict[str, Any]) -> dict[str, Any]:
    """The Catalog fields the file sets (``two_person_rule``); unreadable values are left out."""
    out: dict[str, Any] = {}
    approval = check.mapping(top.get("approval"), ("approval",), ("two_person_rule",))
    if approval is not None:
        rule = check.boolean(approval, ("approval",), "two_person_rule")
        if rule is not None:
            out["two_person_rule"] = rule
    return out
