"""Errors in a message box: one sentence in the UI language, the technical rest behind
"Show details" (SQLite's own words and byte counts are English and mean nothing to most)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .labels import error_detail, error_sentence
from .prompts import Prompts


def show_error(prompts: Prompts, parent: QWidget | None, title: str, exc: BaseException,
               lang: str, after: str = "") -> None:
    """Warn with the error's sentence (and ``after``, what it means for the user)."""
    sentence = error_sentence(exc, lang) + (f"\n\n{after}" if after else "")
    prompts.warn(parent, title, sentence, details=error_detail(exc))
