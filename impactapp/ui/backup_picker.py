"""Choosing a backup to restore: the automatic backups of a database, or any backup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..store import (
    BACKUP_DAILY,
    BACKUP_MANUAL,
    BACKUP_MIGRATION,
    BACKUP_RESTORE,
    BackupFile,
    FileMaintenance,
    Restored,
)
from .labels import format_date


def kind_label(kind: str) -> str:
    """Why a backup was taken, as the list shows it."""
    labels = {
        BACKUP_DAILY: QCoreApplication.translate("BackupPicker", "daily"),
        BACKUP_MIGRATION: QCoreApplication.translate("BackupPicker", "before an upgrade"),
        BACKUP_RESTORE: QCoreApplication.translate("BackupPicker", "before a restore"),
        BACKUP_MANUAL: QCoreApplication.translate("BackupPicker", "by hand"),
    }
    return labels.get(kind, kind)


def restored_notice(restored: Restored) -> str:
    """What a restore did, for the message after it."""
    text = QCoreApplication.translate("BackupPicker", "The backup has been restored.")
    if restored.backup is not None:
        text += " " + QCoreApplication.translate(
            "BackupPicker", "The database it replaced was backed up to %1."
        ).replace("%1", str(restored.backup))
    if restored.set_aside is not None:
        text += " " + QCoreApplication.translate(
            "BackupPicker", "The file it replaced could not be used and was kept as %1."
        ).replace("%1", str(restored.set_aside))
    return text


class BackupPicker(QDialog):
    """Lists the backups of the database file ``files`` maintains (newest first) with their
    number of cases.

    After ``exec()``, ``chosen`` is the backup file to restore, or None.
    """

    def __init__(self, files: FileMaintenance, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.files = files
        self.db_path = files.path
        self.lang = lang
        self.chosen: Path | None = None
        self.backups: list[BackupFile] = files.backups()
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(680, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Cases"), self.tr("File")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            self._fill_row(row, backup)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        if self.backups:
            intro.setText(self.tr(
                "Backups of %1, newest first. The file there now is kept.").replace(
                "%1", str(self.db_path)))
            self.table.selectRow(0)
        else:
            intro.setText(self.tr(
                "There is no backup of %1 yet. Choose a backup file instead.").replace(
                "%1", str(self.db_path)))
            self.table.hide()

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup"), self)
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.setDefault(bool(self.backups))
        self.file_button = QPushButton(self.tr("Choose a &file …"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(lambda _=False: self.restore_selected())
        self.file_button.clicked.connect(lambda _=False: self.choose_file())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_row(self, row: int, backup: BackupFile) -> None:
        summary = self.files.describe(backup.path)
        taken = f"{format_date(backup.taken.date(), self.lang)} {backup.taken:%H:%M}"
        cases = "?" if summary.cases is None else str(summary.cases)
        cells = (taken, kind_label(backup.kind), cases, backup.path.name)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(str(backup.path))
            self.table.setItem(row, column, item)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.backups[rows[0].row()].path
        self.accept()

    def choose_file(self) -> None:
        folder = self.backups[0].path.parent if self.backups else self.db_path.parent
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup to restore"), str(folder),
            self.tr("ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()
