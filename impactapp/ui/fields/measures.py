"""Figures per measure: the climate quantity (``ghg``) and the costs in NOK (``cost``).

Both are given for each measure against the zero alternative, so the zero alternative gets no
section. A measure's GhgEstimate or Cost exists only while something is filled in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.issues import Issue
from ...domain.model import Alternative, Case, Cost, GhgEstimate
from ...domain.numbers import format_number, parse_number
from .alternatives import heading_label, issue_label, issues_by_alternative
from .base import FieldWidget, HelpTopic

CLIMATE = "env.climate_mitigation"
_EN_GROUPED = re.compile(r"^\s*[-−+]?\d{1,3}(,\d{3})+(\.\d+)?\s*$")
_UNSET = object()


def parse_amount(text: str, lang: str) -> float | None:
    """A number as typed: "−1 234,5" and "1234.5"; in English also "1,234.5" as shown there."""
    if lang == "en" and _EN_GROUPED.match(text):
        text = text.replace(",", "")
    return parse_number(text)


def parse_year(text: str) -> int | None:
    """A year with four digits; empty gives None."""
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text) or not 1900 <= int(text) <= 2200:
        raise ValueError(text)
    return int(text)


class NumberInput(QWidget):
    """A line for a number with its unit beside it; bad input is kept, explained, not stored."""

    committed = Signal(object)  # the new value (float, int or None)

    def __init__(self, parse: Callable[[str], Any], show: Callable[[Any], str], unit: str,
                 error: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._parse, self._show, self._error_text = parse, show, error
        self._value: Any = _UNSET
        self._error = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setMaximumWidth(180)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QLabel(unit, self)
        row.addWidget(self.edit)
        row.addWidget(self.unit)
        row.addStretch(1)
        layout.addLayout(row)
        self.error_label = issue_label(self)
        layout.addWidget(self.error_label)
        self.edit.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        text = self.edit.text()
        if self._value is not _UNSET and text == self._show(self._value):
            self._set_error(False)
            return
        try:
            value = self._parse(text)
        except ValueError:  # NumberFormatError is one
            self._set_error(True)
            return
        self._set_error(False)
        self._value = value
        self.edit.setText(self._show(value))
        self.committed.emit(value)

    def _set_error(self, on: bool) -> None:
        self._error = on
        self.error_label.setText(self._error_text.replace("%1", self.edit.text().strip()))
        self.error_label.setVisible(on)

    def show_value(self, value: Any) -> None:
        """Show the stored value, unless the user is busy with (or must fix) this one."""
        if value == self._value and (self._error or self.edit.hasFocus()):
            return
        self._value = value
        self._set_error(False)
        text = self._show(value)
        if self.edit.text() != text:
            self.edit.setText(text)


class MeasureSection(QFrame):
    """The inputs for one measure; subclasses add rows and show the measure's values."""

    def __init__(self, field: MeasureFiguresField, alt_id: str):
        super().__init__(field)
        self.field = field
        self.alt_id = alt_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading_label(self)
        self.form = QFormLayout(self)
        self.form.addRow(self.title)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: list[QWidget] = []
        self.issue_label = issue_label(self)

    def number(self, label: str, unit: str, parse: Callable[[str], Any],
               show: Callable[[Any], str], error: str) -> NumberInput:
        widget = NumberInput(parse, show, unit, error, self)
        self.row(label, widget, widget.edit)
        return widget

    def row(self, label: str, widget: QWidget, focus: QWidget | None = None) -> QWidget:
        """Add a labelled row; ``focus`` is the input inside ``widget`` that takes the keyboard."""
        self.form.addRow(label, widget)
        focus = focus or widget
        focus.setProperty("row_label", label)
        focus.installEventFilter(self.field)
        self.inputs.append(focus)
        return widget

    def finish(self) -> None:
        self.form.addRow(self.issue_label)

    def show_measure(self, alt: Alternative) -> None:
        """Show the measure's name and figures (subclasses show their figures)."""
        self.title.setText(alt.name or alt.id)
        self.setAccessibleName(alt.name or alt.id)
        for widget in self.inputs:
            widget.setAccessibleName(f"{widget.property('row_label')} – {alt.name or alt.id}")
            widget.setAccessibleDescription(self.field.text(self.field.field.help))

    def show_issues(self, messages: list[str]) -> None:
        self.issue_label.setText("\n".join(messages))
        self.issue_label.setVisible(bool(messages))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


class MeasureFiguresField(FieldWidget):
    """One section per measure, kept in the case's order; issues shown in their section."""

    #: The attribute of Alternative this field fills in ("ghg" or "cost").
    attribute = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read_only = self.draft.read_only
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.sections_box = QWidget(self)
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.empty_note, self.sections_box):
            self._layout.insertWidget(self._layout.indexOf(self.issue_label), widget)
        self.sections: dict[str, MeasureSection] = {}

    def make_section(self, alt_id: str) -> MeasureSection:
        raise NotImplementedError

    def edit_measure(self, alt_id: str, description: str, change: Callable[[Any], None],
                     merge_key: str | None = None) -> None:
        """Change the measure's figures, creating them first and dropping them when empty."""
        def mutate(case: Case) -> None:
            alt = case.alternative(alt_id)
            if alt is None:
                return
            kind = GhgEstimate if self.attribute == "ghg" else Cost
            figures = getattr(alt, self.attribute) or kind()
            change(figures)
            setattr(alt, self.attribute, None if figures == kind() else figures)
        key = f"{self.attribute}:{alt_id}:{merge_key}" if merge_key else None
        self.draft.edit(description, mutate, merge_key=key)

    def refresh(self) -> None:
        measures = self.draft.case.measures
        ids = [a.id for a in measures]
        for alt_id in list(self.sections):
            if alt_id not in ids:
                self.sections.pop(alt_id).deleteLater()
        chain: list[QWidget] = []
        for position, alt in enumerate(measures):
            section = self.sections.get(alt.id)
            if section is None:
                section = self.sections[alt.id] = self.make_section(alt.id)
                section.set_read_only(self.read_only)
            if self.sections_layout.indexOf(section) != position:
                self.sections_layout.insertWidget(position, section)
            section.show_measure(alt)
            section.show()
            chain += section.inputs
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.empty_note.setVisible(not measures)

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        """Issues on the measures' ``ghg`` or ``cost``, e.g. alternatives[1].ghg.reason."""
        return [i for i in issues if i.where.in_part(self.attribute)]

    def show_issues(self, issues: list[Issue]) -> None:
        per_section, general = issues_by_alternative(self.draft.case, issues, self.ctx.lang)
        for alt_id, section in self.sections.items():
            section.show_issues(per_section.get(alt_id, []))
        super().show_issues(general)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for section in self.sections.values():
            section.set_read_only(read_only)


# --- the climate quantity -----------------------------------------------------------------


class GhgSection(MeasureSection):
    """Tonnes CO2e per year, quantifiable or why not, from which year, scope and method."""

    def __init__(self, field: GhgField, alt_id: str):
        super().__init__(field, alt_id)
        lang = field.ctx.lang
        self.tonnes = self.number(
            self.tr("Change in emissions"), self.tr("t CO2e per year (negative = cut)"),
            lambda text: parse_amount(text, lang), lambda v: format_number(v, lang),
            self.tr("“%1” is not a number. Write it like −850, 1 234,5 or 1234.5."))
        self.unquantifiable = QCheckBox(self.tr("Cannot be quantified"), self)
        self.row("", self.unquantifiable)
        self.unquantifiable.setProperty("row_label", self.tr("Cannot be quantified"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Why not? It goes on the list of effects that cannot be quantified."))
        self.row(self.tr("Reason"), self.reason)
        self.year = self.number(
            self.tr("Applies from year"), "", parse_year, lambda v: "" if v is None else str(v),
            self.tr("Write the year with four digits, for example 2027."))
        self.year.edit.setMaximumWidth(80)
        self.scope = QComboBox(self)
        self.scope.setMaximumWidth(360)
        self.scope.addItem("—", None)
        self.scope.addItem(self.tr("direct, inside the municipal border"), "direct")
        self.scope.addItem(self.tr("indirect, outside the border or in the value chain"),
                           "indirect")
        self.row(self.tr("Scope"), self.scope)
        self.method = QPlainTextEdit(self)
        self.method.setTabChangesFocus(True)
        self.method.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.method.setPlaceholderText(self.tr("How the figure was found: model, source, "
                                               "assumptions."))
        self.row(self.tr("Method"), self.method)
        self.finish()

        what = field.text(field.field.label)
        self.tonnes.committed.connect(lambda v: field.edit_measure(
            alt_id, what, lambda g: setattr(g, "tonnes_co2e_per_year", v)))
        self.year.committed.connect(lambda v: field.edit_measure(
            alt_id, what, lambda g: setattr(g, "from_year", v)))
        self.unquantifiable.toggled.connect(self._quantifiable_toggled)
        self.reason.textEdited.connect(lambda text: field.edit_measure(
            alt_id, what, lambda g: setattr(g, "reason", text), "reason"))
        self.scope.activated.connect(lambda i: field.edit_measure(
            alt_id, what, lambda g: setattr(g, "scope", self.scope.itemData(i))))
        self.method.textChanged.connect(lambda: field.edit_measure(
            alt_id, what, lambda g: setattr(g, "method", self.method.toPlainText()), "method"))

    def _quantifiable_toggled(self, cannot: bool) -> None:
        """A figure and a reason it cannot be given contradict: switching clears the other."""
        def change(g: GhgEstimate) -> None:
            g.quantifiable = not cannot
            if cannot:
                g.tonnes_co2e_per_year = None
            else:
                g.reason = ""
        self.field.edit_measure(self.alt_id, self.field.text(self.field.field.label), change)
        if cannot:
            self.reason.setFocus()

    def show_measure(self, alt: Alternative) -> None:
        super().show_measure(alt)
        g = alt.ghg or GhgEstimate()
        self.tonnes.show_value(g.tonnes_co2e_per_year)
        self.year.show_value(g.from_year)
        if self.unquantifiable.isChecked() == g.quantifiable:
            self.unquantifiable.blockSignals(True)
            self.unquantifiable.setChecked(not g.quantifiable)
            self.unquantifiable.blockSignals(False)
        self.form.setRowVisible(self.reason, not g.quantifiable)
        self.tonnes.edit.setEnabled(g.quantifiable)
        if self.reason.text() != g.reason:
            self.reason.setText(g.reason)
        self.scope.setCurrentIndex(max(self.scope.findData(g.scope), 0))
        if self.method.toPlainText() != g.method:
            self.method.blockSignals(True)
            self.method.setPlainText(g.method)
            self.method.blockSignals(False)


class GhgField(MeasureFiguresField):
    """The climate quantity per measure (METHOD.md "Climate quantity")."""

    attribute = "ghg"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_note.setText(self.tr(
            "Add a measure in the step Alternatives to give its climate effect."))
        self.refresh()

    def make_section(self, alt_id: str) -> MeasureSection:
        return GhgSection(self, alt_id)

    def help_topic(self) -> HelpTopic:
        criterion = self.ctx.catalog.criteria.get(CLIMATE)
        targets = criterion.target_ids if criterion else ()
        return HelpTopic(self.text(self.field.label), self.text(self.field.help), targets=targets,
                         guide="environment")


# --- costs --------------------------------------------------------------------------------


class CostSection(MeasureSection):
    """Investment and annual operating cost in NOK (a negative annual cost is a saving)."""

    def __init__(self, field: CostField, alt_id: str):
        super().__init__(field, alt_id)
        lang = field.ctx.lang
        error = self.tr("“%1” is not an amount. Write it like 1 500 000 or −250 000.")
        self.investment = self.number(
            self.tr("Investment"), self.tr("kr"), lambda text: parse_amount(text, lang),
            lambda v: format_number(v, lang), error)
        self.annual = self.number(
            self.tr("Annual operating cost"), self.tr("kr per year (negative = saving)"),
            lambda text: parse_amount(text, lang), lambda v: format_number(v, lang), error)
        self.finish()
        what = field.text(field.field.label)
        self.investment.committed.connect(lambda v: field.edit_measure(
            alt_id, what, lambda c: setattr(c, "investment_nok", v)))
        self.annual.committed.connect(lambda v: field.edit_measure(
            alt_id, what, lambda c: setattr(c, "annual_nok", v)))

    def show_measure(self, alt: Alternative) -> None:
        super().show_measure(alt)
        cost = alt.cost or Cost()
        self.investment.show_value(cost.investment_nok)
        self.annual.show_value(cost.annual_nok)


class CostField(MeasureFiguresField):
    """Costs in NOK per measure, against the zero alternative."""

    attribute = "cost"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_note.setText(self.tr(
            "Add a measure in the step Alternatives to give its costs."))
        self.refresh()

    def make_section(self, alt_id: str) -> MeasureSection:
        return CostSection(self, alt_id)

