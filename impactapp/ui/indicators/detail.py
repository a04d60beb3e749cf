"""One indicator in detail: what it measures and where from, its figures over time for the
municipality and chosen bydeler, and the comparison with other municipalities."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Catalog, Indicator
from ...domain.observation import Observation
from ...indicators.fetching import is_fetched
from ...indicators.latest import publisher, source_line
from . import figures
from .bar_chart import BarChart
from .figures_model import FigureTableModel
from .line_chart import LineChart, direction_text


def _label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(parent: QWidget, model: FigureTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.6))
    return table


class IndicatorDetail(QWidget):
    """Shows the indicator handed to ``show_indicator``; asks the view to choose regions."""

    districts_requested = Signal()
    comparison_requested = Signal()

    def __init__(self, catalog: Catalog, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.indicator: Indicator | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = _label(self)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.meta_label = _label(self)
        self.source_label = _label(self)
        self.description_label = _label(self)
        for label in (self.name_label, self.meta_label, self.source_label,
                      self.description_label):
            layout.addWidget(label)

        self._splitters: list[tuple[QTableView, QSplitter]] = []
        self.stack = QStackedWidget(self)
        self.empty_label = _label(self.stack)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = QTabWidget(self.stack)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        self.home_model = FigureTableModel(self)
        self.home_table = _table(self, self.home_model, self.tr("Figures over time"))
        self.line_chart = LineChart(self)
        self.districts_button = QPushButton(self)
        self.districts_button.setAutoDefault(False)
        self.districts_button.clicked.connect(self.districts_requested)
        self.home_note = _label(self)
        self.tabs.addTab(self._tab(self.districts_button, self.home_note, self.home_table,
                                   self.line_chart), "")

        self.comparison_model = FigureTableModel(self)
        self.comparison_table = _table(self, self.comparison_model,
                                       self.tr("Figures of the municipalities compared"))
        self.bar_chart = BarChart(self)
        self.comparison_button = QPushButton(self)
        self.comparison_button.setAutoDefault(False)
        self.comparison_button.clicked.connect(self.comparison_requested)
        self.comparison_note = _label(self)
        self.tabs.addTab(self._tab(self.comparison_button, self.comparison_note,
                                   self.comparison_table, self.bar_chart),
                         self.tr("Other municipalities"))
        self.tabs.currentChanged.connect(lambda _index: self.fit_tables())

    def _tab(self, button: QPushButton, note: QLabel, table: QTableView,
             chart: QWidget) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(table)
        splitter.addWidget(chart)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._splitters.append((table, splitter))
        return page

    def fit_tables(self) -> None:
        """Give each table the width of its columns (at most about half), the chart the rest."""
        for table, splitter in self._splitters:
            if not splitter.isVisible():
                continue  # a hidden tab is fitted when it is shown
            table.resizeColumnsToContents()
            needed = (table.horizontalHeader().length() + 2 * table.frameWidth()
                      + table.verticalScrollBar().sizeHint().width())
            total = sum(splitter.sizes()) or splitter.width()
            if total > 0:
                width = min(needed, int(total * 0.55))
                splitter.setSizes([width, max(total - width, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_tables()

    def home_code(self) -> str:
        """The municipality shown first (the one the indicator's query is about)."""
        regions = self.home_model.regions
        return regions[0][0] if regions else ""

    def home_name(self) -> str:
        regions = self.home_model.regions
        return regions[0][1] if regions else ""

    # --- showing an indicator -----------------------------------------------------------

    def show_indicator(self, indicator: Indicator, observations: list[Observation], *,
                       districts: list[str], comparison: list[str],
                       names: dict[str, str]) -> None:
        self.indicator = indicator
        lang = self.lang
        self.name_label.setText(indicator.name.get(lang))
        levels = {"kommune": self.tr("municipality"), "bydel": self.tr("district")}
        meta = [self.tr("Unit: %1").replace("%1", indicator.unit.get(lang)),
                direction_text(indicator.direction),
                self.tr("Published for: %1").replace(
                    "%1", ", ".join(levels.get(level, level) for level in indicator.levels))]
        self.meta_label.setText(" · ".join(part for part in meta if part))
        self.description_label.setText(indicator.description.get(lang))
        self.source_label.setText(self._source_text(indicator, observations))
        if not any(o.value is not None for o in observations):
            self.empty_label.setText(self._empty_text(indicator, observations))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.tabs)
        self._show_home(indicator, observations, districts)
        self._show_comparison(indicator, observations, comparison, names)
        self.fit_tables()

    def _source_text(self, indicator: Indicator, observations: list[Observation]) -> str:
        """The source line, with "source not confirmed" (and why, as a tooltip) where the
        catalog could not confirm the table or its codes."""
        self.source_label.setToolTip("" if indicator.confirmed else indicator.verify)
        unconfirmed = "" if indicator.confirmed else " · " + self.tr("source not confirmed")
        fetched = [o for o in observations if o.value is not None]
        if fetched:
            newest = max(fetched, key=lambda o: (o.fetched is not None, o.fetched or 0, o.period))
            return source_line(newest, indicator.source, self.lang) + unconfirmed
        name = publisher(indicator.source, self.lang) or indicator.source.table
        return self.tr("Source: %1, table %2 (nothing fetched or imported yet)").replace(
            "%1", name).replace("%2", indicator.source.table) + unconfirmed

    def _empty_text(self, indicator: Indicator, observations: list[Observation]) -> str:
        first = (self.tr("The stored figures for this indicator are all symbols (no numbers).")
                 if observations else self.tr("There are no figures for this indicator yet."))
        if is_fetched(indicator) and indicator.source.kind != "ssb":
            how = self.tr("Fetch them from %1 with “Fetch from SSB” above (it fetches from "
                          "every publisher the program reads), or import a saved file with "
                          "“Import file …” (JSON-stat .json or .csv).").replace(
                "%1", publisher(indicator.source, self.lang) or indicator.source.table)
        elif is_fetched(indicator):
            how = self.tr("Fetch them from Statistics Norway with “Fetch from SSB” above, or "
                          "import a saved file with “Import file …” (JSON-stat .json or .csv).")
        else:
            how = self.tr("%1 publishes them, and this program does not fetch from there: "
                          "download the table and import it with “Import file …” (JSON-stat "
                          ".json or .csv).").replace(
                "%1", publisher(indicator.source, self.lang) or indicator.source.table)
        return f"{first}\n\n{how}"

    def _show_home(self, indicator: Indicator, observations: list[Observation],
                   districts: list[str]) -> None:
        arranged = figures.home_and_districts(indicator, self.catalog, observations, districts,
                                              self.lang)
        home_name = arranged.regions[0][1]
        has_districts = "bydel" in indicator.levels
        self.tabs.setTabText(0, self.tr("%1 and districts").replace("%1", home_name)
                             if has_districts else home_name)
        self.districts_button.setVisible(has_districts)
        chosen = len(arranged.regions) - 1
        self.districts_button.setText(
            self.tr("Choose districts (%n chosen) …", "", chosen))
        self.home_note.setText(self.tr(
            "Choose districts to see them beside %1.").replace("%1", home_name)
            if has_districts and not chosen else "")
        self.home_note.setVisible(bool(self.home_note.text()))
        self.home_model.set_figures(arranged.regions, arranged.periods, arranged.cells,
                                    direction=indicator.direction,
                                    unit=indicator.unit.get(self.lang), lang=self.lang)
        self.line_chart.set_data(arranged.periods, figures.line_series(arranged),
                                 unit=indicator.unit.get(self.lang),
                                 direction=indicator.direction, lang=self.lang)

    def _show_comparison(self, indicator: Indicator, observations: list[Observation],
                         chosen: list[str], names: dict[str, str]) -> None:
        arranged = figures.comparison(indicator, self.catalog, observations, chosen,
                                      self.lang, names)
        home = arranged.regions[0][0]
        self.comparison_button.setText(self.tr(
            "Choose municipalities (%n chosen) …", "", len([c for c in chosen if c != home])))
        if figures.has_others(arranged):
            note = ""
        elif is_fetched(indicator):
            note = self.tr("No figures for other municipalities yet: “Fetch from SSB” asks for "
                           "the chosen ones too.")
        else:
            note = self.tr("No figures for other municipalities yet: import a saved file that "
                           "holds them.")
        self.comparison_note.setText(note)
        self.comparison_note.setVisible(bool(note))
        self.comparison_model.set_figures(arranged.regions, arranged.periods, arranged.cells,
                                          direction=indicator.direction,
                                          unit=indicator.unit.get(self.lang), lang=self.lang)
        period = figures.bar_period(arranged)
        self.bar_chart.set_data(period, figures.bars(arranged, period),
                                unit=indicator.unit.get(self.lang),
                                direction=indicator.direction, lang=self.lang)
