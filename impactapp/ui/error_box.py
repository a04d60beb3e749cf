"""Errors in a message box: one sentence in the UI language, the technical rest behind
"Show details" (SQLite's own words and byte counts are English and mean nothing to most)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .labels import error_detail, error_sentence


def show_error(parent: QWidget | None, title: str, exc: BaseException, lang: str,
               after: str = "") -> None:
    """Warn with the error's sentence (and ``after``, what it means for the user)."""
    sentence = error_sentence(exc, lang) + (f"\n\n{after}" if after else "")
    detail = error_detail(exc)
    if not detail:
        QMessageBox.warning(parent, title, sentence)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence,
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(detail)
    box.exec()
