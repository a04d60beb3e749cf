"""Live refresh: what others commit to a shared database reaches the open views at once.

A store that announces committed changes offers ``changes()`` (the PostgreSQL store: a
listener on a connection of its own, see store/postgres/notify.py); a file store does not, and
then nothing here runs. The listener's socket is watched with a QSocketNotifier, so nothing
polls and nothing blocks the UI thread. Changes that arrive close together are passed on as
one batch after a short pause (``BATCH_MS``), well within the second the views must take.
After the listener lost its connection (or could not connect) it is opened again every
``RETRY_MS``, and what follows is a full reload: what happened in between is unknown.

The program's own saves come back as announcements too. A case saved at a version this
program already holds (``held``: its open window's autosave stored it) is left out of the
batch, decided when the batch is passed on, by when the save's result has long arrived; a
batch of nothing else is not passed on at all, so typing never reloads the case list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..store import CaseStore, StoreError

BATCH_MS = 150
RETRY_MS = 3000
#: The change that says "read everything again" (store/postgres/notify.py's RELOAD).
RELOAD = "reload"
_CASE_TABLES = ("cases", "conflict_copies")


class LiveRefresh(QObject):
    """Turns the store's change announcements into one signal per batch."""

    #: The ids of the cases changed (a frozenset), or None: read everything again.
    changed = Signal(object)

    def __init__(self, store: CaseStore, parent: QObject | None = None, *,
                 retry_ms: int = RETRY_MS, held: Callable[[int, int], bool] | None = None):
        super().__init__(parent)
        self._listen = getattr(store, "changes", None)
        self._held = held
        self._listener: Any = None
        self._notifier: QSocketNotifier | None = None
        self._ids: set[int] = set()
        self._saved: dict[int, int] = {}  # case id -> the newest version saved, this batch
        self._marked = False  # something other than a save this program may hold came in
        self._everything = False
        self._batch = QTimer(self, singleShot=True, interval=BATCH_MS)
        self._batch.timeout.connect(self._emit)
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry.timeout.connect(lambda: self._start(reconnect=True))
        self._start(reconnect=False)

    @property
    def active(self) -> bool:
        """Whether changes are being listened for now (never on a file store)."""
        return self._notifier is not None

    @property
    def supported(self) -> bool:
        """Whether the store announces changes at all."""
        return self._listen is not None

    def _start(self, *, reconnect: bool) -> None:
        if self._listen is None:
            return
        try:
            self._listener = self._listen()
            socket = self._listener.fileno()
        except (StoreError, OSError):
            self._drop()
            self._retry.start()
            return
        self._watch(socket)
        if reconnect:
            self._mark(None)

    def _watch(self, socket: int) -> None:
        self._unwatch()
        self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _unwatch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def _drop(self) -> None:
        """Stop watching and close the listener (its connection is gone or going)."""
        self._unwatch()
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
            self._listener = None

    def _readable(self) -> None:
        if self._listener is None or self._notifier is None:
            return
        socket = self._notifier.socket()
        try:
            received = self._listener.poll()
            now = self._listener.fileno()
        except (StoreError, OSError):  # lost, and the server does not answer yet
            self._drop()
            self._retry.start()  # then everything is read again
            return
        if now != socket:  # the listener connected again: a socket of its own
            self._watch(now)
        for change in received:
            if change.table == RELOAD:
                self._mark(None)
            elif (change.table == "cases" and change.op in ("insert", "update")
                  and change.id is not None and change.version is not None):
                self._saved[change.id] = max(change.version, self._saved.get(change.id, 0))
                self._start_batch()
            elif change.table in _CASE_TABLES:
                case_id = change.case_id if change.table == "conflict_copies" else change.id
                self._mark(frozenset({case_id}) if case_id is not None else None)
            else:  # figures, targets, plans, settings: no case of its own
                self._mark(frozenset())

    def _mark(self, ids: frozenset[int] | None) -> None:
        if ids is None:
            self._everything = True
        else:
            self._ids |= ids
        self._marked = True
        self._start_batch()

    def _start_batch(self) -> None:
        if not self._batch.isActive():
            self._batch.start()

    def _emit(self) -> None:
        everything, ids, saved, marked = self._everything, self._ids, self._saved, self._marked
        self._everything, self._ids, self._saved, self._marked = False, set(), {}, False
        held = self._held
        others = {i for i, version in saved.items() if held is None or not held(i, version)}
        if everything:
            self.changed.emit(None)
        elif marked or others:
            self.changed.emit(frozenset(ids | others))

    def close(self) -> None:
        """Stop listening (the program ends or opens another database)."""
        self._batch.stop()
        self._retry.stop()
        self._drop()
        self._listen = None
