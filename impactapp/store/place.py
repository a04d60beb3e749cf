"""The database's municipality and comparison municipalities: choosing them, reading them back.

The figures and districts in one database belong to one municipality, so the choice is a
property of the database (not of a user or a machine): everyone who opens it sees the same.
"""

from __future__ import annotations

from typing import Protocol

from impactapp.catalog.municipalities import RegionData
from impactapp.domain.place import Place


class PlaceKeeper(Protocol):
    """The part of a store that holds the database's municipality."""

    def municipality_code(self) -> str | None: ...

    def comparison_codes(self) -> tuple[str, ...] | None: ...

    def set_place(self, code: str, comparison: tuple[str, ...] | None = None) -> None: ...


class UnknownMunicipality(ValueError):
    """A code that is not one of the 357 municipalities valid from 2024."""

    def __init__(self, codes: list[str]):
        self.codes = codes
        what = "is not a municipality number" if len(codes) == 1 else "are not municipality numbers"
        super().__init__(f"{', '.join(codes)} {what} valid from 2024 "
                         "(four digits, e.g. 3405 for Lillehammer).")


def database_place(store: PlaceKeeper, data: RegionData) -> Place | None:
    """The database's Place (municipality, its districts, comparison), or None before the
    municipality is chosen (or when it names a code the region catalog lacks)."""
    code = store.municipality_code()
    if code is None or data.municipality(code) is None:
        return None
    chosen = store.comparison_codes()
    if chosen is not None:
        chosen = tuple(c for c in chosen if data.municipality(c) is not None)
    return data.place(code, chosen)


def choose_place(store: PlaceKeeper, data: RegionData, code: str,
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
