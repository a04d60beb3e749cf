"""Observations from a CSV file, for sources without an API (layout: criteria/README.md).

UTF-8 (a byte order mark is allowed), ``;`` or ``,`` between fields, a header naming the
columns ``region``, ``period``, ``value`` and optionally ``status`` and ``unit``. Numbers may use
a decimal comma and spaces between thousands (``1 234,5``). A value may be left empty, or be
one of SSB's symbols, when the status column (or the value itself) gives the symbol.
"""

from __future__ import annotations

import csv
import io
import math
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from impactapp.domain.observation import Observation

from .errors import CsvFormatError
from .jsonstat_read import USER_FILE_LIMIT

COLUMNS: tuple[str, ...] = ("region", "period", "value", "status", "unit")
REQUIRED: tuple[str, ...] = ("region", "period", "value")
#: SSB's symbols for a missing figure, accepted in the value column itself.
SYMBOLS: tuple[str, ...] = (".", "..", "...", ":", "-")
MAX_STATUS = 12  # longer "symbols" are a misplaced column, not a status

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_SPACES = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2212": "-"})


def parse_number(text: str) -> float | None:
    """``text`` as a number (decimal point or comma, spaced thousands), or None if it is not."""
    t = text.translate(_SPACES)
    if "," in t:
        if "." in t or t.count(",") > 1:
            return None
        t = t.replace(",", ".")
    if not _NUMBER.fullmatch(t):
        return None
    number = float(t)
    return number if math.isfinite(number) else None


def read_observation_csv_file(
    path: Path | str,
    indicator: str,
    *,
    source_table: str,
    unit: str = "",
    fetched: datetime | None = None,
    max_bytes: int = USER_FILE_LIMIT,
) -> list[Observation]:
    """The observations in the CSV file at ``path``; files over ``max_bytes`` are refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CsvFormatError(
                str(path), "", f"is {size / 1048576:.1f} MB, more than the "
                f"{max_bytes / 1048576:.1f} MB a CSV file may have here"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvFormatError(str(path), "", f"cannot be read ({exc.strerror or exc})") from None
    return read_observation_csv(
        raw, indicator, source=str(path), source_table=source_table, unit=unit, fetched=fetched
    )


def read_observation_csv(
    raw: bytes,
    indicator: str,
    *,
    source: str = "",
    source_table: str,
    unit: str = "",
    fetched: datetime | None = None,
) -> list[Observation]:
    """The observations in CSV bytes, or CsvFormatError naming the first bad line."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvFormatError(source, "", "is not UTF-8 text (save it as CSV UTF-8)") from None
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise CsvFormatError(source, "", "is empty")
    delimiter = ";" if ";" in first else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _read_rows(rows, indicator, source, source_table, unit, fetched)
    except csv.Error as exc:
        raise CsvFormatError(source, f"line {rows.line_num}", f"cannot be read ({exc})") from None


def _header(row: list[str], source: str, line: int) -> dict[str, int]:
    names = [name.strip().lower() for name in row]
    columns: dict[str, int] = {}
    for i, name in enumerate(names):
        if name not in COLUMNS:
            raise CsvFormatError(
                source,
                f"line {line}",
                f"unknown column '{name[:40]}' (the columns are {', '.join(COLUMNS)})",
            )
        if name in columns:
            raise CsvFormatError(source, f"line {line}", f"column '{name}' appears twice")
        columns[name] = i
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise CsvFormatError(
            source, f"line {line}", f"the header lacks the column {', '.join(missing)}"
        )
    return columns


def _field(row: list[str], columns: dict[str, int], name: str) -> str:
    """The trimmed text of column ``name`` in ``row``; "" when the column or field is absent."""
    i = columns.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


def _read_rows(
    rows: Any,  # a csv reader: rows, and line_num for messages
    indicator: str,
    source: str,
    source_table: str,
    unit: str,
    fetched: datetime | None,
) -> list[Observation]:
    columns: dict[str, int] | None = None
    seen: dict[tuple[str, str], int] = {}
    observations: list[Observation] = []
    for row in rows:
        line = rows.line_num
        if not any(field.strip() for field in row):
            continue
        if columns is None:
            columns = _header(row, source, line)
            continue
        if len(row) > len(columns):
            raise CsvFormatError(
                source,
                f"line {line}",
                f"has {len(row)} fields where the header has {len(columns)} (put a decimal "
                "comma in quotes, or separate the fields with ;)",
            )

        where = f"line {line}"
        region, period = _field(row, columns, "region"), _field(row, columns, "period")
        if not region or not period:
            raise CsvFormatError(source, where, "needs a region and a period")
        value, status = _value_and_status(
            _field(row, columns, "value"), _field(row, columns, "status"), source, where
        )
        key = (region, period)
        if key in seen:
            raise CsvFormatError(
                source, where, f"repeats region {region} and period {period} (line {seen[key]})"
            )
        seen[key] = line
        observations.append(
            Observation(
                indicator=indicator,
                region=region,
                period=period,
                value=value,
                status=status,
                unit=_field(row, columns, "unit") or unit,
                source_table=source_table,
                updated="",
                fetched=fetched,
            )
        )
    if columns is None or not observations:
        raise CsvFormatError(source, "", "has no observations below its header")
    return observations


def _value_and_status(
    text: str, status: str, source: str, where: str
) -> tuple[float | None, str]:
    if len(status) > MAX_STATUS:
        message = f"status '{status[:20]}' is not a symbol (at most {MAX_STATUS} characters)"
        raise CsvFormatError(source, where, message)
    if not text:
        if not status:
            raise CsvFormatError(
                source, where, "has neither a value nor a status symbol (write .. if not available)"
            )
        return None, status
    if text in SYMBOLS:
        if status and status != text:
            raise CsvFormatError(
                source, where, f"has the symbol {text} as value but status {status}"
            )
        return None, text
    number = parse_number(text)
    if number is None:
        raise CsvFormatError(
            source, where, f"value '{text[:30]}' is not a number (write 12.5 or 12,5)"
        )
    return number, status
