"""The database's municipality and comparison municipalities, kept in the meta table.

The figures and districts in one database belong to one municipality, so the choice is a
property of the database (not of a user or a machine): everyone who opens it sees the same.
"""

from __future__ import annotations

import json

from impactapp.catalog.municipalities import RegionData
from impactapp.domain.place import Place

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


class UnknownMunicipality(ValueError):
    """A code that is not one of the 357 municipalities valid from 2024."""

    def __init__(self, codes: list[str]):
        self.codes = codes
        what = "is not a municipality number" if len(codes) == 1 else "are not municipality numbers"
        super().__init__(f"{', '.join(codes)} {what} valid from 2024 "
                         "(four digits, e.g. 3405 for Lillehammer).")


def database_place(store: PlaceSettings, data: RegionData) -> Place | None:
    """The database's Place (municipality, its districts, comparison), or None before the
    municipality is chosen (or when it names a code the region catalog lacks)."""
    code = store.municipality_code()
    if code is None or data.municipality(code) is None:
        return None
    chosen = store.comparison_codes()
    if chosen is not None:
        chosen = tuple(c for c in chosen if data.municipality(c) is not None)
    return data.place(code, chosen)


def choose_place(store: PlaceSettings, data: RegionData, code: str,
                 comparison: list[str] | None = None) -> Place:
    """Set the database's municipality (and comparison, None for the default) after checking
    every code; raises UnknownMunicipality naming the bad ones, changing nothing."""
    code = code.strip()
    wanted = [code, *(c.strip() for c in comparison or [])]
    bad = [c for c in dict.fromkeys(wanted) if data.municipality(c) is None]
    if bad:
        raise UnknownMunicipality(bad)
    chosen = None if comparison is None else tuple(c.strip() for c in comparison)
    store.set_place(code, chosen)
    place = database_place(store, data)
    assert place is not None
    return place
