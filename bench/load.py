"""The load run: writer processes with logins of their own edit overlapping cases at once.

Caseworkers edit their own drafts from two windows each (two copies of the case, loaded at
different moments), reviewers give verdicts on a shared pool of cases in review, all through
``save_draft`` as the autosave does. Every writer logs each acknowledged save (the line it
added and where it went: the case's next version or a conflict copy) to a file of its own,
flushed before the next save. ``check`` then reads the database as its owner: every line
acknowledged as saved is in the case, every line acknowledged as a conflict copy is in that
copy. ``make bench BENCH_ARGS=load`` runs 20 writers for 60 s; the tests a short run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pgcluster import PgCluster, start_cluster

CASES_PER_CASEWORKER = 2
REVIEW_POOL = 6  # cases in review that every reviewer works on


@dataclass(frozen=True)
class Writer:
    """One writer process: its login, role, cases and log."""

    login: str
    role: str  # caseworker | reviewer
    uri: str
    cases: tuple[int, ...]
    seconds: float
    seed: int
    log: str


@dataclass
class LoadResult:
    """What a load run did and what the check found."""

    writers: int
    seconds: float
    saves: int = 0
    conflict_copies: int = 0
    errors: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    cases: int = 0

    @property
    def per_second(self) -> float:
        return (self.saves + self.conflict_copies) / self.seconds if self.seconds else 0.0

    @property
    def p95(self) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else 0.0
        return statistics.quantiles(self.latencies, n=20)[-1]


def _line(login: str, seq: int) -> str:
    return f"{login}#{seq}"


def _edit(case: Any, writer: Writer, seq: int) -> None:
    """Add the writer's line: to the problem text (a caseworker) or as a verdict (a reviewer)."""
    from impactapp.domain.model import ReviewVerdict

    line = _line(writer.login, seq)
    if writer.role == "caseworker":
        case.problem = f"{case.problem}\n{line}" if case.problem else line
    else:
        case.review.append(ReviewVerdict(step="measures", verdict="improve", note=line,
                                         by=writer.login))


def run_writer(writer: Writer) -> None:
    """The writer process: edit and save until its time is up, logging each acknowledged save."""
    from impactapp.domain.serialize import case_to_data

    rng = random.Random(writer.seed)
    with _open(writer.uri) as store, open(writer.log, "w", encoding="utf-8") as log:
        # A caseworker's two windows per case; a reviewer reads the case afresh every time.
        windows = {cid: [_reload(store, cid), _reload(store, cid)] for cid in writer.cases}
        seq = 0
        end = time.monotonic() + writer.seconds
        while time.monotonic() < end:
            seq += 1
            cid = rng.choice(writer.cases)
            slot = rng.randrange(2)
            case = windows[cid][slot] if writer.role == "caseworker" else _reload(store, cid)
            _edit(case, writer, seq)
            start = time.perf_counter()
            try:
                result = store.save_draft(case.id, case.version, case_to_data(case))
            except Exception as exc:  # logged: this save was not acknowledged
                log.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}) + "\n")
                log.flush()
                windows[cid][slot] = _reload(store, cid)
                continue
            took = time.perf_counter() - start
            entry = {"case": cid, "line": _line(writer.login, seq), "seconds": took,
                     "copy": result.copy_id, "version": result.version}
            log.write(json.dumps(entry) + "\n")
            log.flush()
            if result.copy_id is None:
                case.version = result.version
            else:  # the edit is kept in its copy; the window opens the current case again
                windows[cid][slot] = _reload(store, cid)


def _open(uri: str) -> Any:
    """The writer's store, trying again while a fault keeps the server out of reach."""
    from impactapp.store import open_store

    for _ in range(50):
        try:
            return open_store(uri)
        except Exception:  # ServerUnusable, or a failure while its schema is checked
            time.sleep(0.1)
    return open_store(uri)


def _reload(store: Any, case_id: int) -> Any:
    """The case as stored now, asking again while the server is briefly out of reach."""
    from impactapp.store import DatabaseFailure

    for _ in range(50):
        try:
            return store.get_case(case_id)
        except DatabaseFailure:
            time.sleep(0.1)
    return store.get_case(case_id)


def _text(case: Any, role: str) -> str:
    if role == "caseworker":
        return case.problem or ""
    return "\n".join(v.note for v in case.review)


def check(owner_uri: str, writers: list[Writer], seconds: float) -> LoadResult:
    """Read every writer's log and find each acknowledged line where it was acknowledged."""
    from impactapp.store import open_store

    result = LoadResult(len(writers), seconds)
    with open_store(owner_uri) as store:
        cases: dict[int, str] = {}
        copies: dict[int, str] = {}
        result.cases = store.count_cases()
        for writer in writers:
            for raw in Path(writer.log).read_text(encoding="utf-8").splitlines():
                entry = json.loads(raw)
                if "error" in entry:
                    result.errors.append(f"{writer.login}: {entry['error']}")
                    continue
                result.latencies.append(entry["seconds"])
                if entry["copy"] is None:
                    result.saves += 1
                    if entry["case"] not in cases:
                        cases[entry["case"]] = _text(store.get_case(entry["case"]), writer.role)
                    text = cases[entry["case"]]
                else:
                    result.conflict_copies += 1
                    if entry["copy"] not in copies:
                        copies[entry["copy"]] = _text(
                            store.conflict_copy_case(entry["copy"]), writer.role)
                    text = copies[entry["copy"]]
                if entry["line"] not in text.splitlines():
                    where = "case" if entry["copy"] is None else f"copy {entry['copy']}"
                    result.missing.append(f"{entry['line']} ({where} of case {entry['case']})")
    return result


def _clean(case: Any) -> Any:
    """A new draft with no problem text and no verdicts: the writers' lines are all added."""
    case.status, case.problem, case.review = "draft", "", []
    case.decision_date = None
    return case


def prepare(cluster: PgCluster, caseworkers: int, reviewers: int, seconds: float,
            folder: Path) -> tuple[str, list[Writer]]:
    """A database with the schema, the writers' logins granted their roles, their cases made
    by the caseworkers themselves (the review pool sent to review); returns the owner's URI."""
    from impactapp.catalog import load_catalog
    from impactapp.store import open_store
    from impactapp.store.postgres.admin import grant_role, init_database

    from .synthetic import make_case

    name = cluster.create_database("impactapp_load")
    with cluster.connect(name) as conn:
        init_database(conn)
        tag = name.rsplit("_", 1)[-1][:6]
        logins = [(f"cw{i:02d}_{tag}", "caseworker") for i in range(caseworkers)]
        logins += [(f"rv{i:02d}_{tag}", "reviewer") for i in range(reviewers)]
        for login, role in logins:
            grant_role(conn, login, role)
    catalog = load_catalog()
    own: dict[str, list[int]] = {}
    pool: list[int] = []
    for n, (login, role) in enumerate(logins):
        if role != "caseworker":
            continue
        with open_store(cluster.conninfo(name, login)) as store:
            made = [store.add_case(_clean(make_case(n * 10 + k, catalog, measures=2, seed=7)))
                    for k in range(CASES_PER_CASEWORKER + 1)]
            own[login] = [c.id for c in made[:CASES_PER_CASEWORKER]]
            if len(pool) < REVIEW_POOL:
                store.set_status(made[-1].id, "in_review", by=f"Saksbehandler {login}")
                pool.append(made[-1].id)
    writers = [
        Writer(login, role, cluster.conninfo(name, login),
               tuple(own[login]) if role == "caseworker" else tuple(pool), seconds, n,
               str(folder / f"{login}.jsonl"))
        for n, (login, role) in enumerate(logins)
    ]
    return cluster.conninfo(name), writers


def terminate_backends(cluster: PgCluster, owner: str) -> int:
    """End every other session on the load's database (``pg_terminate_backend``), whatever
    it is doing; returns how many were ended."""
    name = owner.split("?", 1)[0].rsplit("/", 1)[-1]
    with cluster.connect() as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()", [name]).fetchall()
    return sum(1 for (ended,) in rows if ended)


def run_load(cluster: PgCluster, folder: Path, *, writers: int = 20, seconds: float = 60.0,
             reviewers: int | None = None,
             disrupt: Callable[[str], object] | None = None) -> LoadResult:
    """Prepare, run ``writers`` processes for ``seconds`` and check what they acknowledged.

    ``disrupt`` (given the owner's URI) is called about every half second while they run:
    a fault to inflict on the server."""
    reviewers = max(1, writers * 3 // 10) if reviewers is None else reviewers
    owner, plan = prepare(cluster, writers - reviewers, reviewers, seconds, folder)
    # Writers are forked by multiprocessing's fork server, which has imported this module
    # (and so the store and psycopg) once: a spawned process imported them again, about half
    # a second of CPU per writer. Each writer still opens its own connection.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    processes = [context.Process(target=run_writer, args=(w,), name=w.login) for w in plan]
    begin = time.perf_counter()
    for process in processes:
        process.start()
    while disrupt is not None and any(p.is_alive() for p in processes):
        time.sleep(0.5)
        disrupt(owner)
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - begin
    result = check(owner, plan, min(elapsed, seconds) if seconds else elapsed)
    result.errors += [f"{p.name} exited with {p.exitcode}" for p in processes if p.exitcode]
    return result


def bench_load(args: argparse.Namespace) -> None:
    """20 writers with logins of their own for 60 s on a throwaway cluster (``load``)."""
    import tempfile

    started = start_cluster()
    if isinstance(started, str):
        print(f"load: skipped, {started}", flush=True)
        return
    try:
        with tempfile.TemporaryDirectory() as tmp:
            result = run_load(started, Path(tmp), writers=args.writers, seconds=args.seconds)
    finally:
        started.stop()
    print(f"load: {result.writers} writers, {result.seconds:.0f} s, {result.cases} cases",
          flush=True)
    print(f"  acknowledged saves {result.saves + result.conflict_copies:>8}   "
          f"{result.per_second:8.1f} saves/s", flush=True)
    print(f"  as the next version {result.saves:>7}   kept as conflict copies "
          f"{result.conflict_copies}", flush=True)
    print(f"  save_draft p95 under load {result.p95 * 1000:8.1f} ms", flush=True)
    print(f"  errors {len(result.errors)}   data lost {len(result.missing)}"
          f"   ({'ok' if not result.missing else 'MISSED'})", flush=True)
    for line in (result.errors + result.missing)[:10]:
        print(f"    {line}", flush=True)
