"""The shipped regions/ folder: Norway's 357 municipalities valid from 2024, the counties, the
official city districts (bydeler) and the KOSTRA groups, read and checked once.

Any municipality can be a database's home (see ``impactapp.domain.place``); this catalog is
where its name, districts and default comparison municipalities come from.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from impactapp.domain.model import Catalog, Region
from impactapp.domain.place import District, Place

from ..resources import resource_dir
from .errors import CatalogError, CatalogInvalid
from .place_query import indicators_for_place

FOLDER = "regions"
MUNICIPALITIES = "kommuner_2024.csv"
COUNTIES = "fylker_2024.csv"
DISTRICTS = "bydeler.csv"
KOSTRA_GROUPS = "kostragrupper.csv"
KOSTRA_MEMBERS = "kostragrupper_medlemmer.csv"
LARGEST = "storste_kommuner.csv"
#: The number of municipalities valid from 1 January 2024.
MUNICIPALITY_COUNT = 357

_KOMMUNE = re.compile(r"[0-9]{4}")
_COUNTY = re.compile(r"[0-9]{2}")
_DISTRICT = re.compile(r"[0-9]{6}")
#: SSB's code for "district not given" ends in 99; it is no place a case can affect.
_UNSPECIFIED = "Uoppgitt"


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str  # the Norwegian name, e.g. "Trondheim"
    official_name: str  # SSB's multilingual name where there is one, else the name
    county: str

    def label(self) -> str:
        """ "3405 Lillehammer", as the chooser lists it."""
        return f"{self.code} {self.official_name}"


@dataclass(frozen=True)
class RegionData:
    """Everything in regions/, by code, in file order."""

    municipalities: dict[str, Municipality]
    counties: dict[str, str]  # fylkesnummer -> name
    districts: dict[str, tuple[District, ...]]  # kommunenummer -> its official districts
    kostra_groups: dict[str, int]  # kommunenummer -> group, only where a source says so
    ten_largest: tuple[str, ...]
    county_largest: dict[str, str] = field(default_factory=dict)  # fylkesnummer -> kommune

    def municipality(self, code: str) -> Municipality | None:
        return self.municipalities.get(code.strip())

    def search(self, text: str) -> list[Municipality]:
        """The municipalities whose number or name (any language) contains ``text``."""
        wanted = _folded(text)
        return [m for m in self.municipalities.values()
                if not wanted or wanted in _folded(f"{m.code} {m.name} {m.official_name}")]

    def default_comparison(self, code: str) -> tuple[str, ...]:
        """Whom ``code`` is compared with until the user chooses: the other members of its
        KOSTRA group where the group is known, else its county's largest municipality and the
        ten largest in the country (never itself)."""
        group = self.kostra_groups.get(code)
        if group is not None:
            peers = tuple(c for c, g in self.kostra_groups.items() if g == group and c != code)
            if peers:
                return peers
        municipality = self.municipalities.get(code)
        largest = self.county_largest.get(municipality.county) if municipality else None
        codes = ([largest] if largest else []) + list(self.ten_largest)
        return tuple(c for c in dict.fromkeys(codes) if c != code)

    def place(self, code: str, comparison: Iterable[str] | None = None) -> Place:
        """The Place of municipality ``code`` with its districts; KeyError for an unknown code."""
        municipality = self.municipalities[code]
        chosen = self.default_comparison(code) if comparison is None else tuple(comparison)
        return Place(municipality.code, municipality.name, self.districts.get(code, ()),
                     tuple(c for c in dict.fromkeys(chosen) if c != code))


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Reader:
    """Reads one CSV file of the folder, collecting problems with their line numbers."""

    def __init__(self, folder: Path, errors: list[CatalogError]):
        self.folder = folder
        self.errors = errors

    def rows(self, name: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
        file = f"{FOLDER}/{name}"
        try:
            text = (self.folder / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            self.errors.append(CatalogError(file, None, "", "the file is missing"))
            return []
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(CatalogError(file, None, "", f"cannot be read ({exc})"))
            return []
        reader = csv.DictReader(text.splitlines(), delimiter=";")
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            self.errors.append(CatalogError(file, 1, "", "the header lacks the column(s) "
                                            + ", ".join(missing)))
            return []
        return [(i, {k: (v or "").strip() for k, v in row.items() if k})
                for i, row in enumerate(reader, start=2)]

    def code(self, name: str, line: int, column: str, value: str, pattern: re.Pattern) -> bool:
        if pattern.fullmatch(value):
            return True
        self.errors.append(CatalogError(f"{FOLDER}/{name}", line, column,
                                        f"'{value}' is not a code of {pattern.pattern[-2]} digits"))
        return False

    def error(self, name: str, line: int, column: str, message: str) -> None:
        self.errors.append(CatalogError(f"{FOLDER}/{name}", line, column, message))


def read_region_data(folder: Path | None = None) -> RegionData:
    """Read and check regions/; raises CatalogInvalid listing every problem found."""
    folder = Path(folder) if folder is not None else resource_dir(FOLDER)
    errors: list[CatalogError] = []
    r = _Reader(folder, errors)
    counties: dict[str, str] = {}
    for line, row in r.rows(COUNTIES, ("fylkesnummer", "fylkesnavn")):
        if r.code(COUNTIES, line, "fylkesnummer", row["fylkesnummer"], _COUNTY):
            counties[row["fylkesnummer"]] = row["fylkesnavn"]
    municipalities = _municipalities(r, counties)
    districts = _districts(r, municipalities)
    groups = _kostra(r, municipalities)
    ten, county_largest = _largest(r, municipalities)
    if not errors and len(municipalities) != MUNICIPALITY_COUNT:
        r.error(MUNICIPALITIES, None, "", f"{len(municipalities)} municipalities found, "
                f"{MUNICIPALITY_COUNT} expected (the division valid from 2024)")
    if errors:
        raise CatalogInvalid(errors)
    return RegionData(municipalities, counties, districts, groups, ten, county_largest)


def _municipalities(r: _Reader, counties: dict[str, str]) -> dict[str, Municipality]:
    out: dict[str, Municipality] = {}
    columns = ("kommunenummer", "navn", "navn_samisk_eller_kvensk", "fylkesnummer")
    for line, row in r.rows(MUNICIPALITIES, columns):
        code, name, county = row["kommunenummer"], row["navn"], row["fylkesnummer"]
        if not r.code(MUNICIPALITIES, line, "kommunenummer", code, _KOMMUNE):
            continue
        if code in out:
            r.error(MUNICIPALITIES, line, "kommunenummer", f"'{code}' is listed twice")
        elif not name:
            r.error(MUNICIPALITIES, line, "navn", f"municipality {code} has no name")
        elif county not in counties or not code.startswith(county):
            r.error(MUNICIPALITIES, line, "fylkesnummer",
                    f"'{county}' is not the county of municipality {code}")
        else:
            official = row["navn_samisk_eller_kvensk"] or name
            out[code] = Municipality(code, unicodedata.normalize("NFC", name),
                                     unicodedata.normalize("NFC", official), county)
    return out


def _districts(r: _Reader, municipalities: dict[str, Municipality]) -> dict[
        str, tuple[District, ...]]:
    found: dict[str, list[District]] = {}
    seen: set[str] = set()
    for line, row in r.rows(DISTRICTS, ("kommunenummer", "bydelskode", "navn")):
        kommune, code, name = row["kommunenummer"], row["bydelskode"], row["navn"]
        if not r.code(DISTRICTS, line, "bydelskode", code, _DISTRICT):
            continue
        if kommune not in municipalities or not code.startswith(kommune):
            r.error(DISTRICTS, line, "kommunenummer",
                    f"district {code} does not belong to a known municipality '{kommune}'")
        elif code in seen:
            r.error(DISTRICTS, line, "bydelskode", f"'{code}' is listed twice")
        elif name != _UNSPECIFIED:
            seen.add(code)
            found.setdefault(kommune, []).append(District(code, name))
    return {kommune: tuple(ds) for kommune, ds in found.items()}


def _kostra(r: _Reader, municipalities: dict[str, Municipality]) -> dict[str, int]:
    known: set[int] = set()
    for line, row in r.rows(KOSTRA_GROUPS, ("kostragruppe", "kode")):
        if row["kostragruppe"].isdigit():
            known.add(int(row["kostragruppe"]))
        else:
            r.error(KOSTRA_GROUPS, line, "kostragruppe", f"'{row['kostragruppe']}' is no number")
    groups: dict[str, int] = {}
    for line, row in r.rows(KOSTRA_MEMBERS, ("kommunenummer", "kostragruppe")):
        code, group = row["kommunenummer"], row["kostragruppe"]
        if code not in municipalities:
            r.error(KOSTRA_MEMBERS, line, "kommunenummer", f"'{code}' is no municipality")
        elif not group.isdigit() or int(group) not in known:
            r.error(KOSTRA_MEMBERS, line, "kostragruppe", f"'{group}' is no KOSTRA group")
        else:
            groups[code] = int(group)
    return groups


def _largest(r: _Reader, municipalities: dict[str, Municipality]) -> tuple[
        tuple[str, ...], dict[str, str]]:
    ten: list[str] = []
    county: dict[str, str] = {}
    for line, row in r.rows(LARGEST, ("kommunenummer", "rolle")):
        code, role = row["kommunenummer"], row["rolle"]
        if code not in municipalities:
            r.error(LARGEST, line, "kommunenummer", f"'{code}' is no municipality")
        elif role == "ti_storste":
            ten.append(code)
        elif role == "fylkets_storste":
            county[municipalities[code].county] = code
        else:
            r.error(LARGEST, line, "rolle", f"'{role}' is not ti_storste or fylkets_storste")
    return tuple(ten), county


@functools.cache
def region_data() -> RegionData:
    """The shipped (or configured) regions/ folder, read once per process."""
    return read_region_data()


def catalog_for_place(catalog: Catalog, place: Place, data: RegionData) -> Catalog:
    """``catalog`` for a database whose home is ``place``: its regions are the municipality
    first, then its own districts, then every other municipality (so that the comparison and
    the names of other municipalities are known); another municipality's districts are not in
    it, so a case rating them does not validate. Its indicators' queries ask for ``place``."""
    regions: dict[str, Region] = {place.code: Region(place.code, place.name, "kommune")}
    for district in place.districts:
        regions[district.code] = Region(district.code, district.name, "bydel", place.code)
    for municipality in data.municipalities.values():
        regions.setdefault(municipality.code, Region(municipality.code, municipality.name,
                                                     "kommune"))
    return dataclasses.replace(catalog, regions=regions,
                               indicators=indicators_for_place(catalog.indicators, place))


def catalog_with_all_districts(catalog: Catalog, data: RegionData) -> Catalog:
    """``catalog`` knowing every municipality and every official district in the country:
    for reading a case file before asking whether its districts are the database's."""
    regions = dict(catalog.regions)
    for municipality in data.municipalities.values():
        regions.setdefault(municipality.code, Region(municipality.code, municipality.name,
                                                     "kommune"))
        for district in data.districts.get(municipality.code, ()):
            regions.setdefault(district.code, Region(district.code, district.name, "bydel",
                                                     municipality.code))
    return dataclasses.replace(catalog, regions=regions)
