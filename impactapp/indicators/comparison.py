"""Comparing a municipality with others: the default set, and queries that include them.

A common indicator set exists so that municipalities can compare themselves with each other.
The comparison asks the indicator's own table for more regions (a variant of its query);
the figures are stored like any others, under their own region codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from impactapp.domain.model import Text

from .jsonstat import Dataset
from .tidy import REGION_NAMES, is_selection_expression, region_and_period

Query = Sequence[tuple[str, Sequence[str]]]

#: SSB's code for the whole country in most tables ("0 Hele landet"); KOSTRA tables use
#: "EAK" ("Landet") instead. A fetch asks the table's metadata which of the two it has.
NATIONAL = "0"
NATIONAL_CODES: tuple[str, ...] = ("0", "EAK")
NATIONAL_NAME = Text("Hele landet", "Norway")

#: The ten most populous municipalities (SSB, 1 January 2024), with the kommunenummer valid
#: from 2024, after Viken and Vestfold og Telemark were split again (Bærum 3024 -> 3201,
#: Asker 3025 -> 3203, Lillestrøm 3030 -> 3205, Drammen 3005 -> 3301, Fredrikstad 3004 -> 3107).
#: Fredrikstad and Sandnes (1108) are close in size and may change places from year to year;
#: tables that still use the 2020-2023 numbers need the older codes.
LARGEST_MUNICIPALITIES: tuple[tuple[str, str], ...] = (
    ("0301", "Oslo"),
    ("4601", "Bergen"),
    ("5001", "Trondheim"),
    ("1103", "Stavanger"),
    ("3201", "Bærum"),
    ("4204", "Kristiansand"),
    ("3301", "Drammen"),
    ("3203", "Asker"),
    ("3205", "Lillestrøm"),
    ("3107", "Fredrikstad"),
)
#: What the view compares with until the user chooses otherwise.
DEFAULT_COMPARISON: tuple[str, ...] = (*(code for code, _ in LARGEST_MUNICIPALITIES), NATIONAL)


def is_national(code: str) -> bool:
    return code in NATIONAL_CODES


def region_name(code: str, lang: str, known: dict[str, str] | None = None) -> str:
    """A region's name: from ``known`` (the catalog's regions), the default set, or the code."""
    if known and code in known:
        return known[code]
    if is_national(code):
        return NATIONAL_NAME.get(lang)
    return dict(LARGEST_MUNICIPALITIES).get(code, code)


def with_national_codes(regions: Iterable[str]) -> tuple[str, ...]:
    """``regions`` with every code of the national figure when one of them is asked for, so
    that a file naming the country EAK matches a choice of 0 (and the other way round)."""
    codes = tuple(dict.fromkeys(regions))
    if any(is_national(code) for code in codes):
        codes += tuple(code for code in NATIONAL_CODES if code not in codes)
    return codes


def region_dimension(query: Query) -> str | None:
    """The query's region dimension (Region, GEO, ...), or None when it names none."""
    return next((dim for dim, _ in query if dim.lower() in REGION_NAMES), None)


def query_regions(query: Query) -> tuple[str, ...]:
    """The region codes the query names one by one (none when it selects by expression)."""
    dim = region_dimension(query)
    codes = next((codes for d, codes in query if d == dim), ()) if dim else ()
    if any(is_selection_expression(code) for code in codes):
        return ()
    return tuple(codes)


def with_regions(query: Query, regions: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``query`` asking also for ``regions`` (after its own); unchanged when it names no
    regions one by one, since it then asks for them all already or cannot say which."""
    dim = region_dimension(query)
    own = query_regions(query)
    extra = [code for code in dict.fromkeys(regions) if code not in own]
    out: list[tuple[str, tuple[str, ...]]] = []
    for d, codes in query:
        if d == dim and own and extra:
            out.append((d, (*own, *extra)))
        else:
            out.append((d, tuple(codes)))
    return tuple(out)


def regions_in_table(metadata: Dataset, wanted: Iterable[str]) -> tuple[str, ...]:
    """The ``wanted`` region codes the table has, by its metadata; the national figure under
    the code the table uses for it (0 or EAK). Raises ObservationError without a region."""
    region, _ = region_and_period(metadata, "metadata")
    held = set(region.codes)
    national = next((code for code in NATIONAL_CODES if code in held), None)
    found: list[str] = []
    for code in wanted:
        if is_national(code):
            code = national or ""
        if code in held and code not in found:
            found.append(code)
    return tuple(found)
