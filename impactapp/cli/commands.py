"""The CLI's top-level commands: each one's help line and the module that registers it.

``impactapp-cli --help`` lists every command, but a run imports only the module of the command
it runs (a module brings the parts of the program that command needs), so a command that reads
a few rows starts quickly. The help lines live here only; the modules take theirs from here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

#: Command name: (module under impactapp.cli, help line), in the order ``--help`` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "catalog": ("catalog_cmd", "work with the criteria catalog"),
    "case": ("case_cmd", "import, export, list and show cases"),
    "memo": ("memo_cmd", "write a case's decision memo as PDF/A"),
    "demo": ("demo_cmd",
             "load the example cases into the database (again only if they are missing)"),
    "indicators": ("indicators_cmd", "register data for the indicator set"),
    "compare": ("compare_cmd", "write the comparison of all cases as CSV or XLSX"),
    "portfolio": ("compare_cmd", "write the sustainability portfolio report as PDF/A"),
    "db": ("db_cmd", "check, back up and restore the database file"),
    "municipality": ("municipality_cmd",
                     "the municipality this database is for, and its comparison"),
    "targets": ("steering_cmd", "municipal targets per indicator"),
    "plans": ("steering_cmd", "the register of plans, strategies, initiatives"),
    "followup": ("followup_cmd", "follow-up of decided measures"),
    "budget": ("budget_cmd", "the sustainability budget (PDF/A or XLSX) and the climate target"),
}

#: Options of the top-level parser that take a value (the command comes after it).
_VALUED = ("--db",)


def add_command(commands: argparse._SubParsersAction, name: str) -> argparse.ArgumentParser:
    """Add the top-level command ``name``, with its help line from ``COMMANDS``."""
    return commands.add_parser(name, help=COMMANDS[name][1])


def chosen_command(argv: Sequence[str]) -> str | None:
    """The top-level command ``argv`` asks for (None for none, or a word that is none)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--":
            continue
        elif word in _VALUED:
            skip = True
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return None
