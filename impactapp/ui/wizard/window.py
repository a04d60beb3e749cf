"""The case window: steps on the left, the step's page in the middle, guidance on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.blockers import Blocker
from ...domain.form import Form
from ...domain.progress import step_state
from ...domain.summary import knowledge_gaps
from ...domain.tradeoffs import unhandled_trade_offs
from ..draft import CaseDraft
from ..fields.base import FieldContext
from ..prompts import Prompts, QtPrompts
from .conflict_bar import ConflictBar
from .desk import (
    PREFERRED_SIZE,
    SidePanels,
    StepKeys,
    available_geometry,
    first_focus_target,
    fit_into,
)
from .help_panel import HelpPanel
from .page import StepPage
from .read_only_look import show_read_only
from .save_bar import SaveFailureBar, confirm_close, failure_text
from .window_actions import WindowActions

MARK_COMPLETE, MARK_INCOMPLETE, MARK_REVIEW, MARK_OPTIONAL = "✓", "…", "!", "–"


class CaseWindow(QMainWindow):
    """Edits one case through its draft; every page is generated from forms/."""

    closed = Signal(int)  # case id
    guide_requested = Signal(str)

    def __init__(self, draft: CaseDraft, form: Form, lang: str, parent: QWidget | None = None,
                 latest_value: Callable[[str, str], tuple[float, str, str] | None] | None = None,
                 settings: QSettings | None = None,
                 indicator_series: Callable[[str, str], list[tuple[str, float]]] | None = None,
                 prompts: Prompts | None = None, actions: WindowActions | None = None):
        super().__init__(parent)
        self.draft = draft
        self.prompts: Prompts = prompts or QtPrompts()
        self.form = form
        self.ctx = FieldContext(draft.catalog, lang, latest_value, indicator_series)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(PREFERRED_SIZE)  # shrunk to the screen when shown (showEvent)
        self._fitted = False

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
        self.blocker_dialog: QWidget | None = None  # the "Not yet" list, while open
        for number, step in enumerate(form.steps, start=1):
            self.pages.addWidget(QWidget(self.pages))
            item = QListWidgetItem(f"{number}  {step.title.get(lang)}")
            self.steps.addItem(item)
        self.steps.currentRowChanged.connect(self.go_to)
        self.steps.itemClicked.connect(lambda _item: self.focus_page())
        self.steps.itemActivated.connect(lambda _item: self.focus_page())

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
        self.conflict_bar = ConflictBar(draft, lang, self, prompts=self.prompts)
        self.save_bar = SaveFailureBar(draft, lang, self, prompts=self.prompts)

        self.save_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)  # wraps on a narrow window instead of widening it
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.back_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button.clicked.connect(lambda: self.step_by(1))
        self.panels = SidePanels(self, [self.steps, self.help], settings)
        self.step_keys = StepKeys(self, self.step_by)
        bottom = QHBoxLayout()
        bottom.addWidget(self.panels.button)
        bottom.addWidget(self.panels.where)
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
        draft.autosave.save_state_changed.connect(self.update_save_state)
        draft.autosave.copies_changed.connect(self.update_banner)  # a version taken may be locked
        self._update_title()
        self.update_states()
        self.update_save_state()
        self.update_banner()
        self.steps.setCurrentRow(0)
        made = actions or WindowActions()
        self.memo_actions = made.memo(self) if made.memo else None
        self.status_actions = made.status(self) if made.status else None
        self.followup_actions = made.followup(self) if made.followup else None

    def _build_actions(self) -> None:
        """The menus in the conventional order: Case (with Close), Edit, Memo, Help.

        The Case and Memo menus are created empty here and filled by StatusActions and
        MemoActions; Close stays the last entry of the Case menu whatever is added to it.
        """
        bar = self.menuBar()
        self.case_menu = bar.addMenu(self.tr("&Case"))
        edit = bar.addMenu(self.tr("&Edit"))
        self.memo_menu = bar.addMenu(self.tr("&Memo"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.undo_action = self.draft.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.draft.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self.close_action = QAction(self.tr("&Close case"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self._close_separator = self.case_menu.addSeparator()
        self.case_menu.addAction(self.close_action)
        self.case_menu.aboutToShow.connect(self._close_last)
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(lambda: self.guide_requested.emit(self._current_step_id()))
        self.help_menu.addAction(guide)
        self.help_menu.addAction(self.panels.action)  # also on the button in the bottom bar

    def _close_last(self) -> None:
        """Keep "Close case" (after a separator) at the end of the Case menu."""
        for action in (self._close_separator, self.close_action):
            self.case_menu.removeAction(action)
            self.case_menu.addAction(action)

    def _current_step_id(self) -> str:
        index = self.pages.currentIndex()
        return self.form.steps[index].id if 0 <= index < len(self.form.steps) else "index"

    def step_by(self, delta: int) -> None:
        """Go ``delta`` steps forward or back and put the focus on that page's first field."""
        index = self.pages.currentIndex() + delta
        if 0 <= index < self.pages.count():
            self.go_to(index)
            self.focus_page()

    def focus_page(self) -> None:
        """Focus the first field of the current page (the step heading is not a stop), or
        the Next button on a page with nothing to fill in."""
        page = self.pages.currentWidget()
        if isinstance(page, StepPage) and page.widget() is not None:
            target = first_focus_target(page.widget())
            if target is None:  # nothing to fill in yet (no measures to rate): on to Next
                target = self.next_button if self.next_button.isEnabled() else self.back_button
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()  # as if tabbed into: typing replaces "New case"

    def showEvent(self, event: QShowEvent) -> None:
        """At most as large as the screen's free area, the first time the window shows."""
        if not self._fitted:
            self._fitted = True
            frame = self.frameGeometry().size() - self.geometry().size()
            if frame.isEmpty():  # not decorated yet: allow for a title bar and borders
                title = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
                frame = QSize(8, title + 8)
            self.setGeometry(fit_into(self.geometry(), frame, available_geometry(self)))
            self.panels.apply()
            self.focus_page()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panels.apply()

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
        page = self.page_at(index)
        self.pages.setCurrentIndex(index)
        if self.steps.currentRow() != index:
            self.steps.setCurrentRow(index)
        self.help.show_topic(page.step_help())
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages.count() - 1)
        self.panels.show_step(index + 1, self.pages.count())

    def show_issue(self, blocker: Blocker) -> None:
        """Go to the step and field where a blocker is fixed, and put the cursor there."""
        index = next((i for i, s in enumerate(self.form.steps) if s.id == blocker.step), None)
        if index is None:
            return
        self.go_to(index)
        page = self.page_at(index)
        widget = next((w for w in page.fields if blocker.issue in w.relevant_issues([
            blocker.issue])), None)
        if widget is None and blocker.field is not None:
            widget = next((w for w in page.fields if w.field.id == blocker.field.id), None)
        if widget is None:
            return
        page.ensureWidgetVisible(widget)
        target = widget.focus_target()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_state(self, step_id: str) -> str:
        """complete, incomplete, not_started, optional or review, as the domain's rules say
        (domain.progress.step_state): looking at a step does not complete it."""
        step = next(s for s in self.form.steps if s.id == step_id)
        return step_state(self.draft.case, step, self.draft.catalog, self.draft.issues)

    def update_states(self) -> None:
        marks = {"complete": MARK_COMPLETE, "incomplete": MARK_INCOMPLETE,
                 "review": MARK_REVIEW, "not_started": "", "optional": MARK_OPTIONAL}
        names = {"complete": self.tr("complete"), "incomplete": self.tr("incomplete"),
                 "review": self.tr("has review notes"), "not_started": self.tr("not started"),
                 "optional": self.tr("nothing required at this depth")}
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
        d = self.draft.autosave
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
        if reason == "not_allowed":
            return self.tr("Read-only – you may not change this case") + "\n" + self.tr(
                "In the shared database only the owner changes a draft, and only a reviewer "
                "who did not write the case changes it in review; leaders read only. Ask the "
                "owner to hand the case over to you if you are to work on it.")
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
        if not confirm_close(self.prompts, self, self.draft, self.ctx.lang):
            event.ignore()  # edits that could not be saved: the window stays open
            return
        self.draft.close()
        if self.draft.case.id is not None:
            self.closed.emit(self.draft.case.id)
        super().closeEvent(event)
