"""Words for domain values (status, depth) and dates in the UI language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ..domain.clock import local_now
from ..domain.model import Text
from ..domain.vocabulary import DEPTH_LABELS, STATUS_LABELS, capitalised


def ui_language() -> str:
    """The language of the installed UI translation ("en" without one).

    Each catalogue translates the code "en" to its own code, so the answer follows the
    translators Qt has installed, with no state of our own.
    """
    return QCoreApplication.translate("Language", "en")


def status_label(status: str, lang: str | None = None) -> str:
    """The status as a caseworker says it ("Utkast", "Til godkjenning", ...)."""
    found = STATUS_LABELS.get(status)
    return capitalised(found).get(lang or ui_language()) if found else status


def depth_label(depth: str, lang: str | None = None) -> str:
    """The depth as the wizard says it ("Forenklet", ...)."""
    found = DEPTH_LABELS.get(depth)
    return capitalised(found).get(lang or ui_language()) if found else depth


def format_date(value: date, lang: str) -> str:
    """26.11.2026 in Norwegian, 2026-11-26 in English (unambiguous for both)."""
    return value.strftime("%d.%m.%Y") if lang == "nb" else value.isoformat()


def format_changed(value: datetime, lang: str, now: datetime | None = None) -> str:
    """A last-changed time: "i dag 14:02", "i går 09:15" or a date, in local time."""
    local = value.astimezone() if value.tzinfo else value
    today = (now or local_now()).astimezone(local.tzinfo).date()
    clock = local.strftime("%H:%M")
    days = (today - local.date()).days
    if days == 0:
        return QCoreApplication.translate("Labels", "today %1").replace("%1", clock)
    if days == 1:
        return QCoreApplication.translate("Labels", "yesterday %1").replace("%1", clock)
    return format_date(local.date(), lang)


def option_label(field_id: str, option: str) -> str:
    """How a choice field shows one of its options ("nb" -> "Norsk bokmål")."""
    if field_id == "language":
        return {"nb": "Norsk bokmål", "en": "English"}.get(option, option)
    if field_id == "depth":
        return depth_label(option)
    if field_id == "status":
        return status_label(option)
    return option


def error_sentence(exc: BaseException, lang: str) -> str:
    """An error as one sentence in the UI language: the program's own errors carry both
    languages (``.text``), a file system error its system message, anything else its text.

    The technical detail a store error carries in brackets (SQLite's own words, byte counts:
    English whatever the UI language) is left out; ``error_detail`` gives it, for behind
    "Show details".
    """
    text = getattr(exc, "text", None)
    if isinstance(text, Text):
        sentence = text.get(lang)
        detail = getattr(exc, "detail", "")
        if isinstance(detail, str) and detail:
            sentence = sentence.replace(f" ({detail})", "")
        return sentence
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def error_detail(exc: BaseException) -> str:
    """The technical detail of an error (for "Show details"), or "" when it has none."""
    detail = getattr(exc, "detail", "")
    if isinstance(detail, str) and detail:
        return f"{type(exc).__name__}: {detail}"
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: {exc}"
    return ""
