"""``impactapp-cli case ...``: import, export, list and show cases."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import NotFound
from . import history_cmd, lifecycle_cmd
from .commands import add_command
from .context import CliError, Context, fit_districts

if TYPE_CHECKING:  # reading and writing case files is loaded by the commands that do it
    from ..casefile import ImportedCase
    from ..domain.model import Case


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "case")
    sub = parser.add_subparsers(dest="case_command", metavar="COMMAND", required=True)

    imp = sub.add_parser("import", help="import case files (impactapp-case/1, YAML or JSON)")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--as-draft", action="store_true",
                     help="import every case as a draft without its approval record (for a "
                          "file marked approved or decided that carries no approval record)")
    imp.add_argument("--drop-districts", action="store_true",
                     help="leave out ratings of districts that are not the municipality's")
    imp.set_defaults(handler=import_cases)

    exp = sub.add_parser("export", help="export a case to a case file")
    exp.add_argument("case_id", type=int, metavar="ID")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                     help="file to write (.yaml or .json)")
    exp.set_defaults(handler=export_case)

    lst = sub.add_parser("list", help="list the cases in the database")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.add_argument("--deleted", action="store_true", help="list the cases in the bin")
    lst.set_defaults(handler=list_cases)

    show = sub.add_parser("show", help="show one case with its consequences")
    show.add_argument("case_id", type=int, metavar="ID")
    show.set_defaults(handler=show_case)
    lifecycle_cmd.register(sub)
    history_cmd.register(sub)


def import_cases(args: argparse.Namespace, ctx: Context) -> int:
    """Validate every file first; write only when all are valid, printing each new id."""
    from ..casefile import CaseFileInvalid, import_case_file

    cases: list[ImportedCase] = []
    problems: list[str] = []
    catalog, place = ctx.import_catalog()
    for path in args.files:
        try:
            cases.append(import_case_file(path, catalog, as_draft=args.as_draft))
        except CaseFileInvalid as exc:
            problems.extend(str(e) for e in exc.errors)
        except FileNotFoundError:
            problems.append(f"{path}: no such file.")
        except IsADirectoryError:
            problems.append(f"{path}: is a folder, not a case file.")
        except OSError as exc:
            problems.append(f"{path}: cannot be read ({exc.strerror}).")
    if problems:
        raise CliError(*problems, "Nothing was imported.")
    fitted = fit_districts([c.case for c in cases], args.files, place,
                           drop=args.drop_districts)
    added = ctx.store.add_cases(fitted, (c.origin for c in cases))
    for case in added:
        print(case.id, flush=True)
    return 0


def _get(ctx: Context, case_id: int) -> Case:
    try:
        return ctx.store.get_case(case_id)
    except NotFound:
        raise CliError(f"There is no case with id {case_id}.") from None


def export_case(args: argparse.Namespace, ctx: Context) -> int:
    from ..casefile import write_case_file

    case = _get(ctx, args.case_id)
    try:
        write_case_file(case, args.output)
    except OSError as exc:
        raise CliError(f"Cannot write {args.output}: {exc.strerror}.") from None
    print(f"Case {case.id} exported to {args.output}.", file=sys.stderr)
    return 0


def list_cases(args: argparse.Namespace, ctx: Context) -> int:
    rows = ctx.store.list_cases(deleted_only=args.deleted)
    if args.json:
        data = [
            {
                "id": r.id,
                "title": r.title,
                "case_number": r.case_number,
                "unit": r.unit,
                "status": r.status,
                "depth": r.depth,
                "revision": r.revision,
                "updated": r.updated.isoformat(),
            }
            for r in rows
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("No cases." if not args.deleted else "The bin is empty.")
        return 0
    header = ("ID", "Case no.", "Status", "Depth", "Updated", "Title")
    table = [
        (str(r.id), r.case_number or "-", r.status, r.depth,
         r.updated.strftime("%Y-%m-%d %H:%M"), r.title)
        for r in rows
    ]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(header[:-1])]
    for row in (header, *table):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0


def show_case(args: argparse.Namespace, ctx: Context) -> int:
    from .show import render_case

    case = _get(ctx, args.case_id)
    print(render_case(case, ctx.catalog))
    return 0
