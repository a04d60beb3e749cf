"""One measure's SDG suggestions as a single keyboard list: arrows move, Space confirms, Delete
dismisses (asking why); and the small dialog that asks for the reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...domain.sdg import SdgSuggestion

TARGET_ROLE = Qt.ItemDataRole.UserRole
DISMISSED_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SuggestionRow:
    """What one line of the list shows: the suggestion, its words, and a dismissal reason."""

    suggestion: SdgSuggestion
    text: str  # "3.9 · ▲ Positive · target text"
    reason: str  # "Suggested by: Air quality (+2)"
    swatch: QPixmap
    dismissed: str | None = None  # the reason it was set aside, for dismissed rows


class SuggestionModel(QAbstractListModel):
    """The rows of one measure's suggestions, strongest first, dismissed ones last."""

    def __init__(self, rows: list[SuggestionRow], parent=None):
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [row.text, row.reason]
            if row.dismissed is not None:
                lines.append(self.tr("Dismissed: %1").replace("%1", row.dismissed))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index).replace("\n", ". ")
        if role == Qt.ItemDataRole.DecorationRole:
            return row.swatch
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason
        if role == Qt.ItemDataRole.FontRole and row.dismissed is not None:
            font = QFont()
            font.setItalic(True)  # set aside, said in words too ("Dismissed: ...")
            return font
        if role == TARGET_ROLE:
            return row.suggestion.target
        if role == DISMISSED_ROLE:
            return row.dismissed
        return None


class SuggestionListView(QListView):
    """The suggestions as one Tab stop: Up/Down move, Space confirms, Delete dismisses."""

    confirm_requested = Signal(int)  # row
    dismiss_requested = Signal(int)  # row
    focused = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if event.key() == Qt.Key.Key_Space and row >= 0:
            self.confirm_requested.emit(row)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row >= 0:
            self.dismiss_requested.emit(row)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))
        elif self.currentIndex().isValid():
            self.selectionModel().select(self.currentIndex(),
                                         QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.focused.emit()

    def setModel(self, model) -> None:
        super().setModel(model)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows at the present width: the page scrolls, never the list."""
        self.doItemsLayout()
        height = self.contentsSize().height() + 2 * self.frameWidth() + 2 * self.spacing()
        if height != self.height():
            self.setFixedHeight(max(height, QFontMetrics(self.font()).height() * 2))

    def minimumSizeHint(self) -> QSize:
        width = QFontMetrics(self.font()).horizontalAdvance("M" * 20)
        return QSize(width, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()  # wrapped rows change height with the width


class DismissDialog(QDialog):
    """Asks why a suggested target does not apply; OK only once a reason is written."""

    def __init__(self, target: str, target_text: str, on_reason: Callable[[str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dismiss target %1").replace("%1", target))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.on_reason = on_reason
        intro = QLabel(self.tr("Why does target %1 not apply to this measure?")
                       .replace("%1", target), self)
        intro.setWordWrap(True)
        text = QLabel(target_text, self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for dismissing target %1")
                                      .replace("%1", target))
        self.reason.setPlaceholderText(self.tr("E.g. the measure does not affect this"))
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Dismiss"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, text, label, self.reason, self.buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())
        self.reason.setFocus()

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.accept()
            self.on_reason(reason)
