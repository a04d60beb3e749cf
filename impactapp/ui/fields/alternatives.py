"""The alternatives step: the zero alternative first, then the measures, each with name and text.

Every measure is assessed against the zero alternative in the later steps, so the zero
alternative always exists (it is created when the case has none) and cannot be removed.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.alternative_ids import next_alternative_id
from ...domain.issues import Issue
from ...domain.model import Alternative, Case, Text
from .base import ISSUE_STYLE, FieldWidget

#: Default names are content (they appear in the memo), so they follow the memo's language.
ZERO_NAME = Text("Nullalternativ – dagens situasjon", "Zero alternative – as today")
MEASURE_NAME = Text("Tiltak {n}", "Measure {n}")
ZERO_ID = "a0"



def issues_by_alternative(case: Case, issues: list[Issue], lang: str,
                          ) -> tuple[dict[str, list[str]], list[Issue]]:
    """Messages per alternative id (the issue's location), and the rest."""
    per_alternative: dict[str, list[str]] = {}
    rest: list[Issue] = []
    present = {alt.id for alt in case.alternatives}
    for issue in issues:
        alt_id = issue.where.alternative
        if alt_id is not None and alt_id in present:
            per_alternative.setdefault(alt_id, []).append(issue.message.get(lang))
        else:
            rest.append(issue)
    return per_alternative, rest


def issue_label(parent: QWidget) -> QLabel:
    """A hidden label for the domain's messages, in the issue colour (always with words)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ISSUE_STYLE)
    label.hide()
    return label


def heading_label(parent: QWidget, text: str = "") -> QLabel:
    """A bold plain-text heading in the system font size."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class AlternativeCard(QFrame):
    """One alternative: heading, name, description, and for a measure move and remove."""

    def __init__(self, field: AlternativesField, alt_id: str, zero: bool):
        super().__init__(field)
        self.field = field
        self.alt_id = alt_id
        self.zero = zero
        self.recommended = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        header = QHBoxLayout()
        self.title = heading_label(self)
        header.addWidget(self.title)
        self.badge = QLabel(self.tr("Recommended"), self)
        header.addWidget(self.badge)
        header.addStretch(1)
        self.up_button = QPushButton(self.tr("↑ Move up"), self)
        self.down_button = QPushButton(self.tr("↓ Move down"), self)
        self.remove_button = QPushButton(self.tr("Remove …"), self)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setVisible(not zero)
            header.addWidget(button)
        layout.addLayout(header)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        layout.addLayout(form)

        self.confirm_bar = QWidget(self)
        bar = QHBoxLayout(self.confirm_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.confirm_label = QLabel(self.confirm_bar)
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = QPushButton(self.tr("Remove"), self.confirm_bar)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.confirm_bar)
        bar.addWidget(self.confirm_label, 1)
        bar.addWidget(self.confirm_button)
        bar.addWidget(self.cancel_button)
        self.confirm_bar.hide()
        layout.addWidget(self.confirm_bar)

        self.issue_label = issue_label(self)
        layout.addWidget(self.issue_label)

        self.name_edit.textEdited.connect(lambda text: field.set_text(alt_id, "name", text))
        self.description_edit.textChanged.connect(
            lambda: field.set_text(alt_id, "description", self.description_edit.toPlainText())
        )
        self.up_button.clicked.connect(lambda: field.move(alt_id, -1))
        self.down_button.clicked.connect(lambda: field.move(alt_id, +1))
        self.remove_button.clicked.connect(self.ask_remove)
        self.confirm_button.clicked.connect(lambda: field.remove(alt_id))
        self.cancel_button.clicked.connect(self.close_confirmation)
        for widget in self.focus_chain():
            widget.installEventFilter(field)

    def focus_chain(self) -> list[QWidget]:
        """The card's inputs in tab order."""
        return [self.up_button, self.down_button, self.remove_button, self.name_edit,
                self.description_edit, self.confirm_button, self.cancel_button]

    def show_alternative(self, alt: Alternative, title: str, recommended: bool,
                         first: bool, last: bool) -> None:
        """Show ``alt`` without disturbing text the user is typing (compare before setting)."""
        self.title.setText(title)
        self.badge.setVisible(recommended)
        if self.name_edit.text() != alt.name:
            self.name_edit.setText(alt.name)
        if self.description_edit.toPlainText() != alt.description:
            self.description_edit.blockSignals(True)
            self.description_edit.setPlainText(alt.description)
            self.description_edit.blockSignals(False)
        self.up_button.setEnabled(not first and not self.field.read_only)
        self.down_button.setEnabled(not last and not self.field.read_only)
        self.remove_button.setEnabled(not self.field.read_only)
        self.recommended = recommended
        name = alt.name or title
        for widget, label in ((self.name_edit, self.tr("Name")),
                              (self.description_edit, self.tr("Description"))):
            widget.setAccessibleName(f"{title}: {label}")
            widget.setAccessibleDescription(self.field.text(self.field.field.help))
        self.up_button.setAccessibleName(self.tr("Move %1 up").replace("%1", name))
        self.down_button.setAccessibleName(self.tr("Move %1 down").replace("%1", name))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", name))

    def ask_remove(self) -> None:
        """Ask first; a recommended alternative is not removed, and the card says why."""
        name = self.name_edit.text() or self.title.text()
        if self.recommended:
            self.confirm_label.setText(
                self.tr("“%1” is the recommended alternative and cannot be removed. "
                        "Recommend another alternative first (step Recommendation).")
                .replace("%1", name))
            self.confirm_button.hide()
            self.cancel_button.setText(self.tr("OK"))
        else:
            self.confirm_label.setText(
                self.tr("Remove “%1” with its ratings, climate effect and costs?")
                .replace("%1", name))
            self.confirm_button.show()
            self.cancel_button.setText(self.tr("Cancel"))
        self.confirm_bar.show()
        (self.confirm_button if self.confirm_button.isVisible() else self.cancel_button).setFocus()

    def close_confirmation(self) -> None:
        self.confirm_bar.hide()
        self.remove_button.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.name_edit.setReadOnly(read_only)
        self.description_edit.setReadOnly(read_only)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(not read_only)
        if read_only:
            self.confirm_bar.hide()

    def show_issues(self, messages: list[str]) -> None:
        self.issue_label.setText("\n".join(messages))
        self.issue_label.setVisible(bool(messages))


class AlternativesField(FieldWidget):
    """The zero alternative and the measures (METHOD.md step 4, question 2)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read_only = self.draft.read_only
        self.note = QLabel(self.tr(
            "The zero alternative is to continue as today or as already decided. "
            "Every measure is assessed against it."), self)
        self.note.setWordWrap(True)
        self._insert(self.note)
        self.cards_box = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self._insert(self.cards_box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Add measure"), self)
        self.add_zero_button = QPushButton(self.tr("+ Add zero alternative"), self)
        self.add_button.clicked.connect(self.add_measure)
        self.add_zero_button.clicked.connect(self.add_zero_alternative)
        buttons.addWidget(self.add_zero_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.insertLayout(self._layout.indexOf(self.issue_label), buttons)
        for button in (self.add_button, self.add_zero_button):
            button.installEventFilter(self)
        self.cards: dict[str, AlternativeCard] = {}
        if not self.read_only and self.draft.case.zero_alternative is None:
            self.add_zero_alternative()
        self.refresh()

    def _insert(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.indexOf(self.issue_label), widget)

    # --- editing through the draft ------------------------------------------------------

    def add_zero_alternative(self) -> None:
        """Put the zero alternative first, named in the memo's language."""
        def mutate(case: Case) -> None:
            if case.zero_alternative is None:
                alt_id = ZERO_ID if case.alternative(ZERO_ID) is None else next_alternative_id(case)
                name = ZERO_NAME.get(case.language)
                case.alternatives.insert(0, Alternative(id=alt_id, name=name, zero=True))
        self.draft.edit(self.tr("Add zero alternative"), mutate)

    def add_measure(self) -> None:
        """Append a measure with the next free id and a provisional name, ready for typing."""
        case = self.draft.case
        alt_id = next_alternative_id(case)
        name = MEASURE_NAME.get(case.language).format(n=len(case.measures) + 1)
        if self.draft.edit(self.tr("Add measure"),
                           lambda c: c.alternatives.append(Alternative(id=alt_id, name=name))):
            card = self.cards.get(alt_id)
            if card is not None:
                card.name_edit.setFocus()
                card.name_edit.selectAll()

    def set_text(self, alt_id: str, attribute: str, text: str) -> None:
        def mutate(case: Case) -> None:
            alt = case.alternative(alt_id)
            if alt is not None:
                setattr(alt, attribute, text)
        what = self.tr("Name") if attribute == "name" else self.tr("Description")
        self.draft.edit(what, mutate, merge_key=f"alternative:{alt_id}:{attribute}")

    def move(self, alt_id: str, step: int) -> None:
        """Swap a measure with its neighbour among the measures (the zero one stays first)."""
        def mutate(case: Case) -> None:
            positions = [i for i, a in enumerate(case.alternatives) if not a.zero]
            ids = [case.alternatives[i].id for i in positions]
            if alt_id not in ids:
                return
            k = ids.index(alt_id)
            if not 0 <= k + step < len(ids):
                return
            i, j = positions[k], positions[k + step]
            case.alternatives[i], case.alternatives[j] = case.alternatives[j], case.alternatives[i]
        self.draft.edit(self.tr("Move measure"), mutate)
        card = self.cards.get(alt_id)
        if card is not None:  # keep the keyboard on the card that moved
            button = card.up_button if step < 0 else card.down_button
            other = card.down_button if step < 0 else card.up_button
            (button if button.isEnabled() else other).setFocus()

    def remove(self, alt_id: str) -> None:
        """Remove a measure; never the zero alternative nor the recommended one."""
        case = self.draft.case
        alt = case.alternative(alt_id)
        recommended = case.recommendation is not None and case.recommendation.alternative == alt_id
        if alt is None or alt.zero or recommended:
            return
        order = self.display_order()
        after = order[order.index(alt_id) + 1:] if alt_id in order else []
        self.draft.edit(self.tr("Remove measure"), lambda c: c.alternatives.remove(
            next(a for a in c.alternatives if a.id == alt_id)))
        following = next((self.cards[i] for i in after if i in self.cards), None)
        (following.name_edit if following else self.add_button).setFocus()

    # --- display ------------------------------------------------------------------------

    def display_order(self) -> list[str]:
        """The zero alternative first, then the measures in the case's order."""
        case = self.draft.case
        zero = case.zero_alternative
        return ([zero.id] if zero else []) + [a.id for a in case.measures]

    def refresh(self) -> None:
        case = self.draft.case
        order = self.display_order()
        for alt_id in list(self.cards):
            if alt_id not in order or self.cards[alt_id].zero != case.alternative(alt_id).zero:
                self.cards.pop(alt_id).deleteLater()
        recommended = case.recommendation.alternative if case.recommendation else ""
        measures = [a.id for a in case.measures]
        for position, alt_id in enumerate(order):
            alt = case.alternative(alt_id)
            card = self.cards.get(alt_id)
            if card is None:
                card = self.cards[alt_id] = AlternativeCard(self, alt_id, alt.zero)
                card.set_read_only(self.read_only)
            if self.cards_layout.indexOf(card) != position:
                self.cards_layout.insertWidget(position, card)
            if alt.zero:
                title = self.tr("Zero alternative")
            else:
                title = self.tr("Measure %1").replace("%1", str(measures.index(alt_id) + 1))
            card.show_alternative(alt, title, alt_id == recommended,
                                  first=alt_id == measures[0] if measures else True,
                                  last=alt_id == measures[-1] if measures else True)
            card.show()  # now, not when the layout gets round to it: it may take focus
        self.add_zero_button.setVisible(case.zero_alternative is None and not self.read_only)
        self._set_tab_order(order)

    def _set_tab_order(self, order: list[str]) -> None:
        chain: list[QWidget] = []
        for alt_id in order:
            chain += self.cards[alt_id].focus_chain()
        chain += [self.add_zero_button, self.add_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        """This step's issues on the alternatives (ratings are shown in their own steps)."""
        return [i for i in super().relevant_issues(issues) if i.step == "alternatives"]

    def show_issues(self, issues: list[Issue]) -> None:
        """Each alternative's issues in its card; the others (e.g. no measure yet) below."""
        per_card, general = issues_by_alternative(self.draft.case, issues, self.ctx.lang)
        for alt_id, card in self.cards.items():
            card.show_issues(per_card.get(alt_id, []))
        super().show_issues(general)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        for card in self.cards.values():
            card.set_read_only(read_only)
        self.refresh()
