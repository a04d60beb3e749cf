"""The indicator set grouped by pillar, each with its latest period and how old that is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...domain.model import Catalog
from ...domain.observation import Observation
from ...indicators.latest import publisher
from ...indicators.periods import months_since

INDICATOR_ROLE = Qt.ItemDataRole.UserRole
NAME, LATEST, AGE, SOURCE = 0, 1, 2, 3


@dataclass(frozen=True)
class DataState:
    """What is held for one indicator: its latest period with a figure, and when fetched."""

    latest_period: str
    fetched: datetime | None


def data_state(observations: list[Observation]) -> DataState | None:
    """The latest period that has a figure (a newer one published only as a symbol such as
    .. is not data yet), and the latest fetch; None without any figure."""
    with_value = [o for o in observations if o.value is not None]
    if not with_value:
        return None
    fetched = max((o.fetched for o in observations if o.fetched is not None), default=None)
    return DataState(max(o.period for o in with_value), fetched)


class IndicatorOverview(QTreeWidget):
    """Pillars with their indicators; choosing one emits ``indicator_chosen``."""

    indicator_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Indicator"), self.tr("Latest"), self.tr("Age"),
                              self.tr("Source")])
        self.setAccessibleName(self.tr("Indicator set"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (LATEST, AGE, SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._current_changed)

    def fill(self, catalog: Catalog, states: Mapping[str, DataState | None], today: date,
             lang: str) -> None:
        """(Re)build the list, keeping the chosen indicator chosen (without signalling it:
        the caller shows it)."""
        keep = self.current_indicator()
        self.blockSignals(True)
        self.clear()
        for pillar in catalog.pillars.values():
            members = [i for i in catalog.indicators.values() if i.pillar == pillar.id]
            if not members:
                continue
            group = QTreeWidgetItem([pillar.name.get(lang)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(NAME)
            font.setBold(True)
            group.setFont(NAME, font)
            self.addTopLevelItem(group)
            for indicator in members:
                state = states.get(indicator.id)
                source = publisher(indicator.source, lang)
                item = QTreeWidgetItem([indicator.name.get(lang), *self._columns(state, today),
                                        f"{source} {indicator.source.table}".strip()])
                item.setData(NAME, INDICATOR_ROLE, indicator.id)
                item.setToolTip(NAME, indicator.name.get(lang))
                item.setToolTip(AGE, self._age_tip(state, today))
                for column in (LATEST, AGE):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                group.addChild(item)
        self.expandAll()
        if not (keep and self.select_indicator(keep)):
            first = self.topLevelItem(0)
            if first is not None and first.childCount():
                self.setCurrentItem(first.child(0))
        self.blockSignals(False)

    def _columns(self, state: DataState | None, today: date) -> list[str]:
        if state is None:
            return ["–", self.tr("no data")]
        return [state.latest_period, self.age_text(months_since(state.latest_period, today))]

    def age_text(self, months: int | None) -> str:
        """ "3 years", "8 months": how long ago the latest period ended."""
        if months is None:
            return "?"
        if months >= 12:
            return self.tr("%n year(s)", "", (months + 6) // 12)
        return self.tr("%n month(s)", "", months)

    def _age_tip(self, state: DataState | None, today: date) -> str:
        if state is None:
            return self.tr("No figures yet: fetch them from SSB or import a saved file.")
        months = months_since(state.latest_period, today)
        tip = (self.tr("The latest period with figures ended %n month(s) ago.", "", months)
               if months is not None else "")
        if state.fetched is not None:
            tip += " " + self.tr("Fetched or imported %1.").replace(
                "%1", state.fetched.astimezone().strftime("%d.%m.%Y"))
        return tip

    def items(self) -> dict[str, QTreeWidgetItem]:
        """Indicator id -> its row."""
        found = {}
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            for c in range(group.childCount()):
                item = group.child(c)
                found[item.data(NAME, INDICATOR_ROLE)] = item
        return found

    def current_indicator(self) -> str | None:
        item = self.currentItem()
        return item.data(NAME, INDICATOR_ROLE) if item is not None else None

    def select_indicator(self, indicator_id: str) -> bool:
        item = self.items().get(indicator_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        self.scrollToItem(item)
        return True

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        indicator_id = current.data(NAME, INDICATOR_ROLE) if current is not None else None
        if indicator_id:
            self.indicator_chosen.emit(indicator_id)
