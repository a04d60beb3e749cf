"""Case -> History: every status change, verdict, approval, import and revision of a case.

The entries are the store's history reader's (the same the command line prints); this dialog
only lays them out: one row per event with when, who and what, and below it what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.history import HistoryEntry
from ..domain.model import Catalog
from ..store import CaseStore, StoreError
from .labels import error_sentence

if TYPE_CHECKING:
    from .wizard.window import CaseWindow


def _when(entry: HistoryEntry, lang: str) -> str:
    local = entry.at.astimezone()
    return local.strftime("%d.%m.%Y %H:%M" if lang == "nb" else "%Y-%m-%d %H:%M")


def _short(value: str, limit: int = 48) -> str:
    """A value cut to fit one line (the tooltip shows it whole)."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


class HistoryDialog(QDialog):
    """The case's history, oldest first, each event unfolded to show what it changed."""

    def __init__(self, store: CaseStore, case_id: int, catalog: Catalog, lang: str,
                 title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("History") + (f" – {title}" if title else ""))
        self.resize(960, 560)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("History"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        try:
            self.entries = store.history(case_id, catalog, lang)
        except StoreError as exc:
            self.entries = []
            self.message.setText(error_sentence(exc, lang))
        else:
            self.message.setText(self.tr("%n event(s), oldest first.", "", len(self.entries)))
        self._fill()

    def _fill(self) -> None:
        for entry in self.entries:
            item = QTreeWidgetItem(
                [_when(entry, self.lang), entry.who, entry.summary.get(self.lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.kind)
            item.setToolTip(2, entry.summary.get(self.lang))
            texts = [(line.get(self.lang),) * 2 for line in entry.lines]
            texts += [(f"{c.step} · {c.field}: «{_short(c.before)}» → «{_short(c.after)}»",
                       f"{c.step} · {c.field}:\n«{c.before}»\n→ «{c.after}»")
                      for c in entry.changes]
            self.tree.addTopLevelItem(item)
            for text, full in texts:
                child = QTreeWidgetItem([text])
                child.setToolTip(0, full)
                item.addChild(child)
                child.setFirstColumnSpanned(True)  # the whole width for a file's hash
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)

    def details(self, row: int) -> list[str]:
        """The lines under a top-level row (what it changed, where it came from)."""
        item = self.tree.topLevelItem(row)
        return [item.child(i).text(0) for i in range(item.childCount())]

    def rows(self) -> list[tuple[str, str, str]]:
        """The top-level rows as shown (when, who, what): for tests and screen readers."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]


def add_history_action(menu: QMenu, window: CaseWindow) -> QAction:
    """Case -> History in the case window."""
    action = QAction(QCoreApplication.translate("HistoryDialog", "&History"), window)

    def show() -> None:
        case = window.draft.case
        if case.id is None:
            return
        window.draft.flush()
        dialog = HistoryDialog(window.draft.store, case.id, window.draft.catalog,
                               window.ctx.lang, case.title, window)
        window.history_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    action.triggered.connect(show)
    menu.addAction(action)
    return action
