"""Where both views get their cases: the comparison rows, read and laid out in a worker.

Reading 10,000 cases and building the frame takes about a second, so it runs in a worker
thread with its own connection from the opener (a connection per thread) and
only while a view is on screen; when cases change, a view that is not shown is only marked
stale and reloads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QObject, Signal

from ...analysis.compare import build_comparison
from ...analysis.tables import Tables
from ...domain.model import Catalog
from ...store import Opener
from ..worker import TaskState, run_task


@dataclass(frozen=True)
class ComparisonData:
    """The cases as the analysis layer holds them: tables for aggregates, the frame to show."""

    tables: Tables
    frame: pd.DataFrame


def read_comparison(opener: Opener, catalog: Catalog, lang: str,
                    state: TaskState | None = None) -> ComparisonData:
    """Read every case's comparison rows and lay them out (runs in a worker thread)."""
    if state is not None:
        state.progress(0.05)
    with opener() as store:
        rows = store.comparison_rows(portfolio=True)  # the portfolio view counts them too
    if state is not None:
        state.progress(0.6)
    tables, frame = build_comparison(rows, catalog, lang=lang)
    if state is not None:
        state.progress(1.0)
    return ComparisonData(tables, frame)


class ComparisonSource(QObject):
    """Holds the current ComparisonData and reloads it when cases have changed."""

    loading = Signal()
    loaded = Signal(object)  # ComparisonData
    failed = Signal(str)

    def __init__(self, opener: Opener, catalog: Catalog, lang: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.opener = opener
        self.catalog = catalog
        self.lang = lang
        self.data: ComparisonData | None = None
        self.stale = True
        self.running = False
        self._again = False
        self._watchers: list[Callable[[], bool]] = []

    def watch(self, is_shown: Callable[[], bool]) -> None:
        """A view that needs fresh data whenever ``is_shown()`` is true."""
        self._watchers.append(is_shown)

    def invalidate(self) -> None:
        """Cases have changed: reload now if a view is shown, else when one is shown."""
        self.stale = True
        if any(shown() for shown in self._watchers):
            self.reload()

    def ensure_loaded(self) -> None:
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read the cases again in a worker; a reload asked for meanwhile runs after it."""
        if self.running:
            self._again = True
            return
        self.running = True
        self._again = False
        self.stale = False
        self.loading.emit()
        opener, catalog, lang = self.opener, self.catalog, self.lang
        run_task(lambda state: read_comparison(opener, catalog, lang, state),
                 self._done, self._failed)

    def _done(self, data: ComparisonData) -> None:
        self.running = False
        if self._again:
            self.reload()
            return
        self.data = data
        self.loaded.emit(data)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.stale = True
        self.failed.emit(str(exc))
