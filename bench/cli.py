"""Benchmark of the command line: ``impactapp-cli case list`` against a plain sqlite3 fetch.

Both are whole processes, started in turns the same number of times in the same run: the CLI
as the user runs it, and a Python process that opens the same database with sqlite3 and
fetches the same rows. Their ratio is what start-up weight (imports above all) costs a command
that only reads a few rows.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .core import case_database

RATIO_TARGET = 4.0
CASES = 10

_PLAIN_FETCH = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT id, title, case_number, unit, status, depth, updated, revision, decision_body,"
    " caseworker FROM cases WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC"
).fetchall()
for row in rows:
    print(*row)
conn.close()
"""


def cli_command() -> list[str]:
    """The installed ``impactapp-cli`` script, else the same entry point through ``-c``."""
    script = Path(sys.executable).with_name("impactapp-cli")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from impactapp.cli import main; sys.exit(main())"]


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=os.environ)
    return time.perf_counter() - start


def _byte_compiled() -> None:
    """Compile the package's modules as an installation does (pip byte-compiles what it
    installs, the bundle ships bytecode). Without it a checkout run with
    PYTHONDONTWRITEBYTECODE set (as CI machines often are) compiles every module on every
    start, and the figure would measure the compiler instead of the command."""
    import impactapp

    compileall.compile_dir(Path(impactapp.__file__).parent, quiet=1)


def bench_cli(args: argparse.Namespace) -> None:
    """Median wall time of ``case list`` on 10 cases and of the plain fetch, run in turns."""
    _byte_compiled()
    path = case_database(CASES)
    listing = [*cli_command(), "--db", str(path), "case", "list"]
    plain = [sys.executable, "-c", _PLAIN_FETCH, str(path)]
    _seconds(listing)
    _seconds(plain)  # warm-up: the files are in the page cache for both
    repeat = max(10, 4 * args.repeat)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        times[0].append(_seconds(listing))
        times[1].append(_seconds(plain))
    cli, base = statistics.median(times[0]), statistics.median(times[1])
    ratio = cli / base
    verdict = "ok" if ratio < RATIO_TARGET else "MISSED"
    print(f"{f'impactapp-cli case list, {CASES} cases':<44} {cli * 1000:10.1f} ms"
          f"   {ratio:6.1f}x plain sqlite3 fetch process ({base * 1000:.1f} ms)"
          f"   target < {RATIO_TARGET:.0f}x ({verdict})", flush=True)
