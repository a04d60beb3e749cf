"""``impactapp-cli memo ID -o FILE.pdf``: the decision memo as an archivable PDF/A-2u file;
with ``--archive``, ``-o`` names a folder that receives the memo and its arkivmelding.xml."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog import CatalogInvalid
from ..domain.indicator_targets import effective_targets
from ..domain.model import LANGUAGES, Case
from ..files import write_private
from ..indicators.latest import indicator_values
from ..indicators.steering import with_steering
from ..report import renderers
from ..store import NotFound
from .commands import add_command
from .context import CliError, Context

if TYPE_CHECKING:
    from ..archive import ArchiveSettings


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "memo")
    parser.add_argument("case_id", type=int, metavar="ID")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FOLDER",
                        help="PDF file to write (readable by its owner only); with --archive, "
                             "the folder to write the filing to")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the memo (default: the case's own language)")
    parser.add_argument("--archive", action="store_true",
                        help="write the memo and an arkivmelding.xml for KS Fiks Arkiv into "
                             "the folder (codes and file permissions: archive/archive.yaml)")
    parser.add_argument("--replace", action="store_true",
                        help="with --archive: replace another revision's filing in the folder")
    parser.set_defaults(handler=write_memo)


def _case(ctx: Context, case_id: int) -> Case:
    try:
        return ctx.store.get_case(case_id)
    except NotFound:
        raise CliError(f"There is no case with id {case_id}.") from None


def _memo_pdf(args: argparse.Namespace, ctx: Context, case: Case) -> bytes:
    from ..report import build_memo  # reportlab and pikepdf: only when a memo is made

    values = indicator_values(case.indicators, ctx.store.latest_observation, ctx.catalog,
                              args.lang or case.language)
    targets = effective_targets(ctx.catalog.indicator_targets, ctx.store.indicator_targets())
    values = with_steering(values, case.indicators, ctx.store.observations, targets)
    memo = build_memo(case, ctx.catalog, args.lang, indicator_values=values)
    return renderers.get().render_memo(memo)


def write_memo(args: argparse.Namespace, ctx: Context) -> int:
    if args.replace and not args.archive:
        raise CliError("--replace only applies to --archive.", status=2)
    if args.archive:
        return write_filing(args, ctx)
    case = _case(ctx, args.case_id)
    if args.output.is_dir():
        raise CliError(f"{args.output} is a folder; give the name of the PDF file to write.")
    data = _memo_pdf(args, ctx, case)
    try:
        write_private(args.output, data)
    except OSError as exc:
        raise CliError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    print(f"Memo for case {case.id} written to {args.output}.", file=sys.stderr)
    return 0


def _settings() -> ArchiveSettings:
    from ..archive import load_archive_settings  # lxml: only when filing

    try:
        return load_archive_settings()
    except CatalogInvalid as exc:
        raise CliError("The archive settings are invalid; fix these problems first:",
                       *(str(e) for e in exc.errors)) from None


def write_filing(args: argparse.Namespace, ctx: Context) -> int:
    """The memo PDF and its arkivmelding.xml, written into the folder ``-o`` names."""
    from ..archive import ArchiveError, FilingExists, export_filing

    settings = _settings()
    case = _case(ctx, args.case_id)
    if args.output.exists() and not args.output.is_dir():
        raise CliError(f"{args.output} is a file; with --archive give the folder to write to.")
    uid = ctx.store.case_uid(case.id)
    data = _memo_pdf(args, ctx, case)
    try:
        written = export_filing(args.output, case, uid, data, settings, ctx.clock.now(),
                                replace=args.replace)
    except FilingExists as exc:
        raise CliError(f"The folder {exc.folder} already holds {exc.what}; choose another "
                       "folder or add --replace.") from None
    except ArchiveError as exc:
        raise CliError(str(exc)) from None
    print(f"Memo for case {case.id} (revision {case.revision}) and {written.name} written to "
          f"{written.parent}.", file=sys.stderr)
    return 0
