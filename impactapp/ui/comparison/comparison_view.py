"""The comparison view: every case with its recommended alternative in one filterable table."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Catalog
from ..case_list_model import CASE_ID_ROLE
from ..export_runner import ExportRunner
from ..prompts import Prompts, QtPrompts
from .cells import DEPTH_ORDER, NARROW_KINDS, STATUS_ORDER
from .column_chooser import ColumnChooser
from .columns import FIXED, column_groups, export_columns
from .export import table_task
from .filter_bar import FilterBar
from .filtering import ComparisonFilter
from .frozen import FrozenColumns
from .header import ComparisonHeader
from .model import ComparisonModel
from .proxy import ComparisonProxy
from .source import ComparisonData, ComparisonSource

#: Widths of wide columns, in average characters.
_WIDTHS_IN_CHARACTERS = {"title": 34, "alternative_name": 24, "unit": 18}
#: What the widest value of a column looks like (the width also fits its header's words).
_SAMPLES = {"case_number": "00/00000", "decision_date": "00.00.0000", "revision": "00",
            "ghg_tonnes": "\u2212000 000",
            "ghg_from_year": "0000", "investment_nok": "000 000 000",
            "annual_nok": "00 000 000"}


class ComparisonView(QWidget):
    """Filters, a column chooser and the table; a double-click or Enter opens the case."""

    case_activated = Signal(int)
    filter_changed = Signal(object)  # the ComparisonFilter

    def __init__(self, source: ComparisonSource, catalog: Catalog, lang: str,
                 parent: QWidget | None = None, *, prompts: Prompts | None = None):
        super().__init__(parent)
        self.prompts: Prompts = prompts or QtPrompts()
        self.source = source
        self.catalog = catalog
        self.lang = lang
        self.data: ComparisonData | None = None
        self.model = ComparisonModel(catalog, lang, self)
        self.proxy = ComparisonProxy(self)
        self.proxy.setSourceModel(self.model)
        self.exports = ExportRunner(self, self.prompts)
        self._build()
        source.watch(self.isVisible)
        source.loading.connect(self._loading)
        source.loaded.connect(self.set_data)
        source.failed.connect(self._failed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filters = FilterBar(self)
        self.filters.changed.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.filters.search, 1)
        self.shown_label = QLabel(self)
        self.shown_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.shown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.shown_label)
        self.chooser = ColumnChooser(self)
        self.chooser.changed.connect(lambda _keys: self._apply_groups())
        top.addWidget(self.chooser)
        self.export_button = QPushButton(self.tr("E&xport table …"), self)
        self.export_button.setAccessibleDescription(
            self.tr("Save the table as shown (filtered and sorted) as an XLSX or CSV file"))
        self.export_button.clicked.connect(self.ask_and_export)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addLayout(self.filters.choices)

        self.table = QTableView(self)
        self.header = ComparisonHeader(self.table)
        self.table.setHorizontalHeader(self.header)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Comparison of cases"))
        self.table.setAccessibleDescription(self.tr(
            "One row per case with its recommended alternative. Ratings show sign and number "
            "from −3 to +3; ? is a knowledge gap, – not relevant. Enter opens the case."))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        # Title and case number stay in sight while the other columns scroll sideways.
        self.frozen = FrozenColumns(self.table, self._frozen_columns)
        self.frozen.view.doubleClicked.connect(self._activated)

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        order = [self.filters.search, self.chooser, self.export_button,
                 *self.filters.combos.values(), self.filters.clear_button, self.table]
        for first, then in pairwise(order):  # as the eye reads: the top line, then the filters
            QWidget.setTabOrder(first, then)
        self._loading()

    # --- data -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.source.ensure_loaded()

    def _loading(self) -> None:
        if self.data is None:
            self._show_message(self.tr("Reading the cases …"))

    def _failed(self, reason: str) -> None:
        self._show_message(self.tr("The cases could not be read: %1").replace("%1", reason))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def set_data(self, data: ComparisonData) -> None:
        """Show freshly read cases, keeping filters, sort order and column choice."""
        first = self.data is None
        self.data = data
        self.model.set_frame(data.frame)
        self.header.forget_labels()
        self.chooser.set_groups(column_groups(data.frame.columns, self.catalog, self.lang))
        self.filters.set_choices(data.frame)  # emits changed: the proxy filters anew
        self._apply_groups()
        if first:
            self._size_columns()
            self.table.sortByColumn(self.model.column_index("title"), Qt.SortOrder.AscendingOrder)
        self.frozen.refresh()
        if data.frame.empty:
            self._show_message(self.tr("There are no cases to compare yet."))
        else:
            self.stack.setCurrentWidget(self.table)
        self._update_counts()

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        char, pad = metrics.averageCharWidth(), 3 * metrics.averageCharWidth()
        narrow = self.header.narrow_width()
        for section, column in enumerate(self.model.columns):
            kind = self.model.kind(section)
            if kind in NARROW_KINDS:
                self.table.setColumnWidth(section, narrow)
                continue
            if column in _WIDTHS_IN_CHARACTERS:
                self.table.setColumnWidth(section, char * _WIDTHS_IN_CHARACTERS[column])
                continue
            samples = self.model.label(section).split() or [""]
            if kind in ("status", "depth"):
                samples += [self.model.formatter.text(kind, value) for value in
                            (STATUS_ORDER if kind == "status" else DEPTH_ORDER)]
            elif column in _SAMPLES:
                samples.append(_SAMPLES[column])
            elif kind == "bool":
                samples += [self.model.formatter.yes, self.model.formatter.no]
            elif kind == "text":
                samples.append(self._longest(column)[:20])
            width = max(metrics.horizontalAdvance(text) for text in samples) + pad
            self.table.setColumnWidth(section, width)
        self.header.updateGeometry()

    def _frozen_columns(self) -> list[int]:
        return [self.model.column_index(c) for c in FIXED if c in self.model.columns]

    def _longest(self, column: str) -> str:
        values = self.model.frame[column].dropna().astype(str)
        return "" if values.empty else str(values.loc[values.str.len().idxmax()])

    def _apply_groups(self) -> None:
        shown = self.chooser.shown()
        hidden: set[str] = set()
        for group in column_groups(self.model.columns, self.catalog, self.lang):
            if group.key not in shown:
                hidden.update(group.columns)
        for section, column in enumerate(self.model.columns):
            self.table.setColumnHidden(section, column in hidden and column not in FIXED)

    # --- filters ----------------------------------------------------------------------------

    def _filter(self, chosen: ComparisonFilter) -> None:
        self.proxy.set_filter(chosen)
        self._update_counts()
        self.filter_changed.emit(chosen)

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        text = self.tr("%n case(s)", "", total) if shown == total else self.tr(
            "%1 of %n case(s) shown", "", total).replace("%1", str(shown))
        self.shown_label.setText(text)

    def shown_case_ids(self) -> list[int]:
        """The ids of the cases that pass the filters (in frame order)."""
        return [int(i) for i in self.model.case_ids()[self.proxy.passing_positions()]]

    def scope_text(self) -> str:
        return self.filters.scope_text()

    def shown_columns(self) -> list[str]:
        return [c for s, c in enumerate(self.model.columns) if not self.table.isColumnHidden(s)]

    def shown_table(self) -> pd.DataFrame:
        """The table as shown: the rows left by the filters in their sorted order, the columns
        shown (with the raw value of a criterion on a scale of another range)."""
        rows = np.array([self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                         for r in range(self.proxy.rowCount())], dtype=np.int64)
        positions = self.model.positions(rows) if len(rows) else rows
        frame = self.model.frame
        columns = export_columns(self.shown_columns(), frame.columns, self.catalog)
        return frame.iloc[positions][columns].reset_index(drop=True)

    # --- actions ----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.proxy.data(index, CASE_ID_ROLE)
        if case_id is not None:
            self.case_activated.emit(int(case_id))

    def ask_and_export(self) -> None:
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, for any spreadsheet (*.csv)")
        picked = self.prompts.save_file(
            self, self.tr("Export the comparison"),
            Path.home() / (self.tr("comparison") + ".xlsx"), f"{xlsx};;{csv}")
        if picked is None:
            return
        target, chosen = picked
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == csv else ".xlsx"))
        self.export_table(target)

    def export_table(self, path: Path) -> bool:
        """Write the table as shown to ``path`` (.xlsx or .csv) in a worker."""
        if self.data is None:
            return False
        table = self.shown_table()
        task = table_task(table, self.data.tables, self.shown_case_ids(), self.catalog, path,
                          self.lang)
        return self.exports.run(task, self.tr("Writing the table …"))
