"""Garbage collection on the UI thread only.

Python collects cyclic garbage in whichever thread happens to allocate. When that is a worker
(rendering a memo, saving in the background) and the garbage holds Qt objects, their C++
destructors run in the wrong thread and can crash the program. So automatic collection is
switched off and the UI thread collects on a timer instead, as it would have, just in a safe
place.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Runs gc on the UI thread when the allocation counts say it is due."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the generations that are due, youngest first, as gc itself would."""
        counts = gc.get_count()
        collected = 0
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                collected += gc.collect(generation)
                break
        return collected

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
