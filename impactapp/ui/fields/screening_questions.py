"""Screening questions (step 2): the answers suggest a depth, shown live beside its meaning.

The rule is the domain's (impactapp.domain.screening.suggest_depth); this widget asks the
questions, writes ``case.screening_answers`` and says when the chosen depth needs a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Case
from ...domain.screening import QUESTIONS, suggest_depth
from ...domain.vocabulary import DEPTH_LABELS
from .base import FieldWidget


class ScreeningQuestionsField(FieldWidget):
    """The screening questions as radio buttons, and the depth their answers suggest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups: dict[str, QButtonGroup] = {}
        self._answers: dict[QAbstractButton, tuple[str, str]] = {}
        for question in QUESTIONS:
            heading = QLabel(self.text(question.text), self)
            heading.setWordWrap(True)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            heading.setToolTip(self.text(question.help))
            heading.setContentsMargins(0, 6, 0, 0)
            self._insert(heading)
            box = QWidget(self)
            row = QHBoxLayout(box) if len(question.answers) <= 2 else QVBoxLayout(box)
            row.setContentsMargins(16, 0, 0, 0)  # answers indented under their question
            row.setSpacing(2 if isinstance(row, QVBoxLayout) else 16)
            group = QButtonGroup(box)
            for answer in question.answers:
                button = QRadioButton(self.text(answer.label), box)
                button.setAccessibleName(f"{self.text(question.text)} {self.text(answer.label)}")
                button.setAccessibleDescription(self.text(question.help))
                group.addButton(button)
                row.addWidget(button)
                self._answers[button] = (question.id, answer.id)
                button.installEventFilter(self)
                self._inputs.append(button)
            if isinstance(row, QHBoxLayout):
                row.addStretch(1)
            group.buttonToggled.connect(self._toggled)
            self.groups[question.id] = group
            self._insert(box)

        self.suggestion = QFrame(self)
        self.suggestion.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QVBoxLayout(self.suggestion)
        self.suggested_label = QLabel(self.suggestion)
        font = self.suggested_label.font()
        font.setBold(True)
        self.suggested_label.setFont(font)
        self.meaning_label = QLabel(self.suggestion)
        self.differs_label = QLabel(self.suggestion)
        for label in (self.suggested_label, self.meaning_label, self.differs_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            panel.addWidget(label)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use the suggested depth"), self.suggestion)
        self.reason_button = QPushButton(self.tr("Write the reason"), self.suggestion)
        self.use_button.clicked.connect(self._use_suggestion)
        self.reason_button.clicked.connect(self._focus_reason)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.reason_button)
        buttons.addStretch(1)
        panel.addLayout(buttons)
        self._layout.insertSpacing(self._layout.indexOf(self.issue_label), 8)
        self._insert(self.suggestion)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """The depth_reason field is built after this one: look for it once the page shows."""
        super().showEvent(event)
        self.refresh()

    def _insert(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.indexOf(self.issue_label), widget)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        question, answer = self._answers[button]

        def mutate(case: Case) -> None:
            case.screening_answers[question] = answer
        self.draft.edit(self.tr("Screening answer"), mutate)

    def _use_suggestion(self) -> None:
        suggested = suggest_depth(self.draft.case.screening_answers)
        if suggested is not None:
            self.draft.set_value("depth", suggested, self.tr("Depth"))

    def reason_widget(self) -> QWidget | None:
        """The input of the depth_reason field on the same page, if the page has one."""
        page = self.parentWidget()
        for widget in page.findChildren(FieldWidget) if page else []:
            if widget.field.id == "depth_reason":
                return widget.label.buddy()
        return None

    def _focus_reason(self) -> None:
        widget = self.reason_widget()
        if widget is not None:
            widget.setFocus()

    def reason_label(self) -> str:
        form = self.ctx.catalog.form
        for step in form.steps if form else ():
            for field in step.fields:
                if field.id == "depth_reason":
                    return self.text(field.label)
        return self.tr("Reason for the chosen depth")

    def depth_meaning(self, depth: str) -> str:
        meanings = {
            "minimum": self.tr("Minimum: the six questions of the Instructions for Official "
                               "Studies answered, and one rating per pillar for each measure."),
            "simplified": self.tr("Simplified: every relevant criterion rated for each "
                                  "measure."),
            "full": self.tr("Full: as simplified, plus the climate effect, costs in NOK, "
                            "uncertainty, the effect per city district and at least one "
                            "indicator."),
        }
        return meanings.get(depth, "")

    def refresh(self) -> None:
        case = self.draft.case
        for question in QUESTIONS:
            group = self.groups[question.id]
            answer = case.screening_answers.get(question.id)
            group.blockSignals(True)
            group.setExclusive(False)  # lets an undo clear every button of the question
            for button in group.buttons():
                want = self._answers[button][1] == answer
                if button.isChecked() != want:
                    button.setChecked(want)
            group.setExclusive(True)
            group.blockSignals(False)
        suggested = suggest_depth(case.screening_answers)
        lang = self.ctx.lang
        if suggested is None:
            self.suggested_label.setText(self.tr("Answer the questions to get a suggested depth."))
            self.meaning_label.hide()
            differs = False
        else:
            self.suggested_label.setText(
                self.tr("Suggested depth: %1").replace("%1", DEPTH_LABELS[suggested].get(lang)))
            self.meaning_label.setText(self.depth_meaning(suggested))
            self.meaning_label.show()
            differs = case.depth != suggested
        chosen = DEPTH_LABELS.get(case.depth)
        chosen_text = chosen.get(lang) if chosen else case.depth
        if differs:
            self.differs_label.setText(
                self.tr("You have chosen %1, which differs from the suggestion. "
                        "Give the reason in “%2”.").replace("%1", chosen_text)
                .replace("%2", self.reason_label()))
        elif suggested is not None:
            self.differs_label.setText(
                self.tr("The chosen depth, %1, follows the suggestion.").replace("%1", chosen_text))
        self.differs_label.setVisible(suggested is not None)
        self.use_button.setVisible(differs and not self.draft.read_only)
        self.reason_button.setVisible(differs and self.reason_widget() is not None)
