"""impactapp-cli: the command-line interface (no Qt).

Every failure is reported as plain sentences on stderr with exit status 1 (2 for usage errors);
no traceback reaches the user unless IMPACTAPP_DEBUG is set.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..domain.clock import Clock
from ..logsetup import configure_logging, log_unexpected, shutdown_logging
from . import (
    budget_cmd,
    case_cmd,
    catalog_cmd,
    compare_cmd,
    db_cmd,
    demo_cmd,
    followup_cmd,
    indicators_cmd,
    memo_cmd,
    municipality_cmd,
)
from .context import CliError, Context
from .steering_cmd import register as register_steering


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
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
    catalog_cmd.register(commands)
    case_cmd.register(commands)
    memo_cmd.register(commands)
    demo_cmd.register(commands)
    indicators_cmd.register(commands)
    compare_cmd.register(commands)
    db_cmd.register(commands)
    municipality_cmd.register(commands)
    register_steering(commands)
    followup_cmd.register(commands)
    budget_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the CLI; returns the process exit status. ``clock`` (default: the computer's)
    is the one every command reads the time from."""
    parser = build_parser()
    args = parser.parse_args(argv)
    with contextlib.suppress(OSError):  # no log folder is no reason not to run
        configure_logging()
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
            traceback.print_exc()
        print(f"Internal error ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
        shutdown_logging()
