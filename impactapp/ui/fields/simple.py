"""Field widgets for scalar case fields: text, long text, date, choice, number, yes/no."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from ...domain.numbers import NumberFormatError, format_number, parse_number
from ..labels import format_date, option_label
from .base import FieldWidget


class TextField(FieldWidget):
    """One line of text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = self.add_input(QLineEdit(self))
        self.editor.textEdited.connect(lambda text: self.draft.set_value(self.field.id, text))
        self.refresh()

    def refresh(self) -> None:
        value = self.draft.value(self.field.id) or ""
        if self.editor.text() != value:
            self.editor.setText(value)


class TextAreaField(FieldWidget):
    """Several lines of text: descriptions, justifications."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = self.add_input(QPlainTextEdit(self), stretch=1)
        self.editor.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.editor.setMinimumHeight(90)
        self.editor.textChanged.connect(self._edited)
        self.refresh()

    def _edited(self) -> None:
        self.draft.set_value(self.field.id, self.editor.toPlainText())

    def refresh(self) -> None:
        value = self.draft.value(self.field.id) or ""
        if self.editor.toPlainText() != value:
            self.editor.blockSignals(True)
            self.editor.setPlainText(value)
            self.editor.blockSignals(False)


_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """26.11.2026 or 2026-11-26; empty gives None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text)


class DateField(FieldWidget):
    """A date typed as 26.11.2026 (or 2026-11-26); kept as datetime.date in the case."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = self.add_input(QLineEdit(self))
        self.editor.setPlaceholderText("dd.mm.åååå" if self.ctx.lang == "nb" else "yyyy-mm-dd")
        self.editor.setMaximumWidth(160)
        self.editor.editingFinished.connect(self._edited)
        self._error = ""
        self.refresh()

    def _edited(self) -> None:
        try:
            value = parse_date(self.editor.text())
        except ValueError:
            self._error = (
                "Skriv datoen som dd.mm.åååå, for eksempel 17.06.2026."
                if self.ctx.lang == "nb" else "Write the date as yyyy-mm-dd, e.g. 2026-06-17."
            )
            self.issue_label.setText(self._error)
            self.issue_label.show()
            return
        self._error = ""
        self.draft.set_value(self.field.id, value)
        self.refresh()

    def refresh(self) -> None:
        value = self.draft.value(self.field.id)
        text = format_date(value, self.ctx.lang) if value else ""
        if not self._error and self.editor.text() != text:
            self.editor.setText(text)


class NumberField(FieldWidget):
    """A number typed as 1 234,5 or 1234.5, shown in Norwegian format."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = self.add_input(QLineEdit(self))
        self.editor.setMaximumWidth(220)
        self.editor.editingFinished.connect(self._edited)
        self.refresh()

    def _edited(self) -> None:
        try:
            value = parse_number(self.editor.text())
        except NumberFormatError as exc:
            self.issue_label.setText(str(exc))
            self.issue_label.show()
            return
        self.issue_label.hide()
        self.draft.set_value(self.field.id, value)
        self.refresh()

    def refresh(self) -> None:
        text = format_number(self.draft.value(self.field.id), self.ctx.lang)
        if not self.editor.hasFocus() and self.editor.text() != text:
            self.editor.setText(text)


class ChoiceField(FieldWidget):
    """One of a fixed list of options, or of the case's alternatives (``options_from``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = self.add_input(QComboBox(self))
        self.editor.setMinimumWidth(260)
        self.editor.activated.connect(self._chosen)
        self.refresh()

    def _options(self) -> list[tuple[str, str]]:
        if self.field.options_from == "alternatives":
            return [(a.id, a.name or a.id) for a in self.draft.case.alternatives]
        return [(o, option_label(self.field.id, o)) for o in self.field.options]

    def _chosen(self, index: int) -> None:
        value = self.editor.itemData(index)
        self.draft.set_value(self.field.id, value or ("" if self.field.options_from else None))

    def refresh(self) -> None:
        blank = [("", "—")] if self.field.options_from or not self.field.required else []
        options = blank + self._options()
        current = self.draft.value(self.field.id) or ""
        existing = [(self.editor.itemData(i), self.editor.itemText(i))
                    for i in range(self.editor.count())]
        if existing != options:
            self.editor.blockSignals(True)
            self.editor.clear()
            for value, label in options:
                self.editor.addItem(label, value)
            self.editor.blockSignals(False)
        index = self.editor.findData(current)
        self.editor.setCurrentIndex(max(index, 0))


class BoolField(FieldWidget):
    """Yes or no, as a check box labelled with the field's label."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label.hide()
        self.editor = self.add_input(QCheckBox(self.text(self.field.label), self))
        self.editor.toggled.connect(lambda on: self.draft.set_value(self.field.id, on))
        self.refresh()

    def refresh(self) -> None:
        value = bool(self.draft.value(self.field.id))
        if self.editor.isChecked() != value:
            self.editor.blockSignals(True)
            self.editor.setChecked(value)
            self.editor.blockSignals(False)
