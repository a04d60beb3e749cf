"""criteria/indicators.yaml: the common municipal indicator set and the queries that fetch it."""

from __future__ import annotations

import re
from typing import Any

from impactapp.domain.model import DIRECTIONS, Indicator, IndicatorSource

from .check import FileCheck, Known, Path, Unique, kind_of, one_of
from .sdg import target_id_problem

FILE = "indicators.yaml"
KEYS = ("indicators",)

INDICATOR_ID = re.compile(r"ind\.[a-z0-9_]+")
INDICATOR_KEYS = (
    "id",
    "name",
    "description",
    "unit",
    "direction",
    "pillar",
    "targets",
    "levels",
    "source",
)
INDICATOR_OPTIONAL = ("verify",)

#: The geographic levels an indicator can be published at.
LEVELS: tuple[str, ...] = ("kommune", "bydel")
#: Where the numbers come from: SSB's statbank, FHI's statistics banks, Oslo kommune's
#: statistikkbank, Miljødirektoratet's emission accounts, a ratio of two of these, or elsewhere.
SOURCE_KINDS: tuple[str, ...] = (
    "ssb", "fhi", "oslo_statistikkbank", "miljodirektoratet", "ratio", "other",
)
#: Sources read through an API: their query is what the program sends, so it is required.
PXWEB_KINDS: tuple[str, ...] = ("ssb", "fhi", "oslo_statistikkbank")
SOURCE_KEYS = ("kind", "table")
SOURCE_OPTIONAL = ("query", "url", "note", "numerator", "denominator", "scale")
PART_OPTIONAL = ("query", "url", "note")
SSB_TABLE = re.compile(r"[0-9]{5}")
FHI_TABLE = re.compile(r"[a-z]{2,20}/[0-9]{1,6}")

Query = tuple[tuple[str, tuple[str, ...]], ...]


def parse_indicators(
    check: FileCheck, top: dict[str, Any], pillars: Known, targets: Known, sdg_file: str
) -> dict[str, Indicator]:
    """The indicators by id, in file order; ``pillars`` and ``targets`` are what they may name."""
    indicators: dict[str, Indicator] = {}
    ids = Unique(check, "indicator id")
    for path, entry in check.entries(top, (), "indicators", INDICATOR_KEYS, INDICATOR_OPTIONAL):
        before = len(check.errors)
        indicator_id = check.string(entry, path, "id")
        if indicator_id is not None:
            if not INDICATOR_ID.fullmatch(indicator_id):
                check.error(
                    (*path, "id"),
                    f"'{indicator_id}' is not an indicator id like 'ind.low_income_households' "
                    "(ind. followed by lower-case letters, digits and _)",
                )
            else:
                ids.add(indicator_id, (*path, "id"))
        name = check.text(entry, path, "name")
        description = check.text(entry, path, "description")
        unit = check.text(entry, path, "unit")
        direction = check.choice(entry, path, "direction", DIRECTIONS)
        pillar = check.string(entry, path, "pillar")
        if pillar is not None and pillars.lacks(pillar):
            check.error((*path, "pillar"), f"unknown pillar '{pillar}'")
        linked = _targets(check, entry, path, targets, sdg_file)
        levels = _levels(check, entry, path)
        source = _source(check, entry, path)
        verify = check.string(entry, path, "verify")
        parts = (indicator_id, name, description, unit, direction, pillar, linked, levels, source)
        if len(check.errors) == before and all(p is not None for p in parts):
            indicators[indicator_id] = Indicator(
                id=indicator_id,
                name=name,
                unit=unit,
                direction=direction,
                pillar=pillar,
                targets=linked,
                levels=levels,
                source=source,
                description=description,
                verify=verify or "",
            )
    return indicators


def _targets(
    check: FileCheck, entry: dict[str, Any], path: Path, targets: Known, sdg_file: str
) -> tuple[str, ...] | None:
    """The SDG target ids the indicator follows; each must be one of the targets in sdg.yaml."""
    items = check.strings(entry, path, "targets")
    if items is None:
        return None
    if not items and not entry["targets"]:
        check.error((*path, "targets"), "an indicator needs at least one SDG target")
        return None
    seen = Unique(check, "target")
    for item_path, target in items:
        problem = target_id_problem(target)
        if problem:
            check.error(item_path, problem)
        elif targets.lacks(target):
            check.error(item_path, f"unknown SDG target '{target}' (not in {sdg_file})")
        else:
            seen.add(target, item_path)
    return tuple(target for _, target in items)


def _levels(check: FileCheck, entry: dict[str, Any], path: Path) -> tuple[str, ...] | None:
    """The levels (kommune, bydel) the source publishes the indicator at; at least one."""
    items = check.strings(entry, path, "levels")
    if items is None:
        return None
    if not items and not entry["levels"]:
        message = f"an indicator needs at least one level ({', '.join(LEVELS)})"
        check.error((*path, "levels"), message)
        return None
    seen = Unique(check, "level")
    for item_path, level in items:
        if level not in LEVELS:
            check.error(item_path, one_of(level, LEVELS))
        else:
            seen.add(level, item_path)
    return tuple(level for _, level in items)


def _source(check: FileCheck, entry: dict[str, Any], path: Path) -> IndicatorSource | None:
    """The table the numbers come from and, for API sources, the query that fetches them."""
    if "source" not in entry:
        return None
    return _one_source(check, entry["source"], (*path, "source"), ratio_allowed=True)


def _one_source(
    check: FileCheck, value: Any, p: Path, *, ratio_allowed: bool
) -> IndicatorSource | None:
    source = check.mapping(value, p, SOURCE_KEYS, SOURCE_OPTIONAL if ratio_allowed else
                           PART_OPTIONAL)
    if source is None:
        return None
    before = len(check.errors)
    kind = check.choice(source, p, "kind", SOURCE_KINDS)
    table = check.string(source, p, "table")
    if kind == "ssb" and table is not None and not SSB_TABLE.fullmatch(table):
        check.error((*p, "table"), f"'{table}' is not an SSB table id of 5 digits like '06947'")
    if kind == "fhi" and table is not None and not FHI_TABLE.fullmatch(table):
        check.error((*p, "table"), f"'{table}' is not an FHI table like 'nokkel/809'")
    if kind == "ratio" and not ratio_allowed:
        check.error((*p, "kind"), "a ratio's numerator and denominator cannot be ratios")
    if kind in PXWEB_KINDS and "query" not in source:
        message = f"missing required key ({kind} sources need the query that fetches the numbers)"
        check.error((*p, "query"), message)
    query = _query(check, source, p)
    url = check.string(source, p, "url")
    note = check.string(source, p, "note")
    numerator = denominator = None
    scale = 1.0
    if kind == "ratio" and ratio_allowed:
        for key in ("numerator", "denominator"):
            if key not in source:
                check.error((*p, key), "missing required key (a ratio needs both parts)")
        if "numerator" in source:
            numerator = _one_source(check, source["numerator"], (*p, "numerator"),
                                    ratio_allowed=False)
        if "denominator" in source:
            denominator = _one_source(check, source["denominator"], (*p, "denominator"),
                                      ratio_allowed=False)
        raw = source.get("scale", 1)
        if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
            check.error((*p, "scale"), "a positive number expected, such as 100")
        else:
            scale = float(raw)
    elif ratio_allowed and any(k in source for k in ("numerator", "denominator", "scale")):
        check.error(p, "numerator, denominator and scale belong to sources of kind ratio")
    if len(check.errors) != before or kind is None or table is None or query is None:
        return None
    return IndicatorSource(
        kind=kind, table=table, query=query, url=url or "", note=note or "",
        numerator=numerator, denominator=denominator, scale=scale,
    )


def _query(check: FileCheck, source: dict[str, Any], path: Path) -> Query | None:
    """``query`` as (dimension, codes) pairs: the PxWebApi v2 valueCodes of each dimension."""
    if "query" not in source:
        return ()
    p = (*path, "query")
    value = source["query"]
    if not isinstance(value, dict):
        check.error(p, f"mapping expected, found {kind_of(value)} (write Dimension: [codes])")
        return None
    if not value:
        check.error(p, "must name at least one dimension")
        return None
    before = len(check.errors)
    dimensions: list[tuple[str, tuple[str, ...]]] = []
    for dimension in value:
        if not isinstance(dimension, str):
            # YAML reads an unquoted key such as 2020 as a number.
            message = f"string expected, found {kind_of(dimension)} (put it in quotes)"
            check.error((*p, str(dimension)), message)
            continue
        codes = check.strings(value, p, dimension)
        if codes is None:
            continue
        if not codes and not value[dimension]:
            check.error((*p, dimension), "must list at least one code")
            continue
        dimensions.append((dimension, tuple(code for _, code in codes)))
    if len(check.errors) != before:
        return None
    return tuple(dimensions)
