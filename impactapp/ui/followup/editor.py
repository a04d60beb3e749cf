"""The follow-up editor of a decided case: report on a measure, see its earlier reports.

What may be reported is the domain's decision (``check_report``): the store refuses a case not
decided, an unknown measure or a stopped measure without a reason, and the refusal is shown in
the dialog in its own words, with nothing written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.followup import STATUSES, STOPPED, FollowUp, FollowUpRefused, status_label
from ...domain.model import Case
from ...store import CaseStore, StoreError
from ..labels import error_sentence
from .numbers import parse_number, show_number


class FollowUpDialog(QDialog):
    """Report on one measure of a decided case."""

    reported = Signal(int)  # case id

    def __init__(self, store: CaseStore, case: Case, lang: str = "nb",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case = case
        self.lang = lang
        self.records: dict[str, FollowUp] = store.followups(case.id) if case.id else {}
        self.setWindowTitle(self.tr("Follow-up: %1").replace("%1", case.title))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(self.tr("Measure"))
        for alt in case.measures:
            self.measure.addItem(f"{alt.id}: {alt.name}", alt.id)
        chosen = case.recommendation.alternative if case.recommendation else None
        if chosen is not None and (at := self.measure.findData(chosen)) >= 0:
            self.measure.setCurrentIndex(at)
        form.addRow(self.tr("Measure"), self.measure)
        self.expected = QLabel(self)
        form.addRow(self.tr("Expected effect"), self.expected)
        self.unit = QLineEdit(self)
        self.unit.setAccessibleName(self.tr("Responsible unit"))
        form.addRow(self.tr("Responsible unit"), self.unit)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in STATUSES:
            self.status.addItem(status_label(status, lang), status)
        form.addRow(self.tr("Status"), self.status)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Why it was stopped"))
        form.addRow(self.tr("Why it was stopped"), self.reason)
        self.effect = QLineEdit(self)
        self.effect.setAccessibleName(self.tr("Reported effect, t CO2e per year"))
        self.effect.setPlaceholderText(self.tr("e.g. −850 (a cut)"))
        form.addRow(self.tr("Reported effect, t CO2e per year"), self.effect)
        self.cost = QLineEdit(self)
        self.cost.setAccessibleName(self.tr("Cost spent, NOK"))
        form.addRow(self.tr("Cost spent, NOK"), self.cost)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Progress note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        form.addRow(self.tr("Progress note"), self.note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Earlier reports"), self))
        self.reports = QListWidget(self)
        self.reports.setAccessibleName(self.tr("Earlier reports"))
        layout.addWidget(self.reports, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B2182B")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save report"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.measure.currentIndexChanged.connect(self._show_measure)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._show_measure()
        self.resize(560, 560)

    def _show_measure(self) -> None:
        measure = self.measure.currentData()
        alt = self.case.alternative(measure) if measure else None
        tonnes = alt.ghg.tonnes_co2e_per_year if alt and alt.ghg else None
        self.expected.setText(self.tr("not quantified") if tonnes is None else
                              self.tr("%1 t CO2e per year").replace(
                                  "%1", show_number(tonnes, self.lang, 1)))
        record = self.records.get(measure)
        self.unit.setText(record.unit if record and record.unit else self.case.unit)
        at = self.status.findData(record.status if record else STATUSES[0])
        self.status.setCurrentIndex(max(at, 0))
        self.reason.setText(record.reason if record else "")
        self.reports.clear()
        for entry in reversed(record.entries if record else ()):
            when = entry.at.astimezone().strftime("%d.%m.%Y %H:%M")
            parts = [f"{when}  {entry.who}: {status_label(entry.status, self.lang)}"]
            if entry.effect_tonnes is not None:
                parts.append(f"{show_number(entry.effect_tonnes, self.lang, 1)} t CO2e")
            if entry.cost_nok is not None:
                parts.append(f"{show_number(entry.cost_nok, self.lang)} kr")
            parts += [t for t in (entry.reason, entry.note) if t]
            self.reports.addItem(" · ".join(parts))
        self._status_changed()

    def _status_changed(self) -> None:
        self.reason.setEnabled(self.status.currentData() == STOPPED)

    def save(self) -> bool:
        """Write the report; a refusal or a bad figure is shown and nothing is written."""
        self.message.clear()
        self.message.setStyleSheet("color: #B2182B")
        figures = []
        for field, name in ((self.effect, self.tr("Reported effect")),
                            (self.cost, self.tr("Cost spent"))):
            try:
                figures.append(parse_number(field.text()))
            except ValueError:
                self.message.setText(self.tr("%1: '%2' is not a number.").replace(
                    "%1", name).replace("%2", field.text()))
                field.setFocus()
                return False
        measure = self.measure.currentData()
        status = self.status.currentData()
        if status == STOPPED and not self.reason.text().strip():
            self.message.setText(FollowUpRefused("reason_missing").message(self.lang))
            self.reason.setFocus()
            return False
        try:
            record = self.store.report_followup(
                self.case.id, measure, status, unit=self.unit.text(),
                effect_tonnes=figures[0], cost_nok=figures[1],
                note=self.note.toPlainText(), reason=self.reason.text())
        except FollowUpRefused as exc:
            self.message.setText(exc.message(self.lang))
            return False
        except StoreError as exc:
            self.message.setText(error_sentence(exc, self.lang))
            return False
        self.records[measure] = record
        self.effect.clear()
        self.cost.clear()
        self.note.clear()
        self._show_measure()
        self.message.setText(self.tr("Report saved."))
        self.message.setStyleSheet("")
        self.reported.emit(self.case.id)
        return True
