"""``impactapp-cli indicators ...``: inspect JSON-stat files, import, fetch, list and show data."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..domain.model import Indicator
from ..indicators import (
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    IndicatorDataError,
    SsbError,
    read_jsonstat_file,
)
from ..indicators.errors import OFFLINE, RATE_LIMITED
from ..indicators.fetching import Publishers, fetch_observations, is_fetched
from ..indicators.importing import read_indicator_file
from ..indicators.places import default_place
from ..indicators.publishers import make_publishers
from ..indicators.symbols import format_value, symbol_meaning
from . import package_cmd
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "indicators")
    sub = parser.add_subparsers(dest="indicators_command", metavar="COMMAND", required=True)

    inspect = sub.add_parser("inspect", help="describe a JSON-stat 2.0 file")
    inspect.add_argument("file", type=Path, metavar="FILE.json")
    inspect.add_argument("--json", action="store_true", help="print a JSON object")
    inspect.set_defaults(handler=inspect_file)

    imp = sub.add_parser("import", help="import a saved JSON-stat response or a CSV file")
    imp.add_argument("indicator", metavar="IND_ID")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(handler=import_file)

    fetch = sub.add_parser("fetch", help="fetch indicators' data from SSB")
    fetch.add_argument("indicators", nargs="*", metavar="IND_ID")
    fetch.add_argument("--all", action="store_true", help="every indicator read from SSB")
    fetch.add_argument("--base-url", metavar="URL",
                       help=f"PxWebApi v2 address (default: ${BASE_URL_ENV} or {DEFAULT_BASE_URL})")
    fetch.add_argument("--refresh", action="store_true", help="ignore cached responses")
    fetch.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                       help="how long to wait for an answer (default 30)")
    fetch.add_argument("--package", type=Path, metavar="FILE.zip",
                       help="also write the responses to a data package for offline machines")
    fetch.set_defaults(handler=fetch_indicators)
    package_cmd.register(sub)

    lst = sub.add_parser("list", help="list the indicators and the data held for them")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(handler=list_indicators)

    show = sub.add_parser("show", help="show an indicator's figures, periods by region")
    show.add_argument("indicator", metavar="IND_ID")
    show.add_argument("--region", action="extend", nargs="+", metavar="CODE",
                      help="only these regions (kommune or bydel codes)")
    show.set_defaults(handler=show_indicator)


def _indicator(ctx: Context, indicator_id: str) -> Indicator:
    indicator = ctx.catalog.indicators.get(indicator_id)
    if indicator is None:
        raise CliError(
            f"There is no indicator {indicator_id} in the catalog "
            "(impactapp-cli indicators list shows them)."
        )
    return indicator


def inspect_file(args: argparse.Namespace, ctx: Context) -> int:
    try:
        dataset = read_jsonstat_file(args.file)
    except IndicatorDataError as exc:
        raise CliError(str(exc)) from None
    summary = dataset.summary()
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Table: {summary['table'] or '-'}")
    print(f"Label: {summary['label'] or '-'}")
    print("Dimensions:")
    width = max((len(d["id"]) for d in summary["dimensions"]), default=0)
    for d in summary["dimensions"]:
        print(f"  {d['id'].ljust(width)}  {d['size']:>7}  {d['label']}")
    print(f"Cells: {summary['cells']}")
    print(f"Missing: {summary['missing']}")
    counts = summary["status_counts"]
    if counts:
        print("Status symbols:")
        for symbol, count in counts.items():
            print(f"  {symbol:<4} {count:>7}  {symbol_meaning(symbol)}")
    else:
        print("Status symbols: none")
    return 0


def import_file(args: argparse.Namespace, ctx: Context) -> int:
    indicator = _indicator(ctx, args.indicator)
    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file.")
    try:
        observations = read_indicator_file(indicator, args.file, clock=ctx.clock)
    except IndicatorDataError as exc:
        raise CliError(str(exc), "Nothing was imported.") from None
    count = ctx.store.replace_observations(indicator.id, observations)
    print(f"{indicator.id}: {count} observations stored from {args.file}.")
    return 0


def _to_fetch(args: argparse.Namespace, ctx: Context) -> list[Indicator]:
    if args.all and args.indicators:
        raise CliError("Name indicators or use --all, not both.", status=2)
    if args.all:
        return list(ctx.catalog.indicators.values())
    if not args.indicators:
        raise CliError("Name the indicators to fetch, or use --all.", status=2)
    return [_indicator(ctx, indicator_id) for indicator_id in args.indicators]


def _fetch_one(client: Publishers, ctx: Context, indicator: Indicator,
               packed: list | None = None) -> str:
    source = indicator.source
    # Regions held besides the query's own (municipalities compared in the indicator view)
    # are fetched again too, so every region's figures are equally fresh.
    place = ctx.place or default_place()
    indicator = package_cmd.for_place(indicator, place)
    held = package_cmd.regions_to_fetch(ctx.store.observations(indicator.id), place)
    got = fetch_observations(client, indicator, place, regions=held)
    observations, result = got.observations, got.fetched
    count = ctx.store.replace_observations(indicator.id, observations)
    if packed is not None:
        packed.append(package_cmd.fetched_item(ctx, indicator, got))
    origin = "cached response" if result.from_cache else "the publisher"
    updated = result.dataset.updated or "-"
    line = (
        f"{indicator.id}: {count} observations from table {source.table} "
        f"(updated {updated}; {origin} fetched {result.fetched:%Y-%m-%d %H:%M} UTC)."
    )
    if got.left_out:
        line += f" Not in the table, left out: {', '.join(got.left_out)}."
    return line


def _publisher(indicator: Indicator) -> str:
    source = indicator.source
    if source.kind == "oslo_statistikkbank":
        return f"Oslo kommune's statistikkbank (table {source.table})"
    host = urlsplit(source.url).hostname if source.url else None
    return f"{host} ({source.table})" if host else source.table


def fetch_indicators(args: argparse.Namespace, ctx: Context) -> int:
    indicators = _to_fetch(args, ctx)
    packed: list | None = None
    if args.package is not None:
        package_cmd.check_target(args.package, ctx)
        packed = []
    base_url = args.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    try:
        client = make_publishers(ctx.store, base_url, timeout=args.timeout, now=ctx.clock.now)
    except SsbError as exc:
        raise CliError(str(exc)) from None
    failures = 0
    for indicator in indicators:
        if not is_fetched(indicator):
            print(
                f"{indicator.id} is read from {_publisher(indicator)}, which this program does "
                "not fetch; import it from a saved file (impactapp-cli indicators import "
                f"{indicator.id} FILE).",
                file=sys.stderr,
            )
            failures += 0 if args.all else 1
            continue
        try:
            print(_fetch_one(client, ctx, indicator, packed), flush=True)
        except (SsbError, IndicatorDataError) as exc:
            failures += 1
            print(f"{indicator.id}: {exc}", file=sys.stderr)
            if isinstance(exc, SsbError) and exc.kind in (OFFLINE, RATE_LIMITED):
                print("Stopped: the remaining indicators were not fetched.", file=sys.stderr)
                break
    if packed is not None:
        package_cmd.write(args.package, ctx, packed)
    return 1 if failures else 0


def list_indicators(args: argparse.Namespace, ctx: Context) -> int:
    held = ctx.store.indicator_summary()
    rows: list[dict[str, Any]] = []
    for indicator in ctx.catalog.indicators.values():
        summary = held.get(indicator.id)
        rows.append(
            {
                "id": indicator.id,
                "name": indicator.name.en,
                "kind": indicator.source.kind,
                "table": indicator.source.table,
                "levels": list(indicator.levels),
                "latest_period": summary.latest_period if summary else None,
                "fetched": summary.fetched.isoformat() if summary and summary.fetched else None,
            }
        )
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    header = ("ID", "Source", "Levels", "Latest", "Fetched")
    table = [
        (
            r["id"],
            f"{r['kind']} {r['table']}",
            ", ".join(r["levels"]),
            r["latest_period"] or "-",
            r["fetched"][:16].replace("T", " ") if r["fetched"] else "no data",
        )
        for r in rows
    ]
    _print_table(header, table)
    return 0


def _print_table(
    header: tuple[str, ...], rows: list[tuple[str, ...]], *, right_from: int | None = None
) -> None:
    """Columns padded to their widest cell; figures (from column ``right_from``) to the right."""
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    for row in (header, *rows):
        cells = (
            cell.rjust(width) if right_from is not None and i >= right_from else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        print("  ".join(cells).rstrip())


def show_indicator(args: argparse.Namespace, ctx: Context) -> int:
    indicator = _indicator(ctx, args.indicator)
    observations = ctx.store.observations(indicator.id, args.region)
    if not observations:
        where = f" for {', '.join(args.region)}" if args.region else ""
        raise CliError(
            f"No figures for {indicator.id}{where} yet; fetch or import them first."
        )
    periods = sorted({o.period for o in observations})
    regions = list(dict.fromkeys(args.region or [o.region for o in observations]))
    cells = {(o.region, o.period): o for o in observations}
    names = ctx.catalog.regions

    def shown(code: str, period: str) -> str:
        o = cells.get((code, period))
        return format_value(o.value, o.status) if o else ""

    table = [
        (code, names[code].name if code in names else "", *(shown(code, p) for p in periods))
        for code in regions
    ]
    print(f"{indicator.name.en} ({indicator.unit.en})")
    _print_table(("Region", "Name", *periods), table, right_from=2)
    tables = sorted({o.source_table for o in observations})
    updated = max((o.updated for o in observations), default="") or "-"
    fetched = max((o.fetched for o in observations if o.fetched), default=None)
    when = f"{fetched:%Y-%m-%d %H:%M} UTC" if fetched else "-"
    print(f"Source: {', '.join(tables)}; updated {updated}; fetched {when}.")
    symbols = sorted({o.status for o in observations if o.status})
    if symbols:
        print("Symbols: " + "; ".join(f"{s} {symbol_meaning(s)}" for s in symbols) + ".")
    return 0
