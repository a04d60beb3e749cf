"""The database while the program runs: the day's backup, a backup now, restoring a backup.

The day's backup runs in a worker thread: on 10,000 cases a checked backup takes about two
seconds, too long to hold up the start. Restoring while running closes the case windows (each
saves what is pending first) and the database, restores, and then closes ImpactApp: the
windows, views and workers all hold the old database, so it is started again on the restored
one rather than rewired in place.

All of it is the store's file maintenance: a store without files (a database server, backed
up by its own tools) has none, and the File menu then does not offer these entries.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain.clock import local_naive
from ..store import FileMaintenance, StoreError, file_maintenance
from .backup_picker import BackupPicker, restored_notice
from .error_box import show_error
from .labels import error_sentence
from .worker import Task, run_task

if TYPE_CHECKING:
    from .controller import AppController


class DatabaseActions(QObject):
    """What the File menu's backup entries do, and the backup taken on the first start of a day."""

    def __init__(self, controller: AppController):
        super().__init__(controller)
        self.controller = controller
        self.task: Task | None = None
        #: The database file's maintenance; None for a store without files.
        self.files: FileMaintenance | None = file_maintenance(controller.store)
        menus = controller.main.menus
        for action in (menus.backup_action, menus.restore_backup_action):
            action.setVisible(self.files is not None)

    def _status(self, text: str, ms: int = 10000) -> None:
        self.controller.main.statusBar().showMessage(text, ms)

    # --- backups --------------------------------------------------------------------------

    def start_daily_backup(self) -> Task | None:
        """Take the day's backup in the background if none was taken today; reports in the
        status bar, never in a dialog (nothing is asked of the user)."""
        files = self.files
        if files is None:
            return None
        now = local_naive(self.controller.store.time_source)
        self.task = run_task(lambda _state: files.daily_backup(now),
                             self._daily_done, self._daily_failed)
        return self.task

    def _daily_done(self, backup: Path | None) -> None:
        if backup is not None:
            self._status(self.tr("Today's backup of the database: %1").replace("%1", str(backup)))

    def _daily_failed(self, exc: BaseException) -> None:
        self._status(self.tr("Today's backup of the database failed: %1").replace(
            "%1", error_sentence(exc, self.controller.lang)), 30000)

    def backup_now(self) -> Task | None:
        """Ask where, then write a checked backup there in the background."""
        files = self.files
        if files is None:
            return None
        start = files.suggested_backup(local_naive(self.controller.store.time_source))
        path, _ = QFileDialog.getSaveFileName(
            self.controller.main, self.tr("Back up the database"), str(start),
            self.tr("ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)"))
        if not path:
            return None
        target = Path(path)
        if target.exists() and target.samefile(files.path):
            QMessageBox.warning(self.controller.main, self.tr("Back up the database"),
                                self.tr("That is the database itself; choose another file."))
            return None
        self._status(self.tr("Backing up the database …"), 0)
        self.task = run_task(lambda _state: files.backup(target),
                             self._backup_done, self._backup_failed)
        return self.task

    def _backup_done(self, target: Path) -> None:
        self._status(self.tr("The database was backed up to %1").replace("%1", str(target)))

    def _backup_failed(self, exc: BaseException) -> None:
        self.controller.main.statusBar().clearMessage()
        show_error(self.controller.main, self.tr("Back up the database"), exc,
                   self.controller.lang)

    # --- restoring ------------------------------------------------------------------------

    def restore_from_backup(self) -> bool:
        """Choose a backup, confirm, restore it, and close ImpactApp; False if not restored."""
        files = self.files
        if files is None:
            return False
        main = self.controller.main
        lang = self.controller.lang
        title = self.tr("Restore from backup")
        picker = BackupPicker(files, lang, main)
        if not picker.exec() or picker.chosen is None:
            return False
        chosen = picker.chosen
        try:
            files.check_candidate(chosen)  # refused before anything is closed
        except StoreError as exc:
            show_error(main, title, exc, lang, self.tr("The database has not been changed."))
            return False
        answer = QMessageBox.question(main, title, self.tr(
            "Restore %1 in place of the database %2?\n\nThe database as it is now is backed "
            "up first. Open case windows are saved and closed, and ImpactApp closes when the "
            "backup has been restored: start it again to work on the restored database."
        ).replace("%1", str(chosen)).replace("%2", str(files.path)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.controller.close_all()
        self.controller.store.close()
        main.hide()
        try:
            restored = files.restore(chosen, local_naive(self.controller.store.time_source))
        except (StoreError, OSError) as exc:
            show_error(None, title, exc, lang, self.tr(
                "The database has not been changed. ImpactApp closes now; start it again."))
            ok = False
        else:
            QMessageBox.information(None, title, restored_notice(restored) + "\n\n" + self.tr(
                "ImpactApp closes now; start it again to work on the restored database."))
            ok = True
        main.close()
        QCoreApplication.quit()
        return ok
