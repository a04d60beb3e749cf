"""The store's SQL, written for SQLite, as PostgreSQL reads it.

The shared statements use standard SQL where both databases agree (``ON CONFLICT``,
``COALESCE``, ``substr``); what is left to translate is small and listed here: ``?``
placeholders become psycopg's ``%s`` (and a literal ``%`` is doubled), SQLite's ``COLLATE
NOCASE`` becomes ``lower(...)``, a rating read as ``COALESCE(value, special)`` mixes an integer
and a text column (which PostgreSQL refuses) and is read as text, and an insert into a table
with a generated id gets ``RETURNING id`` so the caller can read ``lastrowid``.
"""

from __future__ import annotations

import functools
import re

#: Tables whose rows get their id from the database (the caller reads ``lastrowid``).
ID_TABLES = frozenset({"cases", "conflict_copies", "plans", "audit", "followup_reports",
                       "revisions"})

_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE", re.IGNORECASE)
_RATING = re.compile(r"COALESCE\((\w+)\.value, (\w+)\.special\)")


@functools.lru_cache(maxsize=512)
def translate(sql: str, returning: bool = True) -> tuple[str, bool]:
    """(the statement for psycopg, whether ``RETURNING id`` was added)."""
    text = _placeholders(sql)
    text = _NOCASE.sub(r"lower(\1)", text)
    text = _RATING.sub(r"COALESCE(\1.value::text, \2.special)", text)
    match = _INSERT.match(text)
    added = bool(
        returning and match and match.group(1).lower() in ID_TABLES
        and "RETURNING" not in text.upper() and "ON CONFLICT" not in text.upper()
    )
    if added:
        text = text.rstrip().rstrip(";") + " RETURNING id"
    return text, added


def _placeholders(sql: str) -> str:
    """``?`` outside quotes -> ``%s``; every ``%`` doubled (psycopg reads it everywhere)."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


def rating(value: object) -> object:
    """A rating read back as text (see ``_RATING``): a scale value as int again."""
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value
