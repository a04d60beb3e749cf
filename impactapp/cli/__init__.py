"""impactapp-cli: the command-line interface (no Qt).

Every failure is reported as plain sentences on stderr with exit status 1 (2 for usage errors);
no traceback reaches the user unless IMPACTAPP_DEBUG is set.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..domain.clock import Clock
from ..logsetup import configure_logging_on_use, log_unexpected, shutdown_logging
from .commands import COMMANDS, chosen_command
from .context import CliError, Context


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser. Given a command line that names a command, only that command is
    registered (its module imported); one that names none (``--help``, a typo) gets every
    command listed by name and help line. Without a command line, every command is
    registered whole."""
    parser = argparse.ArgumentParser(
        prog="impactapp-cli",
        description="ImpactApp: impact assessments of municipal decisions, tied to the SDGs.",
    )
    parser.add_argument("--version", action="version", version=f"impactapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $IMPACTAPP_DB or the user's data directory)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    wanted = None if argv is None else chosen_command(argv)
    if wanted is not None:
        _register(commands, COMMANDS[wanted][0])
    elif argv is not None:  # --help, no command or a typo: every command listed, none loaded
        for name, (_, help_line) in COMMANDS.items():
            commands.add_parser(name, help=help_line)
    else:
        for module_name in dict.fromkeys(module for module, _ in COMMANDS.values()):
            _register(commands, module_name)
    return parser


def _register(commands: argparse._SubParsersAction, module_name: str) -> None:
    """Import the command module ``module_name`` and let it register its commands."""
    importlib.import_module(f"{__name__}.{module_name}").register(commands)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the CLI; returns the process exit status. ``clock`` (default: the computer's)
    is the one every command reads the time from."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(argv).parse_args(argv)
    configure_logging_on_use()  # the log file is opened if something is logged
    ctx = Context(db=args.db, clock=clock)
    try:
        return int(args.handler(args, ctx) or 0)
    except CliError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into e.g. `head`: not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: one sentence, no traceback
        log_unexpected(type(exc), exc, exc.__traceback__)
        if os.environ.get("IMPACTAPP_DEBUG"):
            import traceback

            traceback.print_exc()
        print(f"Internal error ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
        shutdown_logging()
