"""The main window: the cases of the database (and the bin), searchable, sortable, at hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Catalog
from ..store import CaseStore, StoreError
from ..store.opener import is_database_uri
from . import case_ops
from .case_filter import CaseFilterProxy
from .case_list_model import CASE_ID_ROLE, CaseListModel
from .labels import error_sentence
from .main_menus import MainMenus
from .prompts import Prompts, QtPrompts
from .settings import UiSettings
from .shared_db import shown_database

CASES, BIN = 0, 1


class MainWindow(QMainWindow):
    """Lists the cases; everything it shows comes from the store passed in."""

    case_activated = Signal(int)
    new_case_requested = Signal()
    case_deleted = Signal(int)
    guide_requested = Signal(str)
    settings_requested = Signal()
    language_requested = Signal(str)
    cases_changed = Signal()  # after every refresh: views over all cases read them again

    def __init__(self, store: CaseStore, catalog: Catalog, db_path: Path | str, lang: str = "nb",
                 settings: UiSettings | None = None, prompts: Prompts | None = None):
        super().__init__()
        self.prompts: Prompts = prompts or QtPrompts()
        self.store = store
        self.catalog = catalog
        self.db_path = db_path
        self.lang = lang
        self.settings = settings
        self.mode = CASES
        self.shared = is_database_uri(db_path)
        self.setWindowTitle("ImpactApp" + (
            " – " + self.tr("shared database %1").replace("%1", shown_database(db_path))
            if self.shared else ""))
        self.resize(1100, 680)

        self.model = CaseListModel(lang, self, clock=store.time_source)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_central()
        self.menus = MainMenus(self)
        if settings is not None and (geometry := settings.geometry("main")) is not None:
            self.restoreGeometry(geometry)
        self.refresh()

    # --- construction ---------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        outer = QHBoxLayout(central)
        self.sidebar = QListWidget(central)
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.addItems([self.tr("Cases"), self.tr("Bin")])
        self.sidebar.setMaximumWidth(180)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        right = QWidget(central)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit(right)
        self.search.setPlaceholderText(self.tr("Search cases …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.textChanged.connect(self._search_changed)
        top.addWidget(self.search, 1)
        self.shown_label = QLabel(right)
        top.addWidget(self.shown_label)
        self.new_button = QPushButton(self.tr("New case"), right)
        self.new_button.clicked.connect(self.new_case_requested)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.table = QTableView(right)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 190), (3, 130), (4, 120), (5, 120)):
            self.table.setColumnWidth(column, width)
        updated_column = CaseListModel.COLUMNS.index("updated")
        self.table.sortByColumn(updated_column, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        self.empty_label = QLabel(right)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget(right)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        # The case list (cases and bin) is the first view; others are added with add_view.
        self.views = QStackedWidget(central)
        self._factories: dict[QWidget, Callable[[], QWidget]] = {}
        self.views.addWidget(right)
        self.case_view = right
        splitter = QSplitter(central)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)

    # --- behaviour ------------------------------------------------------------------------

    def add_view(self, title: str, view: QWidget | Callable[[], QWidget]) -> int:
        """Add a view (comparison, portfolio, indicators) to the side bar; returns its row.

        A view given as a function is built the first time it is shown, so the heavy ones
        (pandas, charts) cost nothing at start-up.
        """
        if isinstance(view, QWidget):
            widget = view
        else:
            widget = QWidget(self.views)
            self._factories[widget] = view
        self.views.addWidget(widget)
        self.sidebar.addItem(title)
        return self.sidebar.count() - 1

    def view_at(self, row: int) -> QWidget:
        """The view of side bar row ``row`` (2 and up), built now if it has not been yet."""
        index = row - 1
        widget = self.views.widget(index)
        factory = self._factories.pop(widget, None)
        if factory is not None:
            built = factory()
            self.views.insertWidget(index, built)
            self.views.removeWidget(widget)
            widget.deleteLater()
            widget = built
        return widget

    def show_view(self, widget: QWidget) -> None:
        """Show ``widget``, one of the added views (building views not yet built to find it)."""
        index = self.views.indexOf(widget)
        row = BIN + 1
        while index < 0 and row < self.sidebar.count():
            if self.view_at(row) is widget:
                index = row - 1
            row += 1
        if index > 0:
            self.sidebar.setCurrentRow(index + 1)  # rows 0 and 1 are the case list's

    def _sidebar_changed(self, row: int) -> None:
        if row in (CASES, BIN):
            self.set_mode(row)
        elif row > BIN:
            self.views.setCurrentWidget(self.view_at(row))

    def set_mode(self, mode: int) -> None:
        """Show the active cases or the bin."""
        if mode not in (CASES, BIN):
            return
        self.mode = mode
        self.views.setCurrentWidget(self.case_view)
        if self.sidebar.currentRow() != mode:
            self.sidebar.setCurrentRow(mode)
        self.new_button.setVisible(mode == CASES)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list from the store, keeping the selected case selected."""
        selected = self.selected_case_id()
        rows = self.store.list_cases(deleted_only=self.mode == BIN)
        self.model.set_cases(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.empty_label.setText(self._empty_text())
        if selected is not None:
            self.select_case(selected)
        self._update_counts()
        if hasattr(self, "menus"):
            self.menus.update_enabled()
        self.cases_changed.emit()

    def _empty_text(self) -> str:
        if self.mode == BIN:
            return self.tr("The bin is empty.")
        return self.tr(
            "There are no cases in this database yet.\n\n"
            "Start a new case with File → New case (Ctrl+N),\n"
            "import a case file with File → Import case file … (Ctrl+I),\n"
            "or look around in the example cases: File → Load example cases."
        )

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.shown_label.setText(
            self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total else ""
        )
        count = (self.tr("%n case(s)", "", total) if self.mode == CASES
                 else self.tr("%n case(s) in the bin", "", total))
        where = (self.tr("shared database: %1") if self.shared
                 else self.tr("database: %1")).replace("%1", shown_database(self.db_path))
        self.status_label.setText(f"{count} · {where}")

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            rows = self.table.selectionModel().selectedRows() if self.table.model() else []
            if not rows:
                return None
            index = rows[0]
        value = self.proxy.data(index, CASE_ID_ROLE)
        return None if value is None else int(value)

    def select_case(self, case_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, CASE_ID_ROLE) == case_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _activated(self, index) -> None:
        case_id = self.proxy.data(index, CASE_ID_ROLE)
        if case_id is not None and self.mode == CASES:
            self.case_activated.emit(int(case_id))

    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None and self.mode == CASES:
            self.case_activated.emit(case_id)

    # --- case operations ------------------------------------------------------------------

    def _store_call(self, fn, *args) -> bool:
        try:
            fn(*args)
        except StoreError as exc:
            case_ops.show_problems(self.prompts, self, "ImpactApp",
                                   self.tr("The change was not saved."),
                                   [error_sentence(exc, self.lang)])
            return False
        return True

    def duplicate_selected(self) -> int | None:
        case_id = self.selected_case_id()
        if case_id is None or self.mode != CASES:
            return None
        copy = case_ops.duplicate(self.store.get_case(case_id))
        added: list[int] = []
        if self._store_call(lambda: added.append(self.store.add_case(copy).id)):
            self.refresh()
            self.select_case(added[0])
            self.statusBar().showMessage(self.tr("Duplicated as a new draft."), 5000)
            return added[0]
        return None

    def delete_selected(self) -> None:
        """Move the selected case to the bin (it can be restored from there)."""
        case_id = self.selected_case_id()
        if case_id is None or self.mode != CASES:
            return
        if self._store_call(self.store.delete_case, case_id):
            self.case_deleted.emit(case_id)
            self.refresh()
            self.statusBar().showMessage(
                self.tr("Moved to the bin. You can restore it from View → Bin."), 8000)

    def restore_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None and self.mode == BIN and self._store_call(
                self.store.restore_case, case_id):
            self.refresh()
            self.statusBar().showMessage(self.tr("Restored."), 5000)

    def erase_selected(self) -> None:
        """Erase a case in the bin for good, after two confirmations."""
        case_id = self.selected_case_id()
        if case_id is None or self.mode != BIN:
            return
        title = self.model.case_at(self.proxy.mapToSource(self.table.currentIndex()).row()).title
        if case_ops.confirm_erase(self.prompts, self, title) and self._store_call(
                self.store.purge_case, case_id):
            self.refresh()

    def import_case_files(self) -> None:
        paths = self.prompts.open_files(
            self, self.tr("Import case files"), Path.home(),
            self.tr("Case files (*.yaml *.yml *.json);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> list[int]:
        """Validate every file, then import all of them, or none if one is invalid."""
        ids = case_ops.import_files(self.prompts, self, self.store, self.catalog, paths)
        if ids:
            self.set_mode(CASES)
            self.refresh()
            self.select_case(ids[-1])
            self.statusBar().showMessage(self.tr("Imported %n case(s).", "", len(ids)), 5000)
        return ids

    def export_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        case = self.store.get_case(case_id)
        suggested = Path.home() / f"{(case.case_number or case.title)[:60]}.yaml".replace("/", "-")
        chosen = self.prompts.save_file(
            self, self.tr("Export case file"), suggested,
            self.tr("Case files (*.yaml *.json)"),
        )
        if chosen and case_ops.export_file(self.prompts, self, self.store, case_id, chosen[0]):
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(chosen[0])),
                                         8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)
