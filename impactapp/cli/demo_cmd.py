"""``impactapp-cli demo``: load the shipped example cases into the database, once."""

from __future__ import annotations

import argparse
import sys

from ..casefile import CaseFileInvalid
from ..domain.model import Case
from ..examples import example_origins, examples_dir, load_examples, missing_examples
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "demo")
    parser.set_defaults(handler=load_demo)


def _cases(count: int) -> str:
    return f"{count} example case{'s' if count != 1 else ''}"


def _examples(ctx: Context) -> list[Case]:
    try:
        examples = load_examples(ctx.catalog, ctx.place)
    except CaseFileInvalid as exc:
        raise CliError(
            "The shipped example cases do not import:", *(str(e) for e in exc.errors)
        ) from None
    except OSError as exc:
        raise CliError(f"An example case cannot be read: {exc}.") from None
    if not examples:
        raise CliError(f"There are no example cases in {examples_dir()}.")
    return examples


def load_demo(args: argparse.Namespace, ctx: Context) -> int:
    """Store the examples not already among the active cases, printing each new id.

    An example counts as loaded when an active case (not one in the bin) has its title and case
    number, so a second run adds nothing and an example deleted by the user comes back.
    """
    examples = _examples(ctx)
    missing = missing_examples(examples, ctx.store.list_cases())
    added = 0
    origins = example_origins(ctx.catalog)
    sources = (origins.get((case.title, case.case_number)) for case in missing)
    for case in ctx.store.add_cases(missing, sources):
        print(case.id, flush=True)
        added += 1
    if added == 0:
        if len(examples) == 1:
            summary = "The example case is already in the database."
        else:
            summary = f"The {len(examples)} example cases are already in the database."
    elif added == len(examples):
        summary = f"Loaded {_cases(added)}."
    else:
        already = len(examples) - added
        summary = (
            f"Loaded {_cases(added)}; {already} {'was' if already == 1 else 'were'} "
            "already in the database."
        )
    print(summary, file=sys.stderr)
    return 0
