"""Benchmark of the comparison view: its model for 10,000 cases, a filter, a sort, peak memory.

Runs Qt offscreen in this process. The view is shown at 1280x800 and every figure includes
what the table then paints (events are processed until the view is idle). The baselines are
measured in the same run: the frame from the store (the analysis layer's own cost, which the
view only adds to) and ``QSortFilterProxyModel``'s own filter with a fixed-string regular
expression on one column.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .core import case_database, report

FILTER_TARGET = 0.1
SORT_TARGET = 0.1
MEMORY_TARGET_MB = 400


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _timed(app, fn: Callable[[], object]) -> float:
    """Seconds for ``fn`` and the painting it causes."""
    start = time.perf_counter()
    fn()
    app.processEvents()
    return time.perf_counter() - start


def _median(app, fns: list[Callable[[], object]], repeat: int) -> float:
    """Median over ``repeat`` rounds of each of ``fns`` in turn (after one warm-up round)."""
    for fn in fns:
        _timed(app, fn)
    times = [_timed(app, fn) for _ in range(repeat) for fn in fns]
    return statistics.median(times)


def peak_mb() -> float:
    """The process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_compare_ui(args: argparse.Namespace) -> None:
    """Model for N cases; a filter and a sort through the view; peak memory with it open."""
    app = _qt()
    from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt

    from impactapp.catalog import load_catalog
    from impactapp.store import store_opener
    from impactapp.ui.comparison.filtering import ComparisonFilter
    from impactapp.ui.comparison.source import read_comparison
    from impactapp.ui.comparison.views import ComparisonViews

    catalog = load_catalog()
    opener = store_opener(case_database(args.cases))
    repeat = max(3, args.repeat)
    read_seconds = statistics.median(
        _timed(app, lambda: read_comparison(opener, catalog, "nb")) for _ in range(3))
    data = read_comparison(opener, catalog, "nb")
    views = ComparisonViews(opener, catalog, "nb")
    view = views.comparison
    view.source.stale = False  # the benchmark hands the data over itself
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    build = _median(app, [lambda: view.set_data(data)], repeat)
    report(f"comparison view model, {args.cases:,} cases", build,
           baseline=("frame from the store", read_seconds))

    filters = view.filters
    text = ComparisonFilter(text="sak 12")
    chosen = _median(app, [lambda: filters.choose("status", "approved"), filters.clear], repeat)
    typed = _median(app, [lambda: filters.search.setText("sak 12"),
                          lambda: filters.search.setText("sak 12 bymiljø"),
                          filters.clear], repeat)
    plain = QSortFilterProxyModel()
    plain.setSourceModel(view.model)
    plain.setFilterKeyColumn(0)
    pattern = QRegularExpression(QRegularExpression.escape("sak 12"),
                                 QRegularExpression.PatternOption.CaseInsensitiveOption)
    base = _median(app, [lambda: plain.setFilterRegularExpression(pattern),
                         lambda: plain.setFilterRegularExpression("")], repeat)
    report("filter: status chosen in the view", chosen, target=FILTER_TARGET,
           baseline=("Qt proxy regexp on titles", base))
    report("filter: text typed in the search field", typed, target=FILTER_TARGET,
           baseline=("Qt proxy regexp on titles", base))

    title = view.model.column_index("title")
    rating = view.model.column_index("env.climate_mitigation")
    ghg = view.model.column_index("ghg_tonnes")
    view.proxy.set_filter(ComparisonFilter())
    app.processEvents()

    def sorts(column: int) -> list[Callable[[], object]]:
        return [lambda: view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder),
                lambda: view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)]

    cached = _median(app, sorts(rating) + sorts(title) + sorts(ghg), repeat)
    first = []
    for column in (rating, title, ghg):
        view.set_data(data)  # a fresh frame: the first sort of a column works out its keys
        app.processEvents()
        first.append(_timed(app, lambda c=column: view.table.sortByColumn(
            c, Qt.SortOrder.DescendingOrder)))
    report("sort: first sort of a column", max(first), target=SORT_TARGET)
    report("sort: rating / title / t CO2e, again", cached, target=SORT_TARGET)
    view.proxy.set_filter(text)
    app.processEvents()
    report("sort with a text filter on", _median(app, sorts(title), repeat), target=SORT_TARGET)

    views.portfolio.resize(1280, 800)
    view.hide()
    views.portfolio.show()  # works the portfolio of every case out in a worker
    _settle(app, views)
    views.portfolio.hide()
    memory_figure(args.cases)


def _settle(app, views) -> None:
    """Process events until the portfolio is worked out and no worker runs any more."""
    deadline = time.perf_counter() + 120
    while views.portfolio.aggregates is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    while views.portfolio.exports.busy or views.source.running:
        app.processEvents()  # no worker may outlive the benchmark


def memory_figure(cases: int) -> None:
    """Peak memory with both views open, measured in a process of its own.

    ``ru_maxrss`` is the high-water mark of the whole process: measured here it would count
    whatever the benchmarks run before this one held (the comparison benchmark's frames and
    exports), not the views. The baseline is the same process before any case is read (Qt,
    pandas and the catalog loaded).
    """
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", f"from bench.compare_ui import open_both_views; "
                               f"open_both_views({cases})"],
        cwd=root, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=True,
        capture_output=True, text=True)
    peak, base = (float(x) for x in done.stdout.split()[-2:])
    verdict = "ok" if peak < MEMORY_TARGET_MB else "MISSED"
    print(f"{'peak memory with both views open':<44} {peak:10.1f} MB"
          f"   target < {MEMORY_TARGET_MB} MB ({verdict})   {peak / base:6.1f}x the process "
          f"before any case is read ({base:.1f} MB)", flush=True)


def _status_mb(field: str) -> float:
    """A figure from /proc/self/status (kB) in MB; the ru_maxrss peak where there is none."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def open_both_views(cases: int) -> None:
    """As the user does: the comparison view shown (it reads every case in a worker), then the
    portfolio; prints the peak and the baseline resident memory in MB."""
    app = _qt()
    from impactapp.catalog import load_catalog
    from impactapp.ui.comparison.views import ComparisonViews

    catalog = load_catalog()
    path = case_database(cases)
    app.processEvents()
    base = _status_mb("VmRSS")
    views = ComparisonViews(path, catalog, "nb")
    views.comparison.resize(1280, 800)
    views.comparison.show()
    deadline = time.perf_counter() + 120
    while views.comparison.data is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    views.portfolio.resize(1280, 800)
    views.comparison.hide()
    views.portfolio.show()
    _settle(app, views)
    print(f"{_status_mb('VmHWM'):.1f} {base:.1f}")
    views.portfolio.hide()
