"""The case window's Memo menu: export the decision memo as PDF/A, copy page 1's summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from ...domain.indicator_targets import effective_targets
from ...files import write_private
from ...indicators.latest import indicator_values
from ...indicators.steering import with_steering
from ...report import build_memo, summary_html, summary_text
from ..export_runner import ExportRunner
from ..worker import TaskState
from .archive_actions import ArchiveActions

if TYPE_CHECKING:
    from .window import CaseWindow


def write_pdf(memo, path: Path, state: TaskState) -> Path:
    """Render, finish as PDF/A and write atomically (owner-only): runs in a worker thread."""
    from ...report import renderers

    state.progress(0.1)
    data = renderers.get().render_memo(memo)
    state.progress(0.9)
    write_private(path, data)
    state.progress(1.0)
    return path


class MemoActions(QObject):
    """Adds the Memo menu; the PDF is built in a worker while a progress dialog shows."""

    def __init__(self, window: CaseWindow):
        super().__init__(window)
        self.window = window
        self.runner = ExportRunner(window, window.prompts)
        menu = window.memo_menu
        self.export_action = QAction(self.tr("&Export memo (PDF)…"), window)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P))
        self.export_action.triggered.connect(self.ask_and_export)
        menu.addAction(self.export_action)
        self.copy_action = QAction(self.tr("&Copy summary"), window)
        self.copy_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C))
        self.copy_action.triggered.connect(self.copy_summary)
        menu.addAction(self.copy_action)
        self.archive = ArchiveActions(self, menu)

    def memo(self):
        draft = self.window.draft
        draft.flush()
        case = draft.case
        values = indicator_values(case.indicators, draft.store.latest_observation, draft.catalog,
                                  case.language)
        targets = effective_targets(draft.catalog.indicator_targets,
                                    draft.store.indicator_targets())
        values = with_steering(values, case.indicators, draft.store.observations, targets)
        return build_memo(case, draft.catalog, indicator_values=values)

    def suggested_path(self) -> Path:
        case = self.window.draft.case
        stem = (case.case_number or case.title or "notat").replace("/", "-")[:60]
        return Path.home() / f"{stem}.pdf"

    def ask_and_export(self) -> None:
        chosen = self.window.prompts.save_file(
            self.window, self.tr("Export memo"), self.suggested_path(),
            self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.export(chosen[0])

    def export(self, path: Path) -> None:
        """Build the memo view here (cheap), render and write it in a worker."""
        memo = self.memo()
        self.runner.run(lambda state: write_pdf(memo, path, state),
                        self.tr("Making the memo …"))

    @property
    def last_written(self) -> Path | None:
        return self.runner.last_written

    def copy_summary(self) -> None:
        """Page 1 as text and HTML on the clipboard, for the case document (saksfremlegg)."""
        memo = self.memo()
        data = QMimeData()
        data.setText(summary_text(memo))
        data.setHtml(summary_html(memo))
        # The clipboard owns the data from here on; keeping a Python reference to it would
        # make Python free it a second time at exit.
        QGuiApplication.clipboard().setMimeData(data)
        del data
        self.window.statusBar().showMessage(self.tr("The summary is on the clipboard."), 5000)
