"""SDG goals and targets on screen: goal swatches, the goal strip, and the target picker (locally
relevant targets first, searchable in nb and en)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import CONTRIBUTIONS, Catalog, SdgGoal
from ...domain.target_search import search_targets

TARGET_ROLE = Qt.ItemDataRole.UserRole
ARROWS = {"positive": "▲", "negative": "▼", "mixed": "◆"}  # a contribution is never colour alone
GOAL_MARKS = {"positive": "+", "negative": "−", "mixed": "±"}


def text_colour_on(background: str) -> QColor:
    """Black or white, whichever reads better on ``background`` (goal colours vary widely)."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if luminance > 160 else QColor("#ffffff")


def goal_pixmap(number: int, colour: str, font: QFont) -> QPixmap:
    """A goal colour swatch with the goal number on it, sized to ``font`` (never colour alone)."""
    metrics = QFontMetrics(font)
    height = metrics.height() + 4
    width = max(height, metrics.horizontalAdvance("17") + 8)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRect(0, 0, width, height), 3, 3)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(text_colour_on(colour))
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return pixmap


class GoalStrip(QWidget):
    """The 17 goals in their colours, with +, − or ± on goals the confirmed targets touch."""

    def __init__(self, goals: dict[int, SdgGoal], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.goals = goals
        self.lang = lang
        self.contributions: dict[int, str] = {}

    def set_contributions(self, contributions: dict[int, str]) -> None:
        """Show ``contributions`` (goal number -> contribution), and say them in words."""
        self.contributions = dict(contributions)
        self.setAccessibleName(self.describe())
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        """The goals touched and how, for screen readers and the tooltip."""
        if not self.contributions:
            return self.tr("No goal has a confirmed target yet.")
        parts = []
        for number, contribution in self.contributions.items():
            goal = self.goals.get(number)
            name = goal.short.get(self.lang) if goal else ""
            parts.append(f"{number} {name}: {contribution_word(contribution)}")
        return "; ".join(parts)

    def _cell(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("17") + 10, metrics.height() * 2 + 6)

    def sizeHint(self) -> QSize:
        cell = self._cell()
        return QSize((cell.width() + 2) * len(self.goals), cell.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        cell = self._cell()
        half = cell.height() // 2
        for i, goal in enumerate(self.goals.values()):
            rect = QRect(i * (cell.width() + 2), 0, cell.width(), cell.height())
            mark = self.contributions.get(goal.number)
            colour = QColor(goal.colour)
            if mark is None:  # untouched goals stay in the background
                colour = QColor.fromRgbF(*(0.25 * c + 0.75 for c in colour.getRgbF()[:3]))
            painter.fillRect(rect, colour)
            painter.setPen(text_colour_on(colour.name()) if mark else QColor("#555555"))
            painter.drawText(rect.adjusted(0, 2, 0, -half), Qt.AlignmentFlag.AlignCenter,
                             str(goal.number))
            if mark:
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(rect.adjusted(0, half - 2, 0, 0), Qt.AlignmentFlag.AlignCenter,
                                 GOAL_MARKS[mark])
                font.setBold(False)
                painter.setFont(font)
        painter.end()


def contribution_word(contribution: str) -> str:
    """A contribution as arrow and word ("▲ Positivt"), so it never rests on colour."""
    words = {
        "positive": QCoreApplication.translate("SdgTargets", "Positive"),
        "negative": QCoreApplication.translate("SdgTargets", "Negative"),
        "mixed": QCoreApplication.translate("SdgTargets", "Mixed"),
    }
    return f"{ARROWS.get(contribution, '')} {words.get(contribution, contribution)}".strip()


def target_text(catalog: Catalog, target_id: str, lang: str) -> str:
    """A target's text in ``lang``; our own bokmål translations say so."""
    target = catalog.targets.get(target_id)
    if target is None:
        return target_id
    text = target.text.get(lang)
    if lang == "nb" and target.unofficial_nb:
        text += " " + QCoreApplication.translate("SdgTargets", "(unofficial translation)")
    return text


def relevance_word(level: str) -> str:
    """Local relevance in words: high, some, low."""
    words = {
        "high": QCoreApplication.translate("SdgTargets", "high"),
        "some": QCoreApplication.translate("SdgTargets", "some"),
        "low": QCoreApplication.translate("SdgTargets", "low"),
    }
    return words.get(level, level)


def describe_target(catalog: Catalog, target_id: str, lang: str) -> str:
    """A target in full for the picker and the guidance panel: goal, text, local relevance
    with its evidence, and the criteria that link to it."""
    target = catalog.targets.get(target_id)
    if target is None:
        return target_id
    goal = catalog.goals[target.goal]
    criteria = [c.name.get(lang) for c in catalog.criteria.values() if target_id in c.target_ids]
    lines = [
        QCoreApplication.translate("SdgTargets", "Target %1 · Goal %2 %3")
        .replace("%1", target_id).replace("%2", str(goal.number))
        .replace("%3", goal.short.get(lang)),
        target_text(catalog, target_id, lang),
        QCoreApplication.translate("SdgTargets", "Local relevance: %1 – %2")
        .replace("%1", relevance_word(target.local_relevance)).replace("%2", target.evidence),
    ]
    if criteria:
        lines.append(QCoreApplication.translate("SdgTargets", "Linked criteria: %1")
                     .replace("%1", ", ".join(criteria)))
    return "\n".join(lines)


class TargetPickerDialog(QDialog):
    """Pick one target and the contribution the measure makes to it; ``chosen()`` gives both."""

    def __init__(self, catalog: Catalog, lang: str, measure: str, linked: Iterable[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.linked = set(linked)
        self.setWindowTitle(self.tr("Add a target – %1").replace("%1", measure))
        self.resize(760, 560)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Number or words, e.g. 11.6, luft or air"))
        self.search.setAccessibleName(self.tr("Search targets"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)

        self.list = QTreeWidget(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Target"), self.tr("Text"),
                                   self.tr("Local relevance")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Targets"))
        self.list.setIconSize(goal_pixmap(17, "#000000", self.font()).size())
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(1, self.list.header().ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda *_: self._accept_if_ready())

        self.show_all = QCheckBox(
            self.tr("Show all %n targets", "", len(catalog.targets)), self)
        self.show_all.toggled.connect(self._filter)
        self.count_label = QLabel(self)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(QFontMetrics(self.font()).height() * 5)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.contribution = QButtonGroup(self)
        contribution_row = QHBoxLayout()
        contribution_row.addWidget(QLabel(self.tr("Contribution:"), self))
        words = {"positive": self.tr("▲ &Positive"), "negative": self.tr("▼ &Negative"),
                 "mixed": self.tr("◆ &Mixed")}
        self.radios: dict[str, QRadioButton] = {}
        for value in CONTRIBUTIONS:
            radio = QRadioButton(words[value], self)
            radio.setAccessibleDescription(self.tr("Contribution:"))
            self.contribution.addButton(radio)
            self.radios[value] = radio
            contribution_row.addWidget(radio)
        contribution_row.addStretch(1)
        self.contribution.buttonToggled.connect(lambda *_: self._update_buttons())

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("Add target"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        options = QHBoxLayout()
        options.addWidget(self.show_all)
        options.addStretch(1)
        options.addWidget(self.count_label)
        layout.addLayout(options)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(contribution_row)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.show_all)
        self.setTabOrder(self.show_all, self.radios["positive"])

        self._swatches: dict[int, QIcon] = {}
        self.search.textChanged.connect(self._filter)
        self._filter()
        self.search.setFocus()

    # --- results ------------------------------------------------------------------------

    def chosen(self) -> tuple[str, str] | None:
        """(target id, contribution) once both are picked, else None."""
        item = self.list.currentItem()
        target = item.data(0, TARGET_ROLE) if item is not None else None
        if not target or target in self.linked:
            return None
        contribution = next((v for v, r in self.radios.items() if r.isChecked()), None)
        return (target, contribution) if contribution else None

    def shown_targets(self) -> list[str]:
        """The target ids listed now, in order (what the person sees)."""
        return [self.list.topLevelItem(i).data(0, TARGET_ROLE)
                for i in range(self.list.topLevelItemCount())]

    # --- behaviour ----------------------------------------------------------------------

    def _icon(self, number: int) -> QIcon:
        if number not in self._swatches:
            goal = self.catalog.goals[number]
            self._swatches[number] = QIcon(goal_pixmap(number, goal.colour, self.font()))
        return self._swatches[number]

    def _filter(self) -> None:
        current = self.list.currentItem()
        keep = current.data(0, TARGET_ROLE) if current is not None else None
        targets = search_targets(self.catalog, self.search.text(), self.show_all.isChecked())
        self.list.clear()
        select: QTreeWidgetItem | None = None
        for target in targets:
            text = target.text.get(self.lang)
            linked = target.id in self.linked
            if linked:
                text = self.tr("(already added)") + " " + text
            item = QTreeWidgetItem([target.id, text, relevance_word(target.local_relevance)])
            item.setData(0, TARGET_ROLE, target.id)
            item.setIcon(0, self._icon(target.goal))
            item.setToolTip(1, text)
            if linked:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(item)
            if not linked and (select is None or target.id == keep):
                select = item
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(2)
        if select is not None:
            self.list.setCurrentItem(select)
        self.count_label.setText(
            self.tr("Showing %1 of %2").replace("%1", str(len(targets)))
            .replace("%2", str(len(self.catalog.targets))))
        self._current_changed(self.list.currentItem())

    def _current_changed(self, item: QTreeWidgetItem | None, *_: object) -> None:
        target = self.catalog.targets.get(item.data(0, TARGET_ROLE)) if item else None
        self.detail.setText(describe_target(self.catalog, target.id, self.lang) if target
                            else self.tr("No target matches."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.chosen() is not None)

    def _accept_if_ready(self) -> None:
        if self.chosen() is not None:
            self.accept()
        elif self.list.currentItem() is not None:
            self.radios["positive"].setFocus()  # the missing choice is the contribution

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the list, as in a search popup."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.list, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_if_ready()
                return True
        return super().eventFilter(watched, event)
