"""The database's municipality and comparison municipalities, kept in the meta table.

The figures and districts in one database belong to one municipality, so the choice is a
property of the database (not of a user or a machine): everyone who opens it sees the same.
The rules for choosing (codes checked against the region catalog) are in ``store/place.py``.
"""

from __future__ import annotations

import json

from .core import StoreCore, guarded
from .schema import META_TABLE

MUNICIPALITY_KEY = "municipality"
COMPARISON_KEY = "comparison"


class PlaceSettings(StoreCore):
    """Reading and writing the municipality (a four-digit code) and the comparison codes."""

    @guarded
    def _meta(self, key: str) -> str | None:
        row = self._db.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def _write_meta(self, key: str, value: str | None) -> None:
        """Set or remove one key; call inside ``db.atomic()``."""
        if value is None:
            self._db.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", [key])
        else:
            self._db.execute(
                f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def municipality_code(self) -> str | None:
        """The municipality chosen for this database, or None before the first choice."""
        return self._meta(MUNICIPALITY_KEY) or None

    def comparison_codes(self) -> tuple[str, ...] | None:
        """The comparison municipalities chosen, or None while the default applies."""
        raw = self._meta(COMPARISON_KEY)
        try:
            value = json.loads(raw) if raw else None
        except ValueError:
            return None
        return tuple(str(v) for v in value) if isinstance(value, list) else None

    @guarded
    def set_place(self, code: str, comparison: tuple[str, ...] | None = None) -> None:
        """Make ``code`` this database's municipality; ``comparison`` None restores the default.
        Callers check the code against the region catalog first (see ``choose_place``)."""
        with self._db.atomic():
            self._write_meta(MUNICIPALITY_KEY, code)
            self._write_meta(COMPARISON_KEY, None if comparison is None else json.dumps(
                list(comparison)))
