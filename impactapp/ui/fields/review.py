"""Step 12: the reviewer's verdict on each step, the caseworker's answers, and what still blocks
the case's next status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPlainTextEdit, QWidget

from ...domain.approval import give_verdict
from ...domain.issues import Issue
from ...domain.model import STEP_IDS, Case, ReviewVerdict
from ...domain.review_blockers import next_status, review_blockers, step_name
from ...domain.vocabulary import VERDICT_LABELS, capitalised
from ..labels import status_label, ui_language
from .base import ISSUE_STYLE, FieldWidget, HelpTopic
from .growing import grow_with_text
from .sdg import make_label

MARKS = {"ok": "✓", "improve": "!", "redo": "✗"}
MAX_BLOCKERS = 12  # more than this and the list stops helping; the step list shows the rest
class ReviewField(FieldWidget):
    """A table of the twelve steps: verdict, note, answer; then the status and its blockers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        table = QWidget(self)
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        headers = (self.tr("Step"), self.tr("Verdict"), self.tr("Reviewer's note"),
                   self.tr("Caseworker's answer"))
        for column, text in enumerate(headers):
            grid.addWidget(make_label(text, table, bold=True), 0, column)
        self.verdicts: dict[str, QComboBox] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        self.answers: dict[str, QPlainTextEdit] = {}
        self.row_issues: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.steps = [s.id for s in self.ctx.catalog.form.steps] if self.ctx.catalog.form \
            else list(STEP_IDS)
        for n, step in enumerate(self.steps, start=1):
            self._add_row(grid, 2 * n - 1, n, step)
        # The status and its blockers come first: they are what the page is for.
        self.status_heading = make_label("", self, bold=True)
        self.blocker_intro = make_label("", self)
        self.blocker_list = make_label("", self)
        for widget in (self.status_heading, self.blocker_intro, self.blocker_list):
            self._layout.insertWidget(self._layout.indexOf(self.label), widget)
        self._layout.insertSpacing(self._layout.indexOf(self.label), self.fontMetrics().height())
        self.add_input(table)
        table.setAccessibleName(self.text(self.field.label))
        self.blockers: list[str] = []
        self.refresh()

    def _editor(self, parent: QWidget, name: str, step: str, role: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(name)
        grow_with_text(editor)  # a long note shows whole, not behind a scroll bar
        editor.setProperty("step", step)
        editor.installEventFilter(self)
        editor.textChanged.connect(lambda: self._set_text(step, role, editor.toPlainText()))
        return editor

    def _add_row(self, grid: QGridLayout, row: int, number: int, step: str) -> None:
        table = grid.parentWidget()
        name = step_name(self.ctx.catalog, step, self.ctx.lang)
        title = make_label(f"{number}  {name}", table)
        title.setProperty("plain", f"{number}  {name}")
        self.titles[step] = title
        title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
        combo = QComboBox(table)
        combo.addItem("—", "")
        for value, verdict in VERDICT_LABELS.items():
            combo.addItem(f"{MARKS[value]} {capitalised(verdict).get(ui_language())}", value)
        combo.setAccessibleName(self.tr("Verdict on %1").replace("%1", name))
        combo.setProperty("step", step)
        combo.installEventFilter(self)
        combo.activated.connect(lambda i: self.set_verdict(step, combo.itemData(i) or None))
        grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
        note = self._editor(table, self.tr("Reviewer's note on %1").replace("%1", name), step,
                            "note")
        answer = self._editor(table, self.tr("Caseworker's answer on %1").replace("%1", name),
                              step, "answer")
        grid.addWidget(note, row, 2, Qt.AlignmentFlag.AlignTop)  # side by side as they grow
        grid.addWidget(answer, row, 3, Qt.AlignmentFlag.AlignTop)
        issue = QLabel(table)
        issue.setTextFormat(Qt.TextFormat.PlainText)
        issue.setWordWrap(True)
        issue.setStyleSheet(ISSUE_STYLE)
        issue.hide()
        grid.addWidget(issue, row + 1, 2, 1, 2)
        self.verdicts[step], self.notes[step], self.answers[step] = combo, note, answer
        self.row_issues[step] = issue

    # --- reading the case ---------------------------------------------------------------

    def verdict_of(self, step: str) -> ReviewVerdict | None:
        return next((v for v in self.draft.case.review if v.step == step), None)

    # --- display ------------------------------------------------------------------------

    def refresh(self) -> None:
        read_only = self.draft.read_only
        can_review = self.draft.can_review
        for step in self.steps:
            verdict = self.verdict_of(step)
            title = self.titles[step]
            stale = verdict is not None and verdict.stale
            title.setText(str(title.property("plain"))
                          + ("\n" + self.tr("(given before the case was taken back to draft: "
                                             "confirm it)") if stale else ""))
            combo = self.verdicts[step]
            index = max(combo.findData(verdict.verdict if verdict else ""), 0)
            if combo.currentIndex() != index:
                combo.setCurrentIndex(index)
            for editor, text in ((self.notes[step], verdict.note if verdict else ""),
                                 (self.answers[step], verdict.answer if verdict else "")):
                if editor.toPlainText() != text:
                    editor.blockSignals(True)
                    editor.setPlainText(text)
                    editor.blockSignals(False)
            combo.setEnabled(can_review)
            self.notes[step].setReadOnly(not can_review or verdict is None)
            self.notes[step].setEnabled(verdict is not None)
            answerable = verdict is not None and verdict.verdict in ("improve", "redo")
            self.answers[step].setEnabled(answerable)
            self.answers[step].setReadOnly(read_only or not answerable
                                           or self.draft.is_reviewer)
        self._show_status()

    def _show_status(self) -> None:
        case = self.draft.case
        self.status_heading.setText(self.tr("Status: %1").replace("%1", status_label(case.status)))
        target = next_status(case.status)
        if target is None:
            self.blockers = []
            self.blocker_intro.setText(self.tr("The case is decided; its status cannot change."))
            self.blocker_list.hide()
            return
        self.blockers = review_blockers(case, self.ctx.catalog, target, self.ctx.lang,
                                        self.draft.actor, self.draft.last_editor)
        intros = {
            "in_review": (self.tr("Nothing blocks sending the case for review."),
                          self.tr("Before the case can be sent for review:")),
            "approved": (self.tr("Nothing blocks approving the case."),
                         self.tr("Before the case can be approved:")),
            "decided": (self.tr("Nothing blocks recording the decision."),
                        self.tr("Before the decision can be recorded:")),
        }
        clear, blocked = intros.get(target, ("", ""))
        self.blocker_intro.setText(blocked if self.blockers else "✓ " + clear)
        shown = [f"• {b}" for b in self.blockers[:MAX_BLOCKERS]]
        if len(self.blockers) > MAX_BLOCKERS:
            shown.append(self.tr("… and %n more", "", len(self.blockers) - MAX_BLOCKERS))
        self.blocker_list.setText("\n".join(shown))
        self.blocker_list.setVisible(bool(shown))

    def show_issues(self, issues: list[Issue]) -> None:
        """Issues of one verdict go under its row; anything else under the table."""
        per_step: dict[str, list[str]] = {}
        rest = []
        for issue in issues:
            step = issue.where.review_step
            if issue.where.index is not None and step in self.row_issues:
                per_step.setdefault(step, []).append(issue.message.get(self.ctx.lang))
            else:
                rest.append(issue)
        for step, label in self.row_issues.items():
            label.setText("\n".join(per_step.get(step, [])))
            label.setVisible(step in per_step)
        super().show_issues(rest)

    def set_read_only(self, read_only: bool) -> None:
        self.refresh()  # refresh enables each row from the verdict and the draft's lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        step_id = watched.property("step")
        if event.type() == QEvent.Type.FocusIn and step_id:
            step = self.ctx.catalog.form.step(str(step_id)) if self.ctx.catalog.form else None
            self.help_requested.emit(HelpTopic(
                step_name(self.ctx.catalog, str(step_id), self.ctx.lang),
                step.help.get(self.ctx.lang) if step else "", guide="review"))
            return False
        return super().eventFilter(watched, event)

    # --- editing ------------------------------------------------------------------------

    def set_verdict(self, step: str, verdict: str | None) -> bool:
        """Give ``step`` a verdict (None removes the step's verdict, note and answer)."""
        if not self.draft.can_review:
            return False

        def mutate(case: Case) -> None:
            if verdict is None:
                case.review = [v for v in case.review if v.step != step]
            else:  # a verdict chosen again is confirmed: no longer stale
                case.review = give_verdict(case, step, verdict, None, tuple(self.steps)).review
        name = step_name(self.ctx.catalog, step, self.ctx.lang)
        return self.draft.edit(self.tr("Verdict on %1").replace("%1", name), mutate)

    def _set_text(self, step: str, role: str, text: str) -> None:
        def mutate(case: Case) -> None:
            existing = next((v for v in case.review if v.step == step), None)
            if existing is not None:
                setattr(existing, role, text)
        name = step_name(self.ctx.catalog, step, self.ctx.lang)
        description = (self.tr("Note on %1") if role == "note" else self.tr("Answer on %1"))
        self.draft.edit(description.replace("%1", name), mutate,
                        merge_key=f"review:{step}:{role}")

