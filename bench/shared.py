"""The shared store against the file, in the same run: listing, the comparison frame, autosave.

The SQLite figures come from the comparison benchmark's database of ``--cases`` cases; the
same rows are copied (``db copy``) into a database on a throwaway PostgreSQL cluster
(``bench/pgcluster.py``) on a Unix socket, and each figure is taken on both, in turns, as a
caseworker's own login would see it (through the views and row-level security). Without a
server binary the PostgreSQL figures are skipped with the reason.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from impactapp.analysis import comparison_frame
from impactapp.catalog import load_catalog
from impactapp.domain.model import Catalog
from impactapp.domain.serialize import case_to_data
from impactapp.store import open_store

from .compare import compare_database, paired_medians
from .core import report
from .pgcluster import PgCluster, start_cluster
from .synthetic import make_case

LIST_TARGET = 0.2  # seconds, on PostgreSQL
FRAME_RATIO = 2.0  # PostgreSQL against SQLite
AUTOSAVE_P95 = 0.020  # seconds, over a local socket
AUTOSAVES = 60
REFRESH_P95 = 1.0  # seconds: another person's window learns of a save within a second


def _shared_copy(cluster: PgCluster, source: Path) -> tuple[str, str]:
    """A database holding a copy of ``source`` and a caseworker login; (owner, caseworker) URIs."""
    from impactapp.store.postgres.admin import grant_role, init_database
    from impactapp.store.postgres.copy import copy_store

    name = cluster.create_database("impactapp_bench")
    with cluster.connect(name) as conn:
        init_database(conn)
        grant_role(conn, "bench_caseworker", "caseworker")
    owner = cluster.conninfo(name)
    begin = time.perf_counter()
    with open_store(source) as sqlite_store, open_store(owner) as pg_store:
        copy_store(sqlite_store, pg_store)
        pg_store.advance_ids()
    with cluster.connect(name) as conn:
        conn.execute("VACUUM ANALYZE")
    print(f"(copied {source.name} into PostgreSQL in {time.perf_counter() - begin:.1f} s)",
          flush=True)
    return owner, cluster.conninfo(name, "bench_caseworker")


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def _autosave_times(location: str, catalog: Catalog, count: int) -> list[float]:
    """``save_draft`` of a full case (every criterion rated) after a one-word edit."""
    with open_store(location) as store:
        case = make_case(0, catalog)
        case.status, case.review, case.decision_date = "draft", [], None
        case = store.add_case(case)
        times = []
        for n in range(count + 3):
            case.problem = f"Utkast {n}"
            start = time.perf_counter()
            saved = store.save_draft(case.id, case.version, case_to_data(case))
            times.append(time.perf_counter() - start)
            case.version = saved.version
    return times[3:]  # after a warm-up


def _notice_times(location: str, catalog: Catalog, count: int) -> list[float]:
    """From the start of a save to another connection's listener holding its notification
    (the save included): what live refresh waits before it reads anything."""
    with open_store(location) as store, store.changes() as listener:
        case = make_case(0, catalog)
        case.status, case.review, case.decision_date = "draft", [], None
        case = store.add_case(case)
        listener.wait(1.0)  # the creation's own notice
        times = []
        for n in range(count + 3):
            case.problem = f"Endret {n}"
            start = time.perf_counter()
            saved = store.save_draft(case.id, case.version, case_to_data(case))
            while not any(c.id == case.id and c.version == saved.version
                          for c in listener.wait(5.0)):
                if time.perf_counter() - start > 10:
                    raise RuntimeError("no notification of a committed save within 10 s")
            times.append(time.perf_counter() - start)
            case.version = saved.version
    return times[3:]


def _ratio(label: str, pg: float, base: float, target: float) -> None:
    ratio = pg / base
    print(f"{'':<44} {label} {ratio:.2f}x SQLite   target < {target:.0f}x "
          f"({'ok' if ratio < target else 'MISSED'})", flush=True)


def _figures(args: argparse.Namespace, catalog: Catalog, sqlite_path: Path,
             cluster: PgCluster) -> None:
    owner, caseworker = _shared_copy(cluster, sqlite_path)
    del owner
    with open_store(sqlite_path) as file_store, open_store(caseworker) as pg_store:
        pg_list, file_list = paired_medians(pg_store.list_cases, file_store.list_cases,
                                            args.repeat)
        report(f"list {args.cases:,} cases, SQLite", file_list)
        report(f"list {args.cases:,} cases, PostgreSQL", pg_list, target=LIST_TARGET,
               baseline=("SQLite", file_list))

        def frame(store: Any) -> Callable[[], object]:
            return lambda: comparison_frame(store.comparison_rows(), catalog)

        pg_frame, file_frame = paired_medians(frame(pg_store), frame(file_store), args.repeat)
        report(f"comparison frame, {args.cases:,} cases, SQLite", file_frame)
        report(f"comparison frame, {args.cases:,} cases, PostgreSQL", pg_frame,
               baseline=("SQLite", file_frame))
        _ratio("comparison frame", pg_frame, file_frame, FRAME_RATIO)
    with tempfile.TemporaryDirectory() as tmp:
        file_times = _autosave_times(str(Path(tmp) / "autosave.db"), catalog, AUTOSAVES)
    pg_times = _autosave_times(caseworker, catalog, AUTOSAVES)
    report("autosave (save_draft) p95, SQLite", _p95(file_times))
    report("autosave (save_draft) p95, PostgreSQL", _p95(pg_times), target=AUTOSAVE_P95,
           baseline=("SQLite", _p95(file_times)))
    notices = _notice_times(caseworker, catalog, AUTOSAVES)
    report("save seen by another connection p95", _p95(notices), target=REFRESH_P95,
           baseline=("the save alone", _p95(pg_times)))


def bench_shared(args: argparse.Namespace) -> None:
    """List, comparison frame and autosave p95 on SQLite and PostgreSQL in the same run."""
    catalog = load_catalog()
    sqlite_path = compare_database(args.cases, catalog)
    started = start_cluster()
    if isinstance(started, str):
        print(f"shared store: PostgreSQL figures skipped, {started}", flush=True)
        return
    try:
        _figures(args, catalog, sqlite_path, started)
    finally:
        started.stop()
