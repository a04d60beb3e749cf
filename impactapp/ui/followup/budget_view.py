"""The Budsjett view: every measure by responsible unit, the decided and pipeline totals apart,
the path toward the climate target as a table and a chart, and export to PDF/A or XLSX."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.budget_words import case_name
from ...domain.climate_budget import StageTotal
from ...domain.clock import local_today
from ...domain.followup import status_label
from ...domain.sustainability_budget import Budget, BudgetLine, build_budget, nok_per_tonne
from ...domain.vocabulary import STATUS_LABELS
from ...files import write_private
from ...store import CaseStore
from .numbers import show_number
from .settings import climate_settings
from .target_dialog import TargetDialog

NUMBER = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell that sorts by its number when it has one (empty cells last)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(NUMBER), other.data(NUMBER)
        if mine is None and theirs is None:
            return self.text().casefold() < other.text().casefold()
        if mine is None or theirs is None:
            return theirs is None and mine is not None
        return float(mine) < float(theirs)


class BudgetView(QWidget):
    """The sustainability budget of one year."""

    case_activated = Signal(int)

    def __init__(self, store: CaseStore, lang: str = "nb", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.budget: Budget | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Sustainability budget"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Year"), self))
        self.year = QSpinBox(self)
        self.year.setAccessibleName(self.tr("Budget year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(local_today(store.time_source).year)
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(self.year)
        top.addStretch(1)
        self.target_button = QPushButton(self.tr("Climate target…"), self)
        self.target_button.clicked.connect(self.edit_target)
        top.addWidget(self.target_button)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.ask_and_export(".pdf"))
        top.addWidget(self.pdf_button)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"), self)
        self.xlsx_button.clicked.connect(lambda: self.ask_and_export(".xlsx"))
        top.addWidget(self.xlsx_button)
        layout.addLayout(top)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        layout.addWidget(self.target_label)
        totals = QHBoxLayout()
        self.decided_label = QLabel(self)
        self.decided_label.setAccessibleName(self.tr("Total of decided measures"))
        self.pipeline_label = QLabel(self)
        self.pipeline_label.setAccessibleName(self.tr("Total of the pipeline"))
        self.stopped_label = QLabel(self)
        self.stopped_label.setWordWrap(True)
        for label in (self.decided_label, self.pipeline_label):
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMargin(6)
            totals.addWidget(label, 1)
        layout.addLayout(totals)
        layout.addWidget(self.stopped_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 0, splitter)
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.cellDoubleClicked.connect(self._activated)
        self.table.cellActivated.connect(self._activated)
        bottom = QWidget(splitter)
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_table = QTableWidget(0, 7, bottom)
        self.path_table.setAccessibleName(self.tr("Path toward the climate target"))
        self.path_table.setHorizontalHeaderLabels([
            self.tr("Year"), self.tr("Reference"), self.tr("Decided"),
            self.tr("After decided"), self.tr("Target path"), self.tr("Gap"),
            self.tr("Pipeline (apart)")])
        self.path_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.path_table.verticalHeader().setVisible(False)
        self.path_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        row.addWidget(self.path_table, 1)
        from .path_chart import PathChart

        self.chart = PathChart(lang, bottom)
        row.addWidget(self.chart, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- reading -------------------------------------------------------------------------

    def load(self) -> Budget:
        """The budget of the chosen year from the store and the climate settings."""
        config, self.problem = climate_settings(self.store)
        cases = self.store.budget_cases()
        return build_budget(cases, {c.id: c.followup for c in cases if c.id is not None},
                            self.year.value(), config.target, config.lifetime_years)

    def refresh(self) -> None:
        self.budget = budget = self.load()
        self._show_target(budget)
        self._show_totals(budget)
        self._fill_measures(budget)
        self._fill_path(budget)
        self.chart.set_path(budget.path)

    def _tonnes(self, value: float) -> str:
        return self.tr("%1 t CO2e per year").replace("%1", show_number(value, self.lang))

    def _show_target(self, budget: Budget) -> None:
        target = budget.target
        if target is None:
            text = self.tr("No climate target is set.")
        else:
            text = self.tr("Climate target: %1 % cut by %2 against %3 (%4 t CO2e); the "
                           "reference path holds the latest known total flat.") \
                .replace("%1", show_number(target.cut_percent, self.lang, 0)) \
                .replace("%2", str(target.year)).replace("%3", str(target.base_year)) \
                .replace("%4", show_number(target.base_tonnes, self.lang))
        if self.problem:
            text += " " + self.tr("climate.yaml has problems, defaults are used: %1").replace(
                "%1", self.problem)
        self.target_label.setText(text)

    def _stage_text(self, title: str, total: StageTotal) -> str:
        text = f"{title}: {self._tonnes(total.direct)}"
        beside = total.indirect + total.unstated
        if total.indirect_cases or total.unstated_cases:
            text += "\n" + self.tr("indirect or unstated, not added: %1").replace(
                "%1", show_number(beside, self.lang))
        return text

    def _show_totals(self, budget: Budget) -> None:
        totals = budget.totals
        self.decided_label.setText(self._stage_text(
            self.tr("Decided and approved measures (direct effects)"), totals.decided))
        self.pipeline_label.setText(self._stage_text(
            self.tr("Pipeline, never added to the budget (direct effects)"), totals.pipeline))
        if totals.stopped:
            names = "; ".join(f"{ln.measure_name} ({ln.stop_reason})" for ln in totals.stopped)
            self.stopped_label.setText(self.tr("Stopped, left out of the sum: %1").replace(
                "%1", names))
        else:
            self.stopped_label.clear()

    def _headers(self, budget: Budget) -> list[str]:
        return [self.tr("Responsible unit"), self.tr("Case"), self.tr("Measure"),
                self.tr("Status"), self.tr("Follow-up"),
                *(str(y) for y in budget.years), self.tr("Reported t CO2e/yr"),
                self.tr("Investment, NOK"),
                self.tr("Annual cost, NOK"), self.tr("NOK per tonne"),
                self.tr("SDG targets")]

    def _row(self, budget: Budget, line: BudgetLine) -> list[tuple[str, float | None]]:
        status = STATUS_LABELS.get(line.case_status)
        follow = status_label(line.followup_status, self.lang)
        if line.stopped:
            follow += f": {line.stop_reason}"
        tonnes = [line.in_force(y, budget.year) if line.tonnes is not None else None
                  for y in budget.years]
        cost = nok_per_tonne(line, budget.lifetime_years)
        return [(line.unit, None), (case_name(line, self.lang), None),
                (line.measure_name, None),
                (status.get(self.lang) if status else line.case_status, None), (follow, None),
                *((show_number(t, self.lang), t) for t in tonnes),
                (show_number(line.reported_tonnes, self.lang), line.reported_tonnes),
                (show_number(line.investment_nok, self.lang), line.investment_nok),
                (show_number(line.annual_nok, self.lang), line.annual_nok),
                (show_number(cost, self.lang), cost), (", ".join(line.targets), None)]

    def _fill_measures(self, budget: Budget) -> None:
        self.table.setSortingEnabled(False)
        headers = self._headers(budget)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(budget.lines))
        for r, line in enumerate(budget.lines):
            for c, (text, number) in enumerate(self._row(budget, line)):
                item = _Item(text)
                item.setData(NUMBER, number)
                item.setData(Qt.ItemDataRole.UserRole, line.case_id)
                if number is not None or 5 <= c < len(headers) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if line.stopped:
                    font = item.font()
                    font.setStrikeOut(c >= 5 and c < 5 + len(budget.years))
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 140), (1, 200), (2, 200), (3, 90), (4, 130)):
            self.table.setColumnWidth(column, width)
        for column in range(5, len(headers) - 1):
            self.table.setColumnWidth(column, 78 if column < 5 + len(budget.years) else 110)

    def _fill_path(self, budget: Budget) -> None:
        self.path_table.setRowCount(len(budget.path))
        for r, p in enumerate(budget.path):
            for c, value in enumerate((p.reference, p.decided, p.with_decided, p.target,
                                       p.gap, p.pipeline), start=1):
                item = QTableWidgetItem(show_number(value, self.lang))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.path_table.setItem(r, c, item)
            self.path_table.setItem(r, 0, QTableWidgetItem(str(p.year)))

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.case_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- target and export ---------------------------------------------------------------

    def edit_target(self) -> TargetDialog:
        dialog = TargetDialog(self.store, self.budget.target if self.budget else None, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> Path:
        """Write the budget as PDF/A (.pdf) or XLSX (.xlsx)."""
        budget = self.budget or self.load()
        if path.suffix.lower() == ".pdf":
            from ...report.budget import build_budget_report
            from ...report.budget_render import render_budget_pdf

            data = render_budget_pdf(build_budget_report(
                budget, self.lang, local_today(self.store.time_source)))
        else:
            from ...analysis.budget_xlsx import write_budget_xlsx

            buffer = io.BytesIO()
            write_budget_xlsx(budget, buffer, self.lang)
            data = buffer.getvalue()
        return write_private(path, data)

    def ask_and_export(self, suffix: str) -> Path | None:
        name = self.tr("budget-%1").replace("%1", str(self.year.value())) + suffix
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export budget"), name,
                                                f"*{suffix}")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        try:
            return self.export_to(path)
        except OSError as exc:
            self.target_label.setText(self.tr("Cannot write %1: %2").replace(
                "%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
