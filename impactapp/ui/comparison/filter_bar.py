"""The comparison's filters: a search field and a choice each for status, unit, decision body,
year and depth (they combine), with the values the cases actually have."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..labels import depth_label, status_label
from .cells import DEPTH_ORDER, STATUS_ORDER, collation_key
from .filtering import ComparisonFilter, decision_years

#: The choices, in the order they stand: (key, frame column).
CHOICES: tuple[tuple[str, str], ...] = (
    ("status", "status"), ("unit", "unit"), ("body", "decision_body"), ("year", "decision_date"),
    ("depth", "depth"),
)


class FilterBar(QWidget):
    """Emits ``changed`` with the chosen ComparisonFilter whenever a filter changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, case number, unit, measure …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the comparison"))
        self.search.setAccessibleDescription(self.tr(
            "Shows the cases whose title, case number, unit, decision body or measure contain "
            "every word typed."))
        self.search.textChanged.connect(self._emit)

        titles = {"status": self.tr("&Status"), "unit": self.tr("&Unit"),
                  "body": self.tr("Decision &body"), "year": self.tr("&Year"),
                  "depth": self.tr("&Depth")}
        self.combos: dict[str, QComboBox] = {}
        self.choices = QHBoxLayout()
        self.choices.setContentsMargins(0, 0, 0, 0)
        for key, _column in CHOICES:
            label = QLabel(titles[key], self)
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(self.fontMetrics().averageCharWidth() * 32)
            combo.setAccessibleName(titles[key].replace("&", ""))
            combo.setAccessibleDescription(self.tr("Show only cases with this value"))
            label.setBuddy(combo)
            combo.addItem(self.tr("All"), None)
            combo.currentIndexChanged.connect(self._emit)
            self.combos[key] = combo
            self.choices.addWidget(label)
            self.choices.addWidget(combo)
            self.choices.addSpacing(self.fontMetrics().averageCharWidth())
        self.clear_button = QPushButton(self.tr("Show &all"), self)
        self.clear_button.setAccessibleDescription(self.tr("Clear every filter"))
        self.clear_button.clicked.connect(self.clear)
        self.choices.addWidget(self.clear_button)
        self.choices.addStretch(1)
        self._quiet = False
        self._update_clear()

    # --- choices ----------------------------------------------------------------------------

    def set_choices(self, frame: pd.DataFrame) -> None:
        """Offer the values the cases have, keeping what is chosen where it is still offered."""
        self._quiet = True
        try:
            for key, column in CHOICES:
                if column not in frame:
                    continue
                self._fill(self.combos[key], *self._options(key, frame[column]))
        finally:
            self._quiet = False
        self._emit()

    def _options(self, key: str, series: pd.Series) -> tuple[list[Any], Callable[[Any], str]]:
        if key == "year":
            years = decision_years(series.to_frame("decision_date")).dropna().unique()
            return sorted(int(y) for y in years), str
        values = [str(v) for v in series.dropna().unique()]
        if key == "status":
            return sorted(values, key=lambda v: STATUS_ORDER.get(v, 9)), status_label
        if key == "depth":
            return sorted(values, key=lambda v: DEPTH_ORDER.get(v, 9)), depth_label
        return sorted((v for v in values if v), key=collation_key), str

    @staticmethod
    def _fill(combo: QComboBox, values: Iterable[Any], label: Callable[[Any], str]) -> None:
        chosen = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(label(value), value)
        at = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, at))

    # --- the filter -------------------------------------------------------------------------

    def current(self) -> ComparisonFilter:
        def one(key: str) -> frozenset:
            value = self.combos[key].currentData()
            return frozenset() if value is None else frozenset([value])

        return ComparisonFilter(
            statuses=one("status"), units=one("unit"), bodies=one("body"), years=one("year"),
            depths=one("depth"), text=self.search.text(),
        )

    def choose(self, key: str, value: Any) -> bool:
        """Choose a value in one of the choices (as picking it in the list does)."""
        combo = self.combos[key]
        at = combo.findData(value)
        if at >= 0:
            combo.setCurrentIndex(at)
        return at >= 0

    def clear(self) -> None:
        self._quiet = True
        try:
            for combo in self.combos.values():
                combo.setCurrentIndex(0)
            self.search.clear()
        finally:
            self._quiet = False
        self._emit()

    def scope_text(self) -> str:
        """The chosen filters in words ("Vedtatt; Bymiljøetaten; «bom»"), "" for none."""
        parts = [self.combos[key].currentText() for key, _ in CHOICES
                 if self.combos[key].currentData() is not None]
        if self.search.text().strip():
            parts.append(self.tr("“%1”").replace("%1", self.search.text().strip()))
        return "; ".join(parts)

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.current().is_empty())

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        self._update_clear()
        self.changed.emit(self.current())
