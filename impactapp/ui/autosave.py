"""Saving the open case in a background thread, so typing never waits for the disk.

The saver owns its own Store (one connection per thread); the UI thread hands it snapshots of
the case's content and gets the result back as a signal. Snapshots queued while a save runs are
coalesced: only the newest is written. ``wait`` lets the UI thread flush before it closes a
window or changes the case's status.
"""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.serialize import case_from_data
from ..store import Store, StoreError


class BackgroundSaver(QObject):
    """One thread, one connection, saving one case's snapshots in order."""

    saved = Signal(int, int, object, float)  # sequence, new version, updated, seconds
    failed = Signal(int, object)  # sequence, the StoreError

    def __init__(self, db_path: Path, who: str, case_id: int, version: int,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db_path = db_path
        self._who = who
        self._case_id = case_id
        self._version = version
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
        """The case was changed elsewhere by us (a status change): continue from ``version``."""
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
            store = Store.open(self._db_path, who=self._who)
        except (StoreError, OSError) as exc:
            self._fail_all(exc)
            return
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
                    self._version = item[1]
                else:
                    self._save(store, *item[1:])
                if self._queue.empty():
                    self._idle.set()
        finally:
            store.close()
            self._idle.set()

    def _save(self, store: Store, sequence: int, data: dict, bookkeeping: dict) -> None:
        case = case_from_data(data)
        for name, value in bookkeeping.items():
            setattr(case, name, value)
        case.id = self._case_id
        case.version = self._version
        start = time.perf_counter()
        try:
            saved = store.save_case(case)
        except StoreError as exc:
            self.last_result = ("failed", sequence, exc)
            self.failed.emit(sequence, exc)
            return
        seconds = time.perf_counter() - start
        self._version = saved.version
        self.last_result = ("saved", sequence, (saved.version, saved.updated, seconds))
        self.saved.emit(sequence, saved.version, saved.updated, seconds)

    def _fail_all(self, exc: BaseException) -> None:
        while True:
            item = self._queue.get()
            if item[0] == "stop":
                self._idle.set()
                return
            if item[0] == "save":
                self.last_result = ("failed", item[1], exc)
                self.failed.emit(item[1], exc)
            if self._queue.empty():
                self._idle.set()
