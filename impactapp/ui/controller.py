"""Ties the windows together: opening cases, new cases, revisions, settings, the guide."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..casefile import CaseFileInvalid
from ..catalog.municipalities import region_data
from ..domain.approval import Actor, check_actor
from ..domain.indicator_targets import figures_only
from ..domain.model import Catalog
from ..examples import example_origins, load_examples, missing_examples
from ..indicators.latest import latest_value_lookup
from ..store import CaseStore, NotFound, Opener, StoreError, content_hash, reopener
from ..store.place import database_place
from . import case_ops
from .autosave import BackgroundSaver, SaverFactory
from .database_actions import DatabaseActions
from .draft import CaseDraft
from .error_box import show_error
from .followup.actions import FollowUpActions
from .guide import GuideWindow
from .main_window import MainWindow
from .place_actions import PlaceActions
from .profile_dialog import ProfileDialog
from .prompts import Prompts, QtPrompts
from .settings import UiSettings
from .shared_actions import SharedDatabaseActions
from .wizard.memo_actions import MemoActions
from .wizard.status_actions import StatusActions
from .wizard.window import CaseWindow
from .wizard.window_actions import WindowActions

if TYPE_CHECKING:
    from .comparison import ComparisonViews
    from .indicators import IndicatorView


class AppController(QObject):
    """One per running program: owns the main window and the open case windows."""

    #: Makes a case window's saver from (opener, case id, version); tests save synchronously.
    make_saver: SaverFactory = BackgroundSaver

    def __init__(self, store: CaseStore, catalog: Catalog, db_path: Path | str, lang: str,
                 settings: UiSettings, prompts: Prompts | None = None, *,
                 opener: Opener | None = None):
        super().__init__()
        # Every question and notice goes through this one object (tests script it).
        self.prompts: Prompts = prompts or QtPrompts()
        self.store = store
        # Views and workers open their own connections with it (the composition root's).
        self.opener: Opener = opener or reopener(store)
        self.catalog = catalog
        self.db_path = db_path
        self.lang = lang
        self.settings = settings
        self.case_windows: dict[int, CaseWindow] = {}
        self.revision_windows: list[CaseWindow] = []
        # New cases as they were created (content hash): one closed unchanged is not kept.
        self.fresh_cases: dict[int, str] = {}
        self.guide: GuideWindow | None = None
        self.profile_dialog: ProfileDialog | None = None
        self.main = MainWindow(store, catalog, db_path, lang, settings, prompts=self.prompts)
        self.main.case_activated.connect(self.open_case)
        self.main.new_case_requested.connect(self.new_case)
        self.main.case_deleted.connect(self._close_window_of)
        self.main.guide_requested.connect(self.show_guide)
        self.main.settings_requested.connect(self.edit_settings)
        self.main.language_requested.connect(self.set_language)
        self.database = DatabaseActions(self)
        self.main.menus.backup_requested.connect(self.database.backup_now)
        self.main.menus.restore_requested.connect(self.database.restore_from_backup)
        self.main.menus.examples_requested.connect(self.load_examples)
        # The views beside the case list are built when first shown (they need pandas).
        self._views: ComparisonViews | None = None
        self._indicator_view: IndicatorView | None = None
        self.main.add_view(self.tr("Compare"), lambda: self.comparison_views().comparison)
        self.main.add_view(self.tr("Portfolio"), lambda: self.comparison_views().portfolio)
        self.main.add_view(self.tr("Indicators"), self.indicator_view)
        self.main.add_view(self.tr("Challenges"), self._challenges_view)
        self.main.add_view(self.tr("Plans"), self._plans_view)
        self._followup_views: dict[str, QWidget] = {}
        self.main.add_view(self.tr("Follow-up"), lambda: self.followup_view("followup"))
        self.main.add_view(self.tr("Budget"), lambda: self.followup_view("budget"))
        self.main.cases_changed.connect(self._cases_changed)
        self.places = PlaceActions(self.main, store, database_place(store, region_data()),
                                   catalog.indicators, lang, prompts=self.prompts,
                                   opener=self.opener)
        self.places.data_stored.connect(self._package_or_fetch_stored)
        self.main.menus.package_import_requested.connect(self.places.ask_and_import_package)
        self.main.menus.municipality_requested.connect(self.places.choose_municipality)
        # The wizard's indicator step shows each linked indicator's latest stored figure.
        self.latest_value = latest_value_lookup(store.latest_observation, catalog, lang)
        # Connecting to a shared database, and what others commit there shown at once.
        self.shared = SharedDatabaseActions(self)

    # --- the views beside the case list -----------------------------------------------------

    def comparison_views(self) -> ComparisonViews:
        if self._views is None:
            from .comparison import ComparisonViews  # imported when first needed (pandas)

            self._views = ComparisonViews(self.opener, self.catalog, self.lang, self,
                                          clock=self.store.time_source, prompts=self.prompts)
            self._views.case_activated.connect(self.open_case)
        return self._views

    def indicator_view(self) -> IndicatorView:
        if self._indicator_view is None:
            from .indicators import IndicatorView  # imported when first needed

            self._indicator_view = IndicatorView(self.store, self.catalog, self.lang,
                                                 settings=self.settings.qsettings,
                                                 prompts=self.prompts, opener=self.opener)
            self._indicator_view.data_stored.connect(self._indicator_data_stored)
        return self._indicator_view

    def _package_or_fetch_stored(self) -> None:
        if self._indicator_view is not None:
            self._indicator_view.refresh()
        self._indicator_data_stored()

    def indicator_series(self, indicator_id: str, region: str) -> list[tuple[str, float]]:
        """The region's stored figures of the indicator, in period order."""
        try:
            stored = self.store.observations(indicator_id, [region])
        except StoreError:
            return []
        return figures_only((o.period, o.value) for o in stored)

    def _challenges_view(self) -> QWidget:
        from .steering.challenges_view import ChallengesView  # imported when first needed

        view = ChallengesView(self.store, self.catalog, self.lang,
                              settings=self.settings.qsettings)
        view.case_activated.connect(self.open_case)
        return view

    def _plans_view(self) -> QWidget:
        from .steering.plans_view import PlansView  # imported when first needed

        return PlansView(self.store, self.catalog, self.lang, prompts=self.prompts)

    def followup_view(self, which: str) -> QWidget:
        """The Til oppfølging view or the Budsjett view, built when first shown."""
        if which not in self._followup_views:
            from .followup.attention_view import FollowUpView
            from .followup.budget_view import BudgetView

            view = (FollowUpView(self.store, self.lang) if which == "followup"
                    else BudgetView(self.store, self.lang, prompts=self.prompts))
            view.case_activated.connect(self.open_case)
            self._followup_views[which] = view
        return self._followup_views[which]

    def _indicator_data_stored(self) -> None:
        for window in self.case_windows.values():
            window.stored_data_changed()

    def _cases_changed(self) -> None:
        if self._views is not None:
            self._views.invalidate()
        for view in self._followup_views.values():
            if view.isVisible():
                view.refresh()

    def _followup_reported(self, _case_id: int) -> None:
        for view in self._followup_views.values():
            view.refresh()

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
            may_edit = self.store.may_edit(case_id)
        except (NotFound, StoreError) as exc:
            show_error(self.prompts, self.main, "ImpactApp", exc, self.lang)
            self.main.refresh()
            return None
        saver = self.make_saver(self.opener, case.id, case.version)
        draft = CaseDraft(case, self.store, self.catalog, saver=saver, actor=self.profile_actor(),
                          last_editor=self.store.last_editor(case.id), may_edit=may_edit)
        window = self._window_for(draft, WindowActions(
            memo=MemoActions, status=self._status_actions, followup=self._followup_actions))
        window.closed.connect(self._closed)
        self.case_windows[case_id] = window
        self.settings.add_recent(str(self.db_path), case_id)
        if (geometry := self.settings.geometry("case")) is not None:
            window.restoreGeometry(geometry)
        window.show()
        return window

    def _status_actions(self, window: CaseWindow) -> StatusActions:
        actions = StatusActions(window, self.acting_person)
        actions.status_changed.connect(lambda _id: self.main.refresh())
        actions.revision_requested.connect(self.show_revision)
        return actions

    def _followup_actions(self, window: CaseWindow) -> FollowUpActions:
        actions = FollowUpActions(window)
        actions.reported.connect(self._followup_reported)
        return actions

    def _window_for(self, draft: CaseDraft, actions: WindowActions) -> CaseWindow:
        window = CaseWindow(draft, self.catalog.form, self.lang, latest_value=self.latest_value,
                            settings=self.settings.qsettings,
                            indicator_series=self.indicator_series, prompts=self.prompts,
                            actions=actions)
        window.guide_requested.connect(self.show_guide)
        return window

    def new_case(self) -> CaseWindow | None:
        case = case_ops.new_case(self.store.profile(), self.lang)
        try:
            added = self.store.add_case(case)
        except StoreError as exc:
            show_error(self.prompts, self.main, "ImpactApp", exc, self.lang)
            return None
        self.fresh_cases[added.id] = content_hash(added)
        self.main.refresh()
        self.main.select_case(added.id)
        return self.open_case(added.id)

    def show_revision(self, case_id: int, revision: int) -> CaseWindow | None:
        """An earlier, frozen revision in a read-only window."""
        try:
            case = self.store.get_revision(case_id, revision)
        except StoreError as exc:
            show_error(self.prompts, self.main, "ImpactApp", exc, self.lang)
            return None
        window = self._window_for(CaseDraft(case, self.store, self.catalog),
                                  WindowActions(memo=MemoActions))
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
        self._forget_if_untouched(case_id)
        self.main.refresh()

    def _forget_if_untouched(self, case_id: int) -> None:
        """A new case closed without a title or any content of its own is erased: Ctrl+N and
        closing again leaves nothing behind."""
        fresh = self.fresh_cases.pop(case_id, None)
        if fresh is None:
            return
        try:
            case = self.store.get_case(case_id)
            if content_hash(case) != fresh or case.status != "draft":
                return
            self.store.delete_case(case_id)
            self.store.purge_case(case_id)
        except StoreError:
            return  # it stays in the list (or the bin), where the user can remove it

    def _close_window_of(self, case_id: int) -> None:
        window = self.case_windows.get(case_id)
        if window is not None:
            window.close()

    # --- who is acting --------------------------------------------------------------------

    def profile_actor(self) -> Actor:
        """The person at this desk as their profile names them (the name may be empty)."""
        return Actor(self.store.profile().name.strip(), self.store.who)

    def acting_person(self) -> Actor | None:
        """The named person a status change is recorded for; asks for the profile when it
        lacks a name (never the OS account instead). None when the person declines."""
        actor = self.profile_actor()
        if not check_actor(actor):
            return actor
        self.prompts.inform(
            self.main, "ImpactApp",
            self.tr("Every status change records who made it, and your profile has no name "
                    "yet. Enter your name and unit first."))
        if not self.edit_settings():
            return None
        actor = self.profile_actor()
        return None if check_actor(actor) else actor

    def ask_profile_if_missing(self) -> bool:
        """At the first start (no name in the profile): ask for the user's name and unit."""
        if not check_actor(self.profile_actor()):
            return True
        return self.edit_settings(first_start=True)

    def load_examples(self) -> int:
        """File -> Load example cases: the shipped examples not already in the database."""
        try:
            examples = missing_examples(load_examples(self.catalog, self.places.place),
                                        self.store.list_cases())
            origins = example_origins(self.catalog)
        except (CaseFileInvalid, OSError, StoreError) as exc:
            show_error(self.prompts, self.main, "ImpactApp", exc, self.lang)
            return 0
        if not examples:
            self.prompts.inform(self.main, "ImpactApp",
                                self.tr("All the example cases are already loaded."))
            return 0
        added = self._store_examples(examples, origins)
        if added:
            self.main.statusBar().showMessage(
                self.tr("%n example case(s) loaded.", "", added), 8000)
        return added

    def _store_examples(self, examples: list, origins: dict) -> int:
        """Store the examples, each marked in its history with the file it came from."""
        try:
            sources = (origins.get((c.title, c.case_number)) for c in examples)
            added = sum(1 for _ in self.store.add_cases(examples, sources))
        except StoreError as exc:
            show_error(self.prompts, self.main, "ImpactApp", exc, self.lang)
            return 0
        self.main.refresh()
        return added

    def offer_examples(self) -> int:
        """On an empty database, offer the shipped example cases; returns how many loaded."""
        if self.store.count_cases(include_deleted=True) > 0:
            return 0
        try:
            examples = missing_examples(load_examples(self.catalog, self.places.place), [])
            origins = example_origins(self.catalog)
        except (CaseFileInvalid, OSError):
            return 0  # a packaging fault; the program works without examples
        if not examples:
            return 0
        if not self.prompts.confirm(
            self.main, "ImpactApp",
            self.tr("The database is empty. Load %n example case(s) to look around and "
                    "learn the method? You can delete them later.", "", len(examples)),
        ):
            return 0
        return self._store_examples(examples, origins)

    # --- settings, language, guide --------------------------------------------------------

    def edit_settings(self, first_start: bool = False) -> bool:
        """The profile dialog; True when a profile was saved."""
        dialog = ProfileDialog(self.store.profile(), self.main, first_start=first_start)
        self.profile_dialog = dialog  # reachable while it is open (tests)
        accepted = bool(dialog.exec())
        self.profile_dialog = None
        if not accepted:
            return False
        try:
            self.store.save_profile(dialog.profile())
        except StoreError as exc:
            show_error(self.prompts, self.main, "ImpactApp", exc, self.lang)
            return False
        for window in self.case_windows.values():  # the person may now be someone else
            window.draft.actor = self.profile_actor()
            window.update_banner()
        return True

    def set_language(self, lang: str) -> None:
        """Remember the UI language; it takes effect at the next start."""
        if lang == self.settings.language:
            return
        self.settings.language = lang
        said = {"nb": "Språket endres neste gang ImpactApp starter."}
        self.prompts.inform(self.main, "ImpactApp", said.get(
            lang, "The language changes the next time ImpactApp starts."))

    def show_guide(self, chapter: str = "index") -> GuideWindow:
        if self.guide is None:
            self.guide = GuideWindow(self.lang)
        self.guide.show_chapter(chapter or "index")
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def close_all(self) -> None:
        """Close every case window (each saves what is pending) before the program ends."""
        self.shared.close()
        for window in list(self.case_windows.values()):
            window.close()
        for window in self.revision_windows:
            window.close()
