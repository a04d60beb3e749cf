"""``impactapp-cli memo ID -o FILE.pdf``: the decision memo as an archivable PDF/A-2u file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.indicator_targets import effective_targets
from ..domain.model import LANGUAGES, Case
from ..files import write_private
from ..indicators.latest import indicator_values
from ..indicators.steering import with_steering
from ..report import build_memo
from ..report.pdfa import render_memo_pdf
from ..store import NotFound
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("memo", help="write a case's decision memo as PDF/A")
    parser.add_argument("case_id", type=int, metavar="ID")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                        help="PDF file to write (readable by its owner only)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the memo (default: the case's own language)")
    parser.set_defaults(handler=write_memo)


def _case(ctx: Context, case_id: int) -> Case:
    try:
        return ctx.store.get_case(case_id)
    except NotFound:
        raise CliError(f"There is no case with id {case_id}.") from None


def write_memo(args: argparse.Namespace, ctx: Context) -> int:
    case = _case(ctx, args.case_id)
    if args.output.is_dir():
        raise CliError(f"{args.output} is a folder; give the name of the PDF file to write.")
    values = indicator_values(case.indicators, ctx.store.latest_observation, ctx.catalog,
                              args.lang or case.language)
    targets = effective_targets(ctx.catalog.indicator_targets, ctx.store.indicator_targets())
    values = with_steering(values, case.indicators, ctx.store.observations, targets)
    data = render_memo_pdf(build_memo(case, ctx.catalog, args.lang, indicator_values=values))
    try:
        write_private(args.output, data)
    except OSError as exc:
        raise CliError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    print(f"Memo for case {case.id} written to {args.output}.", file=sys.stderr)
    return 0
