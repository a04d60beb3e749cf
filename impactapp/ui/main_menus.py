"""The main window's menus, actions and keyboard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from .about import AboutDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def _key(*parts) -> QKeySequence:
    return QKeySequence(parts[0]) if len(parts) == 1 else QKeySequence(parts[0] | parts[1])


class MainMenus(QObject):
    """Builds the menu bar of a MainWindow and keeps the actions' enabled state current."""

    backup_requested = Signal()  # File → Back up now
    restore_requested = Signal()  # File → Restore from backup
    examples_requested = Signal()  # File → Load example cases
    package_import_requested = Signal()  # File → Import indicator package
    municipality_requested = Signal()  # File → Municipality
    shared_db_requested = Signal()  # File → Connect to a shared database

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        bar = window.menuBar()
        ctrl = Qt.Modifier.CTRL

        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._add(file_menu, self.tr("&New case"),
                                    window.new_case_requested.emit,
                                    _key(ctrl, Qt.Key.Key_N))
        self.open_action = self._add(file_menu, self.tr("&Open case"), window.open_selected,
                                     _key(ctrl, Qt.Key.Key_O))
        self.recent_menu = file_menu.addMenu(self.tr("&Recent cases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = self._add(file_menu, self.tr("&Import case file…"),
                                       window.import_case_files, _key(ctrl, Qt.Key.Key_I))
        self.export_action = self._add(file_menu, self.tr("&Export case file…"),
                                       window.export_selected, _key(ctrl, Qt.Key.Key_E))
        self.examples_action = self._add(file_menu, self.tr("Load e&xample cases"),
                                         self.examples_requested.emit)
        file_menu.addSeparator()
        self.shared_db_action = self._add(file_menu, self.tr("Connect to a &shared database…"),
                                          self.shared_db_requested.emit)
        self.backup_action = self._add(file_menu, self.tr("Back &up now…"),
                                       self.backup_requested.emit)
        self.restore_backup_action = self._add(file_menu, self.tr("Res&tore from backup…"),
                                               self.restore_requested.emit)
        file_menu.addSeparator()
        self.package_action = self._add(file_menu, self.tr("Import indicator &package…"),
                                        self.package_import_requested.emit)
        self.municipality_action = self._add(file_menu, self.tr("&Municipality…"),
                                             self.municipality_requested.emit)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Settings…"), window.settings_requested.emit)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), window.close,
                  QKeySequence(QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._add(edit_menu, self.tr("&Search cases"), window.focus_search,
                  QKeySequence(QKeySequence.StandardKey.Find))
        self.duplicate_action = self._add(edit_menu, self.tr("&Duplicate case"),
                                          window.duplicate_selected, _key(ctrl, Qt.Key.Key_D))
        self.delete_action = self._add(edit_menu, self.tr("Move to &bin"),
                                       window.delete_selected, _key(Qt.Key.Key_Delete))
        self.restore_action = self._add(edit_menu, self.tr("&Restore from bin"),
                                        window.restore_selected)
        self.erase_action = self._add(edit_menu, self.tr("&Erase for good…"),
                                      window.erase_selected)

        view_menu = bar.addMenu(self.tr("&View"))
        self._add(view_menu, self.tr("&Cases"), lambda: window.set_mode(0),
                  _key(ctrl, Qt.Key.Key_1))
        self._add(view_menu, self.tr("&Bin"), lambda: window.set_mode(1),
                  _key(ctrl, Qt.Key.Key_2))
        view_menu.addSeparator()
        self._add(view_menu, self.tr("&Refresh"), window.refresh,
                  QKeySequence(QKeySequence.StandardKey.Refresh))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("nb", "Norsk bokmål"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=code == window.lang)
            action.triggered.connect(lambda _=False, c=code: window.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&User guide"), lambda: window.guide_requested.emit("index"),
                  QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._add(help_menu, self.tr("&About ImpactApp"), self.about)
        window.table.selectionModel().selectionChanged.connect(self.update_enabled)
        self.update_enabled()

    def _add(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.w)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.w.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def update_enabled(self) -> None:
        selected = self.w.selected_case_id() is not None
        in_bin = self.w.mode == 1
        self.new_action.setEnabled(not in_bin)
        self.open_action.setEnabled(selected and not in_bin)
        self.duplicate_action.setEnabled(selected and not in_bin)
        self.delete_action.setEnabled(selected and not in_bin)
        self.export_action.setEnabled(selected)
        self.restore_action.setEnabled(selected and in_bin)
        self.erase_action.setEnabled(selected and in_bin)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        settings = self.w.settings
        ids = settings.recent(str(self.w.db_path)) if settings is not None else []
        titles = {}
        if ids:
            titles = {r.id: r.title for r in self.w.store.list_cases() if r.id in set(ids)}
        for case_id in ids:
            if case_id in titles:
                action = self.recent_menu.addAction(titles[case_id])
                action.triggered.connect(
                    lambda _=False, c=case_id: self.w.case_activated.emit(c))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def about(self) -> None:
        settings = self.w.settings
        settings_file = settings.qsettings.fileName() if settings is not None else ""
        AboutDialog(self.w.db_path, settings_file, self.w).exec()
