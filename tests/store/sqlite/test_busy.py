"""SQLite's write lock held by another program: waited out, or a plain sentence when too long."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from impactapp.domain.serialize import case_to_data
from impactapp.store import (
    DatabaseFailure,
)


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another program holds the write lock for ``seconds``."""
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait()
    return thread


def test_a_write_lock_held_longer_than_the_busy_timeout_is_waited_out(store, db_path, new_case):
    case = store.add_case(new_case())
    store.db.execute("PRAGMA busy_timeout = 50")  # SQLite gives up after 50 ms ...
    holder = _hold_write_lock(db_path, 0.4)  # ... the other program keeps the lock for 400
    case.goals = "Lagret etter ventetiden."
    try:
        saved = store.save_draft(case.id, case.version, case_to_data(case))
    finally:
        holder.join()
    assert saved.version == 2 and store.get_case(case.id).goals == "Lagret etter ventetiden."


def test_busy_beyond_every_retry_is_a_plain_sentence_without_sqlite_words(
        store, db_path, new_case):
    case = store.add_case(new_case())
    store.db.execute("PRAGMA busy_timeout = 10")
    holder = _hold_write_lock(db_path, 1.5)
    case.goals = "Venter for lenge."
    try:
        with pytest.raises(DatabaseFailure) as caught:
            store.save_draft(case.id, case.version, case_to_data(case))
    finally:
        holder.join()
    assert caught.value.problem == "busy"
    assert "locked" in caught.value.detail  # SQLite's words stay in the detail ...
    assert "locked" not in caught.value.plain.en + caught.value.plain.nb  # ... not the window's
    assert caught.value.plain.nb.startswith("Databasen er opptatt")
    # Free again: the same edit is saved.
    assert store.save_draft(case.id, case.version, case_to_data(case)).version == 2
