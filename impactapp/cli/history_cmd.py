"""``impactapp-cli case history ID [--json]``: what happened to a case, by whom and when."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from ..domain.ids import LANGUAGES
from ..store import NotFound
from .context import CliError, Context

if TYPE_CHECKING:
    from ..domain.history import HistoryEntry


def register(case_commands: argparse._SubParsersAction) -> None:
    """Add ``history`` to the ``case`` command's subcommands."""
    parser = case_commands.add_parser(
        "history", help="every status change, verdict, approval, import and revision of a case")
    parser.add_argument("case_id", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--lang", choices=LANGUAGES, default="nb",
                        help="language of the entries (default nb)")
    parser.set_defaults(handler=show_history)


def _when(entry: HistoryEntry, lang: str) -> str:
    local = entry.at.astimezone()
    return local.strftime("%d.%m.%Y %H:%M" if lang == "nb" else "%Y-%m-%d %H:%M")


def render_history(entries: list[HistoryEntry], lang: str) -> str:
    """One block per entry: when, who and what, then its further lines indented."""
    out: list[str] = []
    for entry in entries:
        out.append(f"{_when(entry, lang)}  {entry.who}  {entry.summary.get(lang)}")
        out.extend(f"    {line.get(lang)}" for line in entry.lines)
        for change in entry.changes:
            out.append(f"    {change.step} · {change.field}: "
                       f"«{change.before}» → «{change.after}»")
    return "\n".join(out)


def show_history(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.history import entry_to_data

    try:
        entries = ctx.store.history(args.case_id, ctx.catalog, args.lang)
    except NotFound:
        raise CliError(f"There is no case with id {args.case_id}.") from None
    if args.json:
        json.dump([entry_to_data(e, args.lang) for e in entries], sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(render_history(entries, args.lang))
    return 0
