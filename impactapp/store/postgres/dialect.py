"""The store's SQL, written for SQLite, as PostgreSQL reads it.

The shared statements use standard SQL where both databases agree (``ON CONFLICT``,
``COALESCE``, ``substr``); what is left to translate is small and listed here: ``?``
placeholders become psycopg's ``%s`` (and a literal ``%`` is doubled), SQLite's ``COLLATE
NOCASE`` becomes ``lower(...)``, a value for a boolean column (``cases.exempt``, an integer
0 or 1 in SQLite) is turned into a boolean by the server, a rating read as ``COALESCE(value,
special)`` mixes an integer and a text column (which PostgreSQL refuses) and is read as text,
and an insert into a table
with a generated id gets ``RETURNING id`` so the caller can read ``lastrowid``. A query reads
``cases`` and ``alternatives`` through the schema's views ``visible_cases`` and
``visible_alternatives``, which every role may read. SQLite's ``BEGIN
IMMEDIATE`` is a plain ``BEGIN``: PostgreSQL locks the rows a transaction writes as it goes.
"""

from __future__ import annotations

import functools
import re

#: Tables whose rows get their id from the database (the caller reads ``lastrowid``).
ID_TABLES = frozenset({"cases", "conflict_copies", "plans", "audit", "followup_reports",
                       "revisions"})

_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE", re.IGNORECASE)
#: Columns that are boolean in PostgreSQL and 0/1 integers in SQLite.
BOOLEAN_COLUMNS = frozenset({"exempt"})
_AS_BOOLEAN = "(?::int <> 0)"
_INSERT_COLUMNS = re.compile(
    r"^(\s*INSERT\s+INTO\s+\w+\s*\()([^)]*)(\)\s*VALUES\s*\()([^)]*)(\))", re.IGNORECASE)
_SET_BOOLEAN = re.compile(
    r"\b(" + "|".join(sorted(BOOLEAN_COLUMNS)) + r")\s*=\s*\?", re.IGNORECASE)
# Reads go through the views that blank an exempt case's title and text for those who may
# not see them (the tables' own columns are not granted to everyone): same columns.
_VIEWS = re.compile(r"\b(FROM|JOIN)\s+(cases|alternatives)\b", re.IGNORECASE)
_RATING = re.compile(r"COALESCE\((\w+)\.value, (\w+)\.special\)")
_PLAIN_INSERT = re.compile(r"^(\s*INSERT\s+INTO\s+\w+\s*\([^)]*\)\s*VALUES\s*)(\(.*\))\s*;?\s*$",
                           re.IGNORECASE | re.DOTALL)


@functools.lru_cache(maxsize=512)
def translate(sql: str, returning: bool = True) -> tuple[str, bool]:
    """(the statement for psycopg, whether ``RETURNING id`` was added)."""
    if sql.strip().upper() == "BEGIN IMMEDIATE":  # SQLite's "take the write lock now"
        return "BEGIN", False
    text = _placeholders(_booleans(sql))
    if text.lstrip().upper().startswith(("SELECT", "WITH")):
        text = _VIEWS.sub(lambda m: f"{m.group(1)} visible_{m.group(2)}", text)
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


def _booleans(sql: str) -> str:
    """``?`` for a boolean column as ``(?::int <> 0)``: the store passes 0/1 (or a bool)."""
    match = _INSERT_COLUMNS.match(sql)
    if match:
        columns = [c.strip().lower() for c in match.group(2).split(",")]
        marks = [m.strip() for m in match.group(4).split(",")]
        if len(columns) == len(marks) and BOOLEAN_COLUMNS & set(columns):
            marks = [_AS_BOOLEAN if c in BOOLEAN_COLUMNS and m == "?" else m
                     for c, m in zip(columns, marks, strict=True)]
            sql = (match.group(1) + match.group(2) + match.group(3) + ", ".join(marks)
                   + match.group(5) + sql[match.end():])
        return sql
    if sql.lstrip().upper().startswith("UPDATE"):
        return _SET_BOOLEAN.sub(lambda m: f"{m.group(1)} = {_AS_BOOLEAN}", sql)
    return sql


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


_SIMPLE_INSERT = re.compile(
    r"^\s*INSERT\s+INTO\s+(\w+)\s*\(([\w\s,]+)\)\s*VALUES\s*\(([%s\s,]+)\)"
    r"\s*(ON\s+CONFLICT\s+DO\s+NOTHING)?\s*;?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def rows_as_json(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A translated ``INSERT INTO t (columns) VALUES (%s, ...)`` as one statement of fixed text
    that takes all its rows as one JSON array of objects (the columns' types are the table's
    own), with the columns each object names; None for any other statement.

    Its text stays the same however many rows there are, so psycopg parses it once and the
    server prepares it, where a ``VALUES`` list per row makes a new statement every time. Only
    ``ON CONFLICT DO NOTHING`` is kept: an update on conflict may not meet one row twice in
    one statement, and row by row it may.
    """
    match = _SIMPLE_INSERT.match(text)
    if match is None:
        return None
    table, listed, marks, conflict = match.groups()
    columns = tuple(c.strip() for c in listed.split(","))
    if [m.strip() for m in marks.split(",")] != ["%s"] * len(columns):
        return None
    names = ", ".join(columns)
    statement = (f"INSERT INTO {table} ({names}) SELECT {names}"
                 f" FROM json_populate_recordset(NULL::{table}, %s::json)")
    return (statement + " ON CONFLICT DO NOTHING" if conflict else statement), columns


def many_rows(text: str, rows: int) -> str | None:
    """A translated ``INSERT ... VALUES (...)`` of one row as one statement of ``rows`` rows
    (one execution on the server instead of one per row), or None for any other statement."""
    match = _PLAIN_INSERT.match(text)
    if match is None or any(w in text.upper() for w in ("ON CONFLICT", "RETURNING", "SELECT")):
        return None
    return match.group(1) + ", ".join([match.group(2)] * rows)
