"""``impactapp-cli compare`` and ``portfolio``: every case in one table, and what they add up to.

``compare -o FILE.csv|FILE.xlsx`` writes the comparison table (one row per case with its
recommended alternative, or per measure); the XLSX also carries the portfolio aggregates.
``portfolio -o FILE.pdf`` writes the portfolio report for leadership as PDF/A-2u. Both take
the same filters. The files may name cases exempt from disclosure, so they are written
readable by their owner only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.clock import local_today
from ..domain.model import LANGUAGES, STATUSES
from ..domain.vocabulary import STATUS_LABELS
from ..files import write_private
from ..report import renderers
from .commands import add_command
from .context import CliError, Context


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", action="append", choices=STATUSES, default=[],
                        metavar="S", help=f"only cases with this status ({', '.join(STATUSES)}); "
                        "repeat for several")
    parser.add_argument("--unit", action="append", default=[], metavar="U",
                        help="only cases of this unit (exactly as written); repeat for several")
    parser.add_argument("--year", action="append", type=int, default=[], metavar="Y",
                        help="only cases with a planned decision in this year; repeat for several")
    parser.add_argument("--lang", choices=LANGUAGES, default="nb",
                        help="language of headers and words (default nb)")


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``compare`` and ``portfolio`` to the CLI."""
    compare = add_command(commands, "compare")
    _filters(compare)
    compare.add_argument("--per-measure", action="store_true",
                         help="one row per measure instead of per case (recommended alternative)")
    compare.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                         help="file to write: .csv or .xlsx")
    compare.set_defaults(handler=write_comparison)

    portfolio = add_command(commands, "portfolio")
    _filters(portfolio)
    portfolio.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                           help="PDF file to write")
    portfolio.set_defaults(handler=write_portfolio)


def _rows(
    args: argparse.Namespace, ctx: Context, *, per_measure: bool = False, portfolio: bool = False
) -> dict[str, Any]:
    return ctx.store.comparison_rows(
        per_measure=per_measure, statuses=args.status, units=args.unit, years=args.year,
        portfolio=portfolio,
    )


def _check_output(path: Path, suffixes: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise CliError(f"{path}: the file name must end in {' or '.join(suffixes)}.", status=2)
    if path.is_dir():
        raise CliError(f"{path} is a folder; give the name of the file to write.")
    return suffix


def _write(path: Path, data: bytes) -> None:
    try:
        write_private(path, data)
    except OSError as exc:
        raise CliError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def scope_text(args: argparse.Namespace, lang: str) -> str:
    """The filters in words, for the report ("" when there are none)."""
    parts = [", ".join(STATUS_LABELS[s].get(lang) for s in args.status)] if args.status else []
    parts += [", ".join(args.unit)] if args.unit else []
    parts += [", ".join(str(y) for y in args.year)] if args.year else []
    return "; ".join(parts)


def write_comparison(args: argparse.Namespace, ctx: Context) -> int:
    """``compare``: the table as CSV, or as XLSX with the portfolio sheet."""
    from ..analysis import portfolio_aggregates  # pandas: only for the commands that use it
    from ..analysis.compare import TABLE_FORMATS, build_comparison, table_file

    suffix = _check_output(args.output, TABLE_FORMATS)
    xlsx = suffix == ".xlsx"
    tables, frame = build_comparison(
        _rows(args, ctx, per_measure=args.per_measure, portfolio=xlsx and not args.per_measure),
        ctx.catalog, per_measure=args.per_measure, lang=args.lang,
    )
    aggregates = None
    if xlsx:
        # The aggregates count recommended alternatives: read them so even per measure.
        rows = _rows(args, ctx, portfolio=True) if args.per_measure else tables
        aggregates = portfolio_aggregates(rows, ctx.catalog, args.lang)
    _write(args.output, table_file(frame, ctx.catalog, suffix, lang=args.lang,
                                   aggregates=aggregates))
    print(f"{len(frame)} rows written to {args.output}.", file=sys.stderr)
    return 0


def write_portfolio(args: argparse.Namespace, ctx: Context) -> int:
    """``portfolio``: the report for leadership as PDF/A-2u."""
    from ..analysis import portfolio_aggregates  # pandas, reportlab: only when a report is made
    from ..analysis.steering import steering_aggregates
    from ..report.portfolio import build_portfolio

    _check_output(args.output, (".pdf",))
    rows = _rows(args, ctx, portfolio=True)
    aggregates = portfolio_aggregates(rows, ctx.catalog, args.lang)
    aggregates.update(steering_aggregates(
        rows, ctx.catalog, ctx.store.plans(), ctx.store.indicator_targets(),
        {i: ctx.store.observations(i) for i in ctx.catalog.indicators}, args.lang))
    report = build_portfolio(aggregates, ctx.catalog, lang=args.lang,
                             scope=scope_text(args, args.lang),
                             made=local_today(ctx.clock))
    _write(args.output, renderers.get().render_portfolio(report))
    cases = int(aggregates["overview"].loc["cases", "value"])
    print(f"Portfolio of {cases} cases written to {args.output}.", file=sys.stderr)
    return 0
