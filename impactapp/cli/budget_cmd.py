"""``impactapp-cli budget``: the sustainability budget as PDF/A or XLSX, and the climate target."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from ..domain.climate_target import ClimateTarget, target_problems
from ..domain.clock import local_today
from ..domain.sustainability_budget import Budget, build_budget
from ..files import write_private
from ..report import renderers
from .commands import add_command
from .context import CliError, Context
from .followup_cmd import climate_config


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "budget")
    parser.add_argument("--year", type=int, metavar="YEAR", help="the budget year")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="file to write: .pdf (PDF/A) or .xlsx")
    parser.add_argument("--lang", choices=("nb", "en"), default="nb",
                        help="language of the file (default: nb)")
    parser.set_defaults(handler=write_budget)
    sub = parser.add_subparsers(dest="budget_command", metavar="COMMAND")
    target = sub.add_parser("target", help="show or set the climate target (kept in the "
                                           "database)")
    target.add_argument("--cut", type=float, metavar="PERCENT", help="cut in percent, e.g. 95")
    target.add_argument("--year", dest="target_year", type=int, metavar="YEAR",
                        help="the target year, e.g. 2030")
    target.add_argument("--base-year", type=int, metavar="YEAR", help="the base year, e.g. 2009")
    target.add_argument("--base-tonnes", type=float, metavar="N",
                        help="the base year's emissions, t CO2e")
    target.set_defaults(handler=climate_target)


def effective_target(ctx: Context) -> tuple[ClimateTarget | None, str]:
    """The target set in the program, else the configuration's; and where it comes from."""
    stored = ctx.store.climate_target()
    if stored is not None:
        return stored, "the database"
    config = climate_config()
    return config.target, config.source or ""


def load_budget(ctx: Context, year: int) -> Budget:
    """The budget of ``year`` from the store, the target and the configuration."""
    config = climate_config()
    target, _ = effective_target(ctx)
    if target is not None and not target.known and config.target is not None \
            and config.target.known:
        target = ClimateTarget(target.cut_percent, target.year, target.base_year,
                               target.base_tonnes, config.target.known)
    cases = ctx.store.budget_cases()
    return build_budget(cases, {c.id: c.followup for c in cases if c.id is not None}, year,
                        target, config.lifetime_years)


def write_budget(args: argparse.Namespace, ctx: Context) -> int:
    if args.year is None or args.output is None:
        raise CliError("Give the budget year and the file to write: budget --year YEAR "
                       "-o FILE.pdf|FILE.xlsx.", status=2)
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(f"{args.output}: write the budget to a .pdf or an .xlsx file.", status=2)
    budget = load_budget(ctx, args.year)
    if suffix == ".pdf":
        from ..report.budget import build_budget_report  # reportlab: only when a PDF is made

        report = build_budget_report(budget, args.lang, local_today(ctx.clock))
        data = renderers.get().render_budget(report)
    else:
        from ..analysis.budget_xlsx import write_budget_xlsx  # openpyxl: only for an XLSX

        buffer = io.BytesIO()
        write_budget_xlsx(budget, buffer, args.lang)
        data = buffer.getvalue()
    try:
        write_private(args.output, data)
    except OSError as exc:
        raise CliError(f"Cannot write {args.output}: {exc.strerror}.") from None
    print(f"Budget {args.year} written to {args.output} ({len(budget.lines)} measures).",
          file=sys.stderr)
    return 0


def climate_target(args: argparse.Namespace, ctx: Context) -> int:
    given = (args.cut, args.target_year, args.base_year, args.base_tonnes)
    if all(v is None for v in given):
        target, source = effective_target(ctx)
        if target is None:
            print("No climate target is set.")
            return 0
        print(f"Cut {target.cut_percent:g} % by {target.year} against {target.base_year} "
              f"({target.base_tonnes:,.0f} t CO2e), from {source}.")
        return 0
    if any(v is None for v in given):
        raise CliError("Give all four: --cut, --year, --base-year and --base-tonnes.", status=2)
    target = ClimateTarget(float(args.cut), args.target_year, args.base_year,
                           float(args.base_tonnes))
    problems = target_problems(target)
    if problems:
        raise CliError(f"The climate target is refused: {'; '.join(problems)}.", status=2)
    ctx.store.set_climate_target(target)
    print(f"Climate target set: cut {target.cut_percent:g} % by {target.year} against "
          f"{target.base_year}.", file=sys.stderr)
    return 0
