"""Comparison benchmarks: the comparison frame for 10,000 cases, the portfolio, the exports.

The database holds ``--cases`` synthetic cases (3 measures each, every criterion rated) whose
measures have their suggested SDG targets confirmed, so every part of the table has data.
The frame is timed from the store (rows read, then laid out by pandas) against plain sqlite3
running the same statements and fetching the same rows in the same run.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from impactapp.analysis import (
    as_tables,
    comparison_frame,
    portfolio_aggregates,
    write_csv,
    write_xlsx,
)
from impactapp.catalog import load_catalog
from impactapp.domain.model import Case, Catalog, SdgLink
from impactapp.domain.sdg import suggest_sdg_targets
from impactapp.report.portfolio import build_portfolio
from impactapp.report.portfolio_render import render_portfolio_pdf
from impactapp.store import Store
from impactapp.store.sqlite.comparison import comparison_queries

from .core import OUT, median_time, report
from .synthetic import make_case

RATIO_TARGET = 3.0


def _with_links(case: Case, catalog: Catalog) -> Case:
    """The case with every measure's suggested SDG targets confirmed."""
    for alt in case.measures:
        alt.sdg_targets = [SdgLink(s.target, s.contribution)
                           for s in suggest_sdg_targets(alt, catalog)]
    return case


def compare_database(count: int, catalog: Catalog) -> Path:
    """A database of ``count`` synthetic cases with confirmed SDG links, built once."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"compare{count}.db"
    if path.exists():
        with Store.open(path) as store:
            if store.count_cases() == count:
                return path
        path.unlink()
    print(f"(building {path.name} with {count} cases, once)", flush=True)
    with Store.open(path) as store:
        cases = (_with_links(make_case(i, catalog), catalog) for i in range(count))
        for _ in store.add_cases(cases):
            pass
    return path


def _plain_fetch(conn: sqlite3.Connection, per_measure: bool) -> None:
    for sql, params in comparison_queries(per_measure=per_measure).values():
        conn.execute(sql, params).fetchall()


def paired_medians(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median times of two functions run in turns (after a warm-up of each), so a busy moment
    of the machine weighs on both alike."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _ratio_line(seconds: float, base: float) -> None:
    ratio = seconds / base
    verdict = "ok" if ratio < RATIO_TARGET else "MISSED"
    print(f"{'':<44} ratio {ratio:.2f}x to the plain fetch   target < {RATIO_TARGET:.0f}x "
          f"({verdict})", flush=True)


def bench_compare(args: argparse.Namespace) -> None:
    """Frame from the store vs plain sqlite3; portfolio aggregates; CSV, XLSX and PDF."""
    catalog = load_catalog()
    path = compare_database(args.cases, catalog)
    conn = sqlite3.connect(path)
    with Store.open(path) as store:
        for per_measure, label, target in ((False, "per case", 1.0),
                                           (True, "per measure", None)):
            def frame(per_measure: bool = per_measure) -> object:
                rows = store.comparison_rows(per_measure=per_measure)
                return comparison_frame(rows, catalog, per_measure=per_measure)

            seconds, base = paired_medians(
                frame, lambda pm=per_measure: _plain_fetch(conn, pm), args.repeat
            )
            report(f"comparison frame {label}, {args.cases:,} cases", seconds, target=target,
                   baseline=("plain sqlite3 fetch", base))
            if target is not None:
                _ratio_line(seconds, base)

        rows = store.comparison_rows(portfolio=True)
    conn.close()
    tables = as_tables(rows, catalog)
    table = comparison_frame(tables, catalog)
    report(f"portfolio aggregates, {args.cases:,} cases",
           median_time(lambda: portfolio_aggregates(tables, catalog), args.repeat))
    aggregates = portfolio_aggregates(tables, catalog)
    few = max(1, min(args.repeat, 2))
    report(f"CSV export, {len(table):,} rows",
           median_time(lambda: write_csv(table, io.BytesIO(), catalog), few))
    report(f"XLSX export with aggregates, {len(table):,} rows", median_time(
        lambda: write_xlsx(table, io.BytesIO(), catalog, aggregates=aggregates), few
    ), target=10.0)
    report("portfolio PDF/A report", median_time(
        lambda: render_portfolio_pdf(build_portfolio(aggregates, catalog)), few))
