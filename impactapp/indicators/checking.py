"""``catalog check`` against the publishers' metadata already in the response cache.

No request is sent: a table whose metadata was never fetched is counted as unchecked. Each
query is built for the place and resolved as a fetch would resolve it, so a dimension or code
the table does not have is reported with the indicator's id, and regions the table lacks
are listed as notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from impactapp.domain.model import Catalog, IndicatorSource
from impactapp.domain.place import Place

from .errors import IndicatorDataError, SsbError
from .fhi import parse_dimensions
from .jsonstat_read import read_jsonstat
from .oslo import parse_variables
from .resolve import expand, resolve
from .ssb import ResponseCache

#: Where each kind keeps its metadata in the cache, and how to read it.
METADATA_KEYS = {"ssb": "metadata?lang=no", "fhi": "dimension", "oslo_statistikkbank": "metadata"}


@dataclass
class CheckReport:
    checked: int = 0
    unchecked: list[str] = field(default_factory=list)  # tables without cached metadata
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _parts(catalog: Catalog) -> Iterator[tuple[str, IndicatorSource]]:
    for indicator in catalog.indicators.values():
        source = indicator.source
        for part in (source.numerator, source.denominator) if source.kind == "ratio" else (
                source,):
            if part is not None and part.kind in METADATA_KEYS:
                yield indicator.id, part


def cached_dimensions(cache: ResponseCache, source: IndicatorSource) -> dict[str, tuple[
        str, ...]] | None:
    """The table's dimensions from the cached metadata, or None when none is cached."""
    entry = cache.cache_get(source.table, METADATA_KEYS[source.kind])
    if entry is None:
        return None
    if source.kind == "fhi":
        return parse_dimensions(entry.response, source.table)
    if source.kind == "oslo_statistikkbank":
        return parse_variables(entry.response, source.table)
    dataset = read_jsonstat(entry.response, f"SSB table {source.table}", metadata=True)
    return {d.id: d.codes for d in dataset.dimensions}


def check_queries(catalog: Catalog, cache: ResponseCache, place: Place) -> CheckReport:
    """Every query of the catalog against the cached metadata of its table."""
    report = CheckReport()
    for indicator_id, part in _parts(catalog):
        try:
            dims = cached_dimensions(cache, part)
        except (IndicatorDataError, SsbError) as exc:
            report.problems.append(f"{indicator_id}: cached metadata unreadable: {exc}")
            continue
        if dims is None:
            if part.table not in report.unchecked:
                report.unchecked.append(part.table)
            continue
        report.checked += 1
        try:
            resolved = resolve(expand(part.query, place), dims, f"table {part.table}")
        except IndicatorDataError as exc:
            report.problems.append(f"{indicator_id}: {exc}")
            continue
        if resolved.left_out:
            report.notes.append(f"{indicator_id}: table {part.table}: {resolved.note()}")
    return report
