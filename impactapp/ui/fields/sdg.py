"""Step 8: the SDG targets of each measure, suggested from its ratings and confirmed by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.issues import Issue
from ...domain.model import CONTRIBUTIONS, Alternative, Case, SdgLink
from ...domain.sdg import (
    SdgSuggestion,
    confirm_suggestion,
    dismiss_suggestion,
    goal_contributions,
    restore_suggestion,
    suggest_sdg_targets,
)
from .base import FieldWidget, HelpTopic
from .rating_style import rating_text
from .rebuilt import (
    FOCUS_KEY,
    chain_tab_order,
    clear_layout,
    focused_key,
    make_label,
    restore_focus,
)
from .sdg_suggestions import SuggestionsPanel
from .suggestion_list import DismissDialog, SuggestionRow
from .target_picker import (
    GoalStrip,
    TargetPickerDialog,
    contribution_word,
    describe_target,
    goal_pixmap,
    target_text,
)


class SdgTargetsField(FieldWidget):
    """Per measure: the confirmed targets (with note), the open suggestions, and a picker."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.body = QWidget(self)
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # anchors the rebuilt tab order
        self.sections = QVBoxLayout(self.body)
        self.sections.setContentsMargins(0, 0, 0, 0)
        self.add_input(self.body, stretch=1)
        self.picker: TargetPickerDialog | None = None
        self.dismiss_dialog: DismissDialog | None = None
        self.notes: dict[tuple[str, str], QLineEdit] = {}
        self.panels: dict[str, SuggestionsPanel] = {}  # alternative id -> its suggestions
        self._show_all: set[str] = set()  # measures whose suggestions are all listed
        self._current: dict[str, tuple[str | None, int]] = {}  # alt -> (target, row) to keep
        self._signature: object = None
        self._read_only = False
        self._focus_after: str | None = None
        self.refresh()

    def _signature_of(self, case: Case) -> tuple:
        """Everything the rows show except the notes (which are updated in place)."""
        out = []
        for alt in case.measures:
            ratings = {a.criterion: a.rating for a in alt.assessments}
            out.append((
                alt.id, alt.name, alt.id in self._show_all,
                tuple((link.target, link.contribution) for link in alt.sdg_targets),
                tuple((d.target, d.reason) for d in alt.sdg_dismissed),
                tuple((s, tuple((c, ratings.get(c)) for c in s.criteria))
                      for s in suggest_sdg_targets(alt, self.ctx.catalog)),
            ))
        return tuple(out)

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        return [i for i in issues if i.where.in_part("sdg_targets", "sdg_dismissed")]

    # --- display ------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.draft.case
        signature = self._signature_of(case)
        if signature != self._signature:
            self._signature = signature
            self._rebuild(case)
        for alt in case.measures:
            for link in alt.sdg_targets:
                editor = self.notes.get((alt.id, link.target))
                if editor is not None and editor.text() != link.note:
                    editor.setText(link.note)

    def _rebuild(self, case: Case) -> None:
        had_focus = focused_key(self.body)
        wanted, self._focus_after = self._focus_after, None
        clear_layout(self.sections)
        self.notes.clear()
        self.panels.clear()
        focusables: list[QWidget] = []
        if not case.measures:
            self.sections.addWidget(make_label(
                self.tr("The case has no measures yet. Add them under Alternatives."), self.body))
        for alt in case.measures:
            heading = make_label(alt.name or alt.id, self.body, bold=True, scale=1.15)
            self.sections.addWidget(heading)
            self.sections.addWidget(self._section(alt, focusables))
        chain_tab_order(self.body, focusables)
        for alt_id, panel in self.panels.items():
            panel.select(*self._current.get(alt_id, (None, 0)))
        if wanted or had_focus:  # back where the person was, or to the measure's Add button
            restore_focus(self.body, wanted, had_focus, (wanted or had_focus or "").split("|")[0]
                          + "|add")
        self.set_read_only(self._read_only)

    def _section(self, alt: Alternative, focusables: list[QWidget]) -> QFrame:
        box = QFrame(self.body)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(8)
        suggestions = {s.target: s for s in suggest_sdg_targets(alt, self.ctx.catalog)}
        strip = GoalStrip(self.ctx.catalog.goals, self.ctx.lang, box)
        strip.set_contributions(goal_contributions(alt.sdg_targets))
        grid.addWidget(make_label(self.tr("Contribution per goal (confirmed targets)"), box),
                       0, 0, 1, 5)
        grid.addWidget(strip, 1, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
        row = self._heading(grid, 2, self.tr("Confirmed targets (%n)", "", len(alt.sdg_targets)))
        if not alt.sdg_targets:
            grid.addWidget(make_label(self.tr("No confirmed targets yet."), box), row, 2, 1, 3)
            row += 1
        position = {t: i for i, t in enumerate(self.ctx.catalog.targets)}
        for link in sorted(alt.sdg_targets, key=lambda x: position.get(x.target, len(position))):
            row = self._confirmed_row(grid, row, alt, link, suggestions.get(link.target),
                                      focusables)

        row = self._suggestions(grid, row, alt, bool(suggestions), focusables)
        add = self._button(self.tr("Add a target …"), box, f"{alt.id}|add",
                           lambda: self.open_picker(alt.id))
        grid.addWidget(add, row, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        focusables.append(add)
        return box

    def _heading(self, grid: QGridLayout, row: int, text: str) -> int:
        grid.setRowMinimumHeight(row, self.fontMetrics().height())  # air above the heading
        grid.addWidget(make_label(text, grid.parentWidget(), bold=True), row + 1, 0, 1, 4)
        return row + 2

    def _button(self, text: str, parent: QWidget, key: str,
                slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, parent)
        button.setProperty(FOCUS_KEY, key)
        button.clicked.connect(slot)
        button.setAutoDefault(False)
        return button

    def _target_cells(self, grid: QGridLayout, row: int, target_id: str) -> None:
        box = grid.parentWidget()
        target = self.ctx.catalog.targets.get(target_id)
        swatch = QLabel(box)
        if target is not None:
            goal = self.ctx.catalog.goals[target.goal]
            swatch.setPixmap(goal_pixmap(goal.number, goal.colour, self.font()))
            swatch.setToolTip(self.tr("Goal %1: %2").replace("%1", str(goal.number))
                              .replace("%2", goal.short.get(self.ctx.lang)))
            swatch.setAccessibleName(swatch.toolTip())
        grid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignTop)
        ident = make_label(target_id, box, wrap=False, bold=True)
        grid.addWidget(ident, row, 1, Qt.AlignmentFlag.AlignTop)
        text = target_text(self.ctx.catalog, target_id, self.ctx.lang)
        grid.addWidget(make_label(text, box), row, 2)

    def _reason(self, alt: Alternative, suggestion: SdgSuggestion | None) -> str:
        """Which criteria suggest the target, with their ratings (or that a person added it)."""
        if suggestion is None:
            return self.tr("Added by the caseworker")
        names = []
        for criterion_id in suggestion.criteria:
            assessment = alt.assessment(criterion_id)
            rating = rating_text(assessment.rating if assessment else None)
            names.append(f"{self.ctx.catalog.criteria[criterion_id].name.get(self.ctx.lang)}"
                         f" ({rating})")
        return self.tr("Suggested by: %1").replace("%1", ", ".join(names))

    def _confirmed_row(self, grid: QGridLayout, row: int, alt: Alternative, link: SdgLink,
                       suggestion: SdgSuggestion | None, focusables: list[QWidget]) -> int:
        box, key, target = grid.parentWidget(), f"{alt.id}|{link.target}", link.target
        self._target_cells(grid, row, target)
        combo = QComboBox(box)
        for value in CONTRIBUTIONS:
            combo.addItem(contribution_word(value), value)
        combo.setCurrentIndex(max(combo.findData(link.contribution), 0))
        combo.setProperty(FOCUS_KEY, key + "|contribution")
        combo.setAccessibleName(self.tr("Contribution to target %1").replace("%1", target))
        combo.activated.connect(lambda i: self._set_link(
            alt.id, target, "contribution", combo.itemData(i),
            self.tr("Contribution to SDG target %1")))
        grid.addWidget(combo, row, 3, Qt.AlignmentFlag.AlignTop)
        remove = self._button(self.tr("Remove"), box, key + "|remove",
                              lambda: self._remove(alt.id, target))
        remove.setAccessibleName(self.tr("Remove target %1").replace("%1", target))
        grid.addWidget(remove, row, 4, Qt.AlignmentFlag.AlignTop)
        reason = self._reason(alt, suggestion)
        if suggestion is not None and suggestion.contribution != link.contribution:
            reason += " · " + self.tr("suggested: %1").replace(
                "%1", contribution_word(suggestion.contribution))
        grid.addWidget(make_label(reason, box, italic=True), row + 1, 2, 1, 3)
        note = QLineEdit(link.note, box)
        note.setPlaceholderText(self.tr("Note (optional)"))
        note.setAccessibleName(self.tr("Note on target %1").replace("%1", target))
        note.setProperty(FOCUS_KEY, key + "|note")
        note.textEdited.connect(lambda text: self._set_link(
            alt.id, target, "note", text, self.tr("Note on SDG target %1"),
            f"sdg:{alt.id}:{target}:note"))
        self.notes[(alt.id, target)] = note
        grid.addWidget(note, row + 2, 2, 1, 3)
        for widget in (combo, note, remove):
            widget.setProperty("sdg_target", target)
            widget.installEventFilter(self)
        focusables += [combo, note, remove]
        grid.setRowMinimumHeight(row + 3, self.fontMetrics().height() // 2)
        return row + 4

    def _suggestions(self, grid: QGridLayout, row: int, alt: Alternative, any_: bool,
                     focusables: list[QWidget]) -> int:
        """The open suggestions as one list (one Tab stop), strongest first; "show all" adds
        the weaker ones and those dismissed, with their reasons."""
        box = grid.parentWidget()
        grid.setRowMinimumHeight(row, self.fontMetrics().height())  # air above the heading
        panel = SuggestionsPanel.for_measure(alt, self.ctx.catalog, self.ctx.lang,
                                             alt.id in self._show_all, self._reason, box)
        panel.confirm_requested.connect(lambda r, a=alt.id: self._confirm_row(a, r))
        panel.dismiss_requested.connect(lambda r, a=alt.id: self._dismiss_row(a, r))
        panel.restore_requested.connect(lambda r, a=alt.id: self._restore_row(a, r))
        panel.confirm_all_requested.connect(lambda a=alt.id: self._confirm_all(a))
        panel.show_all_toggled.connect(lambda on, a=alt.id: self._set_show_all(a, on))
        panel.target_shown.connect(self._show_help)
        grid.addWidget(panel, row + 1, 0, 1, 5)
        focusables += panel.focusables()
        self.panels[alt.id] = panel
        if panel.view is None:
            text = (self.tr("Every suggestion is confirmed or dismissed.") if any_ else self.tr(
                "No suggestions: no criterion is rated positive or negative for this measure."))
            grid.addWidget(make_label(text, box), row + 2, 2, 1, 3)
            return row + 3
        return row + 2

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.body.findChildren(QPushButton) + self.body.findChildren(QComboBox):
            widget.setEnabled(not read_only)
        for panel in self.panels.values():
            panel.set_read_only(read_only)
        for editor in self.body.findChildren(QLineEdit):
            editor.setReadOnly(read_only)

    def _show_help(self, target_id: str) -> None:
        self.help_requested.emit(HelpTopic(
            self.tr("Target %1").replace("%1", target_id),
            describe_target(self.ctx.catalog, target_id, self.ctx.lang),
            targets=(target_id,), guide="sdg"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus on a target's row shows that target in the guidance panel."""
        target_id = watched.property("sdg_target") if watched is not self.body else None
        if event.type() == QEvent.Type.FocusIn and target_id:
            self._show_help(str(target_id))
            return False
        return super().eventFilter(watched, event)

    # --- editing ------------------------------------------------------------------------

    def _edit(self, description: str, alt_id: str, change: Callable[[Alternative], None],
              merge_key: str | None = None) -> bool:
        def mutate(case: Case) -> None:
            alt = case.alternative(alt_id)  # looked up anew: undo may have replaced the case
            if alt is not None:
                change(alt)
        return self.draft.edit(description, mutate, merge_key)

    def add_link(self, alt_id: str, target: str, contribution: str, description: str) -> bool:
        """Link ``target`` to the measure (once) with ``contribution``, as one undo step."""
        return self._edit(description, alt_id,
                          lambda alt: confirm_suggestion(alt, target, contribution))

    def _chosen(self, alt_id: str, row: int) -> SuggestionRow | None:
        """The row of the measure's list the person acts on (None when the case is locked)."""
        panel = self.panels.get(alt_id)
        chosen = panel.row(row) if panel is not None and not self.draft.read_only else None
        if chosen is not None:
            self._current[alt_id] = (None, row)  # the row that follows takes its place
        return chosen

    def _confirm_row(self, alt_id: str, row: int) -> None:
        chosen = self._chosen(alt_id, row)
        if chosen is not None:
            target = chosen.suggestion.target
            self._focus_after = f"{alt_id}|suggestions"  # on to the next, confirming in a row
            self.add_link(alt_id, target, chosen.suggestion.contribution,
                          self.tr("Confirm SDG target %1").replace("%1", target))

    def _dismiss_row(self, alt_id: str, row: int) -> DismissDialog | None:
        """Ask why the chosen suggestion does not apply; dismiss it once a reason is given."""
        chosen = self._chosen(alt_id, row)
        if chosen is None or chosen.dismissed is not None:
            return None  # already set aside: Restore brings it back
        target = chosen.suggestion.target

        def dismiss(reason: str) -> None:
            self._focus_after = f"{alt_id}|suggestions"
            self._edit(self.tr("Dismiss SDG target %1").replace("%1", target), alt_id,
                       lambda alt: dismiss_suggestion(alt, target, reason))
            self._restore_list_focus(alt_id)

        self.dismiss_dialog = DismissDialog(
            target, target_text(self.ctx.catalog, target, self.ctx.lang), dismiss, self)
        self.dismiss_dialog.rejected.connect(lambda: self._restore_list_focus(alt_id))
        self.dismiss_dialog.open()
        return self.dismiss_dialog

    def _restore_list_focus(self, alt_id: str) -> None:
        """After the dialog closes, back to the list (or the Add button when it emptied)."""
        restore_focus(self.body, f"{alt_id}|suggestions", f"{alt_id}|add")

    def _restore_row(self, alt_id: str, row: int) -> None:
        chosen = self._chosen(alt_id, row)
        if chosen is not None and chosen.dismissed is not None:
            target = chosen.suggestion.target
            self._current[alt_id] = (target, 0)
            self._focus_after = f"{alt_id}|suggestions"
            self._edit(self.tr("Restore SDG target %1").replace("%1", target), alt_id,
                       lambda alt: restore_suggestion(alt, target))

    def _set_show_all(self, alt_id: str, on: bool) -> None:
        """List every suggestion of the measure (and its dismissed ones), or the strongest."""
        if on:
            self._show_all.add(alt_id)
        else:
            self._show_all.discard(alt_id)
        self._focus_after = f"{alt_id}|show_all"
        self.refresh()

    def _confirm_all(self, alt_id: str) -> None:
        def change(alt: Alternative) -> None:  # in the catalog's order, dismissed ones left
            dismissed = {d.target for d in alt.sdg_dismissed}
            for s in suggest_sdg_targets(alt, self.ctx.catalog):
                if s.target not in dismissed:
                    confirm_suggestion(alt, s.target, s.contribution)
        self._focus_after = f"{alt_id}|add"
        self._edit(self.tr("Confirm all suggested targets"), alt_id, change)

    def _remove(self, alt_id: str, target: str) -> None:
        def change(alt: Alternative) -> None:
            alt.sdg_targets = [link for link in alt.sdg_targets if link.target != target]
        self._focus_after = f"{alt_id}|suggestions"  # the target is a suggestion again
        self._current[alt_id] = (target, 0)
        self._edit(self.tr("Remove SDG target %1").replace("%1", target), alt_id, change)

    def _set_link(self, alt_id: str, target: str, attribute: str, value: str,
                  description: str, merge_key: str | None = None) -> None:
        def change(alt: Alternative) -> None:
            for link in alt.sdg_targets:
                if link.target == target:
                    setattr(link, attribute, value)
        if attribute == "contribution":
            self._focus_after = f"{alt_id}|{target}|contribution"
        self._edit(description.replace("%1", target), alt_id, change, merge_key)

    def open_picker(self, alt_id: str) -> TargetPickerDialog | None:
        """Open the target picker for one measure (window-modal; adds the target on accept)."""
        alt = self.draft.case.alternative(alt_id)
        if alt is None or self.draft.read_only:
            return None
        self.picker = TargetPickerDialog(self.ctx.catalog, self.ctx.lang, alt.name or alt.id,
                                         (link.target for link in alt.sdg_targets), self)
        self.picker.accepted.connect(lambda p=self.picker: self._picked(alt_id, p))
        self.picker.open()
        return self.picker

    def _picked(self, alt_id: str, picker: TargetPickerDialog) -> None:
        chosen = picker.chosen()
        if chosen is not None:
            target, contribution = chosen
            self._focus_after = f"{alt_id}|{target}|note"
            self.add_link(alt_id, target, contribution,
                          self.tr("Add SDG target %1").replace("%1", target))
