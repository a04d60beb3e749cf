"""Benchmarks: ``make bench`` (or ``python -m bench [NAME ...]``) prints median figures.

Each benchmark prints its median and, where it has one, the ratio to a baseline measured in
the same run, so figures from different machines can be compared by their ratios. Every
benchmark runs with HOME, the XDG folders and Qt's standard paths in a temporary folder
(``bench/isolation.py``), so the user's own settings and data are never touched.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from . import cli, compare, compare_ui, core, indicators, load, memo, shared, wizard
from .isolation import isolated_home

BENCHMARKS: dict[str, Callable[[argparse.Namespace], None]] = {
    "catalog": core.bench_catalog,
    "import": core.bench_import,
    "list": core.bench_list,
    "startup": core.bench_startup,
    "cli": cli.bench_cli,
    "memo": memo.bench_memo,
    "wizard": wizard.bench_wizard,
    "indicators": indicators.bench_indicators,
    "compare": compare.bench_compare,
    "compare_ui": compare_ui.bench_compare_ui,
    "shared": shared.bench_shared,
    "load": load.bench_load,
}
#: Run only when named (``make bench BENCH_ARGS=load``): a minute of 20 writers.
ON_REQUEST = ("load",)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], metavar="NAME",
                        help=f"benchmarks to run (default: all but {', '.join(ON_REQUEST)})")
    parser.add_argument("--cases", type=int, default=10_000,
                        help="cases in the listing and start-up database (default 10000)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per figure")
    parser.add_argument("--writers", type=int, default=20, help="writer processes (load)")
    parser.add_argument("--seconds", type=float, default=60.0, help="duration of load")
    args = parser.parse_args(argv)
    with isolated_home() as home:
        print(f"(HOME, XDG_* and Qt's standard paths under {home})", flush=True)
        for name in args.names or [n for n in BENCHMARKS if n not in ON_REQUEST]:
            BENCHMARKS[name](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
