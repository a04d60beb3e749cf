"""Saving the open case in a background thread, so typing never waits for the disk.

The saver owns its own Store (one connection per thread); the UI thread hands it snapshots of
the case's content and gets the result back as a signal. Snapshots queued while a save runs are
coalesced: only the newest is written. ``wait`` lets the UI thread flush before it closes a
window or changes the case's status.

Every snapshot goes through ``Store.save_draft``: into the case, or, once the case has been
saved elsewhere since it was loaded, into a conflict copy, where the following snapshots go
too until the window takes a version again (``set_version``). When a save fails (a read-only
or full disk, an I/O error) the connection is closed and the next save opens a new one, so
a fault that has cleared leaves nothing stale behind.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.serialize import case_from_data
from ..store import DatabaseFailure, DatabaseUnusable, Store, StoreError

#: Opens the saver's own connection: Store.open, or a stand-in in tests.
StoreOpener = Callable[..., Store]


class BackgroundSaver(QObject):
    """One thread, one connection, saving one case's snapshots in order."""

    saved = Signal(int, object, float)  # sequence, the DraftSaved, seconds
    failed = Signal(int, object)  # sequence, the StoreError

    def __init__(self, db_path: Path, who: str, case_id: int, version: int,
                 parent: QObject | None = None, open_store: StoreOpener | None = None):
        super().__init__(parent)
        self._db_path = db_path
        self._who = who
        self._case_id = case_id
        self._version = version
        self._copy_id: int | None = None  # the conflict copy edits go into, once there is one
        self._open_store = open_store or Store.open
        self._queue: queue.Queue = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self.last_result: tuple[str, int, object] | None = None  # ("saved"|"failed", seq, x)
        self._thread = threading.Thread(target=self._run, name=f"autosave-{case_id}",
                                        daemon=True)
        self._thread.start()

    def submit(self, sequence: int, data: dict, bookkeeping: dict) -> None:
        """Queue a snapshot (plain data of the case's content) to be saved."""
        self._idle.clear()
        self._queue.put(("save", sequence, data, bookkeeping))

    def set_version(self, version: int) -> None:
        """The window took the case at ``version`` (a status change, or a conflict resolved):
        continue from it, into the case again."""
        self._idle.clear()
        self._queue.put(("version", version))

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every queued snapshot is written (or failed); False on timeout."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(("stop",))
        self._thread.join(timeout)

    # --- the thread ---------------------------------------------------------------------

    def _run(self) -> None:
        store: Store | None = None
        try:
            store = self._open_store(self._db_path, who=self._who)
        except (StoreError, OSError):
            store = None  # the first save tries again and reports what is wrong
        try:
            while True:
                item = self._queue.get()
                # Coalesce: while snapshots wait, only the newest one matters.
                while item[0] == "save" and not self._queue.empty():
                    following = self._queue.get()
                    if following[0] != "save":
                        self._queue.put(following)  # keep its order after this save
                        break
                    item = following
                if item[0] == "stop":
                    return
                if item[0] == "version":
                    self._version, self._copy_id = item[1], None
                else:
                    store = self._save(store, *item[1:])
                if self._queue.empty():
                    self._idle.set()
        finally:
            if store is not None:
                store.close()
            self._idle.set()

    def _save(self, store: Store | None, sequence: int, data: dict,
              bookkeeping: dict) -> Store | None:
        """Save one snapshot; returns the connection to use next (None: open a new one)."""
        case = case_from_data(data)
        for name, value in bookkeeping.items():
            setattr(case, name, value)
        case.id = self._case_id
        case.version = self._version
        start = time.perf_counter()
        try:
            if store is None:
                store = self._open_store(self._db_path, who=self._who)
            result = store.save_draft(case, copy_id=self._copy_id)
        except (StoreError, OSError) as exc:
            error = _as_save_failure(exc)
            self.last_result = ("failed", sequence, error)
            self.failed.emit(sequence, error)
            if store is not None and not (isinstance(error, DatabaseFailure)
                                          and error.problem == "busy"):
                store.close()  # start afresh once the fault has cleared
                store = None
            return store
        seconds = time.perf_counter() - start
        self._version, self._copy_id = result.version, result.copy_id
        self.last_result = ("saved", sequence, (result, seconds))
        self.saved.emit(sequence, result, seconds)
        return store


def _as_save_failure(exc: StoreError | OSError) -> StoreError:
    """What a failed save reports: SQLite's trouble while (re)opening the file mid-work (busy,
    full, read-only, I/O) is a failure of that save, not a file that cannot be used."""
    if isinstance(exc, OSError):
        return DatabaseFailure("io", exc.strerror or str(exc))
    if isinstance(exc, DatabaseUnusable) and isinstance(exc.__cause__, sqlite3.Error):
        failure = DatabaseFailure.from_sqlite(exc.__cause__)
        if failure.problem != "other":
            return failure
    return exc
