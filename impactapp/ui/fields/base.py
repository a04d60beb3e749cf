"""What every wizard field widget shares: label, help, required mark, issues, accessibility."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.form import FormField
from ...domain.issues import Issue
from ...domain.model import Catalog, Text
from ..draft import CaseDraft

# The palette's darkest red; always with a text message, never colour alone.
ISSUE_STYLE = "color: #b2182b;"


@dataclass(frozen=True)
class FieldContext:
    """What a field widget needs besides its field and the draft."""

    catalog: Catalog
    lang: str
    # (indicator id, region) -> (value, period, source line) | None: the latest imported figure.
    latest_value: Callable[[str, str], tuple[float, str, str] | None] | None = None
    # (indicator id, region) -> [(period, value)]: figures over time (change since decision).
    indicator_series: Callable[[str, str], list[tuple[str, float]]] | None = None


@dataclass(frozen=True)
class HelpTopic:
    """What the guidance panel shows for whatever has focus."""

    title: str
    body: str = ""  # plain text paragraphs
    questions: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()  # SDG target ids
    guide: str = ""  # user-guide chapter (a step id or a chapter name)


class FieldWidget(QWidget):
    """Base class: subclasses build ``self.editor`` (or several) and implement ``refresh``."""

    help_requested = Signal(object)  # a HelpTopic, when focus enters the field

    def __init__(self, field: FormField, draft: CaseDraft, ctx: FieldContext,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.draft = draft
        self.ctx = ctx
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 8)
        self._layout.setSpacing(3)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self._layout.addWidget(self.label)
        self.issue_label = QLabel(self)
        self.issue_label.setTextFormat(Qt.TextFormat.PlainText)
        self.issue_label.setWordWrap(True)
        self.issue_label.setStyleSheet(ISSUE_STYLE)
        self.issue_label.hide()
        # In the layout from the start (add_input keeps it last): a field without a single
        # input of its own must not leave it at the top-left corner, over the label.
        self._layout.addWidget(self.issue_label)
        self._inputs: list[QWidget] = []
        self.update_label()

    # --- helpers for subclasses ---------------------------------------------------------

    def text(self, text: Text) -> str:
        return text.get(self.ctx.lang)

    def add_input(self, widget: QWidget, stretch: int = 0) -> QWidget:
        """Add an input below the label, named for screen readers after the label and help."""
        self._layout.addWidget(widget, stretch)
        self._layout.removeWidget(self.issue_label)
        self._layout.addWidget(self.issue_label)
        self.label.setBuddy(widget)
        widget.setAccessibleName(self.text(self.field.label))
        widget.setAccessibleDescription(self.text(self.field.help))
        widget.setToolTip(self.text(self.field.help))
        widget.installEventFilter(self)
        self._inputs.append(widget)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.help_requested.emit(self.help_topic())
        return False

    def focus_target(self) -> QWidget:
        """Where the cursor goes when someone is sent to this field (its first input)."""
        return self._inputs[0] if self._inputs else self

    def help_topic(self) -> HelpTopic:
        return HelpTopic(self.text(self.field.label), self.text(self.field.help))

    # --- state --------------------------------------------------------------------------

    def required(self) -> bool:
        return self.draft.case.depth in self.field.required

    def update_label(self) -> None:
        mark = " *" if self.required() else ""
        self.label.setText(self.text(self.field.label) + mark)

    def refresh(self) -> None:
        """Show the draft's current value (called after every change, undo and redo)."""

    def stored_data_changed(self) -> None:
        """Data the field shows beside the case (e.g. indicator figures) was stored anew."""

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        """The issues this field shows: by default those at or inside its field path."""
        prefix = self.field.id
        return [i for i in issues
                if i.path == prefix or i.path.startswith((prefix + ".", prefix + "["))]

    def set_read_only(self, read_only: bool) -> None:
        for widget in self._inputs:
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def show_issues(self, issues: list[Issue]) -> None:
        """Show the domain's messages for this field under it (the domain decides, not we)."""
        if not issues:
            self.issue_label.hide()
            self.issue_label.clear()
            return
        self.issue_label.setText("\n".join(i.message.get(self.ctx.lang) for i in issues))
        self.issue_label.show()
