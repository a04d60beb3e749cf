"""When the database cannot be opened at start: say what is wrong, offer a way on.

The dialog names the file, says in plain words what is wrong with it and that it has not been
changed, and offers to open another database, restore a backup of this one (the file that is
there now is kept, see store/restore.py), create a new database, connect to a shared database,
or quit. For a shared database that cannot be reached it also offers to try again.
``open_store_interactively`` opens the store, showing the dialog for as long as the chosen
file cannot be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import Clock, local_naive
from ..store import (
    BackupError,
    CaseStore,
    DatabaseReadOnly,
    DatabaseUnusable,
    StoreError,
    StoreUnavailable,
    maintenance_at,
    open_store,
)
from ..store.errors import DAMAGED, FOREIGN, NEWER_SCHEMA, NOT_SQLITE
from ..store.opener import as_location, shown_location
from .backup_picker import BackupPicker, restored_notice
from .error_box import show_error
from .labels import error_detail, error_sentence
from .prompts import Prompts, QtPrompts


def problem_kind(path: Path | None, error: BaseException) -> str:
    """What is wrong, in the dialog's terms: one key per explanation it has (``path`` is
    None for a store that is not a file)."""
    if isinstance(error, StoreUnavailable):
        return "unavailable"
    if path is None and isinstance(error, DatabaseUnusable):
        return "server"  # its own sentence says why (unreachable, no schema, a password)
    if isinstance(error, DatabaseReadOnly):
        return "read_only_folder" if error.folder else "read_only_file"
    if isinstance(error, BackupError):
        return "backup_failed"
    if isinstance(error, DatabaseUnusable):
        if error.reason == DAMAGED:
            return "truncated" if error.detail.startswith("truncated") else "damaged"
        if error.reason in (NOT_SQLITE, FOREIGN, NEWER_SCHEMA):
            return error.reason
    if path is None:
        return "no_access"
    try:
        if not path.parent.is_dir():
            return "missing_folder"
        if path.is_dir():
            return "folder"
    except OSError:
        pass  # not even allowed to look
    return "no_access"


def explanation(kind: str) -> str:
    """The plain words for what is wrong, and what can be done about it outside ImpactApp."""
    texts = {
        "not_sqlite": QCoreApplication.translate(
            "DatabaseDialog", "The file is not a database: perhaps a document or another kind "
            "of file was chosen, or the file was overwritten."),
        "damaged": QCoreApplication.translate(
            "DatabaseDialog", "The file is damaged: parts of it cannot be read, for example "
            "after a disk fault or a crash while it was being copied."),
        "truncated": QCoreApplication.translate(
            "DatabaseDialog", "The file is incomplete: its end is missing, for example after a "
            "copy that stopped half-way or a full disk."),
        "foreign": QCoreApplication.translate(
            "DatabaseDialog", "The file is a database of another program, not of ImpactApp."),
        "newer_schema": QCoreApplication.translate(
            "DatabaseDialog", "The file was saved by a newer version of ImpactApp, which this "
            "version cannot read. Install the newer version to use it."),
        "read_only_file": QCoreApplication.translate(
            "DatabaseDialog", "You may read the file but not change it, so ImpactApp could not "
            "save your work in it. Ask for write access to the file."),
        "read_only_folder": QCoreApplication.translate(
            "DatabaseDialog", "You may not change anything in the folder the file lies in, so "
            "ImpactApp could not save your work there. Ask for write access to the folder."),
        "missing_folder": QCoreApplication.translate(
            "DatabaseDialog", "The folder of the file does not exist. If it is on a network "
            "drive or a USB stick, connect it and start ImpactApp again."),
        "backup_failed": QCoreApplication.translate(
            "DatabaseDialog", "ImpactApp must bring this database up to its new version and "
            "backs it up first, but the backup could not be written. Make room on the disk, or "
            "ask for write access to the folder, and start ImpactApp again."),
        "folder": QCoreApplication.translate(
            "DatabaseDialog", "This is a folder, not a database file."),
        "unavailable": QCoreApplication.translate(
            "DatabaseDialog", "This computer cannot open a shared database yet: the PostgreSQL "
            "client library is missing. Open a database file instead, or ask IT to install it."),
        "server": QCoreApplication.translate(
            "DatabaseDialog", "The shared database cannot be used right now. Try again in a "
            "moment, work in a database file on this computer, or ask IT."),
        "no_access": QCoreApplication.translate(
            "DatabaseDialog", "The file cannot be reached: you may lack permission to open "
            "it, or the drive it is on is not available."),
    }
    return texts.get(kind, texts["no_access"])


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


class DatabaseDialog(QDialog):
    """The choices at start when the database cannot be opened.

    After ``exec()``, ``chosen`` is the database file to open next (None: quit). Restoring
    a backup is offered only for a store kept in a file (one with file maintenance).
    """

    def __init__(self, db_path: Path | str, error: BaseException, lang: str,
                 parent: QWidget | None = None, clock: Clock | None = None, *,
                 prompts: Prompts | None = None,
                 opener: Callable[[Path | str], CaseStore] = open_store):
        super().__init__(parent)
        self.opener = opener
        self.prompts: Prompts = prompts or QtPrompts()
        self.clock = clock
        self.files = maintenance_at(as_location(db_path))
        self.place = as_location(db_path)
        self.location = shown_location(db_path)
        self.db_path = self.files.path if self.files is not None else None
        self.error = error
        self.lang = lang
        self.kind = problem_kind(self.db_path, error)
        self.chosen: Path | str | None = None
        #: The store the user connected to through "Connect to a shared database".
        self.store: CaseStore | None = None
        self.setWindowTitle(self.tr("ImpactApp – the database cannot be opened"))
        self.setMinimumWidth(620)
        self._build()

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(icon)
        column = QVBoxLayout()
        outer.addLayout(column, 1)

        heading = QLabel(f"<b>{self.tr('ImpactApp cannot open the database')}</b>", self)
        column.addWidget(heading)
        self.file_label = self._label(self.location)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setAccessibleName(self.tr("Database file"))
        column.addWidget(self.file_label)
        self.what_label = self._label(explanation(self.kind))
        column.addWidget(self.what_label)
        self.detail_label = self._label(error_sentence(self.error, self.lang))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.detail_label)
        # SQLite's own words (English) only for whoever helps: behind "Show details".
        technical = error_detail(self.error)
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setVisible(bool(technical))
        self.technical_label = self._label(technical)
        self.technical_label.setTextFormat(Qt.TextFormat.PlainText)
        self.technical_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical_label.hide()
        self.details_button.toggled.connect(self.technical_label.setVisible)
        column.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.technical_label)
        unchanged = self.tr("The file has not been changed.") \
            if self.db_path is not None and _exists(self.db_path) \
            else self.tr("Nothing has been created or changed.")
        self.unchanged_label = self._label(f"<b>{unchanged}</b>")
        column.addWidget(self.unchanged_label)
        column.addSpacing(8)

        count = len(self.files.backups()) if self.files is not None else 0
        backups = self.tr("%n backup(s) of this database.", "", count) if count \
            else self.tr("There is no backup of this database yet; you can choose a backup "
                         "file.")
        self.retry_button = self._choice(
            column, self.tr("Try again"),
            self.tr("Connect to this shared database again, for example once the network "
                    "is back."), self.retry)
        self.retry_button.setVisible(self.db_path is None)
        self.open_button = self._choice(
            column, self.tr("Open another database …"),
            self.tr("Choose a database file you already have."), self.open_other)
        self.restore_button = self._choice(
            column, self.tr("Restore a backup …"),
            self.tr("Put a backup in place of this database; the file there now is kept.")
            + " " + backups, self.restore_backup)
        self.restore_button.setVisible(self.files is not None)
        self.new_button = self._choice(
            column, self.tr("Create a new database …"),
            self.tr("Start with an empty database in a file you choose."), self.create_new)
        self.shared_button = self._choice(
            column, self.tr("Connect to a shared database …"),
            self.tr("Work in the municipality's shared database on a server."),
            self.connect_shared)
        self.quit_button = self._choice(
            column, self.tr("Quit"), self.tr("Close ImpactApp without changing anything."),
            self.reject)
        (self.retry_button if self.db_path is None else self.open_button).setDefault(True)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _choice(self, column: QVBoxLayout, text: str, description: str,
                slot: Callable[[], None]) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setAccessibleName(text)
        button.clicked.connect(lambda _=False: slot())
        column.addWidget(button)
        return button

    def _filter(self) -> str:
        return self.tr("ImpactApp databases (*.db *.sqlite *.sqlite3);;All files (*)")

    def _start_folder(self) -> str:
        folder = self.db_path.parent if self.db_path is not None else Path.home()
        return str(folder if folder.is_dir() else Path.home())

    # --- the choices ------------------------------------------------------------------------

    def open_other(self) -> None:
        path = self.prompts.open_file(
            self, self.tr("Open another database"), self._start_folder(),
            self._filter())
        if path:
            self.chosen = path
            self.accept()

    def retry(self) -> None:
        self.chosen = self.place
        self.accept()

    def connect_shared(self) -> None:
        """Ask for the shared database's address and connect; on success open it."""
        from .shared_db import ConnectDialog

        dialog = ConnectDialog(self.lang, self, uri=self.location if self.db_path is None
                               else "", opener=self.opener)
        self.connect_dialog = dialog  # reachable while it is open (tests)
        if dialog.exec() and dialog.store is not None:
            self.store, self.chosen = dialog.store, dialog.uri
            self.accept()

    def restore_backup(self) -> None:
        if self.files is None:
            return
        picker = BackupPicker(self.files, self.lang, self, prompts=self.prompts)
        if not picker.exec() or picker.chosen is None:
            return
        try:
            restored = self.files.restore(picker.chosen, local_naive(self.clock))
        except (StoreError, OSError) as exc:
            show_error(self.prompts, self, self.tr("Restore a backup"), exc, self.lang,
                       self.tr("The database has not been changed."))
            return
        self.prompts.inform(self, self.tr("Restore a backup"), restored_notice(restored))
        self.chosen = self.files.path
        self.accept()

    def create_new(self) -> None:
        suggested = Path(self._start_folder()) / "impactapp.db"
        picked = self.prompts.save_file(
            self, self.tr("Create a new database"), suggested, self._filter(),
            confirm_overwrite=False)
        if not picked:
            return
        chosen = picked[0]
        if not chosen.suffix:
            chosen = chosen.with_suffix(".db")
        if _exists(chosen):
            # Never over an existing file: it may be someone's database.
            self.prompts.warn(self, self.tr("Create a new database"), self.tr(
                "The file %1 already exists. Choose a new name, or open it with "
                "“Open another database”.").replace("%1", str(chosen)))
            return
        self.chosen = chosen
        self.accept()


def open_store_interactively(location: Path | str, lang: str,
                             opener: Callable[[Path | str], CaseStore] = open_store,
                             clock: Clock | None = None,
                             prompts: Prompts | None = None) -> CaseStore | None:
    """Open the store at ``location`` with ``opener`` (a location -> store); while it cannot
    be opened, let the user choose what to do (``clock`` dates the backup a restore takes of
    the database it replaces).

    Returns the open store, or None when the user chose to quit.
    """
    place = as_location(location)
    while True:
        try:
            return opener(place)
        except (StoreError, OSError) as exc:
            dialog = DatabaseDialog(place, exc, lang, clock=clock, prompts=prompts,
                                    opener=opener)
            if not dialog.exec() or dialog.chosen is None:
                return None
            if dialog.store is not None:
                return dialog.store
            place = dialog.chosen
