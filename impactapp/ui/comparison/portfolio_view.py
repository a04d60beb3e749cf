"""The portfolio view: what the cases shown in the comparison add up to, goal by goal, year by
year, group by group and bydel by bydel; and the portfolio report as PDF."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...analysis import portfolio_aggregates, restrict
from ...analysis.tables import Tables
from ...domain.clock import Clock, local_today
from ...domain.model import Catalog
from ...store import Opener
from ..export_runner import ExportRunner
from ..steering.portfolio_section import PortfolioSteering, steering_for
from ..worker import run_task
from .charts import Chart, DivergingChart
from .climate_chart import ClimateChart
from .climate_stages import ClimateStages
from .comparison_view import ComparisonView
from .export import portfolio_task
from .portfolio_charts import (
    district_rows,
    district_styles,
    goal_rows,
    goal_styles,
    group_rows,
    group_styles,
    key_figures,
    year_bars,
)
from .source import ComparisonSource

Aggregates = dict[str, pd.DataFrame]


def with_steering(aggregates: Aggregates, opener: Opener, tables: Tables,
                  case_ids: list[int] | None, catalog: Catalog, lang: str) -> Aggregates:
    """The aggregates with the steering tables of the same cases added; a worker's call."""
    chosen = tables if case_ids is None else restrict(tables, catalog, case_ids)
    return {**aggregates, **steering_for(opener, chosen, catalog, lang)}


def aggregates_for(tables: Tables, case_ids: list[int] | None, catalog: Catalog,
                   lang: str) -> Aggregates:
    """The portfolio of these cases (None: of every case); runs in a worker thread."""
    chosen = tables if case_ids is None else restrict(tables, catalog, case_ids)
    return portfolio_aggregates(chosen, catalog, lang)


class PortfolioView(QWidget):
    """Key figures and four charts of the cases the comparison's filters leave."""

    computed = Signal()

    def __init__(self, source: ComparisonSource, comparison: ComparisonView, catalog: Catalog,
                 lang: str, parent: QWidget | None = None, clock: Clock | None = None):
        super().__init__(parent)
        self.clock = clock  # the report's date
        self.source = source
        self.comparison = comparison
        self.catalog = catalog
        self.lang = lang
        self.aggregates: Aggregates | None = None
        self.scope = ""
        self.stale = True
        self._generation = 0
        self.exports = ExportRunner(self)
        self._build()
        source.watch(self.isVisible)
        comparison.filter_changed.connect(self._selection_changed)
        source.failed.connect(self._failed)

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("Sustainability portfolio"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xport report (PDF) …"), self)
        self.export_button.setAccessibleDescription(
            self.tr("Save the portfolio of the cases shown as a PDF/A report"))
        self.export_button.clicked.connect(self.ask_and_export)
        self.export_button.setEnabled(False)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.scope_label = QLabel(self)
        self.scope_label.setWordWrap(True)
        outer.addWidget(self.scope_label)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.figures = QGridLayout()
        layout.addLayout(self.figures)
        self.stages = ClimateStages(content)  # the budget and the pipeline, never added up
        layout.addWidget(self.stages)
        self.goals = DivergingChart(self.tr("SDG goals"), goal_styles(), content)
        self.climate = ClimateChart(self.tr("Climate budget by year"), (
            self.tr("Cut"), self.tr("Increase"), self.tr("Total in force")), content)
        self.groups = DivergingChart(self.tr("Distributional effects"), group_styles(), content)
        self.districts = DivergingChart(self.tr("Districts"), district_styles(), content)
        for chart in (self.goals, self.climate, self.groups, self.districts):
            chart.empty_text = self.tr("No cases with such effects.")
        self.climate.empty_text = self.tr(
            "No approved or decided measure with a quantified direct effect.")
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        sections = (
            (self.goals, self.tr("Cases contributing to each goal, from confirmed SDG targets; "
                                 "± cases with a mixed contribution.")),
            (self.districts, self.tr("Cases with a positive and a negative effect in each "
                                     "district; net: the sum of the ratings (−3 to +3).")),
            (self.climate, self.tr("Change in t CO2e per year against the zero alternative by "
                                   "the year it starts: direct effects of approved and "
                                   "decided cases only.")),
            (self.groups, self.tr("Cases harming or benefiting each group, and whether the "
                                  "harm has a written mitigation.")),
        )
        for i, (chart, note) in enumerate(sections):
            grid.addWidget(self._section(content, chart, note), i // 2, i % 2,
                           Qt.AlignmentFlag.AlignTop)
        for first, then in pairwise([self.export_button, *(chart for chart, _ in sections)]):
            QWidget.setTabOrder(first, then)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.steering = PortfolioSteering(self.lang, content)  # targets, gaps, coverage
        layout.addWidget(self.steering)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

    def _section(self, parent: QWidget, chart: Chart, note: str) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(chart.accessibleName(), box)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setBuddy(chart)
        layout.addWidget(heading)
        words = QLabel(note, box)
        words.setWordWrap(True)
        layout.addWidget(words)
        layout.addWidget(chart)
        return box

    # --- computing --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.source.ensure_loaded()
        if self.stale and self.comparison.data is not None:
            self.recompute()

    def _selection_changed(self, _chosen: object) -> None:
        self.stale = True
        if self.isVisible():
            self.recompute()

    def recompute(self) -> None:
        """Add up the cases the comparison shows, in a worker."""
        data = self.comparison.data
        if data is None:
            return
        self.stale = False
        self._generation += 1
        generation = self._generation
        everything = self.comparison.proxy.chosen.is_empty()
        ids = None if everything else self.comparison.shown_case_ids()
        count = len(data.frame) if ids is None else len(ids)
        scope = self.comparison.scope_text()
        catalog, lang, tables = self.catalog, self.lang, data.tables
        opener = self.source.opener
        self.scope_label.setText(self.tr("Working out the portfolio …"))
        run_task(lambda _state: with_steering(aggregates_for(tables, ids, catalog, lang),
                                              opener, tables, ids, catalog, lang),
                 lambda result: self._computed(generation, result, scope, count),
                 self._failed)

    def _computed(self, generation: int, aggregates: Aggregates, scope: str, count: int) -> None:
        if generation != self._generation:
            return  # a newer selection is being worked out
        self.aggregates = aggregates
        self.scope = scope
        chosen = scope or self.tr("all cases")
        self.scope_label.setText(self.tr("Selection: %1 (%n case(s)).", "", count)
                                 .replace("%1", chosen))
        self._show_figures(key_figures(aggregates["overview"], self.lang))
        self.stages.set_table(aggregates["climate_stages"], self.lang)
        self.goals.set_rows(goal_rows(aggregates["sdg_goals"], self.catalog))
        self.climate.set_rows(year_bars(aggregates["climate_by_year"], self.lang))
        self.groups.set_rows(group_rows(aggregates["distribution"]))
        self.districts.set_rows(district_rows(aggregates["districts"], self.lang))
        self.steering.fill(aggregates)
        self.export_button.setEnabled(True)
        self.computed.emit()

    def _failed(self, exc: object) -> None:
        self.scope_label.setText(self.tr("The portfolio could not be worked out: %1")
                                 .replace("%1", str(exc)))

    def _show_figures(self, figures: list[tuple[str, str]]) -> None:
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        per_row = 4
        for i, (what, figure) in enumerate(figures):
            value = QLabel(figure)
            font = QFont(value.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            value.setFont(font)
            value.setAccessibleName(f"{what}: {figure}")
            label = QLabel(what)
            label.setWordWrap(True)
            row, column = 2 * (i // per_row), i % per_row
            self.figures.addWidget(value, row, column)
            self.figures.addWidget(label, row + 1, column, Qt.AlignmentFlag.AlignTop)

    # --- the report -------------------------------------------------------------------------

    def ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the portfolio report"),
            str(Path.home() / (self.tr("portfolio") + ".pdf")),
            self.tr("PDF documents (*.pdf)"))
        if path:
            target = Path(path)
            self.export_report(target if target.suffix.lower() == ".pdf"
                               else target.with_name(target.name + ".pdf"))

    def export_report(self, path: Path) -> bool:
        """Write the portfolio report of the cases shown to ``path`` in a worker."""
        if self.aggregates is None:
            return False
        task = portfolio_task(self.aggregates, self.catalog, path, self.lang, self.scope,
                              local_today(self.clock))
        return self.exports.run(task, self.tr("Making the portfolio report …"))
