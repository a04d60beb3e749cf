"""What one cell of the comparison view shows (text, colour, alignment) and how a column sorts.

A cell is formatted only when the view asks for it. A rating always shows its sign and
number ("+2", "−1"), "?" for a knowledge gap and "–" for not relevant, on UI.md's RdBu
colours (white text on the two darkest); an SDG goal's contribution shows "+", "−" or "±".
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...analysis.cells import is_missing
from ...domain.model import NOT_RELEVANT, UNKNOWN, Catalog
from ...domain.numbers import format_number
from ...domain.palette import MINUS
from ..case_list_model import fold
from ..fields.rating_style import (
    NOT_RELEVANT_MARK,
    RDBU7,
    UNKNOWN_COLOUR,
    UNKNOWN_MARK,
    rating_text,
)
from ..labels import depth_label, format_date, status_label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

RATING_KINDS = frozenset({"rating", "extreme"})
#: Narrow columns whose headers stand on end.
NARROW_KINDS = frozenset({"rating", "extreme", "count", "contribution"})
NUMBER_KINDS = frozenset({"count", "integer", "number"})
CONTRIBUTION_MARKS = {"positive": "+", "negative": MINUS, "mixed": "\u00b1", "none": ""}
#: The contribution as a rating class, for the cell colour (the sign is always written too).
CONTRIBUTION_CLASSES = {"positive": 1, "negative": -1, "mixed": 0}
STATUS_ORDER = {"draft": 0, "in_review": 1, "approved": 2, "decided": 3}
DEPTH_ORDER = {"minimum": 0, "simplified": 1, "full": 2}
CONTRIBUTION_ORDER = {"negative": -1.0, "mixed": 0.0, "positive": 1.0}
_TEXT_ON = {True: QColor("#ffffff"), False: QColor("#000000")}
_FILLS = [QColor(c) for c in RDBU7]
_UNKNOWN_FILL = QColor(UNKNOWN_COLOUR)
# Norwegian order puts æ, ø, å after z ("{|}" follow "z" in code points); other letters with
# marks sort with their base letter (á with a, č with c), as do Sami đ, ŋ and ŧ.
_COLLATION = str.maketrans({"æ": "{", "ø": "|", "å": "}", "đ": "d", "ŋ": "n", "ŧ": "t"})



def rating_class(value: float) -> int:
    """The RdBu class (−3..+3) of a value on the −3..+3 footing; a non-zero value is never
    neutral (as the XLSX export's bounds)."""
    if value == 0:
        return 0
    step = max(1, min(3, math.floor(abs(value) + 0.5)))
    return step if value > 0 else -step


def signed_text(value: float, lang: str) -> str:
    """+2, −1, 0; a fraction (a scale of another range) with its decimals: −0,75."""
    if float(value).is_integer():
        return rating_text(int(value))
    text = format_number(abs(value), lang, decimals=2)
    return ("+" if value > 0 else MINUS) + text


def colours(kind: str, value: Any) -> tuple[QColor, QColor] | None:
    """(fill, text) of a rating or contribution cell; None for a cell without colour."""
    if kind in RATING_KINDS or kind == "raw":
        if value == UNKNOWN:
            return _UNKNOWN_FILL, _TEXT_ON[False]
        if isinstance(value, str) or is_missing(value):
            return None
        cls = rating_class(float(value))
        return _FILLS[cls + 3], _TEXT_ON[abs(cls) == 3]
    if kind == "contribution" and not is_missing(value) and str(value) in CONTRIBUTION_CLASSES:
        cls = CONTRIBUTION_CLASSES[str(value)]
        return _FILLS[cls + 3], _TEXT_ON[False]
    return None


def collation_key(text: str) -> str:
    """A key that sorts text the Norwegian way, ignoring case: a á … z æ ø å."""
    folded = fold(text)
    base = folded if folded.isascii() else folded.translate(_COLLATION)
    if not base.isascii():  # letters with marks: sorted with their base letter
        decomposed = unicodedata.normalize("NFD", base)
        base = "".join([ch for ch in decomposed if not unicodedata.combining(ch)])
    return base + "\0" + folded  # ties broken by the letters as written


class CellFormatter:
    """Turns frame values into the text the view shows, in the UI language."""

    def __init__(self, catalog: Catalog, lang: str):
        self.catalog = catalog
        self.lang = lang
        self.yes, self.no = translate("ComparisonCells", "Yes"), translate("ComparisonCells", "No")

    def text(self, kind: str, value: Any, raw: Any = None) -> str:
        """The cell's text; ``raw`` is a criterion's value on its own scale, when it has one."""
        if is_missing(value):
            return ""
        if kind in RATING_KINDS:
            if value == UNKNOWN:
                return UNKNOWN_MARK
            if value == NOT_RELEVANT:
                return NOT_RELEVANT_MARK
            if raw is not None and not is_missing(raw) and not isinstance(raw, str):
                return rating_text(int(raw))
            return signed_text(float(value), self.lang)
        if kind == "contribution":
            return CONTRIBUTION_MARKS.get(str(value), str(value))
        if kind == "status":
            return status_label(str(value))
        if kind == "depth":
            return depth_label(str(value))
        if kind == "date":
            day = value.date() if isinstance(value, datetime) else value
            return format_date(day, self.lang) if isinstance(day, date) else str(value)
        if kind == "bool":
            return self.yes if bool(value) else self.no
        if kind in ("count", "integer"):
            return str(int(value))
        if kind == "number":
            return format_number(float(value), self.lang, decimals=0)
        return str(value)

    @staticmethod
    def alignment(kind: str) -> Qt.AlignmentFlag:
        if kind in RATING_KINDS or kind in ("contribution", "bool"):
            return Qt.AlignmentFlag.AlignCenter
        if kind in NUMBER_KINDS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def sort_keys(series: pd.Series, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """(key, rank) of every value: rows sort by rank first (0 for a value, then a knowledge
    gap, not relevant, nothing), then by key; so empty cells stay last in either order."""
    values = series.to_numpy(dtype=object, na_value=None)
    missing = np.fromiter((is_missing(v) for v in values), bool, len(values))
    rank = np.where(missing, 3, 0).astype(np.int8)
    if kind in RATING_KINDS or kind == "raw":
        rank[values == UNKNOWN] = 1
        rank[values == NOT_RELEVANT] = 2
        key = np.array([float(v) if r == 0 else 0.0 for v, r in zip(values, rank, strict=True)])
    elif kind in ("status", "depth", "contribution"):
        order = {"status": STATUS_ORDER, "depth": DEPTH_ORDER,
                 "contribution": CONTRIBUTION_ORDER}[kind]
        key = np.array([float(order.get(str(v), len(order))) if r == 0 else 0.0
                        for v, r in zip(values, rank, strict=True)])
        if kind == "contribution":
            rank[(rank == 0) & np.array([str(v) == "none" for v in values], bool)] = 3
    elif kind in NUMBER_KINDS or kind in ("date", "bool"):
        key = np.array([_number(v) if r == 0 else 0.0 for v, r in zip(values, rank, strict=True)])
    else:
        key = np.array([collation_key(str(v)) if r == 0 else ""
                        for v, r in zip(values, rank, strict=True)], dtype=object)
    return key, rank


def _number(value: Any) -> float:
    if isinstance(value, (datetime, date)):
        return float(pd.Timestamp(value).value)
    return float(value)


def sorted_positions(series: pd.Series, kind: str, descending: bool) -> np.ndarray:
    """The frame positions in the order of the column (stable; empty cells last)."""
    key, rank = sort_keys(series, kind)
    order = pd.DataFrame({"rank": rank, "key": key}).sort_values(
        ["rank", "key"], ascending=[True, not descending], kind="stable"
    )
    return order.index.to_numpy(dtype=np.int64)
