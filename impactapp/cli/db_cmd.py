"""``impactapp-cli db ...``: check the database file, back it up, restore a backup, list backups.

None of these opens the database the usual way: opening would create a missing file or
migrate an older one, and a check or a backup must leave the file as it is. They go through
the store's file maintenance, which a store on a database server does not have.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..domain.clock import local_naive
from ..store import DatabaseUnusable, StoreError
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "db")
    sub = parser.add_subparsers(dest="db_command", metavar="COMMAND", required=True)

    check = sub.add_parser("check", help="check every page and every stored case")
    check.set_defaults(handler=check_db)

    backup = sub.add_parser("backup", help="write a backup of the database to a file")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="the backup file to write")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(handler=backup_db)

    restore = sub.add_parser(
        "restore", help="replace the database by a backup (the current one is backed up first)")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=restore_db)

    backups = sub.add_parser("backups", help="list the automatic backups of the database")
    backups.set_defaults(handler=list_db_backups)

    from .db_pg_cmd import register as register_shared  # init, grant, revoke (PostgreSQL)

    register_shared(sub)

    from .db_copy_cmd import register as register_copy  # copy between file and server

    register_copy(sub)


def _schema_note(schema: int | None, current: int) -> str:
    if schema is None:
        return "unknown"
    if schema < current:
        return f"{schema} (older; upgraded the next time ImpactApp opens it)"
    return f"{schema} (current)"


def check_db(args: argparse.Namespace, ctx: Context) -> int:
    """Print what the full check found; exit status 1 when it found any problem."""
    files = ctx.maintenance("check")
    report = files.check()
    print(f"Database: {report.path}")
    if report.schema is not None:
        print(f"Schema: {_schema_note(report.schema, files.schema_version)}")
        print(f"Cases: {report.cases}, approved revisions: {report.revisions}")
    if report.ok:
        print("No problems found.")
        return 0
    print(f"{len(report.problems)} problem(s) found:")
    for problem in report.problems:
        print(f"- {problem}")
    return 1


def backup_db(args: argparse.Namespace, ctx: Context) -> int:
    """Write an online backup of the database to the file given, never over it unasked."""
    target: Path = args.output
    files = ctx.maintenance("back up")
    source = files.path
    if not source.is_file():
        raise CliError(f"There is no database file {source}.")
    if target.exists() and os.path.samefile(target, source):
        raise CliError(f"{target} is the database itself; choose another file.")
    if target.exists() and not args.force:
        raise CliError(f"The file {target} already exists; add --force to replace it.")
    if target.is_dir():
        raise CliError(f"{target} is a folder; give the name of the backup file.")
    if not target.parent.is_dir():
        raise CliError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    try:
        files.backup(target)
    except DatabaseUnusable as exc:
        raise CliError(str(exc), "No backup was written.") from None
    except StoreError as exc:
        raise CliError(str(exc)) from None
    summary = files.describe(target)
    print(f"Backed up {source} to {target} ({summary.cases} case(s)).", file=sys.stderr)
    return 0


def restore_db(args: argparse.Namespace, ctx: Context) -> int:
    """Put the backup in place of the database; say where the replaced database was kept."""
    source: Path = args.file
    files = ctx.maintenance("restore a backup into")
    if not source.exists():
        raise CliError(f"{source}: no such file.")
    try:
        restored = files.restore(source, local_naive(ctx.clock))
    except StoreError as exc:
        raise CliError(str(exc), f"The database {files.path} was not changed.") from None
    print(f"Restored {source} as the database {restored.database}.", file=sys.stderr)
    if restored.backup is not None:
        print(f"The database it replaced was backed up to {restored.backup}.", file=sys.stderr)
    if restored.set_aside is not None:
        print(f"The file it replaced could not be used and was kept as {restored.set_aside}.",
              file=sys.stderr)
    schema = files.describe(restored.database).schema
    if schema is not None and schema < files.schema_version:
        print("It is from an older version and will be upgraded when it is next opened.",
              file=sys.stderr)
    return 0


def list_db_backups(args: argparse.Namespace, ctx: Context) -> int:
    """The automatic (and by-hand) backups of the database, newest first."""
    files = ctx.maintenance("list the backups of")
    backups = files.backups()
    if not backups:
        print(f"No backups of {files.path} yet.")
        return 0
    header = ("Taken", "Kind", "Cases", "Schema", "File")
    rows = []
    for backup in backups:
        summary = files.describe(backup.path)
        rows.append((
            backup.taken.strftime("%Y-%m-%d %H:%M:%S"),
            backup.kind,
            "?" if summary.cases is None else str(summary.cases),
            "?" if summary.schema is None else str(summary.schema),
            str(backup.path),
        ))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header[:-1])]
    for row in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0
