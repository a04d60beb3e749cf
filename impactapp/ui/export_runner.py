"""Long exports (memo, tables, portfolio) in a worker with a progress dialog, then an offer to
open the file or its folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from .labels import error_sentence, ui_language
from .prompts import Choice, Prompts, QtPrompts
from .worker import TaskState, run_task

Task = Callable[[TaskState], Path]


class ExportRunner(QObject):
    """Runs one export at a time with a progress dialog, then offers to open what it wrote."""

    written = Signal(object)  # the Path

    def __init__(self, parent: QWidget, prompts: Prompts | None = None):
        super().__init__(parent)
        self.widget = parent
        self.prompts: Prompts = prompts or QtPrompts()
        self.progress: QProgressDialog | None = None
        self.last_written: Path | None = None
        self.busy = False

    def run(self, task: Task, label: str) -> bool:
        """Start ``task``; False when an export is still running."""
        if self.busy:
            return False
        self.busy = True
        self.progress = QProgressDialog(label, "", 0, 100, self.widget)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        run_task(task, self._written, self._failed,
                 lambda f: self.progress and self.progress.setValue(int(f * 100)))
        return True

    def _close_progress(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _written(self, path: Path) -> None:
        self._close_progress()
        self.last_written = path
        self.written.emit(path)
        chosen = self.prompts.ask(
            self.widget, self.tr("Export finished"),
            self.tr("The file was saved as %1.").replace("%1", str(path)),
            [Choice("file", self.tr("Open the file")),
             Choice("folder", self.tr("Open the folder"), "action"), Choice("close")],
            icon="information")
        if chosen == "file":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif chosen == "folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        reason = error_sentence(exc, ui_language())  # the program's refusals in the UI language
        self.prompts.warn(self.widget, self.tr("Export failed"),
                          self.tr("The file could not be written: %1").replace("%1", reason))
