"""Step 10: indicators from the common set that will show whether the decision works."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...domain.model import Case, Indicator, IndicatorLink
from ...domain.numbers import format_number
from .base import FieldWidget, HelpTopic
from .indicator_change import SeriesOf, change_line
from .sdg import (
    FOCUS_KEY,
    chain_tab_order,
    clear_layout,
    focused_key,
    make_label,
    restore_focus,
)

#: (value, period, source line) of an indicator's latest imported figure for a region.
LatestValue = Callable[[str, str], "tuple[float, str, str] | None"]
INDICATOR_ROLE = Qt.ItemDataRole.UserRole
ARROWS = {"up": "▲", "down": "▼"}


class IndicatorsField(FieldWidget):
    """The chosen indicator links (region, expected direction, latest value) and a catalogue
    of the common set, grouped by pillar and searchable, to add from."""

    #: Where latest values come from; a FieldContext attribute of the same name wins. None
    #: means no data has been imported (the composition root wires the indicator store in).
    latest_value: LatestValue | None = None
    series_of: SeriesOf | None = None  # figures over time, for the change since the decision

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.body = QWidget(self)
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # anchors the rebuilt tab order
        self.rows = QGridLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setColumnStretch(2, 1)
        self.add_input(self.body)

        self.add_heading = make_label(self.tr("Add an indicator"), self, bold=True)
        self._layout.insertSpacing(self._layout.count() - 1, self.fontMetrics().height())
        self._layout.insertWidget(self._layout.count() - 1, self.add_heading)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the common indicator set"))
        self.search.setAccessibleName(self.tr("Search indicators"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.catalogue = QTreeWidget(self)
        self.catalogue.setColumnCount(3)
        self.catalogue.setHeaderLabels([self.tr("Indicator"), self.tr("Unit"),
                                        self.tr("Levels")])
        self.catalogue.setAccessibleName(self.tr("Common indicator set"))
        self.catalogue.setMinimumHeight(self.fontMetrics().height() * 18)
        self.catalogue.currentItemChanged.connect(lambda *_: self._current_changed())
        self.catalogue.itemActivated.connect(lambda *_: self.add_current())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.add_region = QComboBox(self)
        self.add_region.setAccessibleName(self.tr("Region of the new indicator"))
        self.add_region.currentIndexChanged.connect(lambda *_: self._update_add_button())
        self.add_button = QPushButton(self.tr("Add indicator"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Region:"), self))
        add_row.addWidget(self.add_region)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        for widget in (self.search, self.catalogue, self.description):
            self._layout.insertWidget(self._layout.count() - 1, widget)
        self._layout.insertLayout(self._layout.count() - 1, add_row)
        for widget in (self.search, self.catalogue, self.add_region, self.add_button):
            widget.installEventFilter(self)
        self._signature: object = None
        self._read_only = False
        self._focus_after: str | None = None
        self._fill_catalogue()
        self.refresh()

    # --- the catalogue to add from ------------------------------------------------------

    def _fill_catalogue(self) -> None:
        catalog = self.ctx.catalog
        for pillar in catalog.pillars.values():
            members = [i for i in catalog.indicators.values() if i.pillar == pillar.id]
            if not members:
                continue
            group = QTreeWidgetItem([pillar.name.get(self.ctx.lang)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.catalogue.addTopLevelItem(group)
            for indicator in members:
                item = QTreeWidgetItem([indicator.name.get(self.ctx.lang),
                                        indicator.unit.get(self.ctx.lang),
                                        self._levels(indicator)])
                item.setData(0, INDICATOR_ROLE, indicator.id)
                item.setToolTip(0, indicator.description.get(self.ctx.lang))
                group.addChild(item)
        self.catalogue.expandAll()
        header = self.catalogue.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.catalogue.setCurrentItem(self._first_visible())

    def _levels(self, indicator: Indicator) -> str:
        words = {"kommune": self.tr("municipality"), "bydel": self.tr("district")}
        return ", ".join(words.get(level, level) for level in indicator.levels)

    def _filter(self, text: str) -> None:
        """Hide indicators not matching every word (name, unit, description, id; nb and en)."""
        tokens = text.casefold().split()
        for g in range(self.catalogue.topLevelItemCount()):
            group = self.catalogue.topLevelItem(g)
            visible = 0
            for c in range(group.childCount()):
                item = group.child(c)
                indicator = self.ctx.catalog.indicators[item.data(0, INDICATOR_ROLE)]
                haystack = " ".join((indicator.id, indicator.name.nb, indicator.name.en,
                                     indicator.unit.nb, indicator.unit.en,
                                     indicator.description.nb, indicator.description.en))
                match = all(t in haystack.casefold() for t in tokens)
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
        current = self.catalogue.currentItem()
        if current is None or current.isHidden() or current.data(0, INDICATOR_ROLE) is None:
            self.catalogue.setCurrentItem(self._first_visible())
        self._current_changed()

    def _first_visible(self) -> QTreeWidgetItem | None:
        for g in range(self.catalogue.topLevelItemCount()):
            group = self.catalogue.topLevelItem(g)
            for c in range(group.childCount()):
                if not group.isHidden() and not group.child(c).isHidden():
                    return group.child(c)
        return None

    def current_indicator(self) -> Indicator | None:
        item = self.catalogue.currentItem()
        if item is None or item.isHidden():
            return None
        return self.ctx.catalog.indicators.get(item.data(0, INDICATOR_ROLE))

    def _current_changed(self) -> None:
        indicator = self.current_indicator()
        self.description.setText(indicator.description.get(self.ctx.lang) if indicator else "")
        keep = self.add_region.currentData()
        self.add_region.blockSignals(True)
        self.add_region.clear()
        for code, name in self.region_options(indicator) if indicator else []:
            self.add_region.addItem(name, code)
        self.add_region.setCurrentIndex(max(self.add_region.findData(keep), 0))
        self.add_region.blockSignals(False)
        self._update_add_button()

    def region_options(self, indicator: Indicator) -> list[tuple[str, str]]:
        """(code, name) of the database's municipality (the catalog's first), and of its
        bydeler where the indicator has that level."""
        options = []
        for region in self.ctx.catalog.regions.values():
            if region.kind == "kommune":
                options.append((region.code, self.tr("%1 (whole municipality)")
                                .replace("%1", region.name)))
                if "bydel" in indicator.levels:
                    options += [(d.code, self.tr("%1 (district)").replace("%1", d.name))
                                for d in self.ctx.catalog.districts_of(region.code)]
                break  # the other municipalities are there to be compared with, not rated
        return options

    def _update_add_button(self) -> None:
        indicator = self.current_indicator()
        region = self.add_region.currentData()
        taken = any(link.indicator == (indicator.id if indicator else None)
                    and link.region == region for link in self.draft.case.indicators)
        self.add_button.setEnabled(indicator is not None and bool(region) and not taken
                                   and not self._read_only)

    # --- the chosen links ---------------------------------------------------------------

    def refresh(self) -> None:
        case = self.draft.case
        signature = tuple((i.indicator, i.region, i.expected) for i in case.indicators)
        if signature != self._signature:
            self._signature = signature
            self._rebuild(case)
        self._update_add_button()

    def stored_data_changed(self) -> None:
        """New figures were fetched or imported: show each link's latest value again."""
        self._rebuild(self.draft.case)

    def _rebuild(self, case: Case) -> None:
        had_focus = focused_key(self.body)
        wanted, self._focus_after = self._focus_after, None
        clear_layout(self.rows)
        focusables: list[QWidget] = []
        self.rows.addWidget(make_label(self.tr("Chosen indicators (%n)", "", len(case.indicators)),
                                       self.body, bold=True), 0, 0, 1, 4)
        if not case.indicators:
            self.rows.addWidget(make_label(self.tr("No indicators chosen yet."), self.body),
                                1, 0, 1, 4)
        for index, link in enumerate(case.indicators):
            focusables += self._row(1 + 3 * index, index, link)
        chain_tab_order(self.body, focusables)
        restored = restore_focus(self.body, wanted, had_focus)
        if not restored and wanted == "search":
            self.search.setFocus()
        self.set_read_only(self._read_only)

    def _row(self, row: int, index: int, link: IndicatorLink) -> list[QWidget]:
        indicator = self.ctx.catalog.indicators.get(link.indicator)
        name = indicator.name.get(self.ctx.lang) if indicator else link.indicator
        pillar = self.ctx.catalog.pillars.get(indicator.pillar) if indicator else None
        heading = f"{name} · {pillar.name.get(self.ctx.lang)}" if pillar else name
        self.rows.addWidget(make_label(heading, self.body, bold=True), row, 0, 1, 3)

        region = QComboBox(self.body)
        options = self.region_options(indicator) if indicator else []
        used = {other.region for other in self.draft.case.indicators
                if other.indicator == link.indicator and other is not link}
        for code, label in options:
            if code not in used:
                region.addItem(label, code)
        if region.findData(link.region) < 0:  # a region from a file, outside the options
            region.addItem(link.region, link.region)
        region.setCurrentIndex(region.findData(link.region))
        region.setAccessibleName(self.tr("Region for %1").replace("%1", name))
        region.activated.connect(
            lambda i, c=region: self._change(index, link, "region", c.itemData(i)))

        expected = QComboBox(self.body)
        words = {"up": self.tr("up"), "down": self.tr("down")}
        for value in ("up", "down"):
            text = ARROWS[value] + " " + self.tr("Expected: %1").replace("%1", words[value])
            if indicator is not None and indicator.direction == value:
                text += " " + self.tr("(desired direction)")
            expected.addItem(text, value)
        expected.setCurrentIndex(max(expected.findData(link.expected), 0))
        expected.setAccessibleName(self.tr("Expected change of %1").replace("%1", name))
        expected.activated.connect(
            lambda i, c=expected: self._change(index, link, "expected", c.itemData(i)))

        value = make_label(self._latest_text(link), self.body)
        remove = QPushButton(self.tr("Remove"), self.body)
        remove.setAutoDefault(False)
        remove.setAccessibleName(self.tr("Remove indicator %1").replace("%1", name))
        remove.clicked.connect(lambda: self._remove(index, link))
        self.rows.addWidget(remove, row, 3)
        for column, widget in enumerate((region, expected, value)):
            self.rows.addWidget(widget, row + 1, column)
        self.rows.setRowMinimumHeight(row + 2, self.fontMetrics().height() // 2)
        for key, widget in (("region", region), ("expected", expected), ("remove", remove)):
            widget.setProperty(FOCUS_KEY, f"{index}|{key}")
            widget.setProperty("indicator", link.indicator)
            widget.installEventFilter(self)
        return [region, expected, remove]

    def _latest_text(self, link: IndicatorLink) -> str:
        source = getattr(self.ctx, "latest_value", None) or type(self).latest_value
        latest = source(link.indicator, link.region) if source is not None else None
        if latest is None:
            return self.tr("no data imported yet")
        value, period, source_line = latest
        indicator = self.ctx.catalog.indicators.get(link.indicator)
        unit = indicator.unit.get(self.ctx.lang) if indicator else ""
        first = f"{format_number(value, self.ctx.lang)} {unit} ({period})".replace("  ", " ")
        series = getattr(self.ctx, "indicator_series", None) or type(self).series_of
        since = change_line(self.draft.case, link, series, self.ctx.lang)
        return "\n".join(part for part in (first, since, source_line) if part)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.body.findChildren(QComboBox) + self.body.findChildren(QPushButton):
            widget.setEnabled(not read_only)
        self._update_add_button()
        self.add_region.setEnabled(not read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        indicator_id = watched.property("indicator")
        if watched is self.catalogue:
            current = self.current_indicator()
            indicator_id = current.id if current else None
        indicator = self.ctx.catalog.indicators.get(str(indicator_id)) if indicator_id else None
        if event.type() == QEvent.Type.FocusIn and indicator is not None:
            self.help_requested.emit(HelpTopic(
                indicator.name.get(self.ctx.lang), indicator.description.get(self.ctx.lang),
                targets=indicator.targets, guide="indicators"))
            return False
        return super().eventFilter(watched, event)

    # --- editing ------------------------------------------------------------------------

    def add_current(self) -> bool:
        """Add the indicator chosen in the catalogue for the chosen region."""
        indicator = self.current_indicator()
        region = self.add_region.currentData()
        if indicator is None or not region or not self.add_button.isEnabled():
            return False
        link = IndicatorLink(indicator.id, region, indicator.direction)
        self._focus_after = f"{len(self.draft.case.indicators)}|region"
        return self.draft.edit(
            self.tr("Add indicator %1").replace("%1", indicator.name.get(self.ctx.lang)),
            lambda case: case.indicators.append(link))

    def _find(self, case: Case, index: int, link: IndicatorLink) -> IndicatorLink | None:
        """The link shown in row ``index``, looked up again in the (possibly new) case."""
        if index < len(case.indicators):
            found = case.indicators[index]
            if (found.indicator, found.region) == (link.indicator, link.region):
                return found
        return None

    def _change(self, index: int, link: IndicatorLink, attribute: str, value: str) -> None:
        self._focus_after = f"{index}|{attribute}"

        def mutate(case: Case) -> None:
            found = self._find(case, index, link)
            if found is not None:
                setattr(found, attribute, value)
        self.draft.edit(self.tr("Change indicator"), mutate)

    def _remove(self, index: int, link: IndicatorLink) -> None:
        remaining = len(self.draft.case.indicators) - 1
        self._focus_after = f"{min(index, remaining - 1)}|remove" if remaining else "search"

        def mutate(case: Case) -> None:
            found = self._find(case, index, link)
            if found is not None:
                del case.indicators[index]
        self.draft.edit(self.tr("Remove indicator"), mutate)
