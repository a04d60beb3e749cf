"""The Utfordringer view: where the municipality or a district lags behind the national figure
or the comparison municipalities, or moves the wrong way, worst first; each line names the SDG
targets it concerns and the cases and plans that address it (double-click opens a case)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.challenges import Challenge
from ...domain.model import Catalog
from ...domain.numbers import format_number
from ...indicators.comparison import region_name
from ...store import CaseStore, StoreError
from ..indicators.prefs import IndicatorPrefs
from ..labels import error_sentence

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChallengesView(QWidget):
    """The ranked lines and, for the chosen one, its SDG targets, cases and plans."""

    case_activated = Signal(int)

    def __init__(self, store: CaseStore, catalog: Catalog, lang: str = "nb",
                 parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.lang = lang
        self.prefs = IndicatorPrefs(settings)
        self.lines: list[Challenge] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Where we stand and where we lag"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        layout.addWidget(title)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 8, splitter)
        self.table.setAccessibleName(self.tr("Challenges"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Where"), self.tr("Period"), self.tr("Figure"),
            self.tr("National"), self.tr("Compared"), self.tr("Why"), self.tr("Addressed by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The indicator's name and the reasons share what the figures leave, and wrap.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_line(row))
        details = QWidget(splitter)
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        self.target_list = QListWidget(details)
        self.target_list.setAccessibleName(self.tr("SDG targets it concerns"))
        self.target_list.setWordWrap(True)
        self.addressing = QListWidget(details)
        self.addressing.setAccessibleName(self.tr("Cases and plans addressing it"))
        self.addressing.itemActivated.connect(self._activated)
        for column, widget in enumerate((self.target_list, self.addressing)):
            heading = QLabel(widget.accessibleName(), details)
            heading.setBuddy(widget)
            grid.addWidget(heading, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._explain()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Rank again from what the store holds now."""
        from ...analysis.steering import case_links, challenges  # pandas: only when shown

        try:
            observations = {i: self.store.observations(i) for i in self.catalog.indicators}
            links = case_links(self.store.comparison_rows(portfolio=True), self.catalog)
            plans = self.store.plans()
            followed = self.store.indicator_case_links()
        except StoreError as exc:
            self.note.setText(error_sentence(exc, self.lang))
            return
        self.lines = challenges(self.catalog, observations, self.prefs.comparison(), plans,
                                links, followed)
        self._fill()

    def _explain(self) -> None:
        margin = format_number(self.catalog.challenge_margin, self.lang)
        self.note.setText(self.tr(
            "Indicators where the municipality or a district does more than %1 % worse than the "
            "national figure or the average of the municipalities compared with (chosen in the "
            "Indicators view), or has moved the wrong way over the last three periods. Worst "
            "first. The margin is set in the municipality's configuration (targets.yaml).")
            .replace("%1", margin))

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        names = {code: region.name for code, region in self.catalog.regions.items()}
        for row, line in enumerate(self.lines):
            indicator = self.catalog.indicators[line.indicator]
            why: list[str] = []
            if line.behind_national is not None:
                why.append(self.tr("%1 % worse than national").replace(
                    "%1", format_number(line.behind_national, self.lang, 0)))
            if line.behind_peers is not None:
                why.append(self.tr("%1 % worse than compared").replace(
                    "%1", format_number(line.behind_peers, self.lang, 0)))
            if line.wrong_way:
                why.append(self.tr("wrong way three periods"))
            addressed = self.tr("cases: %1, plans: %2").replace("%1", str(len(line.cases))).replace(
                "%2", str(len(line.plans))) if line.addressed else self.tr("nothing")
            cells = [indicator.name.get(self.lang), region_name(line.region, self.lang, names),
                     line.period, format_number(line.value, self.lang),
                     format_number(line.national, self.lang),
                     format_number(line.peers, self.lang, 1), "; ".join(why), addressed]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.lines:
            self.table.setCurrentCell(0, 0)
        else:
            self.target_list.clear()
            self.addressing.clear()
            QListWidgetItem(self.tr("No indicator lags by the margin, and none has moved the "
                                    "wrong way: or there are no figures yet."), self.target_list)

    def _show_line(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        line = self.lines[row]
        self.target_list.clear()
        for target in line.sdg_targets:
            if target in self.catalog.targets:
                text = f"{target} {self.catalog.targets[target].text.get(self.lang)}"
                QListWidgetItem(text, self.target_list).setToolTip(text)
        self.addressing.clear()
        for case_id, title in line.cases:
            item = QListWidgetItem(self.tr("Case: %1").replace("%1", title), self.addressing)
            item.setData(CASE_ROLE, case_id)
        for _plan_id, name in line.plans:
            QListWidgetItem(self.tr("Plan: %1").replace("%1", name), self.addressing)
        if not line.addressed:
            QListWidgetItem(self.tr("No case or plan addresses this yet."), self.addressing)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id is not None:
            self.case_activated.emit(int(case_id))
