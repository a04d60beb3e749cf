"""The indicator view: the common set with the age of its data, one indicator in detail, and
Fetch / Import running in a worker with progress. Works offline with whatever is stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...catalog.municipalities import region_data
from ...domain.clock import local_today
from ...domain.model import Catalog, Indicator
from ...domain.observation import Observation
from ...indicators import IndicatorDataError, SsbError
from ...indicators.comparison import DEFAULT_COMPARISON, NATIONAL, region_name
from ...indicators.fetching import is_fetched
from ...indicators.ratelimit import RateLimiter
from ...store import CaseStore, Opener, StoreError, reopener
from ...store.place import choose_place, database_place
from ..labels import error_sentence
from ..steering.target_dialog import TargetPanel
from ..worker import Task, run_task
from . import tasks
from .detail import IndicatorDetail
from .overview import DataState, IndicatorOverview, data_state
from .prefs import IndicatorPrefs
from .region_picker import RegionPickerDialog


class IndicatorView(QWidget):
    """Everything the store holds for the indicator set, and the actions that add to it."""

    #: Figures were fetched or imported into the store (open case windows show them again).
    data_stored = Signal()

    def __init__(self, store: CaseStore, catalog: Catalog, lang: str = "nb",
                 parent: QWidget | None = None, *, settings: QSettings | None = None,
                 today: Callable[[], date] | None = None, base_url: str | None = None,
                 limiter: RateLimiter | None = None, opener: Opener | None = None):
        super().__init__(parent)
        self.store = store
        self.opener: Opener = opener or reopener(store)  # the workers' own connections
        self.catalog = catalog
        self.lang = lang
        self.prefs = IndicatorPrefs(settings)
        self.today = today or (lambda: local_today(store.time_source))
        self.base_url = base_url
        self.limiter = limiter
        self.data: dict[str, list[Observation]] = {}
        self.place = database_place(store, region_data())
        self.states: dict[str, DataState | None] = {}
        self.task: Task | None = None
        self._task_names: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.fetch_button = QPushButton(self.tr("Fetch from SSB"), self)
        self.fetch_button.setToolTip(self.tr("Fetch the chosen indicator's figures from "
                                             "Statistics Norway"))
        self.fetch_button.clicked.connect(self.fetch_current)
        self.fetch_all_button = QPushButton(self.tr("Fetch all from SSB"), self)
        self.fetch_all_button.clicked.connect(self.fetch_all)
        self.import_button = QPushButton(self.tr("Import file …"), self)
        self.import_button.setToolTip(self.tr("Import a saved JSON-stat (.json) or CSV file "
                                              "for the chosen indicator"))
        self.import_button.clicked.connect(self.ask_and_import)
        for button in (self.fetch_button, self.fetch_all_button, self.import_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addStretch(1)
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            bar.addWidget(widget)
            widget.hide()
        layout.addLayout(bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.overview = IndicatorOverview(self.splitter)
        self.detail = IndicatorDetail(catalog, lang, self.splitter)
        self.splitter.addWidget(self.overview)
        self.splitter.addWidget(self.detail)
        # The target in force and the gap to it, under the indicator's description.
        self.target_panel = TargetPanel(store, catalog, lang, self.detail)
        self.detail.layout().insertWidget(4, self.target_panel)
        self.target_panel.changed.connect(lambda: self._show(self.overview.current_indicator()))
        self.splitter.setStretchFactor(1, 1)
        h = self.fontMetrics().height()
        self.splitter.setSizes([h * 22, h * 50])
        layout.addWidget(self.splitter, 1)
        self.overview.indicator_chosen.connect(self._show)
        self.detail.districts_requested.connect(self.choose_districts)
        self.detail.comparison_requested.connect(self.choose_comparison)
        self.refresh()

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read what the store holds for every indicator and show it."""
        try:
            self.data = {i: self.store.observations(i) for i in self.catalog.indicators}
        except StoreError as exc:
            self.say(self.tr("The indicator data could not be read: %1")
                     .replace("%1", error_sentence(exc, self.lang)))
            self.data = {}
        self.states = {i: data_state(obs) for i, obs in self.data.items()}
        self.overview.fill(self.catalog, self.states, self.today(), self.lang)
        self._show(self.overview.current_indicator())

    def current_indicator(self) -> Indicator | None:
        indicator_id = self.overview.current_indicator()
        return self.catalog.indicators.get(indicator_id) if indicator_id else None

    def _show(self, indicator_id: str | None) -> None:
        indicator = self.catalog.indicators.get(indicator_id) if indicator_id else None
        if indicator is None:
            return
        self.detail.show_indicator(indicator, self.data.get(indicator.id, []),
                                   districts=self.prefs.districts(),
                                   comparison=self.comparison(),
                                   names=self.prefs.region_names())
        self.target_panel.show_for(indicator, self.data.get(indicator.id, []),
                                   self.detail.home_code())
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        indicator = self.current_indicator()
        fetchable = indicator is not None and is_fetched(indicator)
        self.fetch_button.setEnabled(idle and fetchable)
        self.fetch_button.setToolTip(
            self.tr("Fetch the chosen indicator's figures from Statistics Norway") if fetchable
            else self.tr("This indicator is not published by Statistics Norway: import a saved "
                         "file instead"))
        self.fetch_all_button.setEnabled(idle)
        self.import_button.setEnabled(idle and indicator is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.task is None:
            self.refresh()  # the command line may have added figures meanwhile

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- choosing regions ---------------------------------------------------------------

    def default_comparison(self) -> list[str]:
        """The suggested comparison: the municipality's group and the country; the ten largest
        and the country while the database has no municipality."""
        if self.place is None:
            return list(DEFAULT_COMPARISON)
        return [*region_data().default_comparison(self.place.code), NATIONAL]

    def comparison(self) -> list[str]:
        """The regions compared with: the database's comparison municipalities (a property of
        the database, also set with impactapp-cli municipality compare) and the country."""
        if self.place is None:
            return self.prefs.comparison()
        return [*self.place.comparison, NATIONAL]

    def set_comparison(self, codes: list[str]) -> None:
        """Keep the chosen comparison: its municipalities in the database, when it has one."""
        if self.place is None:
            self.prefs.set_comparison(codes)
            return
        data = region_data()
        kommuner = [c for c in codes if data.municipality(c) is not None]
        try:
            self.place = choose_place(self.store, data, self.place.code, kommuner)
        except StoreError as exc:
            self.say(error_sentence(exc, self.lang))

    def choose_districts(self) -> bool:
        indicator = self.current_indicator()
        if indicator is None:
            return False
        options = [(d.code, d.name) for d in self.catalog.districts_of(self.detail.home_code())]
        dialog = RegionPickerDialog(
            self.tr("Choose districts"),
            self.tr("The districts to show beside the municipality, in the table and the chart."),
            options, self.prefs.districts(), self)
        if not dialog.exec():
            return False
        self.prefs.set_districts(dialog.chosen())
        self._show(indicator.id)
        return True

    def comparison_options(self) -> list[tuple[str, str]]:
        """The default set and the user's additions, with names; not the own municipality,
        which the comparison always shows first."""
        names = self.prefs.region_names()
        known = {code: region.name for code, region in self.catalog.regions.items()}
        home = self.detail.home_code()
        codes = [*self.default_comparison(), *self.comparison(), *names]
        return [(code, region_name(code, self.lang, {**names, **known}))
                for code in dict.fromkeys(codes) if code != home]

    def choose_comparison(self) -> bool:
        indicator = self.current_indicator()
        if indicator is None:
            return False
        dialog = RegionPickerDialog(
            self.tr("Choose municipalities to compare with"),
            self.tr("The municipalities (and the national figure) to compare %1 with. “Fetch "
                    "from SSB” asks the indicator's table for them too.").replace(
                "%1", self.detail.home_name()),
            self.comparison_options(), self.comparison(), self,
            defaults=self.default_comparison(), can_add=True)
        if not dialog.exec():
            return False
        for code, name in dialog.added.items():
            self.prefs.set_region_name(code, name)
        self.set_comparison(dialog.chosen())
        self._show(indicator.id)
        return True

    # --- fetch and import ---------------------------------------------------------------

    def fetch_current(self) -> bool:
        indicator = self.current_indicator()
        return indicator is not None and is_fetched(indicator) and self.fetch([indicator])

    def fetch_all(self) -> bool:
        return self.fetch([i for i in self.catalog.indicators.values() if is_fetched(i)])

    def fetch(self, indicators: list[Indicator]) -> bool:
        """Fetch ``indicators`` from SSB in a worker; the view shows progress meanwhile."""
        if self.task is not None or not indicators:
            return False
        base_url = self.base_url or tasks.configured_base_url()
        regions = self.comparison()
        opener, limiter, place = self.opener, self.limiter, self.place
        self._task_names = [i.name.get(self.lang) for i in indicators]
        return self._start(
            lambda state: tasks.fetch_indicators(opener, indicators, regions, state,
                                                 base_url=base_url, limiter=limiter,
                                                 place=place),
            self._fetched)

    def ask_and_import(self) -> bool:
        indicator = self.current_indicator()
        if indicator is None:
            return False
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import figures for %1").replace("%1", indicator.name.get(self.lang)),
            str(Path.home()),
            self.tr("Indicator data (*.json *.csv);;JSON-stat (*.json);;CSV (*.csv)"))
        return bool(path) and self.import_file(indicator, Path(path))

    def import_file(self, indicator: Indicator, path: Path) -> bool:
        if self.task is not None:
            return False
        regions = self.comparison()
        opener, clock = self.opener, self.store.time_source
        self._task_names = [path.name]
        return self._start(
            lambda state: tasks.import_indicator_file(opener, indicator, path, regions, state,
                                                      clock),
            lambda count: self._imported(indicator, path, count),
            lambda exc: self._import_failed(path, exc))

    def _start(self, work: Callable, done: Callable, failed: Callable | None = None) -> bool:
        self.say("")
        self.progress_bar.setValue(0)
        self._progress(0.0)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()
        self.task = run_task(work, lambda result: self._finish(done, result),
                             lambda exc: self._finish(failed or self._failed, exc),
                             self._progress)
        self._update_buttons()
        return True

    def _progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 100))
        names = self._task_names
        if len(names) > 1:
            i = min(int(fraction * len(names)), len(names) - 1)
            self.progress_label.setText(self.tr("Fetching %1 of %2: %3 …").replace(
                "%1", str(i + 1)).replace("%2", str(len(names))).replace("%3", names[i]))
        elif names:
            self.progress_label.setText(self.tr("Working on %1 …").replace("%1", names[0]))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.state.cancel()
            self.progress_label.setText(self.tr("Stopping after the current indicator …"))

    def _finish(self, then: Callable, result: object) -> None:
        self.task = None
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self.refresh()
        then(result)
        self._update_buttons()

    def _fetched(self, outcome: tasks.FetchOutcome) -> None:
        lines = [self.tr("%n indicator(s) fetched from SSB.", "", len(outcome.stored))]
        for indicator_id, exc in outcome.failures:
            indicator = self.catalog.indicators.get(indicator_id)
            name = indicator.name.get(self.lang) if indicator else indicator_id
            lines.append(f"{name}: {self.error_text(exc)}")
        for indicator_id, codes in outcome.left_out.items():
            indicator = self.catalog.indicators.get(indicator_id)
            name = indicator.name.get(self.lang) if indicator else indicator_id
            lines.append(self.tr("%1: not in the publisher's table, left out: %2")
                         .replace("%1", name).replace("%2", ", ".join(codes)))
        if outcome.stopped:
            lines.append(self.tr("Stopped: the remaining indicators were not fetched."))
        if outcome.cancelled:
            lines.append(self.tr("Cancelled: the remaining indicators were not fetched."))
        self.say("\n".join(lines))
        if outcome.stored:
            self.data_stored.emit()

    def _imported(self, indicator: Indicator, path: Path, count: int) -> None:
        self.overview.select_indicator(indicator.id)
        self.say(self.tr("%n figure(s) stored for %1 from %2.", "", count)
                 .replace("%1", indicator.name.get(self.lang)).replace("%2", path.name))
        self.data_stored.emit()

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        self.say(self.tr("Nothing was imported from %1: %2").replace("%1", path.name)
                 .replace("%2", self.error_text(exc)))

    def _failed(self, exc: BaseException) -> None:
        self.say(self.tr("Nothing was fetched: %1").replace("%1", self.error_text(exc)))

    def error_text(self, exc: BaseException) -> str:
        """One plain sentence: SSB's errors in the UI language, file problems as they read."""
        if isinstance(exc, SsbError | IndicatorDataError | StoreError | OSError):
            return error_sentence(exc, self.lang)
        return self.tr("an unexpected error (%1)").replace("%1", type(exc).__name__)
