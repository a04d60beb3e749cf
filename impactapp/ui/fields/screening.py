"""Criterion screening (step 2): which criteria are relevant, grouped by pillar.

The rules live in impactapp.domain.screening (relevant_criteria, screened_out); this widget
shows them and writes ``case.screening``: an entry per criterion, or per pillar as a whole,
marked not relevant with a one-line reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.issues import Issue
from ...domain.model import Case, ScreeningEntry
from ...domain.screening import relevant_criteria
from .alternatives import heading_label, issue_label
from .base import FieldWidget, HelpTopic


class PillarGroup(QFrame):
    """One pillar's criteria, a tick each (ticked = relevant), and 'not relevant as a whole'."""

    def __init__(self, field: ScreeningField, pillar_id: str):
        super().__init__(field)
        self.field = field
        self.pillar_id = pillar_id
        catalog, lang = field.ctx.catalog, field.ctx.lang
        self.name = catalog.pillars[pillar_id].name.get(lang)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.name)
        self.grid = grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = heading_label(self, self.name)
        self.count_label = QLabel(self)
        self.whole = QCheckBox(self.tr("Not relevant as a whole"), self)
        header.addWidget(self.title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.whole)
        self.whole.setAccessibleName(
            self.tr("%1: not relevant as a whole").replace("%1", self.name))
        self.whole_reason = self._reason_edit(
            self.tr("Why is the whole pillar not relevant?"),
            self.tr("%1: reason").replace("%1", self.name))
        self.whole_issue = issue_label(self)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(self.whole_reason, 1, 0, 1, 2)
        grid.addWidget(self.whole_issue, 2, 0, 1, 2)
        self.whole.toggled.connect(lambda on: field.set_pillar_out(pillar_id, on))
        self.whole_reason.textEdited.connect(lambda text: field.set_reason(pillar_id, text))

        self.rows: dict[str, tuple[QCheckBox, QLineEdit, QLabel]] = {}
        row = 3
        for criterion in catalog.criteria_in(pillar_id):
            name = criterion.name.get(lang)
            check = QCheckBox(name, self)
            check.setAccessibleDescription(self.tr(
                "Ticked: relevant to the case. Not ticked: not relevant, with a one-line reason."))
            reason = self._reason_edit(self.tr("Why not relevant? One line is enough."),
                                       self.tr("%1: reason").replace("%1", name))
            issue = issue_label(self)
            for widget in (check, reason):
                widget.setProperty("criterion", criterion.id)
            cid = criterion.id
            check.toggled.connect(lambda on, cid=cid: field.set_relevant(cid, on))
            reason.textEdited.connect(lambda text, cid=cid: field.set_reason(cid, text))
            grid.addWidget(check, row, 0)
            grid.addWidget(reason, row, 1)
            grid.addWidget(issue, row + 1, 1)
            self.rows[cid] = (check, reason, issue)
            row += 2

        self.bulk = QWidget(self)
        bulk = QHBoxLayout(self.bulk)
        bulk.setContentsMargins(0, 4, 0, 0)
        self.bulk_label = QLabel(self.bulk)
        self.bulk_reason = QLineEdit(self.bulk)
        self.bulk_reason.setPlaceholderText(self.tr("One reason for all of them"))
        self.bulk_reason.setAccessibleName(self.tr("%1: one reason for every criterion "
                                                   "without a reason").replace("%1", self.name))
        self.bulk_button = QPushButton(self.bulk)
        self.bulk_button.clicked.connect(self._apply_bulk)
        self.bulk_reason.returnPressed.connect(self._apply_bulk)
        bulk.addWidget(self.bulk_label)
        bulk.addWidget(self.bulk_reason, 1)
        bulk.addWidget(self.bulk_button)
        grid.addWidget(self.bulk, row, 0, 1, 2)
        self.missing: list[str] = []
        for widget in self.inputs():
            widget.installEventFilter(field)

    def _reason_edit(self, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        return edit

    def inputs(self) -> list[QWidget]:
        out: list[QWidget] = [self.whole, self.whole_reason]
        for check, reason, _issue in self.rows.values():
            out += [check, reason]
        return [*out, self.bulk_reason, self.bulk_button]

    def _apply_bulk(self) -> None:
        text = self.bulk_reason.text().strip()
        if text and self.missing:
            self.field.apply_reason(list(self.missing), text)
            self.bulk_reason.clear()

    def show_state(self, case: Case, relevant: set[str]) -> None:
        """Show the screening as the domain reads it; never retype what the user is typing."""
        own = {s.criterion: s for s in case.screening}
        entry = own.get(self.pillar_id)
        pillar_out = entry is not None and not entry.relevant
        _set_checked(self.whole, pillar_out)
        self.whole_reason.setVisible(pillar_out)
        _set_text(self.whole_reason, entry.reason if entry else "")
        self.missing = []
        for cid, (check, reason, _issue) in self.rows.items():
            own_entry = own.get(cid)
            is_relevant = cid in relevant
            shown = is_relevant or not pillar_out  # else the pillar's reason covers it
            check.setVisible(shown)
            _set_checked(check, is_relevant)
            needs_reason = shown and own_entry is not None and not own_entry.relevant
            reason.setVisible(needs_reason)
            _set_text(reason, own_entry.reason if own_entry else "")
            if needs_reason and not own_entry.reason.strip():
                self.missing.append(cid)
        count = len(self.rows)
        shown = sum(1 for cid in self.rows if cid in relevant)
        self.count_label.setText(self.tr("· %1 of %2 relevant").replace("%1", str(shown))
                                 .replace("%2", str(count)))
        many = len(self.missing) >= 2
        self.bulk.setVisible(many)
        if many:
            n = len(self.missing)
            self.bulk_label.setText(self.tr("%n criteria without a reason:", "", n))
            self.bulk_button.setText(self.tr("Use for all %n", "", n))

    def show_issues(self, messages: dict[str, list[str]]) -> None:
        _show(self.whole_issue, messages.get(self.pillar_id, []))
        for cid, (check, _reason, issue) in self.rows.items():
            _show(issue, messages.get(cid, []) if check.isVisibleTo(self) else [])


def _set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        box.blockSignals(True)
        box.setChecked(on)
        box.blockSignals(False)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _show(label: QLabel, messages: list[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


class ScreeningField(FieldWidget):
    """Which criteria are relevant, by pillar; what is not relevant carries a one-line reason."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pillars: dict[str, PillarGroup] = {}
        for pillar_id in self.ctx.catalog.pillars:
            group = PillarGroup(self, pillar_id)
            self.pillars[pillar_id] = group
            self._layout.insertWidget(self._layout.indexOf(self.issue_label), group)
            self._inputs += group.inputs()
        # One column for the criteria across the pillars, so the reasons line up.
        width = max((check.sizeHint().width() for group in self.pillars.values()
                     for check, _r, _i in group.rows.values()), default=0)
        for group in self.pillars.values():
            group.grid.setColumnMinimumWidth(0, width)
        self.refresh()

    # --- editing through the draft ------------------------------------------------------

    def _order(self, case: Case) -> list[ScreeningEntry]:
        """Entries in catalog order, each pillar before its criteria (the memo reads so)."""
        catalog = self.ctx.catalog
        keys = []
        for pillar in catalog.pillars:
            keys += [pillar] + [c.id for c in catalog.criteria_in(pillar)]
        rank = {key: n for n, key in enumerate(keys)}
        return sorted(case.screening, key=lambda s: rank.get(s.criterion, len(rank)))

    def set_relevant(self, criterion: str, relevant: bool) -> None:
        """Ticked: no entry (criteria are relevant by default); unticked: needs a reason."""
        def mutate(case: Case) -> None:
            case.screening = [s for s in case.screening if s.criterion != criterion]
            if not relevant:
                case.screening.append(ScreeningEntry(criterion, False, ""))
            case.screening = self._order(case)
        self.draft.edit(self.tr("Relevant criteria"), mutate)

    def set_pillar_out(self, pillar: str, out: bool) -> None:
        """A pillar marked not relevant as a whole covers all its criteria, with one reason."""
        ids = {c.id for c in self.ctx.catalog.criteria_in(pillar)}

        def mutate(case: Case) -> None:
            case.screening = [s for s in case.screening if s.criterion != pillar
                              and not (out and s.relevant and s.criterion in ids)]
            if out:
                case.screening.append(ScreeningEntry(pillar, False, ""))
            case.screening = self._order(case)
        self.draft.edit(self.tr("Relevant criteria"), mutate)
        if out:
            self.pillars[pillar].whole_reason.setFocus()

    def set_reason(self, criterion: str, text: str) -> None:
        def mutate(case: Case) -> None:
            for entry in case.screening:
                if entry.criterion == criterion:
                    entry.reason = text
        self.draft.edit(self.tr("Reason not relevant"), mutate,
                        merge_key=f"screening:{criterion}:reason")

    def apply_reason(self, criteria: list[str], text: str) -> None:
        """One reason for several criteria marked not relevant, as one undo step."""
        def mutate(case: Case) -> None:
            for entry in case.screening:
                if entry.criterion in criteria and not entry.relevant and not entry.reason.strip():
                    entry.reason = text
        self.draft.edit(self.tr("Reason not relevant"), mutate)

    # --- display ------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.draft.case
        relevant = {c.id for c in relevant_criteria(case, self.ctx.catalog)}
        for group in self.pillars.values():
            group.show_state(case, relevant)

    def show_issues(self, issues: list[Issue]) -> None:
        """Reason issues beside the criterion or pillar; anything else under the field."""
        per_entry: dict[str, list[str]] = {}
        general: list[Issue] = []
        for issue in issues:
            where = issue.where
            if where.section == "screening" and where.criterion and where.attribute == "reason":
                per_entry.setdefault(where.criterion, []).append(issue.message.get(self.ctx.lang))
            else:
                general.append(issue)
        for group in self.pillars.values():
            group.show_issues(per_entry)
        super().show_issues(general)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            criterion = self.ctx.catalog.criteria.get(watched.property("criterion") or "")
            if criterion is None:
                self.help_requested.emit(self.help_topic())
            else:
                self.help_requested.emit(HelpTopic(
                    self.text(criterion.name), self.text(criterion.description),
                    tuple(self.text(q) for q in criterion.questions), criterion.target_ids,
                    guide="screening"))
        return False

    def set_read_only(self, read_only: bool) -> None:
        for group in self.pillars.values():
            for widget in group.inputs():
                if isinstance(widget, QLineEdit):
                    widget.setReadOnly(read_only)
                else:
                    widget.setEnabled(not read_only)

