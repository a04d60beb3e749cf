"""``impactapp-cli followup ...``: the leadership's list, and reporting on a decided measure."""

from __future__ import annotations

import argparse
import json
import sys

from ..catalog import CatalogInvalid
from ..catalog.climate import ClimateConfig, load_climate_config
from ..domain.clock import local_today
from ..domain.followup import (
    REASON_LABELS,
    STATUSES,
    FollowUpRefused,
    attention_list,
    followed_measures,
    status_label,
)
from ..store import LockedError, NotFound
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "followup")
    sub = parser.add_subparsers(dest="followup_command", metavar="COMMAND", required=True)

    lst = sub.add_parser("list", help="Til oppfølging: reports due or late, stopped measures, "
                                      "effects far from the expected")
    lst.add_argument("--due", action="store_true", help="only measures whose report is due "
                                                        "or late")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(handler=list_followup)

    rep = sub.add_parser("report", help="report on a measure of a decided case")
    rep.add_argument("case_id", type=int, metavar="CASE")
    rep.add_argument("measure", metavar="MEASURE", help="the measure's id, e.g. a1")
    rep.add_argument("--status", required=True, metavar="S",
                     help=f"one of {', '.join(STATUSES)}")
    rep.add_argument("--effect", type=float, metavar="T",
                     help="t CO2e per year achieved (negative = cut)")
    rep.add_argument("--cost", type=float, metavar="NOK", help="cost spent so far, NOK")
    rep.add_argument("--note", default="", metavar="TEXT", help="progress note")
    rep.add_argument("--reason", default="", metavar="TEXT",
                     help="why the measure was stopped (required with --status stopped; "
                          "the note is used when no reason is given)")
    rep.add_argument("--unit", metavar="UNIT", help="the responsible unit")
    rep.set_defaults(handler=report_followup)


def climate_config() -> ClimateConfig:
    """climate.yaml, or a CliError listing its problems."""
    try:
        return load_climate_config()
    except CatalogInvalid as exc:
        raise CliError("The climate configuration is invalid; fix these problems first:",
                       *(str(e) for e in exc.errors)) from None


def list_followup(args: argparse.Namespace, ctx: Context) -> int:
    config = climate_config()
    cases = ctx.store.budget_cases(("decided",))
    items = attention_list(followed_measures(cases), local_today(ctx.clock), config.calendar,
                           due_only=args.due)
    if args.json:
        data = [{
            "case_id": i.measure.case_id, "case_number": i.measure.case_number,
            "title": i.measure.title, "measure": i.measure.measure,
            "measure_name": i.measure.measure_name, "unit": i.measure.unit,
            "status": i.measure.status, "reasons": list(i.reasons),
            "due": i.due.isoformat() if i.due else None,
            "expected_tonnes": i.measure.expected_tonnes,
            "reported_tonnes": i.measure.followup.effect_tonnes if i.measure.followup else None,
            "stop_reason": i.measure.followup.reason if i.measure.followup else "",
        } for i in items]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not items:
        print("Nothing to follow up." if not args.due else "No report is due or late.")
        return 0
    for item in items:
        m = item.measure
        why = ", ".join(REASON_LABELS[r].en for r in item.reasons)
        due = f" (report {item.due.isoformat()})" if item.due else ""
        stop = f": {m.followup.reason}" if m.followup and m.followup.reason else ""
        print(f"{m.case_id}  {m.measure}  {m.title} / {m.measure_name}  [{m.unit or '-'}]  "
              f"{status_label(m.status, 'en')}{stop}  {why}{due}")
    return 0


def report_followup(args: argparse.Namespace, ctx: Context) -> int:
    reason = args.reason or (args.note if args.status == "stopped" else "")
    try:
        record = ctx.store.report_followup(
            args.case_id, args.measure, args.status, unit=args.unit, effect_tonnes=args.effect,
            cost_nok=args.cost, note=args.note, reason=reason)
    except NotFound:
        raise CliError(f"There is no case with id {args.case_id}.", status=2) from None
    except LockedError:
        raise CliError(f"Case {args.case_id} is in the bin; restore it before reporting on "
                       "it.", status=2) from None
    except FollowUpRefused as exc:
        raise CliError(str(exc), status=2) from None
    print(f"Case {args.case_id}, measure {args.measure}: {status_label(record.status, 'en')}"
          f" ({len(record.entries)} report{'s' if len(record.entries) != 1 else ''} in all).",
          file=sys.stderr)
    return 0
