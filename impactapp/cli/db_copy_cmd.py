"""impactapp-cli db copy SOURCE TARGET: an offline copy between a SQLite file and a
PostgreSQL database (either way), printing how many rows of each kind were copied."""

from __future__ import annotations

import argparse

from ..store import StoreError
from ..store.opener import as_location, open_store, shown_location
from .context import CliError, Context


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``copy`` to the ``db`` command's subcommands."""
    copy = sub.add_parser(
        "copy", help="copy every case, history and figure from one database to another "
                     "(a file or a postgresql:// URI, either way)")
    copy.add_argument("source", metavar="SOURCE", help="the database to copy from")
    copy.add_argument("target", metavar="TARGET", help="the database to copy into")
    copy.add_argument("--merge", action="store_true",
                      help="add to a target that already has data (cases it has are kept)")
    copy.set_defaults(handler=copy_db)


def copy_db(args: argparse.Namespace, ctx: Context) -> int:
    from ..store.postgres.copy import COUNTED, TargetNotEmpty, copy_store

    source, target = as_location(args.source), as_location(args.target)
    if str(source) == str(target):
        raise CliError("SOURCE and TARGET are the same database; nothing to copy.", status=2)
    try:
        with open_store(source, clock=ctx.clock) as src, \
                open_store(target, clock=ctx.clock) as dst:
            report = copy_store(src, dst, merge=args.merge)
    except TargetNotEmpty:
        raise CliError(f"The database {shown_location(target)} already has data; copy into "
                       "an empty one, or give --merge to add to it.", status=2) from None
    except StoreError as exc:
        raise CliError(str(exc)) from None
    for table in COUNTED:
        print(f"{table}\t{report.copied.get(table, 0)}")
    if report.skipped:
        print(f"cases already there\t{report.skipped}")
    return 0
