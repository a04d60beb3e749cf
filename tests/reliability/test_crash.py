"""Writers killed with SIGKILL at random moments never lose a save they saw acknowledged.

Each trial starts one writer (sometimes two on the same cases, so conflict copies are made
and taken over while they are killed), kills it at a random moment (before it has opened the
database, a few milliseconds into its work, or later), and then checks the file: SQLite's
integrity check is clean, the store opens, and every acknowledged save, status change,
approval, conflict copy and take-over is there, exactly as acknowledged. A write that was in
flight may have happened or not, but only as the writer announced it.

A quarter of the trials use the rollback journal (as on a network share, where write-ahead
logging is not possible); some make SQLite checkpoint every few pages, so kills land in
checkpoints too. The database carries on from trial to trial, so each trial also opens a file
the previous kill left behind.

``IMPACTAPP_CRASH_TRIALS`` sets the number of trials (50 by default; ``make reliability`` runs
more), ``IMPACTAPP_CRASH_SEED`` the random seed.
"""

from __future__ import annotations

import os
import random
import signal
import time
from dataclasses import dataclass

import pytest

from impactapp.store.sqlite import connection

from .harness import SUMMARY, kill_after, start
from .ledger import InFlight, Ledger, Stored, integrity
from .writer import rollback_journal

TRIALS = int(os.environ.get("IMPACTAPP_CRASH_TRIALS", "50"))
SEED = int(os.environ.get("IMPACTAPP_CRASH_SEED", "20261127"))


@dataclass(frozen=True)
class Trial:
    journal: str  # wal | delete
    checkpoint: int  # WAL pages between checkpoints (0: SQLite's default)
    kills: tuple[tuple[float, bool], ...]  # per writer: (delay in seconds, counted from ready)


def kill_moment(rng: random.Random) -> tuple[float, bool]:
    """When to kill: while starting and opening, within milliseconds, or some time later."""
    r = rng.random()
    if r < 0.15:
        return rng.uniform(0.0, 0.4), False  # during start-up, opening, recovering
    if r < 0.55:
        return rng.uniform(0.0, 0.02), True  # the first saves
    return 0.02 * (25 ** rng.random()), True  # 20 to 500 ms: long texts, checkpoints


def plan(rng: random.Random, number: int) -> Trial:
    journal = "delete" if number % 4 == 3 else "wal"
    writers = 2 if number % 5 == 2 else 1
    return Trial(journal, rng.choice((0, 0, 4, 16)),
                 tuple(kill_moment(rng) for _ in range(writers)))


@dataclass
class Tally:
    trials: int = 0
    rollback_journal: int = 0
    two_writers: int = 0
    killed: int = 0
    inside_store_call: int = 0

    def line(self, ledger: Ledger, seconds: float) -> str:
        return (
            f"crash trials: {self.trials} ({self.rollback_journal} with the rollback journal, "
            f"{self.two_writers} with two writers); writers killed: {self.killed}, "
            f"{self.inside_store_call} of them inside a store call; saves acknowledged: "
            f"{ledger.acks}; data lost: {len(ledger.lost)}; {seconds:.1f} s"
        )


@pytest.mark.slow(seconds=28)
def test_killed_writers_never_lose_an_acknowledged_save(tmp_path, monkeypatch):
    rng = random.Random(SEED)
    db = tmp_path / "crash.db"
    ledger, tally = Ledger(), Tally()
    began = time.perf_counter()
    for number in range(TRIALS):
        trial = plan(rng, number)
        cases = "3" if len(trial.kills) > 1 else "5"
        runs = [start(db, "--seed", str(rng.randrange(2**31)), "--journal", trial.journal,
                      "--checkpoint", str(trial.checkpoint), "--cases", cases)
                for _ in trial.kills]
        for run, (delay, from_ready) in zip(runs, trial.kills, strict=True):
            kill_after(run, delay, from_ready=from_ready)
        in_flight = InFlight()
        for run in runs:
            code = run.finish()
            assert code in (0, -signal.SIGKILL), f"trial {number}: the writer failed\n{run.errors}"
            tally.killed += run.killed
            tally.inside_store_call += ledger.read_output(run.lines, in_flight)
        with monkeypatch.context() as patch:
            if trial.journal == "delete":  # the file stays where WAL is not possible
                patch.setattr(connection, "use_wal", rollback_journal)
            # The program opens the file the kill left behind, as after a real crash.
            stored = Stored.read(db)
        damage = integrity(db)
        assert damage == [], f"trial {number}: {damage}"
        ledger.lost += [f"trial {number}: {p}" for p in ledger.check(stored, in_flight)]
        ledger.adopt(stored)
        tally.trials += 1
        tally.rollback_journal += trial.journal == "delete"
        tally.two_writers += len(runs) > 1
    summary = tally.line(ledger, time.perf_counter() - began)
    SUMMARY.append(summary)
    print(summary)
    assert ledger.lost == []
    assert ledger.acks > TRIALS  # the writers did work before they were killed
    assert tally.inside_store_call > TRIALS // 4  # and many kills landed mid-operation
