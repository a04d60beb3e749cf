"""One wizard step as a page, built from its FormStep: fields come from the widget registry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.form import FormStep
from ..draft import CaseDraft
from ..fields.base import FieldContext, FieldWidget, HelpTopic
from ..fields.registry import widget_for


class StepPage(QScrollArea):
    """A scrollable column of field widgets; knows nothing about which step it shows."""

    help_requested = Signal(object)  # HelpTopic

    def __init__(self, step: FormStep, draft: CaseDraft, ctx: FieldContext,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.draft = draft
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame around the fields, not a Tab stop
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel(step.title.get(ctx.lang), body)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(step.title.get(ctx.lang))
        layout.addWidget(self.heading)
        self.fields: list[FieldWidget] = []
        self._stale = False  # the draft changed while the page was hidden (see refresh)
        for field in step.fields:
            widget = widget_for(field, draft, ctx, body)
            widget.help_requested.connect(self.help_requested)
            layout.addWidget(widget)
            self.fields.append(widget)
        layout.addStretch(1)
        self.setWidget(body)
        draft.changed.connect(self.refresh)
        draft.issues_changed.connect(self.show_issues)
        self.set_read_only(draft.read_only)
        self.show_issues()

    def step_help(self) -> HelpTopic:
        return HelpTopic(self.step.title.get(self.ctx.lang), self.step.help.get(self.ctx.lang),
                         guide=self.step.id)

    def refresh(self) -> None:
        """Show the draft's content. A page hidden behind another in a shown window catches up
        when it is shown instead: every keystroke changes the draft, and refreshing every
        built page's fields each time made typing slower the more steps had been visited."""
        if not self.isVisible() and self.window().isVisible():
            self._stale = True
            return
        self._refresh_fields()

    def _refresh_fields(self) -> None:
        self._stale = False
        for widget in self.fields:
            widget.update_label()
            widget.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh_fields()
        super().showEvent(event)

    def stored_data_changed(self) -> None:
        for widget in self.fields:
            widget.stored_data_changed()

    def show_issues(self) -> None:
        for widget in self.fields:
            widget.show_issues(widget.relevant_issues(self.draft.issues))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields:
            widget.set_read_only(read_only)
