"""Exports from the comparison and portfolio views: made in a worker, then offered to open.

The table (CSV or XLSX) and the portfolio report (PDF/A) may name cases exempt from public
disclosure, so, as the command line writes them, the file is written atomically and readable
by its owner only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path

import pandas as pd

from ...analysis import portfolio_aggregates, restrict
from ...analysis.compare import table_file
from ...analysis.tables import Tables
from ...domain.model import Catalog
from ...files import write_private
from ...report import renderers
from ...report.portfolio import build_portfolio
from ..worker import TaskState

Task = Callable[[TaskState], Path]


def table_task(frame: pd.DataFrame, tables: Tables, case_ids: Iterable[int], catalog: Catalog,
               path: Path, lang: str) -> Task:
    """Writing the shown table to ``path`` (.csv, or .xlsx with the shown cases' portfolio)."""
    ids = [int(i) for i in case_ids]

    def run(state: TaskState) -> Path:
        state.progress(0.05)
        aggregates = None
        if path.suffix.lower() == ".xlsx":
            aggregates = portfolio_aggregates(restrict(tables, catalog, ids), catalog, lang)
        state.progress(0.4)
        data = table_file(frame, catalog, path.suffix, lang=lang, aggregates=aggregates)
        state.progress(0.9)
        return write_private(path, data)

    return run


def portfolio_task(aggregates: Mapping[str, pd.DataFrame], catalog: Catalog, path: Path,
                   lang: str, scope: str, made: date | None = None) -> Task:
    """Writing the portfolio report of ``aggregates`` to ``path`` as PDF/A."""

    def run(state: TaskState) -> Path:
        state.progress(0.1)
        report = build_portfolio(aggregates, catalog, lang=lang, scope=scope, made=made)
        data = renderers.get().render_portfolio(report)
        state.progress(0.9)
        return write_private(path, data)

    return run
