"""Long work off the UI thread: a function of values, its result delivered back on the UI thread.

The function never touches a widget; it gets a TaskState to report progress and to notice a
cancel, and returns a value (or raises). ``run_task`` calls ``done(value)`` or ``failed(exc)``
on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


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


class Task:
    """One run of ``fn(state)`` in a thread of its own; results come back as queued signals."""

    def __init__(self, fn: Callable[[TaskState], Any]):
        self.signals = _Signals()  # lives in the UI thread, receives nothing itself
        self.state = TaskState(self.signals.progressed.emit)
        self._fn = fn
        self.thread = threading.Thread(target=self._run, name="impactapp-task", daemon=True)

    def _run(self) -> None:
        try:
            result = self._fn(self.state)
        except Exception as exc:  # delivered to the UI thread, shown there
            self.signals.errored.emit(exc)
        else:
            self.signals.finished.emit(result)


# Tasks are kept until their thread has ended, not merely until they reported back: a Qt
# object must never be freed while another thread is still inside one of its emits.
_tasks: list[Task] = []


def run_task(fn: Callable[[TaskState], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None],
             progress: Callable[[float], None] | None = None) -> Task:
    """Start ``fn`` in a worker thread; the callbacks arrive on the UI thread."""
    _tasks[:] = [t for t in _tasks if t.thread.is_alive()]
    task = Task(fn)
    task.signals.finished.connect(done)
    task.signals.errored.connect(failed)
    if progress is not None:
        task.signals.progressed.connect(progress)
    _tasks.append(task)
    task.thread.start()
    return task
