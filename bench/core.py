"""Benchmarks of the foundation: importing cases, listing cases, GUI start-up."""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from impactapp.casefile import dump_case, parse_case
from impactapp.catalog import load_catalog
from impactapp.store import Profile, Store

from .synthetic import make_case

OUT = Path(__file__).resolve().parent / "out"


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in seconds over ``repeat`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, target: float | None = None,
           baseline: tuple[str, float] | None = None) -> None:
    line = f"{name:<44} {seconds * 1000:10.1f} ms"
    if target is not None:
        line += f"   target < {target * 1000:.0f} ms ({'ok' if seconds < target else 'MISSED'})"
    if baseline is not None:
        label, base = baseline
        line += f"   {seconds / base:6.1f}x {label} ({base * 1000:.1f} ms)"
    print(line, flush=True)


def case_database(count: int) -> Path:
    """A database with ``count`` synthetic cases (3 measures each), built once and reused."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"cases{count}.db"
    if path.exists():
        with Store.open(path) as store:
            if store.count_cases() == count:
                return path
        path.unlink()
    catalog = load_catalog()
    print(f"(building {path.name} with {count} cases, once)", flush=True)
    with Store.open(path) as store:
        for _ in store.add_cases(make_case(i, catalog) for i in range(count)):
            pass
    return path


def bench_import(args: argparse.Namespace) -> None:
    """Validate and store 1,000 case files; baseline: only parsing the same YAML."""
    catalog = load_catalog()
    files = [dump_case(make_case(i, catalog, measures=2)) for i in range(1000)]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def parse_only() -> None:
        for raw in files:
            yaml.load(raw, Loader=loader)  # CSafeLoader: plain data only

    def import_all() -> None:
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.db") as store:
            cases = [parse_case(raw, catalog, f"case{i}.yaml") for i, raw in enumerate(files)]
            for _ in store.add_cases(cases):
                pass

    repeat = max(1, min(args.repeat, 3))
    base = median_time(parse_only, repeat)
    report("import 1,000 case files (validate + store)", median_time(import_all, repeat),
           baseline=("plain YAML parse", base))


def bench_catalog(args: argparse.Namespace) -> None:
    """Load the shipped catalog (every start and every CLI call does); baseline: only parsing
    its YAML files. Replaces a timed test: speed is a benchmark figure, never an assertion."""
    from impactapp.resources import resource_dir

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = [p for folder in ("criteria", "forms") for p in resource_dir(folder).glob("*.yaml")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(files)]

    def parse_only() -> None:
        for text in texts:
            yaml.load(text, Loader=loader)

    base = median_time(parse_only, args.repeat)
    report("load the shipped catalog", median_time(load_catalog, args.repeat), target=0.3,
           baseline=("plain YAML parse", base))


def bench_list(args: argparse.Namespace) -> None:
    """List every case from the store; baseline: the same columns through plain sqlite3."""
    path = case_database(args.cases)
    with Store.open(path) as store:
        seconds = median_time(store.list_cases, args.repeat)
    conn = sqlite3.connect(path)
    try:
        def raw() -> None:
            conn.execute(
                "SELECT id, title, case_number, unit, status, depth, updated, revision, "
                "decision_body, caseworker FROM cases WHERE deleted_at IS NULL "
                "ORDER BY updated DESC"
            ).fetchall()

        base = median_time(raw, args.repeat)
    finally:
        conn.close()
    report(f"list {args.cases:,} cases", seconds, target=0.2,
           baseline=("plain sqlite3 fetch", base))


_STARTUP_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, app.quit)  # fires once the event loop runs, i.e. after the window shows
from impactapp.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""

_BASELINE_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _run_seconds(code: str, *argv: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *argv], check=True, env=env)
    return time.perf_counter() - start


def _settled(path: Path) -> Path:
    """The database as after its first start: a municipality and the user's profile chosen,
    so the program asks nothing before its window shows."""
    with Store.open(path) as store:
        if store.municipality_code() is None:
            store.set_place("0301")
        if not store.profile().name:
            store.save_profile(Profile("Benk Bruker", "Benchmark", ""))
    return path


def bench_startup(args: argparse.Namespace) -> None:
    """Process start to a shown main window listing every case; baseline: an empty Qt window."""
    path = _settled(case_database(args.cases))
    repeat = max(3, args.repeat)
    base = statistics.median(_run_seconds(_BASELINE_PROBE) for _ in range(repeat))
    seconds = statistics.median(_run_seconds(_STARTUP_PROBE, str(path)) for _ in range(repeat))
    report(f"GUI start-up to shown window, {args.cases:,} cases", seconds, target=1.5,
           baseline=("empty Qt window", base))
