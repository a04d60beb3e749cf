"""targets.yaml in the municipality's configuration folder: targets per indicator and the
margin the Utfordringer view counts a lag from.

    schema_version: 1
    indicators:
      - indicator: ind.child_poverty
        value: 10          # per cent, in the indicator's unit
        year: 2030
        direction: lower   # optional: the one that fits the indicator
    challenges:
      margin_percent: 10   # optional: worse than the reference by more than this share
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from impactapp.domain.challenges import DEFAULT_MARGIN_PERCENT
from impactapp.domain.indicator_targets import (
    FROM_CONFIG,
    IndicatorTarget,
    target_direction_for,
    target_problems,
)
from impactapp.domain.model import Indicator

from .check import FileCheck, Unique, kind_of
from .document import open_catalog_file
from .errors import CatalogError

FILE = "targets.yaml"
KEYS = ("indicators",)
OPTIONAL = ("challenges",)
TARGET_KEYS = ("indicator", "value", "year")
TARGET_OPTIONAL = ("direction",)


def load_config_targets(
    folder: Path | None, indicators: dict[str, Indicator], errors: list[CatalogError]
) -> tuple[dict[str, IndicatorTarget], float]:
    """The configuration's targets by indicator and the Utfordringer margin (per cent); with
    no folder or no targets.yaml in it, none and the default margin. Problems go to ``errors``."""
    if folder is None or not (folder / FILE).is_file():
        return {}, DEFAULT_MARGIN_PERCENT
    opened = open_catalog_file(folder, FILE, KEYS, errors, optional=OPTIONAL)
    if not opened:
        return {}, DEFAULT_MARGIN_PERCENT
    check, top = opened
    return _targets(check, top, indicators), _margin(check, top)


def _targets(
    check: FileCheck, top: dict[str, Any], indicators: dict[str, Indicator]
) -> dict[str, IndicatorTarget]:
    found: dict[str, IndicatorTarget] = {}
    seen = Unique(check, "indicator")
    for path, entry in check.entries(top, (), "indicators", TARGET_KEYS, TARGET_OPTIONAL):
        before = len(check.errors)
        indicator_id = check.string(entry, path, "indicator")
        indicator = indicators.get(indicator_id) if indicator_id else None
        if indicator_id is not None and indicator is None:
            check.error((*path, "indicator"),
                        f"unknown indicator '{indicator_id}' (not in indicators.yaml)")
        elif indicator_id is not None:
            seen.add(indicator_id, (*path, "indicator"))
        if any(k not in entry for k in TARGET_KEYS):
            continue  # reported as missing keys
        direction = entry.get("direction")
        if direction is None and indicator is not None:
            direction = target_direction_for(indicator.direction)
        own = None if indicator is None else indicator.direction
        for field, message in target_problems(entry["value"], entry["year"], direction, own):
            if direction is not None or field != "direction":  # unknown indicator: said above
                check.error((*path, field), message)
        if len(check.errors) == before and indicator_id is not None:
            found[indicator_id] = IndicatorTarget(
                indicator_id, float(entry["value"]), entry["year"], str(direction), FROM_CONFIG)
    return found


def _margin(check: FileCheck, top: dict[str, Any]) -> float:
    if "challenges" not in top:
        return DEFAULT_MARGIN_PERCENT
    section = check.mapping(top["challenges"], ("challenges",), (), ("margin_percent",))
    if section is None or "margin_percent" not in section:
        return DEFAULT_MARGIN_PERCENT
    value = section["margin_percent"]
    path = ("challenges", "margin_percent")
    if isinstance(value, bool) or not isinstance(value, int | float):
        check.error(path, f"a number of per cent expected, found {kind_of(value)}")
    elif not 0 <= value <= 100:
        check.error(path, f"{value} is not a share between 0 and 100 per cent")
    else:
        return float(value)
    return DEFAULT_MARGIN_PERCENT
