"""Adding or editing one plan, strategy or initiative of the register, checked with the same
rules as the command line and plan files (``domain.plans.plan_problems``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.messages import in_language
from ...domain.model import Catalog
from ...domain.plans import Plan, plan_problems

ID_ROLE = Qt.ItemDataRole.UserRole


def _year(text: str) -> int | str | None:
    text = text.strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


class PlanDialog(QDialog):
    """The plan's fields; OK only when the domain finds nothing wrong."""

    def __init__(self, catalog: Catalog, lang: str, plan: Plan | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.plan: Plan | None = None
        self._id = plan.id if plan else None
        self.setWindowTitle(self.tr("Edit plan") if plan else self.tr("Add plan"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.kind_box = QComboBox(self)
        for kind, label in (("plan", self.tr("plan")), ("strategy", self.tr("strategy")),
                            ("initiative", self.tr("initiative"))):
            self.kind_box.addItem(label, kind)
        self.unit_edit = QLineEdit(self)
        self.start_edit = QLineEdit(self)
        self.end_edit = QLineEdit(self)
        self.reference_edit = QLineEdit(self)
        self.targets_edit = QLineEdit(self)
        self.targets_edit.setPlaceholderText("11.6, 13.2")
        self.indicator_list = QListWidget(self)
        for indicator in catalog.indicators.values():
            item = QListWidgetItem(indicator.name.get(lang), self.indicator_list)
            item.setData(ID_ROLE, indicator.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_box)
        form.addRow(self.tr("Responsible &unit"), self.unit_edit)
        form.addRow(self.tr("&From year"), self.start_edit)
        form.addRow(self.tr("&To year"), self.end_edit)
        form.addRow(self.tr("&Link or reference"), self.reference_edit)
        form.addRow(self.tr("&SDG targets"), self.targets_edit)
        form.addRow(self.tr("&Indicators"), self.indicator_list)
        for label, edit in ((self.tr("Name"), self.name_edit),
                            (self.tr("Responsible unit"), self.unit_edit),
                            (self.tr("From year"), self.start_edit),
                            (self.tr("To year"), self.end_edit),
                            (self.tr("SDG targets"), self.targets_edit)):
            edit.setAccessibleName(label)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b2182b;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if plan is not None:
            self._fill(plan)

    def _fill(self, plan: Plan) -> None:
        self.name_edit.setText(plan.name)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(plan.kind)))
        self.unit_edit.setText(plan.unit)
        self.start_edit.setText("" if plan.start_year is None else str(plan.start_year))
        self.end_edit.setText("" if plan.end_year is None else str(plan.end_year))
        self.reference_edit.setText(plan.reference)
        self.targets_edit.setText(", ".join(plan.targets))
        for row in range(self.indicator_list.count()):
            item = self.indicator_list.item(row)
            if item.data(ID_ROLE) in plan.indicators:
                item.setCheckState(Qt.CheckState.Checked)

    def entered(self) -> Plan:
        """The plan as the fields say (possibly invalid)."""
        targets = tuple(t.strip() for t in self.targets_edit.text().replace(";", ",").split(",")
                        if t.strip())
        indicators = tuple(
            self.indicator_list.item(r).data(ID_ROLE) for r in range(self.indicator_list.count())
            if self.indicator_list.item(r).checkState() == Qt.CheckState.Checked)
        return Plan(self.name_edit.text().strip(), self.unit_edit.text().strip(),
                    self.kind_box.currentData(), _year(self.start_edit.text()),  # type: ignore[arg-type]
                    _year(self.end_edit.text()), self.reference_edit.text().strip(),  # type: ignore[arg-type]
                    targets, indicators, self._id)

    def accept(self) -> None:
        plan = self.entered()
        problems = plan_problems(plan, self.catalog.targets, self.catalog.indicators)
        if problems:
            names = {"name": self.tr("Name"), "kind": self.tr("Kind"),
                     "start_year": self.tr("From year"), "end_year": self.tr("To year")}
            lines = []
            for field, message in problems:
                head = field.split("[")[0]
                label = names.get(head) or (self.tr("SDG targets") if head == "targets"
                                            else self.tr("Indicators"))
                lines.append(f"{label}: {in_language(message, self.lang)}")
            self.error_label.setText("\n".join(lines))
            self.error_label.show()
            return
        self.plan = plan
        super().accept()
