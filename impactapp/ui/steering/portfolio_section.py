"""The portfolio view's steering section: the gap to each indicator target, and what addresses
each locally relevant SDG target (plans, decided measures, pipeline)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.steering import steering_aggregates
from ...analysis.tables import Tables
from ...domain.model import Catalog
from ...domain.numbers import format_number
from ...store import Opener
from .words import status_text

UNADDRESSED = QColor("#fde0dd")


def steering_for(opener: Opener, tables: Tables, catalog: Catalog,
                 lang: str) -> dict[str, pd.DataFrame]:
    """The steering aggregates of the cases in ``tables``; opens its own store (a worker)."""
    with opener() as store:
        plans = store.plans()
        stored = store.indicator_targets()
        observations = {i: store.observations(i) for i in catalog.indicators}
    return steering_aggregates(tables, catalog, plans, stored, observations, lang)


def _table(parent: QWidget, headers: Iterable[str], name: str) -> QTableWidget:
    headers = list(headers)
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(table.fontMetrics().height() * 14)
    return table


class PortfolioSteering(QWidget):
    """Two tables filled from the ``target_gaps`` and ``target_coverage`` aggregates."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Indicator targets: where we stand"), self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.gaps = _table(self, [self.tr("Indicator"), self.tr("Target"), self.tr("Latest"),
                                  self.tr("Gap"), self.tr("Path")],
                           self.tr("Indicator targets"))
        layout.addWidget(self.gaps)
        heading = QLabel(self.tr("What addresses the locally relevant SDG targets"), self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.coverage_note = QLabel(self)
        self.coverage_note.setWordWrap(True)
        layout.addWidget(self.coverage_note)
        self.coverage = _table(self, [self.tr("SDG target"), self.tr("Plans"),
                                      self.tr("Decided measures"), self.tr("Pipeline")],
                               self.tr("Coverage of locally relevant SDG targets"))
        layout.addWidget(self.coverage)

    def fill(self, aggregates: dict[str, pd.DataFrame]) -> None:
        """Show the aggregates' steering tables (nothing when they are missing)."""
        gaps = aggregates.get("target_gaps")
        cover = aggregates.get("target_coverage")
        if gaps is None or cover is None:
            return
        lang = self.lang
        self.gaps.setRowCount(len(gaps))
        for r, (_, row) in enumerate(gaps.iterrows()):
            word = self.tr("at most") if row["direction"] == "lower" else self.tr("at least")
            source = self.tr("configuration") if row["source"] == "configuration" else self.tr(
                "set in the program")
            cells = [str(row["name"]),
                     f"{word} {format_number(row['target'], lang)} ({row['year']}; {source})",
                     "" if pd.isna(row["latest"]) else
                     f"{format_number(row['latest'], lang)} ({row['period']})",
                     "" if pd.isna(row["gap"]) else
                     format_number(round(max(float(row["gap"]), 0.0), 6), lang),
                     status_text(str(row["status"]))]
            for c, text in enumerate(cells):
                self.gaps.setItem(r, c, QTableWidgetItem(text))
        empty = int((~cover["addressed"].astype(bool)).sum()) if len(cover) else 0
        self.coverage_note.setText(self.tr(
            "%1 of %2 locally relevant targets are addressed by nothing (marked).").replace(
            "%1", str(empty)).replace("%2", str(len(cover))))
        self.coverage.setRowCount(len(cover))
        for r, (target, row) in enumerate(cover.iterrows()):
            cells = [str(target), str(row["plans"]), str(row["decided"]), str(row["pipeline"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row["addressed"]:
                    item.setBackground(QBrush(UNADDRESSED))
                if c == 0:
                    item.setToolTip(str(row["text"]))
                self.coverage.setItem(r, c, item)
