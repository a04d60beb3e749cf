"""The case window's Memo menu: export the decision memo as PDF/A, copy page 1's summary."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ...report import build_memo, summary_html, summary_text
from ..worker import TaskState, run_task

if TYPE_CHECKING:
    from .window import CaseWindow


def write_pdf(memo, path: Path, state: TaskState) -> Path:
    """Render, finish as PDF/A and write atomically (owner-only): runs in a worker thread."""
    from ...report.pdfa import render_memo_pdf

    state.progress(0.1)
    data = render_memo_pdf(memo)
    state.progress(0.9)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".memo-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    state.progress(1.0)
    return path


class MemoActions(QObject):
    """Adds the Memo menu; the PDF is built in a worker while a progress dialog shows."""

    def __init__(self, window: CaseWindow):
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self.last_written: Path | None = None
        menu = window.menuBar().addMenu(self.tr("&Memo"))
        self.export_action = QAction(self.tr("&Export memo (PDF)…"), window)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P))
        self.export_action.triggered.connect(self.ask_and_export)
        menu.addAction(self.export_action)
        self.copy_action = QAction(self.tr("&Copy summary"), window)
        self.copy_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C))
        self.copy_action.triggered.connect(self.copy_summary)
        menu.addAction(self.copy_action)

    def memo(self):
        draft = self.window.draft
        draft.flush()
        return build_memo(draft.case, draft.catalog)

    def suggested_path(self) -> Path:
        case = self.window.draft.case
        stem = (case.case_number or case.title or "notat").replace("/", "-")[:60]
        return Path.home() / f"{stem}.pdf"

    def ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export memo"), str(self.suggested_path()),
            self.tr("PDF documents (*.pdf)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Build the memo view here (cheap), render and write it in a worker."""
        memo = self.memo()
        self.progress = QProgressDialog(self.tr("Making the memo …"), "", 0, 100, self.window)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.export_action.setEnabled(False)
        run_task(lambda state: write_pdf(memo, path, state), self._written, self._failed,
                 lambda f: self.progress and self.progress.setValue(int(f * 100)))

    def _close_progress(self) -> None:
        self.export_action.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _written(self, path: Path) -> None:
        self._close_progress()
        self.last_written = path
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Memo exported"),
                          self.tr("The memo was saved as %1.").replace("%1", str(path)),
                          parent=self.window)
        open_pdf = box.addButton(self.tr("Open the memo"), QMessageBox.ButtonRole.AcceptRole)
        open_dir = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_dir:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(self.window, self.tr("Memo not exported"),
                            self.tr("The memo could not be made: %1").replace("%1", reason))

    def copy_summary(self) -> QMimeData:
        """Page 1 as text and HTML on the clipboard, for the case document (saksfremlegg)."""
        memo = self.memo()
        data = QMimeData()
        data.setText(summary_text(memo))
        data.setHtml(summary_html(memo))
        QGuiApplication.clipboard().setMimeData(data)
        self.window.statusBar().showMessage(self.tr("The summary is on the clipboard."), 5000)
        return data
