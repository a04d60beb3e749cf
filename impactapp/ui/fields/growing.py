"""Text boxes that grow with what is written in them, so a note is read without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit


class _Grower(QObject):
    """Sets the editor's height from its text wrapped at its current width."""

    def __init__(self, editor: QPlainTextEdit, min_lines: int, max_lines: int):
        super().__init__(editor)
        self.editor = editor
        self.min_lines = min_lines
        self.max_lines = max_lines
        editor.textChanged.connect(self.fit)
        editor.installEventFilter(self)
        self.fit()

    def lines(self) -> int:
        editor = self.editor
        margin = int(editor.document().documentMargin())
        # The editor's own width: when it is resized its viewport still has the old one.
        bar = editor.verticalScrollBar()
        scroll = bar.sizeHint().width() if bar.isVisible() else 0
        width = max(editor.width() - 2 * editor.frameWidth() - 2 * margin - scroll - 4, 20)
        fm = editor.fontMetrics()
        count = 0
        for paragraph in editor.toPlainText().split("\n"):
            box = fm.boundingRect(QRect(0, 0, width, 100000),
                                  int(Qt.TextFlag.TextWordWrap), paragraph or " ")
            count += max(1, -(-box.height() // fm.lineSpacing()))
        return count

    def fit(self) -> None:
        editor = self.editor
        shown = max(self.min_lines, min(self.max_lines, self.lines()))
        chrome = 2 * editor.frameWidth() + 2 * int(editor.document().documentMargin()) + 4
        height = editor.fontMetrics().lineSpacing() * shown + chrome
        if editor.height() != height or editor.minimumHeight() != height:
            editor.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor and event.type() == QEvent.Type.Resize
                and event.size().width() != event.oldSize().width()):
            self.fit()
        return False


def grow_with_text(editor: QPlainTextEdit, min_lines: int = 2, max_lines: int = 8) -> None:
    """Keep ``editor`` as tall as its wrapped text, between ``min_lines`` and ``max_lines``
    (beyond that it scrolls)."""
    _Grower(editor, min_lines, max_lines)
