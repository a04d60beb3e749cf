"""The climate budget beside the pipeline: two columns of figures that are never added up.

The left column is the climate budget (approved and decided measures), the right one the
pipeline (draft and in review). In each, the direct total is the figure that counts; indirect
effects and effects of unstated scope are shown under it, marked as not added
(``domain.climate_budget``).
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...domain.climate_budget import DECIDED, PIPELINE
from .portfolio_charts import signed, translate


def stage_figures(table: pd.DataFrame, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Per stage, (what, figure) pairs in the order shown; zero-case lines left out except
    the cases and the direct total, which are always shown."""
    words = {
        "cases": translate("ClimateStages", "cases with a recommended measure"),
        "tonnes_direct": translate(
            "ClimateStages", "t CO2e per year, direct effects (the total)"),
        "tonnes_indirect": translate(
            "ClimateStages", "t CO2e per year, indirect effects (beside, not added)"),
        "tonnes_unstated": translate(
            "ClimateStages", "t CO2e per year, scope not stated (beside, not added)"),
        "cases_not_quantified": translate(
            "ClimateStages", "cases whose climate effect is not quantified"),
    }
    out: dict[str, list[tuple[str, str]]] = {}
    for stage in (DECIDED, PIPELINE):
        row = table.loc[stage] if stage in table.index else None
        figures: list[tuple[str, str]] = []
        for key, what in words.items():
            value = 0 if row is None or pd.isna(row[key]) else row[key]
            if key.startswith("tonnes_"):
                cases = 0 if row is None else int(row[key.replace("tonnes_", "cases_")])
                if key != "tonnes_direct" and cases == 0:
                    continue
                figures.append((what, signed(float(value), lang)))
            else:
                if key != "cases" and int(value) == 0:
                    continue
                figures.append((what, str(int(value))))
        out[stage] = figures
    return out


class ClimateStages(QFrame):
    """Two columns: the climate budget and the pipeline, each with its own figures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Climate budget and pipeline"))
        self.grid = QGridLayout(self)
        self.headings = {
            DECIDED: self.tr("Climate budget: approved and decided"),
            PIPELINE: self.tr("Pipeline: draft and in review (not in the budget)"),
        }
        self.figures: dict[str, list[tuple[str, str]]] = {DECIDED: [], PIPELINE: []}

    def set_table(self, table: pd.DataFrame, lang: str) -> None:
        """Show the ``climate_stages`` aggregate."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.figures = stage_figures(table, lang)
        for column, stage in enumerate((DECIDED, PIPELINE)):
            heading = QLabel(self.headings[stage], self)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setWordWrap(True)
            self.grid.addWidget(heading, 0, 2 * column, 1, 2)
            for row, (what, figure) in enumerate(self.figures[stage], start=1):
                value = QLabel(figure, self)
                if row == 2:  # the direct total: the figure that counts
                    bold = QFont(value.font())
                    bold.setBold(True)
                    bold.setPointSizeF(bold.pointSizeF() * 1.3)
                    value.setFont(bold)
                value.setAccessibleName(f"{self.headings[stage]}, {what}: {figure}")
                label = QLabel(what, self)
                label.setWordWrap(True)
                self.grid.addWidget(value, row, 2 * column)
                self.grid.addWidget(label, row, 2 * column + 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def text(self) -> str:
        """Everything the block says, in reading order (for tests and screen readers)."""
        parts = []
        for stage in (DECIDED, PIPELINE):
            parts.append(self.headings[stage])
            parts.extend(f"{figure} {what}" for what, figure in self.figures[stage])
        return "\n".join(parts)
