"""Savers: where the open case's content goes to the store, in a background thread or at once.

A saver is handed snapshots (the plain data of the case's content, as the draft already has
it) and reports each result as a signal. ``BackgroundSaver`` owns its own connection in its
own thread, so typing never waits for the disk; snapshots queued while a save runs are
coalesced (only the newest is written), and ``wait`` lets the UI thread flush before it closes
a window or changes the case's status. ``SynchronousSaver`` saves on the calling thread before
``submit`` returns: tools, read-only windows and tests use it.

Every snapshot goes through ``save_draft(case_id, version, data)``: into the case, or, once the
case has been saved elsewhere since it was loaded, into a conflict copy, where the following
snapshots go too until the window takes a version again (``set_version``). When a save fails (a
read-only or full disk, an I/O error) the connection is closed and the next save opens a new
one, so a fault that has cleared leaves nothing stale behind.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..store import DatabaseFailure, DatabaseUnusable, Store, StoreError

#: A zero-argument factory of a store connection (see the brief's "agreed seams").
Opener = Callable[[], Store]
Data = dict[str, Any]


class Saver(QObject):
    """Saves one case's snapshots in order and reports each result (``saved`` or ``failed``)."""

    saved = Signal(int, object, float)  # sequence, the DraftSaved, seconds
    failed = Signal(int, object)  # sequence, the StoreError

    def __init__(self, opener: Opener, case_id: int, version: int,
                 parent: QObject | None = None, *, owns_store: bool = True):
        super().__init__(parent)
        self._opener = opener
        self._owns_store = owns_store
        self._case_id = case_id
        self._version = version
        self._copy_id: int | None = None  # the conflict copy edits go into, once there is one
        self.last_result: tuple[str, int, object] | None = None  # ("saved"|"failed", seq, x)

    def submit(self, sequence: int, data: Data) -> None:
        """Save a snapshot (plain data of the case's content), now or soon."""
        raise NotImplementedError

    def set_version(self, version: int) -> None:
        """The window took the case at ``version`` (a status change, or a conflict resolved):
        continue from it, into the case again."""
        raise NotImplementedError

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every submitted snapshot is written (or failed); False on timeout."""
        raise NotImplementedError

    def close(self, timeout: float = 10.0) -> None:
        """Stop saving and let go of the connection."""
        raise NotImplementedError

    @property
    def stored_version(self) -> int:
        """The case's version as this saver last stored or took it (set in the saving thread
        as soon as a save returns, before its ``saved`` signal arrives)."""
        return self._version

    def _take_version(self, version: int) -> None:
        self._version, self._copy_id = version, None

    def _save(self, store: Store | None, sequence: int, data: Data) -> Store | None:
        """Save one snapshot; returns the connection to use next (None: open a new one)."""
        start = time.perf_counter()
        try:
            if store is None:
                store = self._opener()
            result = store.save_draft(self._case_id, self._version, data, copy_id=self._copy_id)
        except (StoreError, OSError) as exc:
            error = _as_save_failure(exc)
            self.last_result = ("failed", sequence, error)
            self.failed.emit(sequence, error)
            if store is not None and not (isinstance(error, DatabaseFailure)
                                          and error.problem == "busy"):
                self._release(store)  # start afresh once the fault has cleared
                store = None
            return store
        seconds = time.perf_counter() - start
        self._version, self._copy_id = result.version, result.copy_id
        self.last_result = ("saved", sequence, (result, seconds))
        self.saved.emit(sequence, result, seconds)
        return store

    def _release(self, store: Store) -> None:
        if self._owns_store:
            store.close()


class SynchronousSaver(Saver):
    """Saves each snapshot on the calling thread before ``submit`` returns.

    With ``owns_store=False`` the opener hands out a connection others use too (the window's
    own store): it is never closed here.
    """

    def __init__(self, opener: Opener, case_id: int, version: int,
                 parent: QObject | None = None, *, owns_store: bool = True):
        super().__init__(opener, case_id, version, parent, owns_store=owns_store)
        self._store: Store | None = None

    @classmethod
    def borrowing(cls, store: Store, case_id: int, version: int,
                  parent: QObject | None = None) -> SynchronousSaver:
        """A saver writing through ``store`` itself, which stays open whatever happens."""
        return cls(lambda: store, case_id, version, parent, owns_store=False)

    def submit(self, sequence: int, data: Data) -> None:
        self._store = self._save(self._store, sequence, data)

    def set_version(self, version: int) -> None:
        self._take_version(version)

    def wait(self, timeout: float = 10.0) -> bool:
        return True

    def close(self, timeout: float = 10.0) -> None:
        if self._store is not None:
            self._release(self._store)
            self._store = None


class BackgroundSaver(Saver):
    """One thread, one connection, saving one case's snapshots in order."""

    def __init__(self, opener: Opener, case_id: int, version: int,
                 parent: QObject | None = None):
        super().__init__(opener, case_id, version, parent)
        self._queue: queue.Queue = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name=f"autosave-{case_id}",
                                        daemon=True)
        self._thread.start()

    def submit(self, sequence: int, data: Data) -> None:
        """Queue a snapshot to be saved; the thread that submits goes on at once."""
        self._idle.clear()
        self._queue.put(("save", sequence, data))

    def set_version(self, version: int) -> None:
        self._idle.clear()
        self._queue.put(("version", version))

    def wait(self, timeout: float = 10.0) -> bool:
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(("stop",))
        self._thread.join(timeout)

    # --- the thread ---------------------------------------------------------------------

    def _run(self) -> None:
        store: Store | None = None
        try:
            store = self._opener()
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
                    self._take_version(item[1])
                else:
                    store = self._save(store, item[1], item[2])
                if self._queue.empty():
                    self._idle.set()
        finally:
            if store is not None:
                store.close()
            self._idle.set()


def _as_save_failure(exc: StoreError | OSError) -> StoreError:
    """What a failed save reports: trouble while (re)opening the file mid-work (busy, full,
    read-only, I/O) is a failure of that save, not a file that cannot be used."""
    if isinstance(exc, OSError):
        return DatabaseFailure("io", exc.strerror or str(exc))
    if isinstance(exc, DatabaseUnusable):
        return exc.as_failure()
    return exc


#: Makes the saver of one case window: (opener, case id, version) -> saver.
SaverFactory = Callable[[Opener, int, int], Saver]
