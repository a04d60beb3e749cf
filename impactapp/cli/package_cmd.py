"""Data packages on the command line: ``indicators fetch --package FILE.zip`` writes one from
the responses just fetched, ``indicators import-package FILE.zip`` stores one's figures."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from datetime import UTC
from pathlib import Path

from ..catalog.place_query import indicator_for_place
from ..domain.model import Indicator
from ..domain.observation import Observation
from ..domain.place import Place
from ..indicators import package as packages
from ..indicators.comparison import NATIONAL, is_national, with_regions
from ..indicators.fetching import PUBLISHER_NAMES, FetchedObservations
from ..indicators.package import PackageEntry, PackageError, entry_for, write_package
from .context import CliError, Context

_KOMMUNE = re.compile(r"[0-9]{4}")


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-package",
                         help="store the figures of a data package (made where the "
                              "publishers answer)")
    imp.add_argument("file", type=Path, metavar="FILE.zip")
    imp.set_defaults(handler=import_package)


def for_place(indicator: Indicator, place: Place | None) -> Indicator:
    """The indicator asking for the database's municipality and its districts."""
    return indicator_for_place(indicator, place)


def regions_to_fetch(held: Iterable[Observation], place: Place | None) -> list[str]:
    """The regions fetched besides the query's own: with a municipality chosen, its comparison,
    the country and the other municipalities already held (never another one's districts);
    without, every region already held."""
    codes = [o.region for o in held]
    if place is None:
        return list(dict.fromkeys(codes))
    kept = [c for c in codes if is_national(c) or _KOMMUNE.fullmatch(c)]
    return list(dict.fromkeys([*place.comparison, NATIONAL, *kept]))


def fetched_item(ctx: Context, indicator: Indicator,
                 got: FetchedObservations) -> tuple[PackageEntry, bytes]:
    """The response just fetched and its manifest entry: an SSB response as cached, byte for
    byte (JSON-stat); any other publisher's figures (FHI, Oslo's statistikkbank, the
    emissions workbook, ratios the program computes) as the figures stored, in CSV."""
    result = got.fetched
    if indicator.source.kind != "ssb":
        data = observations_csv(got.observations)
        publisher = PUBLISHER_NAMES.get(indicator.source.kind, indicator.source.kind)
        entry = entry_for(indicator, "csv", data, source=f"{publisher} table "
                          f"{indicator.source.table}", fetched=result.fetched, url=result.url,
                          updated=result.dataset.updated or "")
        return entry, data
    cached = ctx.store.cache_get(result.table, result.query_key)
    if cached is None:
        raise CliError(f"{indicator.id}: the response was not kept, so it cannot be packed.")
    data = cached.response.encode("utf-8")
    entry = entry_for(indicator, "json-stat", data, source=f"SSB table {result.table}",
                      fetched=result.fetched, url=result.url,
                      updated=result.dataset.updated or "",
                      query=got.query or with_regions(indicator.source.query, got.compared))
    return entry, data


def observations_csv(observations: Iterable[Observation]) -> bytes:
    """Figures in the program's own CSV layout (criteria/README.md), each value written so
    that it reads back bit for bit."""
    lines = [";".join(("region", "period", "value", "status", "unit"))]
    for o in observations:
        value = "" if o.value is None else repr(float(o.value))
        lines.append(";".join(_csv_field(x) for x in (o.region, o.period, value, o.status,
                                                         o.unit)))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _csv_field(text: str) -> str:
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(c in text for c in ';"\n') else text


def check_target(path: Path, ctx: Context) -> None:
    """Refuse before fetching anything: no municipality, no folder, not a .zip name."""
    ctx.require_place()
    if path.suffix.lower() != ".zip":
        raise CliError(f"{path}: a data package is a .zip file.", status=2)
    if not path.parent.is_dir():
        raise CliError(f"{path.parent}: no such folder.", status=2)


def write(path: Path, ctx: Context, packed: list[tuple[PackageEntry, bytes]]) -> None:
    if not packed:
        raise CliError(f"Nothing was fetched, so {path} was not written.")
    place = ctx.require_place()
    try:
        count = write_package(path, (place.code, place.name), packed,
                              created=ctx.clock.now())
    except OSError as exc:
        raise CliError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    print(f"Wrote {count} response{'s' if count != 1 else ''} for {place.name} ({place.code}) "
          f"to {path}.")


def import_package(args: argparse.Namespace, ctx: Context) -> int:
    place = ctx.require_place()
    try:
        imported = packages.import_package(args.file, place, ctx.catalog.indicators,
                                           ctx.store)
    except PackageError as exc:
        raise CliError(f"{exc}; nothing was imported.") from None
    package, counts = imported.package, imported.counts
    for entry in package.entries:
        print(f"{entry.indicator}: {counts[entry.indicator]} observations from {entry.source} "
              f"(fetched {entry.fetched.astimezone(UTC):%Y-%m-%d %H:%M} UTC).")
    print(f"Imported {len(package.entries)} indicators from {args.file} "
          f"(made {package.created.astimezone(UTC):%Y-%m-%d %H:%M} UTC).")
    return 0
