"""The assessment grid (field type ``ratings``): every measure rated on the relevant criteria of
the field's pillars, with the selected cell's details edited inline below the grid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel

from ...domain.issues import Issue
from ...domain.screening import screened_out
from ...domain.vocabulary import PILLAR_STEPS
from .assessment_editor import AssessmentEditor
from .base import FieldWidget, HelpTopic
from .rating_grid import assessment_issue_target
from .rating_style import CERTAINTY_MARKS, certainty_label, range_text
from .rating_view import RatingGridView
from .ratings_model import RatingsModel


def criterion_topic(catalog, criterion_id: str, lang: str, case=None) -> HelpTopic:
    """The guidance for one criterion: description, guiding questions and its SDG targets."""
    criterion = catalog.criteria[criterion_id]
    body = criterion.description.get(lang)
    if case is not None:
        reason = screened_out(case, catalog).get(criterion_id)
        if reason is not None:
            body += "\n\n" + reason
    return HelpTopic(
        title=criterion.name.get(lang),
        body=body,
        questions=tuple(q.get(lang) for q in criterion.questions),
        targets=criterion.target_ids,
        guide="rating",
    )


class RatingsField(FieldWidget):
    """Criteria as rows, measures as columns; typing, a value list and an inline editor."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        catalog, lang = self.ctx.catalog, self.ctx.lang
        self.pillars = self.field.pillars or tuple(catalog.pillars)
        self.cell: tuple[str, str] | None = None  # (alternative id, criterion id) selected

        top = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.note, 1)
        self.show_all = QCheckBox(self)
        top.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(top)

        self.model = RatingsModel(self.draft, catalog, lang, self.pillars, self)
        self.view = RatingGridView(lang, self)
        self.view.setModel(self.model)
        self.add_input(self.view)
        self._layout.setAlignment(self.view, Qt.AlignmentFlag.AlignLeft)
        self.view.setToolTip("")  # each cell has its own tooltip
        self.view.horizontalHeader().setAccessibleName(self.tr("Measures"))
        self.view.verticalHeader().setAccessibleName(self.tr("Criteria"))

        # The certainty marks explained where they are seen, not only on hover.
        self.legend = QLabel(self.certainty_legend(), self)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.legend.text())
        self._layout.insertWidget(self._layout.indexOf(self.view) + 1, self.legend)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.insertWidget(self._layout.indexOf(self.issue_label), self.hint)
        self.editor = AssessmentEditor(self.draft, self.ctx, self)
        self._layout.addWidget(self.editor)
        for widget in self.editor.inputs:
            widget.installEventFilter(self)

        self.show_all.toggled.connect(self._show_all)
        self.view.current_cell_changed.connect(self._current_changed)
        self.view.message.connect(self._message)
        self.model.modelReset.connect(self._restore_selection)
        self._field_issues: list[Issue] = []
        self._cell_issues: dict[tuple[str, str], list[Issue]] = {}
        self.refresh()

    def certainty_legend(self) -> str:
        """"Certainty: ● high · ◐ medium · ○ low": the marks in the grid's cells, in words."""
        marks = " · ".join(f"{mark} {certainty_label(level).lower()}"
                           for level, mark in CERTAINTY_MARKS.items())
        return self.tr("Certainty: %1").replace("%1", marks)

    # --- display ------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.draft.case
        zero = case.zero_alternative
        if not case.measures:
            self.note.setText(self.tr("There is no measure to rate yet: add one in the "
                                      "Alternatives step. Each measure is rated against the "
                                      "zero alternative."))
        elif zero is not None:
            self.note.setText(
                self.tr("Each measure is rated against the zero alternative, “%1”, which is "
                        "the reference and is not rated itself.").replace("%1", zero.name)
            )
        else:
            self.note.setText(self.tr("Each measure is rated against the zero alternative."))
        self.view.setVisible(bool(case.measures))
        hidden = self.model.hidden_count()
        self.show_all.setText(self.tr("Show all criteria (%n screened out)", "", hidden))
        self.show_all.setVisible(hidden > 0 or self.show_all.isChecked())
        if not self.hint.property("message"):
            self.hint.setText(self._legend())
        self.editor.refresh()

    def _legend(self) -> str:
        scales = {self.ctx.catalog.scale_of(r.key).id: self.ctx.catalog.scale_of(r.key)
                  for r in self.model.rows if not r.heading}
        ranges = " / ".join(range_text(s) for s in scales.values()) or "\u22123 \u2026 +3"
        return self.tr("Type %1, ? for unknown or n for not relevant; Enter opens a list of "
                       "values; Delete removes a rating.").replace("%1", ranges)

    def _message(self, text: str) -> None:
        self.hint.setProperty("message", True)
        self.hint.setText(text)

    def _show_all(self, on: bool) -> None:
        self.model.set_show_all(on)
        self.refresh()

    # --- selection ----------------------------------------------------------------------

    def _current_changed(self, index: QModelIndex) -> None:
        found = self.model.cell(index)
        if found is None:
            self.cell = None
            self.editor.set_cell(None, None)
        else:
            alt, row = found
            self.cell = (alt.id, row.key)
            self.editor.set_cell(alt.id, row.key)
            self.hint.setProperty("message", False)
            self.hint.setText(self._legend())
            if self.view.hasFocus():
                self.help_requested.emit(self.help_topic())
        self.editor.show_issues(self._cell_issues.get(self.cell, []) if self.cell else [])

    def _restore_selection(self) -> None:
        if self.cell is None:
            return
        index = self.model.position(*self.cell)
        if index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self._current_changed(QModelIndex())

    def select_cell(self, alt_id: str, criterion_id: str) -> bool:
        """Make a cell current (as clicking it would); False when it is not shown."""
        index = self.model.position(alt_id, criterion_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()

    def help_topic(self) -> HelpTopic:
        if self.cell is not None:
            return criterion_topic(self.ctx.catalog, self.cell[1], self.ctx.lang,
                                   self.draft.case)
        return super().help_topic()

    # --- state --------------------------------------------------------------------------

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        """Issues of the measures' assessments of this field's criteria (and pillars)."""
        ids = self.model.criterion_ids()
        steps = {PILLAR_STEPS.get(p) for p in self.pillars}
        measures = {a.id for a in self.draft.case.measures}
        out = []
        for issue in issues:
            target = assessment_issue_target(issue, self.draft.case.alternatives)
            if target is None or target[0] not in measures:
                continue
            if target[1] in ids or (target[1] is None and issue.step in steps):
                out.append(issue)
        return out

    def show_issues(self, issues: list[Issue]) -> None:
        cells: dict[tuple[str, str], list[Issue]] = {}
        general: list[Issue] = []
        for issue in issues:
            target = assessment_issue_target(issue, self.draft.case.alternatives)
            if target is not None and target[1] is not None:
                cells.setdefault((target[0], target[1]), []).append(issue)
            else:
                general.append(issue)
        self._cell_issues = cells
        self.model.set_issues(cells)
        lines = [i.message.get(self.ctx.lang) for i in general]
        if cells:
            lines.append(self.tr("Ratings that need attention: %n, marked with ! in the table.",
                                 "", len(cells)))
        self.issue_label.setText("\n".join(lines))
        self.issue_label.setVisible(bool(lines))
        self.editor.show_issues(cells.get(self.cell, []) if self.cell else [])

    def set_read_only(self, read_only: bool) -> None:
        # The grid stays usable for reading (selection, guidance); the model refuses edits.
        self.editor.set_read_only(read_only)
        self.model.sync()
