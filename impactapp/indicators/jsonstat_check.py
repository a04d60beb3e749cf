"""The checks a JSON-stat document is read with, and its values and status in compact form.

Every check raises a JsonStatError naming the place; messages quote at most a few dozen
characters of the document, so a hostile file cannot flood them.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .errors import JsonStatError

_DECIMAL = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def show(text: str) -> str:
    """A code or name as a message quotes it: short, so a hostile file cannot flood it."""
    return text if len(text) <= 40 else text[:37] + "..."


def number_text(number: float) -> str:
    """A number for a message; a huge one (Python refuses to print very long integers) shortened."""
    return f"{number:,}" if abs(number) < 10**15 else "more than 10^15"


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Checker:
    """The parse of one dataset: the source name for errors, and the checks it is made of."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, field: str, message: str) -> JsonStatError:
        return JsonStatError(self.source, field, message)

    def optional_text(self, obj: dict[str, Any], key: str, field: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(field, f"must be a string, found {kind_of(value)}")
        return value

    def strings(self, value: Any, field: str) -> list[str]:
        """A JSON array of unique strings."""
        if not isinstance(value, list):
            raise self.fail(field, f"must be an array of strings, found {kind_of(value)}")
        seen: set[str] = set()
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"{field}[{i}]", f"must be a string, found {kind_of(item)}")
            if item in seen:
                raise self.fail(f"{field}[{i}]", f"'{show(item)}' is listed twice")
            seen.add(item)
        return value

    def position(self, key: Any, cells: int, field: str) -> int:
        """An object key naming a cell: a whole number written plainly, below ``cells``."""
        plain = key.isascii() and key.isdigit() and len(key) <= 18
        if not plain or (len(key) > 1 and key[0] == "0"):
            raise self.fail(field, f"key '{show(key)}' is not a cell position (0, 1, 2, ...)")
        position = int(key)
        if position >= cells:
            raise self.fail(field, f"position {position} is outside the {cells} cells")
        return position

    def number(self, value: Any, field: str) -> float | str | None:
        """A value: a finite float, None, or the text of a non-numeric string (a symbol)."""
        if value is None:
            return None
        kind = type(value)
        if kind is float:
            if not math.isfinite(value):
                raise self.fail(field, "must be a finite number")
            return value
        if kind is int:
            try:
                return float(value)
            except OverflowError:
                raise self.fail(field, "is too large a number") from None
        if kind is str:
            if _DECIMAL.fullmatch(value):
                number = float(value)
                if math.isfinite(number):
                    return number
            return value
        raise self.fail(field, f"must be a number, null or a string, found {kind_of(value)}")


def read_values(
    r: Checker, value: Any, cells: int, texts: dict[int, str]
) -> list[float | None] | dict[int, float]:
    """Dense or sparse values; a non-numeric string goes to ``texts`` (it is a symbol)."""
    if isinstance(value, list):
        if len(value) != cells:
            raise r.fail("value", f"has {len(value)} entries, but the sizes give {cells} cells")
        out: list[float | None] = []
        append = out.append
        for i, item in enumerate(value):
            kind = type(item)
            if kind is float and math.isfinite(item):  # the common case, kept fast
                append(item)
                continue
            number = r.number(item, f"value[{i}]")
            if isinstance(number, str):
                if number:
                    texts[i] = number
                number = None
            append(number)
        return out
    if isinstance(value, dict):
        sparse: dict[int, float] = {}
        for key, item in value.items():
            position = r.position(key, cells, "value")
            number = r.number(item, f"value.{key}")
            if isinstance(number, str):
                if number:
                    texts[position] = number
            elif number is not None:
                sparse[position] = number
        return sparse
    raise r.fail("value", f"must be an array or an object, found {kind_of(value)}")


def read_status(
    r: Checker, value: Any, cells: int, texts: dict[int, str]
) -> list[str] | str | dict[int, str]:
    """The status in its compact form, with symbols given as values where no status is."""
    if value is None:
        return dict(texts)
    if isinstance(value, str):
        if value or not texts:
            return value
        return dict(texts)
    if isinstance(value, list):
        if len(value) == 1 and cells != 1:  # deprecated form of one status for all cells
            return read_status(r, "" if value[0] is None else value[0], cells, texts)
        if len(value) != cells:
            raise r.fail("status", f"has {len(value)} entries, but the sizes give {cells} cells")
        statuses: list[str] = []
        for i, item in enumerate(value):
            if item is None:
                item = texts.get(i, "")
            elif not isinstance(item, str):
                raise r.fail(f"status[{i}]", f"must be a string or null, found {kind_of(item)}")
            elif not item:
                item = texts.get(i, "")
            statuses.append(item)
        return statuses
    if isinstance(value, dict):
        symbols = dict(texts)
        for key, item in value.items():
            position = r.position(key, cells, "status")
            if not isinstance(item, str):
                raise r.fail(f"status.{key}", f"must be a string, found {kind_of(item)}")
            if item:
                symbols[position] = item
        return symbols
    raise r.fail("status", f"must be a string, an array or an object, found {kind_of(value)}")
