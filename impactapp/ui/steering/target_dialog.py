"""Setting an indicator's target in the program, and the line in the indicator view that shows
the target in force, where it comes from, and the gap to it.

On a SQLite database the local user is the admin, so everyone who can open it may set targets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.indicator_targets import (
    HIGHER,
    LOWER,
    IndicatorTarget,
    effective_targets,
    figures_only,
    target_direction_for,
    target_gap,
    target_problems,
)
from ...domain.messages import in_language
from ...domain.model import Catalog, Indicator
from ...domain.numbers import NumberFormatError, format_number, parse_number
from ...domain.observation import Observation
from ...store import CaseStore, StoreError
from ..labels import error_sentence
from .words import gap_text, no_target_text, source_text, target_line, target_text

NO_TARGET_YEAR = 2030


class TargetDialog(QDialog):
    """Value, year and direction of one indicator's target; Remove drops the program's."""

    REMOVE = 2  # the dialog's result when the user removed the target

    def __init__(self, indicator: Indicator, current: IndicatorTarget | None, lang: str,
                 can_remove: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator = indicator
        self.lang = lang
        self.target: IndicatorTarget | None = None
        self.setWindowTitle(self.tr("Target for %1").replace("%1", indicator.name.get(lang)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.value_edit = QLineEdit(self)
        self.value_edit.setAccessibleName(self.tr("Target value"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setAccessibleName(self.tr("Target year"))
        self.direction_box = QComboBox(self)
        self.direction_box.addItem(self.tr("at most (lower is better)"), LOWER)
        self.direction_box.addItem(self.tr("at least (higher is better)"), HIGHER)
        self.direction_box.setAccessibleName(self.tr("Direction"))
        form.addRow(self.tr("&Value (%1)").replace("%1", indicator.unit.get(lang)),
                    self.value_edit)
        form.addRow(self.tr("&Year"), self.year_spin)
        form.addRow(self.tr("&Direction"), self.direction_box)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b2182b;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = buttons.addButton(self.tr("&Remove target"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(can_remove)
        self.remove_button.clicked.connect(lambda: self.done(self.REMOVE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        direction = current.direction if current else target_direction_for(indicator.direction)
        self.direction_box.setCurrentIndex(self.direction_box.findData(direction))
        self.year_spin.setValue(current.year if current else NO_TARGET_YEAR)
        if current is not None:
            self.value_edit.setText(format_number(current.value, lang))

    def accept(self) -> None:
        """Check the target with the domain's rules; stay open with the problem shown."""
        try:
            value: object = parse_number(self.value_edit.text())
        except NumberFormatError:
            value = self.value_edit.text()
        direction = self.direction_box.currentData()
        problems = target_problems(value, self.year_spin.value(), direction,
                                   self.indicator.direction)
        if value is None:
            problems = [("value", self.tr("Write the target value."))]
        if problems:
            names = {"value": self.tr("Value"), "year": self.tr("Year"),
                     "direction": self.tr("Direction")}
            self.error_label.setText("\n".join(f"{names.get(f, f)}: {in_language(m, self.lang)}"
                                                for f, m in problems))
            self.error_label.show()
            return
        assert isinstance(value, float)
        self.target = IndicatorTarget(self.indicator.id, value, self.year_spin.value(),
                                      direction)
        super().accept()


class TargetPanel(QWidget):
    """The target in force for the indicator shown, its source and gap, and Set target."""

    changed = Signal()

    def __init__(self, store: CaseStore, catalog: Catalog, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.lang = lang
        self.indicator: Indicator | None = None
        self.observations: list[Observation] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Set &target …"), self)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.edit)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def stored(self) -> dict[str, IndicatorTarget]:
        try:
            return self.store.indicator_targets()
        except StoreError:
            return {}

    def current(self) -> IndicatorTarget | None:
        if self.indicator is None:
            return None
        return effective_targets(self.catalog.indicator_targets, self.stored()).get(
            self.indicator.id)

    def show_for(self, indicator: Indicator, observations: list[Observation], home: str) -> None:
        """Show the target and gap of ``indicator`` for the municipality ``home``."""
        self.indicator = indicator
        self.observations = [o for o in observations if o.region == home]
        target = self.current()
        unit = indicator.unit.get(self.lang)
        if target is None:
            self.label.setText(no_target_text())
            return
        configured = self.catalog.indicator_targets.get(indicator.id)
        gap = target_gap(target, figures_only((o.period, o.value) for o in self.observations))
        shown = configured if configured != target else None
        self.label.setText(
            target_line(target_text(target, unit, self.lang),
                        source_text(target, shown, self.lang))
            + "\n" + gap_text(gap, unit, self.lang))

    def edit(self) -> bool:
        """Open the target dialog; store or remove what the user chose."""
        if self.indicator is None:
            return False
        in_program = self.indicator.id in self.stored()
        dialog = TargetDialog(self.indicator, self.current(), self.lang, in_program, self)
        result = dialog.exec()
        try:
            if result == TargetDialog.REMOVE:
                self.store.remove_indicator_target(self.indicator.id)
            elif result and dialog.target is not None:
                self.store.set_indicator_target(dialog.target)
            else:
                return False
        except (StoreError, ValueError) as exc:
            self.label.setText(error_sentence(exc, self.lang))
            return False
        self.changed.emit()
        return True
