"""The case window: steps on the left, the step's page in the middle, guidance on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.form import Form
from ...domain.issues import issues_by_step
from ...domain.progress import step_has_content
from ...domain.summary import knowledge_gaps
from ...domain.tradeoffs import unhandled_trade_offs
from ..draft import CaseDraft
from ..fields.base import FieldContext
from .conflict_bar import ConflictBar
from .help_panel import HelpPanel
from .page import StepPage
from .read_only_look import show_read_only
from .save_bar import SaveFailureBar, confirm_close, failure_text

MARK_COMPLETE, MARK_INCOMPLETE, MARK_REVIEW = "✓", "…", "!"


class CaseWindow(QMainWindow):
    """Edits one case through its draft; every page is generated from forms/."""

    closed = Signal(int)  # case id
    guide_requested = Signal(str)

    def __init__(self, draft: CaseDraft, form: Form, lang: str, parent: QWidget | None = None,
                 latest_value: Callable[[str, str], tuple[float, str, str] | None] | None = None):
        super().__init__(parent)
        self.draft = draft
        self.form = form
        self.ctx = FieldContext(draft.catalog, lang, latest_value)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(1280, 800)

        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setMinimumWidth(230)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.help = HelpPanel(draft.catalog, lang, self)
        self.help.setMinimumWidth(260)
        self.help.guide_requested.connect(self.guide_requested)
        # Pages are built when first shown: opening a large case stays quick.
        self._built: dict[int, StepPage] = {}
        for number, step in enumerate(form.steps, start=1):
            self.pages.addWidget(QWidget(self.pages))
            item = QListWidgetItem(f"{number}  {step.title.get(lang)}")
            self.steps.addItem(item)
        self.steps.currentRowChanged.connect(self.go_to)

        splitter = QSplitter(self)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.help)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 740, 290])

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("background: #d1e5f0; padding: 6px;")
        self.banner.hide()
        # What went wrong when saving, and what the person can do about it.
        self.conflict_bar = ConflictBar(draft, lang, self)
        self.save_bar = SaveFailureBar(draft, lang, self)

        self.save_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_label)
        bottom.addWidget(QLabel("·", self))
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.save_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._build_actions()

        draft.changed.connect(self._update_title)
        draft.issues_changed.connect(self.update_states)
        draft.save_state_changed.connect(self.update_save_state)
        draft.copies_changed.connect(self.update_banner)  # a version taken may be locked
        self._update_title()
        self.update_states()
        self.update_save_state()
        self.update_banner()
        self.steps.setCurrentRow(0)

    def _build_actions(self) -> None:
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.draft.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.draft.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        close_action = QAction(self.tr("&Close case"), self)
        close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close_action.triggered.connect(self.close)
        edit.addSeparator()
        edit.addAction(close_action)

    # --- navigation and state -----------------------------------------------------------

    def page_at(self, index: int) -> StepPage:
        """The page of step ``index``, built on first use."""
        page = self._built.get(index)
        if page is None:
            page = StepPage(self.form.steps[index], self.draft, self.ctx, self.pages)
            page.help_requested.connect(self.help.show_topic)
            page.set_read_only(self.draft.read_only)
            show_read_only(page)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = page
        return page

    def stored_data_changed(self) -> None:
        """Figures shown beside the case changed in the store (pages not built yet read them
        when they are built)."""
        for page in self._built.values():
            page.stored_data_changed()

    def page(self, step_id: str) -> StepPage:
        for i, step in enumerate(self.form.steps):
            if step.id == step_id:
                return self.page_at(i)
        raise KeyError(step_id)

    def go_to(self, index: int) -> None:
        if not 0 <= index < self.pages.count():
            return
        visited = index in self._built
        page = self.page_at(index)
        self.pages.setCurrentIndex(index)
        if not visited:
            self.update_states()
        if self.steps.currentRow() != index:
            self.steps.setCurrentRow(index)
        self.help.show_topic(page.step_help())
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages.count() - 1)

    def step_state(self, step_id: str) -> str:
        """complete, incomplete, not_started or review (a reviewer's note needs an answer).

        A step nobody has filled in or looked at is not "complete" just because nothing in it
        is required yet: it shows as not started until it has content or has been visited.
        """
        case = self.draft.case
        if any(r.step == step_id and r.verdict in ("improve", "redo") and not r.answer
               for r in case.review):
            return "review"
        index, step = next((i, s) for i, s in enumerate(self.form.steps) if s.id == step_id)
        started = step_has_content(case, step, self.draft.catalog)
        if issues_by_step(self.draft.issues).get(step_id):
            return "incomplete" if started else "not_started"
        return "complete" if started or index in self._built else "not_started"

    def update_states(self) -> None:
        marks = {"complete": MARK_COMPLETE, "incomplete": MARK_INCOMPLETE,
                 "review": MARK_REVIEW, "not_started": ""}
        names = {"complete": self.tr("complete"), "incomplete": self.tr("incomplete"),
                 "review": self.tr("has review notes"), "not_started": self.tr("not started")}
        for i, step in enumerate(self.form.steps):
            state = self.step_state(step.id)
            item = self.steps.item(i)
            title = f"{i + 1}  {step.title.get(self.ctx.lang)}"
            item.setText(f"{title}  {marks[state]}".rstrip())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {names[state]}")
            item.setData(Qt.ItemDataRole.UserRole, state)
        case = self.draft.case
        trade_offs = len(unhandled_trade_offs(case, self.draft.catalog))
        gaps = knowledge_gaps(case)
        self.counts_label.setText(
            self.tr("%n trade-off(s) without handling", "", trade_offs)
            + " · " + self.tr("%n knowledge gap(s)", "", gaps)
        )

    def update_save_state(self) -> None:
        d = self.draft
        if d.save_failure is not None:
            text = self.tr("Not saved: %1").replace("%1", failure_text(d.save_failure,
                                                                       self.ctx.lang))
        elif d.pending:
            text = self.tr("Saving …")
        elif d.conflict_copy_id is not None:
            text = self.tr("Saved in the conflict copy")
        elif d.last_saved is not None:
            text = self.tr("Saved %1").replace("%1", d.last_saved.astimezone().strftime("%H:%M"))
        else:
            text = self.tr("Saved")
        self.save_label.setText(text)

    def read_only_text(self) -> str:
        """Why the case cannot be edited here, in one line or two; empty when it can."""
        case = self.draft.case
        reason = self.draft.read_only_reason
        if reason == "locked":
            when = case.approved_at.astimezone().strftime("%d.%m.%Y") if case.approved_at else ""
            head = (self.tr("Decided – locked") if case.status == "decided"
                    else self.tr("Approved %1 – locked").replace("%1", when).replace("  ", " "))
            who = case.approved_by or "?"
            return head + "\n" + self.tr(
                "Approved by %1. This revision cannot be changed; start a new revision (Case "
                "menu) to change it.").replace("%1", who)
        if reason == "in_review":
            return self.tr("In review – read-only for the caseworker") + "\n" + self.tr(
                "Take the case back to draft (Case menu) to change it; the verdicts are kept.")
        return ""

    def update_banner(self) -> None:
        text = self.read_only_text()
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        for page in self._built.values():
            page.set_read_only(self.draft.read_only)
            show_read_only(page)

    def _update_title(self) -> None:
        case = self.draft.case
        number = f"{case.case_number} – " if case.case_number else ""
        self.setWindowTitle(f"{number}{case.title or self.tr('Untitled case')} – ImpactApp")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not confirm_close(self, self.draft, self.ctx.lang):
            event.ignore()  # edits that could not be saved: the window stays open
            return
        self.draft.close()
        if self.draft.case.id is not None:
            self.closed.emit(self.draft.case.id)
        super().closeEvent(event)
