"""``impactapp-cli targets ...`` and ``plans ...``: targets per indicator and the plan register.

A target set here is stored in the database and wins over the configuration's (targets.yaml)
for the same indicator; ``targets list`` shows where each target in force comes from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..casefile import CaseFileInvalid
from ..casefile.plan_file import plans_to_yaml, read_plan_file
from ..domain.indicator_targets import (
    TARGET_DIRECTIONS,
    IndicatorTarget,
    effective_targets,
    target_direction_for,
    target_problems,
)
from ..domain.plans import PLAN_KINDS, Plan, plan_problems
from ..files import write_private
from ..store import PlanNotFound
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    targets = add_command(commands, "targets")
    sub = targets.add_subparsers(dest="targets_command", metavar="COMMAND", required=True)
    sub.add_parser("list", help="the targets in force and where each comes from").set_defaults(
        handler=list_targets)
    put = sub.add_parser("set", help="set an indicator's target (stored in the database)")
    put.add_argument("indicator", metavar="IND_ID")
    put.add_argument("--value", required=True, type=float, metavar="V")
    put.add_argument("--year", required=True, type=int, metavar="Y")
    put.add_argument("--direction", choices=TARGET_DIRECTIONS,
                     help="lower or higher (default: the one that fits the indicator)")
    put.set_defaults(handler=set_target)
    rm = sub.add_parser("remove", help="remove the target set in the program")
    rm.add_argument("indicator", metavar="IND_ID")
    rm.set_defaults(handler=remove_target)

    plans = add_command(commands, "plans")
    psub = plans.add_subparsers(dest="plans_command", metavar="COMMAND", required=True)
    psub.add_parser("list", help="list the plans").set_defaults(handler=list_plans)
    add = psub.add_parser("add", help="add a plan")
    add.add_argument("name")
    add.add_argument("--kind", choices=PLAN_KINDS, default="plan")
    add.add_argument("--unit", default="", help="the responsible unit")
    add.add_argument("--start", type=int, metavar="YEAR")
    add.add_argument("--end", type=int, metavar="YEAR")
    add.add_argument("--reference", default="", help="a link or document reference")
    add.add_argument("--target", action="append", default=[], metavar="SDG_TARGET",
                     help="an SDG target it serves (repeat for more)")
    add.add_argument("--indicator", action="append", default=[], metavar="IND_ID",
                     help="an indicator it serves (repeat for more)")
    add.set_defaults(handler=add_plan)
    prm = psub.add_parser("remove", help="remove a plan")
    prm.add_argument("plan_id", type=int, metavar="ID")
    prm.set_defaults(handler=remove_plan)
    imp = psub.add_parser("import", help="add the plans of a plan file (all or none)")
    imp.add_argument("file", type=Path, metavar="FILE.yaml")
    imp.set_defaults(handler=import_plans)
    exp = psub.add_parser("export", help="write the register as a plan file")
    exp.add_argument("-o", "--output", type=Path, metavar="FILE.yaml",
                     help="the file to write (default: standard output)")
    exp.set_defaults(handler=export_plans)


def _number(value: float) -> str:
    return f"{value:g}"


def list_targets(args: argparse.Namespace, ctx: Context) -> int:
    configured = ctx.catalog.indicator_targets
    stored = ctx.store.indicator_targets()
    for indicator, target in sorted(effective_targets(configured, stored).items()):
        where = "set in the program" if indicator in stored else "configuration (targets.yaml)"
        if indicator in stored and indicator in configured:
            where += f"; replaces the configuration's {_number(configured[indicator].value)}"
        by = f" by {target.set_by} {target.set_at[:10]}" if target.set_by else ""
        print(f"{indicator}\t{target.direction} than {_number(target.value)} by {target.year}"
              f"\t{where}{by}")
    if not configured and not stored:
        print("No targets set.", file=sys.stderr)
    return 0


def set_target(args: argparse.Namespace, ctx: Context) -> int:
    indicator = ctx.catalog.indicators.get(args.indicator)
    if indicator is None:
        raise CliError(f"There is no indicator {args.indicator} in the catalog "
                       "(impactapp-cli indicators list shows them).", status=2)
    direction = args.direction or target_direction_for(indicator.direction)
    problems = target_problems(args.value, args.year, direction, indicator.direction)
    if problems:
        raise CliError(*(f"--{field}: {message}." for field, message in problems), status=2)
    target = ctx.store.set_indicator_target(
        IndicatorTarget(args.indicator, args.value, args.year, direction))
    print(f"Target for {args.indicator}: {direction} than {_number(target.value)} by "
          f"{target.year} (set in the program; wins over the configuration).", file=sys.stderr)
    return 0


def remove_target(args: argparse.Namespace, ctx: Context) -> int:
    if not ctx.store.remove_indicator_target(args.indicator):
        raise CliError(f"No target for {args.indicator} was set in the program.", status=2)
    if args.indicator in ctx.catalog.indicator_targets:
        print(f"The configuration's target for {args.indicator} applies again.", file=sys.stderr)
    return 0


def list_plans(args: argparse.Namespace, ctx: Context) -> int:
    for plan in ctx.store.plans():
        print("\t".join((str(plan.id), plan.name, plan.kind, plan.unit, plan.period,
                         ",".join(plan.targets), ",".join(plan.indicators), plan.reference)))
    return 0


def add_plan(args: argparse.Namespace, ctx: Context) -> int:
    plan = Plan(args.name, args.unit, args.kind, args.start, args.end, args.reference,
                tuple(args.target), tuple(args.indicator))
    problems = plan_problems(plan, ctx.catalog.targets, ctx.catalog.indicators)
    if problems:
        raise CliError(*(f"{field}: {message}." for field, message in problems),
                       "Nothing was added.", status=2)
    print(ctx.store.add_plan(plan).id)
    return 0


def remove_plan(args: argparse.Namespace, ctx: Context) -> int:
    try:
        ctx.store.remove_plan(args.plan_id)
    except PlanNotFound as exc:
        raise CliError(str(exc), status=2) from None
    return 0


def import_plans(args: argparse.Namespace, ctx: Context) -> int:
    try:
        plans = read_plan_file(args.file, ctx.catalog)
    except CaseFileInvalid as exc:
        raise CliError(*(str(e) for e in exc.errors), "Nothing was imported.", status=2) from None
    except OSError as exc:
        raise CliError(f"{args.file}: cannot be read ({exc.strerror}).") from None
    for plan in ctx.store.add_plans(plans):
        print(plan.id)
    return 0


def export_plans(args: argparse.Namespace, ctx: Context) -> int:
    text = plans_to_yaml(ctx.store.plans())
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_private(args.output, text.encode("utf-8"))
    except OSError as exc:
        raise CliError(f"Cannot write {args.output}: {exc.strerror}.") from None
    return 0
