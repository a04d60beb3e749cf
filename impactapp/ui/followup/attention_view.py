"""The "Til oppfølging" view for leadership: reports due or late by the store's clock, stopped
measures, and measures whose reported effect is far from the expected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import local_today
from ...domain.followup import (
    REASON_LABELS,
    AttentionItem,
    attention_list,
    followed_measures,
    status_label,
)
from ...store import CaseStore
from .numbers import show_number
from .settings import climate_settings


class FollowUpView(QWidget):
    """The measures that need leadership's attention, late reports first."""

    case_activated = Signal(int)

    COLUMNS = ("case", "measure", "unit", "status", "why", "due", "expected", "reported")

    def __init__(self, store: CaseStore, lang: str = "nb", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.items: list[AttentionItem] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Follow-up"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.due_only = QCheckBox(self.tr("Only reports due or late"), self)
        self.due_only.toggled.connect(self.refresh)
        top.addWidget(self.due_only)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("Measures to follow up"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Measure"), self.tr("Responsible unit"), self.tr("Status"),
            self.tr("Why listed"), self.tr("Report due"), self.tr("Expected t CO2e/yr"),
            self.tr("Reported t CO2e/yr")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((1, 200), (2, 140), (3, 100), (4, 200), (5, 90), (6, 110),
                              (7, 110)):
            self.table.setColumnWidth(column, width)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the decided cases and their follow-up again, by the store's clock."""
        config, problem = climate_settings(self.store)
        today = local_today(self.store.time_source)
        cases = self.store.budget_cases(("decided",))
        self.items = attention_list(followed_measures(cases), today, config.calendar,
                                    due_only=self.due_only.isChecked())
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            m = item.measure
            stop = m.followup.reason if m.followup and m.followup.reason else ""
            reported = m.followup.effect_tonnes if m.followup else None
            cells = (
                m.title, f"{m.measure}: {m.measure_name}", m.unit,
                status_label(m.status, self.lang) + (f": {stop}" if stop else ""),
                ", ".join(REASON_LABELS[r].get(self.lang) for r in item.reasons),
                item.due.strftime("%d.%m.%Y") if item.due else "",
                show_number(m.expected_tonnes, self.lang, 1),
                show_number(reported, self.lang, 1),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, m.case_id)
                if column >= 6:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        text = self.tr("%n measure(s) to follow up today (%1).", "", len(self.items)).replace(
            "%1", today.strftime("%d.%m.%Y"))
        if problem:
            text += " " + self.tr("climate.yaml has problems, defaults are used: %1").replace(
                "%1", problem)
        self.summary.setText(text)

    def _activated(self, row: int, _column: int) -> None:
        cell = self.table.item(row, 0)
        if cell is not None:
            self.case_activated.emit(int(cell.data(Qt.ItemDataRole.UserRole)))
