"""Writes that wait their turn: "database is locked" is retried here, never shown to a user.

SQLite already waits (the busy timeout) while another connection writes. A write can still
be refused as busy: when a lock is held longer than the timeout (a large import, a backup),
or when a transaction that began by reading must become a writer after another connection
committed (SQLite cannot wait there, it would deadlock). The whole operation is then run
again from the start: every store write re-reads the case row and checks its version, so a
repeated write can never overwrite a change made in between.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

from ..errors import DatabaseFailure
from .core import guarded
from .database import Database

#: Attempts of one write before "busy" is reported (each waits up to the busy timeout).
BUSY_ATTEMPTS = 4
#: Pauses between attempts, seconds: short at first, so two writers take turns quickly.
_PAUSES = (0.02, 0.1, 0.5)

#: Failures after which the whole write runs again: busy (SQLite's lock, PostgreSQL's
#: serialization failure or deadlock) and a lost connection to a database server (the write
#: reconnects; its version check refuses it if the lost attempt had committed after all).
RETRIED = ("busy", "disconnected")

_WRITING = "_store_write_running"  # set on the store while a write (and its retries) runs

_P = ParamSpec("_P")
_R = TypeVar("_R")


def writes(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """``guarded``, and run again when SQLite answers busy.

    A write called by another write (inside its transaction) is not repeated on its own: the
    outermost one is, so the whole operation starts again.
    """
    inner = guarded(method)

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        owner = args[0]
        if getattr(owner, _WRITING, False):
            return inner(*args, **kwargs)
        setattr(owner, _WRITING, True)
        try:
            attempt = 0
            while True:
                try:
                    return inner(*args, **kwargs)
                except DatabaseFailure as exc:
                    attempt += 1
                    if exc.problem not in RETRIED or attempt >= BUSY_ATTEMPTS:
                        raise
                    time.sleep(_PAUSES[min(attempt, len(_PAUSES)) - 1])
        finally:
            setattr(owner, _WRITING, False)

    return wrapper


@contextlib.contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock before its first read (BEGIN IMMEDIATE).

    Use it where a write depends on rows read first: the reads then see the state the write
    applies to, and waiting for another writer happens at BEGIN, where SQLite can wait.
    Inside a transaction already open it is a savepoint (``db.atomic``).
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise
