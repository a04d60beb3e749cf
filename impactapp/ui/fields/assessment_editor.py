"""The inline editor under the grid: the selected cell's justification, certainty, directness,
horizon and mitigation, with the domain's issues for that cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.issues import Issue
from ...domain.model import CERTAINTIES, DIRECTNESS, HORIZONS, NOT_RELEVANT, UNKNOWN, Assessment
from ...domain.ratings import rating_sign
from ..draft import CaseDraft
from .base import ISSUE_STYLE, FieldContext
from .rating_style import certainty_label, rating_label
from .ratings_model import rating_key

GEOGRAPHY = "dist.geography"


class AssessmentEditor(QFrame):
    """Edits the details of one assessment (a measure's rating of one criterion)."""

    def __init__(self, draft: CaseDraft, ctx: FieldContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = draft
        self.ctx = ctx
        self.alt_id: str | None = None
        self.criterion_id: str | None = None
        self.read_only = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)

        self.title = self._label(layout)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.placeholder = self._label(layout)
        self.placeholder.setText(
            self.tr("Choose a cell in the table to rate it; its justification is written here.")
        )

        self.justification_label = self._label(layout)
        self.justification = self._text_edit(layout, 4)
        self.justification_label.setBuddy(self.justification)

        # Created after the justification and before the mitigation: that is the Tab order.
        self.details = QWidget(self)
        row = QGridLayout(self.details)
        row.setHorizontalSpacing(8)
        row.setContentsMargins(0, 4, 0, 4)
        words = {
            **{key: certainty_label(key) for key in CERTAINTIES},
            "direct": self.tr("Direct"), "indirect": self.tr("Indirect"),
            "short": self.tr("Short (under 5 years)"), "long": self.tr("Long (5 years or more)"),
        }
        self.certainty = self._combo(self.tr("Certainty"), row, 0, CERTAINTIES, words)
        self.directness = self._combo(self.tr("Effect"), row, 2, DIRECTNESS, words)
        self.horizon = self._combo(self.tr("Horizon"), row, 4, HORIZONS, words)
        row.setColumnStretch(6, 1)
        layout.addWidget(self.details)

        self.mitigation_label = self._label(layout)
        self.mitigation_label.setText(
            self.tr("Mitigation: what reduces or compensates the harm")
        )
        self.mitigation = self._text_edit(layout, 3)
        self.mitigation_label.setBuddy(self.mitigation)
        self.mitigation.setAccessibleName(self.tr("Mitigation"))

        self.geography_note = self._label(layout)
        self.geography_note.setText(
            self.tr("The effect in each city district is rated in “Effect per city district” "
                    "below the table.")
        )
        self.issue_label = self._label(layout)
        self.issue_label.setStyleSheet(ISSUE_STYLE)

        self.justification.textChanged.connect(
            lambda: self._text_edited("justification", self.justification))
        self.mitigation.textChanged.connect(
            lambda: self._text_edited("mitigation", self.mitigation))
        self.certainty.activated.connect(lambda _: self._chosen("certainty", self.certainty))
        self.directness.activated.connect(lambda _: self._chosen("directness", self.directness))
        self.horizon.activated.connect(lambda _: self._chosen("horizon", self.horizon))
        self.inputs: list[QWidget] = [self.justification, self.certainty, self.directness,
                                      self.horizon, self.mitigation]
        self._issues: list[Issue] = []
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _label(self, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        return label

    def _text_edit(self, layout: QVBoxLayout, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        fm = QFontMetrics(edit.font())
        edit.setMinimumHeight(fm.lineSpacing() * lines + 12)
        edit.setMaximumHeight(fm.lineSpacing() * (lines + 4) + 12)
        layout.addWidget(edit)
        return edit

    def _combo(self, label_text: str, grid: QGridLayout, column: int,
               values: tuple[str, ...], words: dict[str, str]) -> QComboBox:
        """A labelled choice of the domain's ``values``; "—" means not stated."""
        label = QLabel(label_text, self.details)
        combo = QComboBox(self.details)
        combo.addItem("—", "")
        for value in values:
            combo.addItem(words[value], value)
        label.setBuddy(combo)
        combo.setAccessibleName(label_text)
        grid.addWidget(label, 0, column)
        grid.addWidget(combo, 0, column + 1)
        return combo

    # --- the cell -----------------------------------------------------------------------

    def set_cell(self, alt_id: str | None, criterion_id: str | None) -> None:
        if (alt_id, criterion_id) != (self.alt_id, self.criterion_id):
            self.alt_id, self.criterion_id = alt_id, criterion_id
            self.refresh()

    def assessment(self) -> Assessment | None:
        """The selected cell's assessment, looked up again in the current case."""
        if self.alt_id is None or self.criterion_id is None:
            return None
        alt = self.draft.case.alternative(self.alt_id)
        return None if alt is None else alt.assessment(self.criterion_id)

    def refresh(self) -> None:
        """Show the selected assessment without disturbing text being typed."""
        catalog = self.ctx.catalog
        alt = self.draft.case.alternative(self.alt_id) if self.alt_id else None
        criterion = catalog.criteria.get(self.criterion_id or "")
        a = self.assessment()
        chosen = alt is not None and criterion is not None
        self.placeholder.setVisible(not chosen)
        self.title.setVisible(chosen)
        if chosen:
            scale = catalog.scale_of(criterion.id)
            value = a.rating if a is not None else None
            self.title.setText(f"{alt.name or alt.id} · {criterion.name.get(self.ctx.lang)}: "
                               f"{rating_label(value, scale, self.ctx.lang)}")
        rated = a is not None
        for widget in (self.justification_label, self.justification, self.details):
            widget.setVisible(chosen)
        self.justification_label.setText(self._justification_label(a))
        self.justification.setAccessibleName(self._justification_label(a))
        self._set_text(self.justification, a.justification if a else "")
        self._set_choice(self.certainty, a.certainty if a else None)
        self._set_choice(self.directness, a.directness if a else None)
        self._set_choice(self.horizon, a.horizon if a else None)
        negative = rated and rating_sign(a.rating) == -1
        show_mitigation = rated and (negative or bool(a.mitigation))
        self.mitigation_label.setVisible(show_mitigation)
        self.mitigation.setVisible(show_mitigation)
        self._set_text(self.mitigation, a.mitigation if a else "")
        self.geography_note.setVisible(chosen and self.criterion_id == GEOGRAPHY)
        editable = rated and not self.read_only
        for widget in self.inputs:
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(not editable)
                widget.setEnabled(rated)
            else:
                widget.setEnabled(editable)
        if chosen and not rated and not self.read_only:
            self.justification.setPlaceholderText(
                self.tr("Rate the cell first: type a value, or press Enter to choose one."))
        else:
            self.justification.setPlaceholderText("")
        self._show_issue_text()

    def _justification_label(self, a: Assessment | None) -> str:
        if a is not None and a.rating == UNKNOWN:
            return self.tr("Knowledge gap: what is missing, and how could it be found?")
        if a is not None and a.rating == NOT_RELEVANT:
            return self.tr("Why is the criterion not relevant for this measure?")
        return self.tr("Justification")

    def _set_text(self, edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)

    def _set_choice(self, combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value or "")
        if combo.currentIndex() != max(index, 0):
            combo.setCurrentIndex(max(index, 0))

    def show_issues(self, issues: list[Issue]) -> None:
        """The domain's issues for the selected cell (the field picks them)."""
        self._issues = issues
        self._show_issue_text()

    def _show_issue_text(self) -> None:
        text = "\n".join("! " + i.message.get(self.ctx.lang) for i in self._issues)
        self.issue_label.setText(text)
        self.issue_label.setVisible(bool(text) and self.title.isVisibleTo(self))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.refresh()

    # --- editing ------------------------------------------------------------------------

    def _edit(self, attribute: str, value: object) -> None:
        alt_id, criterion_id = self.alt_id, self.criterion_id
        if alt_id is None or criterion_id is None or self.assessment() is None:
            return

        def mutate(case) -> None:
            alt = case.alternative(alt_id)
            a = alt.assessment(criterion_id) if alt is not None else None
            if a is not None:
                setattr(a, attribute, value)

        name = self.ctx.catalog.criteria[criterion_id].name.get(self.ctx.lang)
        names = {"justification": self.tr("Justification of %1"),
                 "mitigation": self.tr("Mitigation for %1"),
                 "certainty": self.tr("Certainty of %1"),
                 "directness": self.tr("Directness of %1"),
                 "horizon": self.tr("Horizon of %1")}
        self.draft.edit(names[attribute].replace("%1", name), mutate,
                        merge_key=rating_key(alt_id, criterion_id, attribute))

    def _text_edited(self, attribute: str, edit: QPlainTextEdit) -> None:
        self._edit(attribute, edit.toPlainText())

    def _chosen(self, attribute: str, combo: QComboBox) -> None:
        self._edit(attribute, combo.currentData() or None)

