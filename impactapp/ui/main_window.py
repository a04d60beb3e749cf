"""The main window: the list of cases in the database, searchable and sortable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..casefile import CaseFileInvalid, read_case_file
from ..domain.model import Catalog
from ..store import Store, StoreError
from .case_filter import CaseFilterProxy
from .case_list_model import CASE_ID_ROLE, CaseListModel


class MainWindow(QMainWindow):
    """Lists the cases; everything it shows comes from the store passed in."""

    case_activated = Signal(int)

    def __init__(self, store: Store, catalog: Catalog, db_path: Path, lang: str = "nb"):
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.db_path = db_path
        self.lang = lang
        self.setWindowTitle("ImpactApp")
        self.resize(1100, 680)

        self.model = CaseListModel(lang, self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_central()
        self.refresh()

    # --- construction ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import case file…"), self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.import_case_files)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Search cases"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)
        edit_menu.addAction(self.find_action)

        view_menu = menu.addMenu(self.tr("&View"))
        refresh_action = QAction(self.tr("&Refresh"), self)
        refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(refresh_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About ImpactApp"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)

        top = QHBoxLayout()
        self.search = QLineEdit(central)
        self.search.setPlaceholderText(self.tr("Search cases …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.textChanged.connect(self._search_changed)
        top.addWidget(self.search, 1)
        self.shown_label = QLabel(central)
        top.addWidget(self.shown_label)
        layout.addLayout(top)

        self.table = QTableView(central)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 190), (3, 130), (4, 110), (5, 130)):
            self.table.setColumnWidth(column, width)
        updated_column = CaseListModel.COLUMNS.index("updated")
        self.table.sortByColumn(updated_column, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        self.empty_label = QLabel(central)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setText(
            self.tr(
                "There are no cases in this database yet.\n\n"
                "Import a case file with File → Import case file … (Ctrl+I),\n"
                "or from the command line: impactapp-cli case import FILE"
            )
        )

        self.stack = QStackedWidget(central)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)

    # --- behaviour ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the case list from the store."""
        rows = self.store.list_cases()
        self.model.set_cases(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.shown_label.setText(
            self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total else ""
        )
        count = self.tr("%n case(s)", "", total)
        self.status_label.setText(
            f"{count} · " + self.tr("database: %1").replace("%1", str(self.db_path))
        )

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index) -> None:
        case_id = self.proxy.data(index, CASE_ID_ROLE)
        if case_id is not None:
            self.case_activated.emit(int(case_id))

    def import_case_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import case files"),
            str(Path.home()),
            self.tr("Case files (*.yaml *.yml *.json);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> list[int]:
        """Validate every file, then import all of them, or none if one is invalid."""
        cases, problems = [], []
        for path in paths:
            try:
                cases.append(read_case_file(path, self.catalog))
            except CaseFileInvalid as exc:
                problems.extend(str(e) for e in exc.errors)
            except OSError as exc:
                problems.append(f"{path}: {exc.strerror}")
        if problems:
            self._show_problems(
                self.tr("Nothing was imported: the files have %n problem(s).", "", len(problems)),
                problems,
            )
            return []
        try:
            ids = [case.id for case in self.store.add_cases(cases)]
        except StoreError as exc:
            self._show_problems(self.tr("The import could not be saved."), [str(exc)])
            return []
        self.refresh()
        self.statusBar().showMessage(self.tr("Imported %n case(s).", "", len(ids)), 5000)
        return ids

    def _show_problems(self, summary: str, lines: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), summary, parent=self)
        box.setDetailedText("\n".join(lines))
        box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
        box.exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ImpactApp"),
            self.tr(
                "ImpactApp %1\n\nEnvironmental and distributional impact assessment of "
                "municipal decisions, tied to the UN Sustainable Development Goals.\n\n"
                "SDG texts: United Nations. See criteria/SOURCES.md for all data sources."
            ).replace("%1", __version__),
        )
