"""Setting the climate target in the program (kept in the database's meta table)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ...domain.climate_target import ClimateTarget, target_problems
from ...domain.messages import in_language
from ...store import CaseStore
from ..labels import ui_language


class TargetDialog(QDialog):
    """Cut, target year, base year and the base year's emissions, checked by the domain."""

    def __init__(self, store: CaseStore, current: ClimateTarget | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Climate target"))
        form = QFormLayout(self)
        self.cut = QDoubleSpinBox(self)
        self.cut.setRange(0, 100)
        self.cut.setSuffix(" %")
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.base_year = QSpinBox(self)
        self.base_year.setRange(1990, 2100)
        self.base = QDoubleSpinBox(self)
        self.base.setRange(0, 1e9)
        self.base.setDecimals(0)
        self.base.setSuffix(" t CO2e")
        current = current or ClimateTarget(95, 2030, 2009, 0)
        self.cut.setValue(current.cut_percent)
        self.year.setValue(current.year)
        self.base_year.setValue(current.base_year)
        self.base.setValue(current.base_tonnes)
        form.addRow(self.tr("Cut"), self.cut)
        form.addRow(self.tr("By the year"), self.year)
        form.addRow(self.tr("Against the base year"), self.base_year)
        form.addRow(self.tr("Emissions in the base year"), self.base)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def target(self) -> ClimateTarget:
        return ClimateTarget(self.cut.value(), self.year.value(), self.base_year.value(),
                             self.base.value())

    def save(self) -> bool:
        target = self.target()
        problems = target_problems(target)
        if problems:
            self.message.setText("; ".join(in_language(p, ui_language()) for p in problems))
            return False
        self.store.set_climate_target(target)
        self.accept()
        return True
