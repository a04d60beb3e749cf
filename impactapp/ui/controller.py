"""Ties the windows together: opening cases, new cases, revisions, settings, the guide."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..casefile import CaseFileInvalid
from ..catalog.municipalities import region_data
from ..domain.model import Catalog
from ..examples import load_examples, missing_examples
from ..indicators.latest import latest_value_lookup
from ..store import NotFound, Store, StoreError
from ..store.place import database_place
from . import case_ops
from .autosave import BackgroundSaver
from .database_actions import DatabaseActions
from .draft import CaseDraft
from .guide import GuideWindow
from .labels import error_sentence
from .main_window import MainWindow
from .place_actions import PlaceActions
from .profile_dialog import ProfileDialog
from .settings import UiSettings
from .wizard.memo_actions import MemoActions
from .wizard.status_actions import StatusActions
from .wizard.window import CaseWindow

if TYPE_CHECKING:
    from .comparison import ComparisonViews
    from .indicators import IndicatorView


class AppController(QObject):
    """One per running program: owns the main window and the open case windows."""

    def __init__(self, store: Store, catalog: Catalog, db_path: Path, lang: str,
                 settings: UiSettings):
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.db_path = db_path
        self.lang = lang
        self.settings = settings
        self.case_windows: dict[int, CaseWindow] = {}
        self.revision_windows: list[CaseWindow] = []
        self.guide: GuideWindow | None = None
        self.main = MainWindow(store, catalog, db_path, lang, settings)
        self.main.case_activated.connect(self.open_case)
        self.main.new_case_requested.connect(self.new_case)
        self.main.case_deleted.connect(self._close_window_of)
        self.main.guide_requested.connect(self.show_guide)
        self.main.settings_requested.connect(self.edit_settings)
        self.main.language_requested.connect(self.set_language)
        self.database = DatabaseActions(self)
        self.main.menus.backup_requested.connect(self.database.backup_now)
        self.main.menus.restore_requested.connect(self.database.restore_from_backup)
        # The views beside the case list are built when first shown (they need pandas).
        self._views: ComparisonViews | None = None
        self._indicator_view: IndicatorView | None = None
        self.main.add_view(self.tr("Compare"), lambda: self.comparison_views().comparison)
        self.main.add_view(self.tr("Portfolio"), lambda: self.comparison_views().portfolio)
        self.main.add_view(self.tr("Indicators"), self.indicator_view)
        self.main.cases_changed.connect(self._cases_changed)
        self.places = PlaceActions(self.main, store, database_place(store, region_data()),
                                   catalog.indicators, lang)
        self.places.data_stored.connect(self._package_or_fetch_stored)
        self.main.menus.package_import_requested.connect(self.places.ask_and_import_package)
        self.main.menus.municipality_requested.connect(self.places.choose_municipality)
        # The wizard's indicator step shows each linked indicator's latest stored figure.
        self.latest_value = latest_value_lookup(store.latest_observation, catalog, lang)

    # --- the views beside the case list -----------------------------------------------------

    def comparison_views(self) -> ComparisonViews:
        if self._views is None:
            from .comparison import ComparisonViews  # imported when first needed (pandas)

            self._views = ComparisonViews(self.store.path, self.catalog, self.lang, self)
            self._views.case_activated.connect(self.open_case)
        return self._views

    def indicator_view(self) -> IndicatorView:
        if self._indicator_view is None:
            from .indicators import IndicatorView  # imported when first needed

            self._indicator_view = IndicatorView(self.store, self.catalog, self.lang,
                                                 settings=self.settings.qsettings)
            self._indicator_view.data_stored.connect(self._indicator_data_stored)
        return self._indicator_view

    def _package_or_fetch_stored(self) -> None:
        if self._indicator_view is not None:
            self._indicator_view.refresh()
        self._indicator_data_stored()

    def _indicator_data_stored(self) -> None:
        for window in self.case_windows.values():
            window.stored_data_changed()

    def _cases_changed(self) -> None:
        if self._views is not None:
            self._views.invalidate()

    # --- cases ----------------------------------------------------------------------------

    def open_case(self, case_id: int) -> CaseWindow | None:
        """Open the case in its window (or raise the window it already has)."""
        window = self.case_windows.get(case_id)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return window
        try:
            case = self.store.get_case(case_id)
        except (NotFound, StoreError) as exc:
            QMessageBox.warning(self.main, "ImpactApp", error_sentence(exc, self.lang))
            self.main.refresh()
            return None
        saver = BackgroundSaver(self.store.path, self.store.who, case.id, case.version)
        window = self._window_for(CaseDraft(case, self.store, self.catalog, saver=saver))
        actions = StatusActions(window, self._approver())
        actions.status_changed.connect(lambda _id: self.main.refresh())
        actions.revision_requested.connect(self.show_revision)
        window.status_actions = actions
        window.closed.connect(self._closed)
        self.case_windows[case_id] = window
        self.settings.add_recent(str(self.db_path), case_id)
        if (geometry := self.settings.geometry("case")) is not None:
            window.restoreGeometry(geometry)
        window.show()
        return window

    def _window_for(self, draft: CaseDraft) -> CaseWindow:
        window = CaseWindow(draft, self.catalog.form, self.lang, latest_value=self.latest_value)
        window.guide_requested.connect(self.show_guide)
        window.memo_actions = MemoActions(window)
        return window

    def new_case(self) -> CaseWindow | None:
        case = case_ops.new_case(self.store.profile(), self.lang)
        try:
            added = self.store.add_case(case)
        except StoreError as exc:
            QMessageBox.warning(self.main, "ImpactApp", error_sentence(exc, self.lang))
            return None
        self.main.refresh()
        self.main.select_case(added.id)
        return self.open_case(added.id)

    def show_revision(self, case_id: int, revision: int) -> CaseWindow | None:
        """An earlier, frozen revision in a read-only window."""
        try:
            case = self.store.get_revision(case_id, revision)
        except StoreError as exc:
            QMessageBox.warning(self.main, "ImpactApp", error_sentence(exc, self.lang))
            return None
        window = self._window_for(CaseDraft(case, self.store, self.catalog))
        window.setWindowTitle(
            window.windowTitle() + " – " + self.tr("revision %1").replace("%1", str(revision)))
        self.revision_windows.append(window)
        window.show()
        return window

    def _closed(self, case_id: int) -> None:
        window = self.case_windows.pop(case_id, None)
        if window is not None:
            self.settings.set_geometry("case", window.saveGeometry())
            window.deleteLater()
        self.main.refresh()

    def _close_window_of(self, case_id: int) -> None:
        window = self.case_windows.get(case_id)
        if window is not None:
            window.close()

    def _approver(self) -> str:
        return self.store.profile().name or self.store.who

    def offer_examples(self) -> int:
        """On an empty database, offer the shipped example cases; returns how many loaded."""
        if self.store.count_cases(include_deleted=True) > 0:
            return 0
        try:
            examples = missing_examples(load_examples(self.catalog, self.places.place), [])
        except (CaseFileInvalid, OSError):
            return 0  # a packaging fault; the program works without examples
        if not examples:
            return 0
        answer = QMessageBox.question(
            self.main, "ImpactApp",
            self.tr("The database is empty. Load %n example case(s) to look around and "
                    "learn the method? You can delete them later.", "", len(examples)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            added = sum(1 for _ in self.store.add_cases(examples))
        except StoreError as exc:
            QMessageBox.warning(self.main, "ImpactApp", error_sentence(exc, self.lang))
            return 0
        self.main.refresh()
        return added

    # --- settings, language, guide --------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = ProfileDialog(self.store.profile(), self.main)
        if dialog.exec():
            try:
                self.store.save_profile(dialog.profile())
            except StoreError as exc:
                QMessageBox.warning(self.main, "ImpactApp", error_sentence(exc, self.lang))

    def set_language(self, lang: str) -> None:
        """Remember the UI language; it takes effect at the next start."""
        if lang == self.settings.language:
            return
        self.settings.language = lang
        QMessageBox.information(
            self.main, "ImpactApp",
            "Språket endres neste gang ImpactApp starter."
            if lang == "nb" else "The language changes the next time ImpactApp starts.",
        )

    def show_guide(self, chapter: str = "index") -> GuideWindow:
        if self.guide is None:
            self.guide = GuideWindow(self.lang)
        self.guide.show_chapter(chapter or "index")
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def close_all(self) -> None:
        """Close every case window (each saves what is pending) before the program ends."""
        for window in list(self.case_windows.values()):
            window.close()
        for window in self.revision_windows:
            window.close()
