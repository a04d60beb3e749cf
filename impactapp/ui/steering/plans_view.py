"""The plan register (add, edit, remove) and, for every locally relevant SDG target, the
plans, decided measures and pipeline that address it, with the targets nothing addresses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...casefile import CaseFileInvalid
from ...casefile.plan_file import plans_to_yaml, read_plan_file
from ...domain.model import Catalog
from ...domain.plans import Coverage, Plan
from ...files import write_private
from ...store import CaseStore, StoreError
from ..labels import error_sentence
from .plan_dialog import PlanDialog

UNADDRESSED = QColor("#fde0dd")


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class PlansView(QWidget):
    """Plans and strategies with the SDG targets and indicators they serve, and coverage."""

    def __init__(self, store: CaseStore, catalog: Catalog, lang: str = "nb",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.lang = lang
        self.plans: list[Plan] = []
        self.coverage: list[Coverage] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Plans, strategies and initiatives"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add plan …"), self)
        self.edit_button = QPushButton(self.tr("&Edit …"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.import_button = QPushButton(self.tr("&Import file …"), self)
        self.export_button = QPushButton(self.tr("E&xport file …"), self)
        for button, slot in ((self.add_button, self.add_plan), (self.edit_button, self.edit_plan),
                             (self.remove_button, self.remove_plan),
                             (self.import_button, self.ask_and_import),
                             (self.export_button, self.ask_and_export)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.plan_table = _table(splitter, [
            self.tr("Name"), self.tr("Kind"), self.tr("Responsible unit"), self.tr("Period"),
            self.tr("SDG targets"), self.tr("Indicators"), self.tr("Link or reference")],
            self.tr("Plans"))
        self.plan_table.cellDoubleClicked.connect(lambda *_: self.edit_plan())
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(_heading(self.tr("What addresses each locally relevant SDG "
                                                "target"), lower))
        self.coverage_note = QLabel(lower)
        self.coverage_note.setWordWrap(True)
        lower_layout.addWidget(self.coverage_note)
        self.coverage_table = _table(lower, [
            self.tr("Target"), self.tr("Text"), self.tr("Plans"), self.tr("Decided measures"),
            self.tr("Pipeline")], self.tr("Coverage of locally relevant SDG targets"))
        self.coverage_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        lower_layout.addWidget(self.coverage_table, 1)
        splitter.addWidget(self.plan_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        """Read the register and the cases' confirmed SDG links again."""
        from ...analysis.steering import case_links, coverage  # pandas: only when shown

        try:
            self.plans = self.store.plans()
            links = case_links(self.store.comparison_rows(portfolio=True), self.catalog)
        except StoreError as exc:
            self.say(error_sentence(exc, self.lang))
            return
        self.coverage = coverage(self.catalog, self.plans, links)
        self._fill_plans()
        self._fill_coverage()

    def _fill_plans(self) -> None:
        kinds = {"plan": self.tr("plan"), "strategy": self.tr("strategy"),
                 "initiative": self.tr("initiative")}
        self.plan_table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            names = [self.catalog.indicators[i].name.get(self.lang) if i in
                     self.catalog.indicators else i for i in plan.indicators]
            cells = [plan.name, kinds.get(plan.kind, plan.kind), plan.unit, plan.period,
                     ", ".join(plan.targets), ", ".join(names), plan.reference]
            for column, text in enumerate(cells):
                self.plan_table.setItem(row, column, QTableWidgetItem(text))
        has = bool(self.plans)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _fill_coverage(self) -> None:
        rows = self.coverage
        empty = [r for r in rows if not r.addressed]
        self.coverage_note.setText(self.tr(
            "%1 of %2 locally relevant targets are addressed by nothing: no plan, no decided "
            "measure, no case in the pipeline (marked). Decided measures (approved or decided "
            "cases) and the pipeline (drafts, in review) are kept apart.").replace(
            "%1", str(len(empty))).replace("%2", str(len(rows))))
        self.coverage_table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            target = self.catalog.targets.get(item.target)
            cells = [item.target, target.text.get(self.lang) if target else "",
                     "; ".join(p.name for p in item.plans),
                     "; ".join(title for _, title in item.decided),
                     "; ".join(title for _, title in item.pipeline)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setToolTip(text)
                if not item.addressed:
                    cell.setBackground(QBrush(UNADDRESSED))
                self.coverage_table.setItem(row, column, cell)
        self.coverage_table.resizeColumnToContents(0)

    def current_plan(self) -> Plan | None:
        row = self.plan_table.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def add_plan(self) -> bool:
        dialog = PlanDialog(self.catalog, self.lang, parent=self)
        if not dialog.exec() or dialog.plan is None:
            return False
        return self._store(lambda: self.store.add_plan(dialog.plan))

    def edit_plan(self) -> bool:
        plan = self.current_plan()
        if plan is None:
            return False
        dialog = PlanDialog(self.catalog, self.lang, plan, parent=self)
        if not dialog.exec() or dialog.plan is None:
            return False
        return self._store(lambda: self.store.update_plan(dialog.plan))

    def remove_plan(self) -> bool:
        plan = self.current_plan()
        if plan is None or plan.id is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove plan"),
            self.tr("Remove “%1” from the register?").replace("%1", plan.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        plan_id = plan.id
        return self._store(lambda: self.store.remove_plan(plan_id))

    def ask_and_import(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import plans"), str(Path.home()), self.tr("Plan files (*.yaml *.yml)"))
        return self.import_file(Path(path)) if path else False

    def import_file(self, path: Path) -> bool:
        """Add the plans of a plan file, all or none; every problem is shown with its line."""
        try:
            plans = read_plan_file(path, self.catalog)
        except CaseFileInvalid as exc:
            self.say(self.tr("Nothing was imported from %1:").replace("%1", path.name) + "\n"
                     + "\n".join(str(e) for e in exc.errors))
            return False
        except OSError as exc:
            self.say(self.tr("%1 cannot be read: %2").replace("%1", str(path)).replace(
                "%2", exc.strerror or str(exc)))
            return False
        return self._store(lambda: self.store.add_plans(plans))

    def ask_and_export(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export plans"), str(Path.home() / "planer.yaml"),
            self.tr("Plan files (*.yaml *.yml)"))
        return self.export_file(Path(path)) if path else False

    def export_file(self, path: Path) -> bool:
        """Write the register as a plan file (the format ``plans import`` reads)."""
        try:
            write_private(path, plans_to_yaml(self.plans).encode("utf-8"))
        except OSError as exc:
            self.say(self.tr("%1 cannot be written: %2").replace("%1", str(path)).replace(
                "%2", exc.strerror or str(exc)))
            return False
        self.say(self.tr("%n plan(s) written to %1.", "", len(self.plans)).replace(
            "%1", str(path)))
        return True

    def _store(self, action) -> bool:
        try:
            action()
        except (StoreError, ValueError) as exc:
            self.say(error_sentence(exc, self.lang))
            return False
        self.say("")
        self.refresh()
        return True
