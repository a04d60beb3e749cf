"""One measure's open SDG suggestions on the SDG page: a heading, the keyboard list, a hint on
its keys, buttons for the mouse, and "show all" when weaker suggestions are left out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.model import Alternative, Catalog
from ...domain.sdg import SdgSuggestion, dismissal_of, open_suggestions
from .rebuilt import FOCUS_KEY
from .suggestion_list import (
    TARGET_ROLE,
    SuggestionListView,
    SuggestionModel,
    SuggestionRow,
)
from .target_picker import contribution_word, goal_pixmap, target_text


class SuggestionsPanel(QWidget):
    """The suggestions of one measure; it only shows them and says what the person asked for
    (the field makes the edits)."""

    confirm_requested = Signal(int)  # row of the list
    dismiss_requested = Signal(int)
    restore_requested = Signal(int)
    confirm_all_requested = Signal()
    show_all_toggled = Signal(bool)
    target_shown = Signal(str)  # the chosen suggestion while the list has focus

    def __init__(self, alt_id: str, measure: str, rows: list[SuggestionRow], open_count: int,
                 left_out: int, show_all: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.alt_id = alt_id
        self.view: SuggestionListView | None = None
        self.confirm_all: QPushButton | None = None
        self.show_all: QCheckBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        shown = sum(1 for r in rows if r.dismissed is None)
        title = self.tr("Suggestions (%n), strongest first", "", open_count)
        if shown < open_count:
            title = self.tr("Suggestions: the %1 strongest of %2").replace(
                "%1", str(shown)).replace("%2", str(open_count))
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading, 1)
        if open_count:
            self.confirm_all = self._button(self.tr("Confirm all"), "confirm_all")
            self.confirm_all.setAccessibleName(self.tr("Confirm all suggested targets"))
            self.confirm_all.clicked.connect(self.confirm_all_requested)
            top.addWidget(self.confirm_all)
        layout.addLayout(top)
        if rows:
            self.view = self._list(measure, rows)
            layout.addWidget(self.view)
            hint = QLabel(self.tr("Up and Down choose a suggestion, Space confirms it, "
                                  "Delete dismisses it with a reason."), self)
            hint.setWordWrap(True)
            font = hint.font()
            font.setItalic(True)
            hint.setFont(font)
            layout.addWidget(hint)
        actions = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        if rows:
            for key, text, signal in (
                    ("confirm", self.tr("Confirm"), self.confirm_requested),
                    ("dismiss", self.tr("Dismiss …"), self.dismiss_requested),
                    ("restore", self.tr("Restore"), self.restore_requested)):
                button = self._button(text, f"{key}_chosen")
                button.setAccessibleDescription(self.tr("Acts on the suggestion chosen in the "
                                                        "list above"))
                button.clicked.connect(lambda _=False, s=signal: self._on_current(s))
                actions.addWidget(button)
                self.actions[key] = button
        self.read_only = False
        if left_out or show_all:
            self.show_all = QCheckBox(self.tr("Show all (%n more)", "", left_out) if left_out
                                      else self.tr("Show all"), self)
            self.show_all.setChecked(show_all)
            self.show_all.setProperty(FOCUS_KEY, f"{alt_id}|show_all")
            self.show_all.toggled.connect(self.show_all_toggled)
            actions.addWidget(self.show_all)
        actions.addStretch(1)
        layout.addLayout(actions)

    @classmethod
    def for_measure(cls, alt: Alternative, catalog: Catalog, lang: str, show_all: bool,
                    reason: Callable[[Alternative, SdgSuggestion], str],
                    parent: QWidget) -> SuggestionsPanel:
        """The panel for one measure: its open suggestions ranked (the ten strongest unless
        ``show_all``, which adds the weaker and the dismissed ones); ``reason`` says why a
        target is suggested."""
        listing = open_suggestions(alt, catalog, show_all)
        font = parent.font()

        def row(suggestion: SdgSuggestion, dismissed: str | None = None) -> SuggestionRow:
            target = catalog.targets.get(suggestion.target)
            swatch = QPixmap()
            if target is not None:
                goal = catalog.goals[target.goal]
                swatch = goal_pixmap(goal.number, goal.colour, font)
            text = (f"{suggestion.target} · {contribution_word(suggestion.contribution)} · "
                    f"{target_text(catalog, suggestion.target, lang)}")
            return SuggestionRow(suggestion, text, reason(alt, suggestion), swatch, dismissed)

        rows = [row(s) for s in listing.shown]
        if show_all:
            rows += [row(s, dismissal_of(alt, s.target).reason) for s in listing.dismissed]
        left_out = listing.hidden + (0 if show_all else len(listing.dismissed))
        return cls(alt.id, alt.name or alt.id, rows, len(listing.shown) + listing.hidden,
                   left_out, show_all, parent)

    def set_read_only(self, read_only: bool) -> None:
        """A locked case: the list can still be read, nothing can be changed."""
        self.read_only = read_only
        if self.confirm_all is not None:
            self.confirm_all.setEnabled(not read_only)
        self._update_actions()

    def _update_actions(self) -> None:
        """Confirm and Dismiss act on an open suggestion, Restore on a dismissed one."""
        chosen = self.row(self.view.currentIndex().row()) if self.view is not None else None
        dismissed = chosen is not None and chosen.dismissed is not None
        for key, button in self.actions.items():
            usable = chosen is not None and (dismissed == (key == "restore"))
            button.setEnabled(usable and not self.read_only)

    def focusables(self) -> list[QWidget]:
        """The panel's Tab stops in reading order: Confirm all, the list, the buttons for the
        chosen suggestion (only those that apply to it are enabled), Show all."""
        return [w for w in (self.confirm_all, self.view, *self.actions.values(), self.show_all)
                if w is not None]

    def row(self, row: int) -> SuggestionRow | None:
        model = self.view.model() if self.view is not None else None
        return model.rows[row] if model is not None and 0 <= row < len(model.rows) else None

    def select(self, target: str | None, row: int) -> None:
        """Make ``target``'s row current, or else the row at ``row`` (clamped)."""
        if self.view is None:
            return
        model = self.view.model()
        targets = [r.suggestion.target for r in model.rows]
        if targets:
            at = targets.index(target) if target in targets else min(max(row, 0),
                                                                     len(targets) - 1)
            # Current but not highlighted: a coloured row in a list without focus would read
            # as chosen; the highlight follows when the list gets focus.
            self.view.selectionModel().setCurrentIndex(
                model.index(at, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_actions()

    def _button(self, text: str, key: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        if key:
            button.setProperty(FOCUS_KEY, f"{self.alt_id}|{key}")
        return button

    def _list(self, measure: str, rows: list[SuggestionRow]) -> SuggestionListView:
        view = SuggestionListView(self)
        view.setModel(SuggestionModel(rows, view))
        swatch = rows[0].swatch
        if not swatch.isNull():
            view.setIconSize(swatch.size())
        view.setProperty(FOCUS_KEY, f"{self.alt_id}|suggestions")
        view.setAccessibleName(self.tr("Suggested targets for %1").replace("%1", measure))
        view.setAccessibleDescription(self.tr(
            "Space confirms the chosen target, Delete dismisses it with a reason."))
        view.confirm_requested.connect(self.confirm_requested)
        view.dismiss_requested.connect(self.dismiss_requested)
        view.activated.connect(lambda index: self.confirm_requested.emit(index.row()))
        view.selectionModel().currentChanged.connect(self._current_changed)
        view.focused.connect(lambda: self._current_changed(view.currentIndex()))
        return view

    def _current_changed(self, index: QModelIndex, *_: object) -> None:
        self._update_actions()
        if self.view is not None and self.view.hasFocus() and index.isValid():
            self.target_shown.emit(str(index.data(TARGET_ROLE)))

    def _on_current(self, signal) -> None:
        """A button acts on the list's current row."""
        if self.view is not None and self.view.currentIndex().isValid():
            signal.emit(self.view.currentIndex().row())
