"""The database's municipality in the GUI: the chooser at first start, File → Import indicator
package, File → Municipality, and the first start's offer to fetch the figures in the
background (with progress in the status bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QWidget

from ..catalog.municipalities import RegionData, region_data
from ..domain.model import Indicator
from ..domain.place import Place
from ..indicators.comparison import NATIONAL
from ..indicators.fetching import is_fetched
from ..indicators.package import PackageError, PackageImported, import_package
from ..store import CaseStore, Opener, StoreError, reopener
from ..store.place import choose_place, database_place
from .indicators import tasks
from .labels import error_sentence
from .municipality_dialog import MunicipalityDialog
from .worker import Task, TaskState, run_task

if TYPE_CHECKING:
    from .main_window import MainWindow

#: What the background fetch runs: fn(indicators, regions, state) -> FetchOutcome.
Fetcher = Callable[[list[Indicator], list[str], TaskState], "tasks.FetchOutcome"]


def ask_for_place(store: CaseStore, regions: RegionData | None = None,
                  parent: QWidget | None = None) -> Place | None:
    """The database's Place; at first start (none chosen yet) the chooser asks for it first.
    None when the user cancels the chooser."""
    regions = regions or region_data()
    place = database_place(store, regions)
    if place is not None:
        return place
    dialog = MunicipalityDialog(regions, None, parent, first_start=True)
    if not dialog.exec() or dialog.chosen() is None:
        return None
    return choose_place(store, regions, dialog.chosen() or "")


def _import_package_task(opener: Opener, path: Path, place: Place,
                         indicators: dict[str, Indicator], state: TaskState) -> PackageImported:
    state.progress(0.1)
    with opener() as store:
        imported = import_package(path, place, indicators, store)
    state.progress(1.0)
    return imported


class PlaceActions(QObject):
    """Owned by the controller; reports stored figures through ``data_stored``."""

    data_stored = Signal()

    def __init__(self, window: MainWindow, store: CaseStore, place: Place | None,
                 indicators: dict[str, Indicator], lang: str, *,
                 fetcher: Fetcher | None = None, opener: Opener | None = None):
        super().__init__(window)
        self.window = window
        self.store = store
        self.opener: Opener = opener or reopener(store)  # the workers' own connections
        self.place = place
        self.indicators = indicators
        self.lang = lang
        self.fetcher = fetcher
        self.task: Task | None = None
        self.progress_label = QLabel(window)
        self.progress_bar = QProgressBar(window)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(window.fontMetrics().averageCharWidth() * 30)
        self.progress_bar.setAccessibleName(self.tr("Fetch progress"))
        for widget in (self.progress_label, self.progress_bar):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()

    def _say(self, text: str, ms: int = 10000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # --- the municipality -----------------------------------------------------------------

    def choose_municipality(self) -> bool:
        """File → Municipality: change it; the program applies it when started again."""
        dialog = MunicipalityDialog(region_data(), self.place.code if self.place else None,
                                    self.window)
        code = dialog.chosen() if dialog.exec() else None
        if code is None or (self.place is not None and code == self.place.code):
            return False
        try:
            place = choose_place(self.store, region_data(), code)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Municipality"),
                                error_sentence(exc, self.lang))
            return False
        QMessageBox.information(
            self.window, self.tr("Municipality"),
            self.tr("This database is now for %1. Restart ImpactApp to see its districts and "
                    "figures.").replace("%1", place.name))
        return True

    # --- File → Import indicator package ---------------------------------------------------

    def ask_and_import_package(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import indicator package"), str(Path.home()),
            self.tr("Indicator package (*.zip)"))
        return bool(path) and self.import_package(Path(path))

    def import_package(self, path: Path) -> bool:
        """Import the package in a worker; the outcome is shown when it is done."""
        if self.task is not None:
            return False
        if self.place is None:
            self._refuse(self.tr("Choose the database's municipality first."))
            return False
        opener, place, indicators = self.opener, self.place, self.indicators
        self.task = run_task(
            lambda state: _import_package_task(opener, path, place, indicators, state),
            self._package_imported, self._package_failed)
        return True

    def _package_imported(self, imported: PackageImported) -> None:
        self.task = None
        made = imported.package.created.astimezone().strftime("%d.%m.%Y %H:%M")
        self._say(self.tr("Imported figures for %n indicator(s) from the package made %1.", "",
                          len(imported.counts)).replace("%1", made))
        self.data_stored.emit()

    def _package_failed(self, exc: Exception) -> None:
        self.task = None
        if isinstance(exc, PackageError):
            text = self.tr("The package was not imported: %1").replace("%1", str(exc))
        elif isinstance(exc, StoreError):
            text = error_sentence(exc, self.lang)
        else:
            raise exc
        self._refuse(text)

    def _refuse(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import indicator package"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.open()  # not modal to the test's thread; a person reads and closes it
        self.last_message = box

    # --- the first start's fetch -----------------------------------------------------------

    def offer_first_fetch(self, ask: Callable[[str], bool] | None = None) -> bool:
        """Ask whether to fetch the figures for the new municipality now; if so, fetch every
        indicator SSB publishes in the background, progress in the status bar."""
        if self.place is None or self.task is not None:
            return False
        question = self.tr("Fetch the indicator figures for %1 from Statistics Norway now? "
                           "This runs in the background; without a network, import an indicator "
                           "package later (File menu).").replace("%1", self.place.name)
        asked = ask or (lambda text: QMessageBox.question(
            self.window, self.tr("Fetch figures"), text) == QMessageBox.StandardButton.Yes)
        if not asked(question):
            return False
        return self.fetch_all()

    def fetch_all(self) -> bool:
        indicators = [i for i in self.indicators.values() if is_fetched(i)]
        if self.place is None or self.task is not None or not indicators:
            return False
        regions = [*self.place.comparison, NATIONAL]
        fetcher = self.fetcher or self._default_fetcher()
        self.progress_label.setText(self.tr("Fetching figures for %1 …")
                                    .replace("%1", self.place.name))
        self.progress_bar.setValue(0)
        for widget in (self.progress_label, self.progress_bar):
            widget.show()
        self.task = run_task(lambda state: fetcher(indicators, regions, state),
                             self._fetched, self._fetch_failed, self._progress)
        return True

    def _default_fetcher(self) -> Fetcher:
        opener, base_url, place = self.opener, tasks.configured_base_url(), self.place
        return lambda indicators, regions, state: tasks.fetch_indicators(
            opener, indicators, regions, state, base_url=base_url, place=place)

    def _progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 100))

    def _end_fetch(self) -> None:
        self.task = None
        for widget in (self.progress_label, self.progress_bar):
            widget.hide()

    def _fetched(self, outcome: tasks.FetchOutcome) -> None:
        self._end_fetch()
        text = self.tr("Fetched figures for %n indicator(s).", "", len(outcome.stored))
        if outcome.failures:
            first = outcome.failures[0][1]
            reason = error_sentence(first, self.lang) if isinstance(first, StoreError) else str(
                first)
            text += " " + self.tr("%n could not be fetched: %1", "",
                                  len(outcome.failures)).replace("%1", reason)
        self._say(text, 20000)
        if outcome.stored:
            self.data_stored.emit()

    def _fetch_failed(self, exc: Exception) -> None:
        self._end_fetch()
        self._say(self.tr("The figures could not be fetched: %1").replace("%1", str(exc)), 20000)
