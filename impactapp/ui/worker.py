"""Long work off the UI thread: a function of values, its result delivered back on the UI thread.

The function never touches a widget; it gets a TaskState to report progress and to notice a
cancel, and returns a value (or raises). ``run_task`` calls ``done(value)`` or ``failed(exc)``
on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskState:
    """What a running task may do: report progress, learn that it was cancelled."""

    def __init__(self, report: Callable[[float], None]):
        self._report = report
        self._cancel = threading.Event()

    def progress(self, fraction: float) -> None:
        self._report(max(0.0, min(1.0, fraction)))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progressed = Signal(float)
    finished = Signal(object)
    errored = Signal(object)


class Task(QRunnable):
    """One run of ``fn(state)`` in the thread pool."""

    def __init__(self, fn: Callable[[TaskState], Any]):
        super().__init__()
        self.signals = _Signals()
        self.state = TaskState(self.signals.progressed.emit)
        self._fn = fn
        self.setAutoDelete(False)  # the caller keeps it until it reports back

    def run(self) -> None:
        try:
            result = self._fn(self.state)
        except Exception as exc:  # delivered to the UI thread, shown there
            self.signals.errored.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def run_task(fn: Callable[[TaskState], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None],
             progress: Callable[[float], None] | None = None) -> Task:
    """Start ``fn`` in the global thread pool; callbacks arrive on the UI thread."""
    task = Task(fn)

    def finish(callback, value) -> None:
        _running.discard(task)
        callback(value)

    task.signals.finished.connect(lambda value: finish(done, value))
    task.signals.errored.connect(lambda exc: finish(failed, exc))
    if progress is not None:
        task.signals.progressed.connect(progress)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task
