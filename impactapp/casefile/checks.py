"""Type and value checks for loaded case file data, collecting errors instead of stopping.

Each check reports problems as ``CaseFileError`` with the field path and, for YAML, the line,
and returns the checked (NFC-normalized) value or None, so callers can go on checking the rest
of the document and report every problem at once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from impactapp.catalog.yamlload import Document, format_path
from impactapp.domain.model import MAX_TEXT
from impactapp.domain.text import BAD_CHARACTER, line_breaks

from .errors import CaseFileError

PathPart = str | int
Path = tuple[PathPart, ...]
Check = Callable[[Path, Any], object]

#: Largest magnitude accepted for amounts (NOK, t CO2e): beyond it a value is a typo or an attack.
MAX_NUMBER = 1e15
#: Problems listed for one file: enough to fix a real file in one go, while a list of a million
#: wrong entries cannot make a million messages (time, memory, a flooded screen).
MAX_ERRORS = 100
FIRST_YEAR, LAST_YEAR = 1900, 2200
QUOTE_HINT = " (put it in quotes)"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# YAML 1.1 (PyYAML) reads an exponent number without a decimal point, such as 1e6, as text.
_EXPONENT_TEXT = re.compile(r"[-+]?[0-9]*\.?[0-9]+[eE][-+]?[0-9]+")


def describe(value: Any) -> str:
    """What kind of value this is, in words, for 'must be X, not Y' messages."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, bytes):
        return "binary data"
    return "an unsupported value"


def show(value: Any) -> str:
    """A short rendering of a value for messages."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "infinity" if value > 0 else "-infinity"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + (value if len(value) <= 60 else value[:57] + "...") + "'"
    return describe(value)


def _yaml_float(number: float) -> str:
    """A float as YAML 1.1 reads it back as a number (a decimal point and a signed exponent)."""
    text = repr(number)
    return text.replace("e", ".0e") if "e" in text and "." not in text else text


def is_scalar(value: Any) -> bool:
    """Whether a value is a single YAML scalar that quoting would have turned into text."""
    return isinstance(value, bool | int | float | date)


# A carriage return is a line break written the Windows or old Mac way: ``line_breaks`` turns
# it into a line feed rather than refusing the text; other control characters are refused.


def _bad_character(text: str) -> tuple[int, str] | None:
    """The first control character (other than line breaks and tab) or lone surrogate."""
    found = BAD_CHARACTER.search(text)
    return None if found is None else (found.start(), found.group())


def _magnitude(value: float | int) -> str:
    """A number too large to accept, for a message (an integer may be too large for a float)."""
    try:
        return f"{value:g}"
    except OverflowError:
        return f"a number of {len(str(abs(value)))} digits"


def listing(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in values)


class TooManyErrors(Exception):
    """Raised by ``Checker.error`` once MAX_ERRORS problems are listed: checking stops there."""


class Checker:
    """Collects the errors of one document; each check returns the value or None if wrong."""

    def __init__(self, doc: Document, source: str):
        self.doc = doc
        self.source = source
        self.errors: list[CaseFileError] = []

    def error(self, path: Path, message: str) -> None:
        """Record a problem; raises TooManyErrors when MAX_ERRORS are already recorded."""
        if len(self.errors) >= MAX_ERRORS:
            raise TooManyErrors
        self.errors.append(
            CaseFileError(self.source, self.doc.line(path), format_path(path), message)
        )

    def wrong_type(self, path: Path, expected: str, value: Any, hint: str = "") -> None:
        self.error(path, f"must be {expected}, not {describe(value)}{hint}")

    def mapping(
        self,
        path: Path,
        value: Any,
        fields: Mapping[str, Check],
        required: Collection[str] = (),
    ) -> dict[Any, Any] | None:
        """Check a mapping's keys and run each field's check; empty optional keys are absent."""
        if not isinstance(value, dict):
            self.wrong_type(path, "a mapping", value)
            return None
        for key in required:
            if key not in value:
                self.error(path, f"the required key '{key}' is missing")
        for key, item in value.items():
            check = fields.get(key) if isinstance(key, str) else None
            if check is None:
                self.error(
                    (*path, str(key)),
                    f"unknown key '{key}' (allowed: {listing(fields)})",
                )
            elif item is not None or key in required:
                check((*path, key), item)
        return value

    def sequence(self, path: Path, value: Any) -> list[Any] | None:
        if not isinstance(value, list):
            self.wrong_type(path, "a list", value)
            return None
        return value

    def text(self, path: Path, value: Any, hint: str = QUOTE_HINT) -> str | None:
        """Plain text: a string without control characters, at most MAX_TEXT characters."""
        if not isinstance(value, str):
            self.wrong_type(path, "text", value, hint if is_scalar(value) else "")
            return None
        bad = _bad_character(value)
        if bad is not None:
            pos, ch = bad
            self.error(
                path,
                f"contains the control character U+{ord(ch):04X} at position {pos + 1}; "
                "only line breaks and tabs are allowed in text",
            )
            return None
        text = unicodedata.normalize("NFC", line_breaks(value))
        if len(text) > MAX_TEXT:
            self.error(
                path, f"is {len(text):,} characters long, more than the limit of {MAX_TEXT:,}"
            )
            return None
        return text

    def identifier(self, path: Path, value: Any, hint: str = QUOTE_HINT) -> str | None:
        """Text that names something: like text, but not blank."""
        text = self.text(path, value, hint)
        if text is not None and not text.strip():
            self.error(path, "must not be blank")
            return None
        return text

    def choice(self, path: Path, value: Any, allowed: Collection[str]) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        if isinstance(value, str):
            self.error(path, f"{show(value)} is not allowed here (allowed: {listing(allowed)})")
        else:
            self.wrong_type(path, f"one of {listing(allowed)}", value)
        return None

    def boolean(self, path: Path, value: Any) -> bool | None:
        if isinstance(value, bool):
            return value
        self.wrong_type(path, "true or false", value)
        return None

    def number(self, path: Path, value: Any) -> float | int | None:
        """A finite number no larger than MAX_NUMBER in magnitude."""
        if isinstance(value, str) and _EXPONENT_TEXT.fullmatch(value.strip()):
            number = float(value)
            if math.isfinite(number):
                self.error(path, f"must be a number, not text: YAML reads {value.strip()} as "
                                 f"text, write it as {_yaml_float(number)}")
                return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong_type(path, "a number", value)
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.error(path, f"must be a finite number, not {show(value)}")
            return None
        if abs(value) > MAX_NUMBER:
            self.error(
                path, f"{_magnitude(value)} is too large (the limit is {MAX_NUMBER:g} in magnitude)"
            )
            return None
        return value

    def year(self, path: Path, value: Any) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_type(path, "a year (a whole number)", value)
            return None
        if not FIRST_YEAR <= value <= LAST_YEAR:
            self.error(
                path, f"{value} is not a plausible year (allowed: {FIRST_YEAR}..{LAST_YEAR})"
            )
            return None
        return value

    def iso_date(self, path: Path, value: Any) -> date | None:
        """A date: a YAML date, or text in the form YYYY-MM-DD."""
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str):
            if _ISO_DATE.fullmatch(value):
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    pass
            self.error(path, f"{show(value)} is not a date in the form YYYY-MM-DD")
            return None
        self.wrong_type(path, "a date in the form YYYY-MM-DD", value)
        return None
