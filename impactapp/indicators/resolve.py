"""Queries built from a place and resolved to the publisher's own codes before they are sent.

The catalog writes a query once for every municipality: ``{municipality}``, ``{districts}``
and ``{comparison}`` stand for the place's code, its bydeler and the municipalities it is
compared with. Before a first fetch the client reads the table's metadata; each region code
is then written as the table writes it (SSB's bydel tables say ``030101a`` where we say
``030101``), a region the table lacks is left out with a note rather than sent (one unknown
code makes SSB refuse the whole request), and any other code the table lacks is refused
here, before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from impactapp.domain.observation import Observation
from impactapp.domain.place import Place

from .comparison import NATIONAL_CODES, is_national
from .errors import ObservationError
from .tidy import REGION_NAMES, is_selection_expression

Query = Sequence[tuple[str, Sequence[str]]]
FrozenQuery = tuple[tuple[str, tuple[str, ...]], ...]

MUNICIPALITY = "{municipality}"
DISTRICTS = "{districts}"
COMPARISON = "{comparison}"
PLACEHOLDERS: tuple[str, ...] = (MUNICIPALITY, DISTRICTS, COMPARISON)

#: SSB's bydel tables add letters to the six digits (030101a; Oslo i alt 030100aa).
_LETTER_SUFFIX = re.compile(r"[a-z]{1,3}")


def is_region_dimension(name: str) -> bool:
    """Region, GEO, or KOSTRA's KOKkommuneregion0000 / KOKbydelsregion0000."""
    lower = name.lower()
    return (lower in REGION_NAMES or lower.startswith("geografi")
            or (lower.startswith("kok") and "region" in lower))


def region_dimension(query: Query) -> str | None:
    """The query's region dimension, or None."""
    return next((dim for dim, _ in query if is_region_dimension(dim)), None)


def has_placeholders(query: Query) -> bool:
    return any(code in PLACEHOLDERS for _, codes in query for code in codes)


def expand(query: Query, place: Place, extra: Iterable[str] = ()) -> FrozenQuery:
    """``query`` for ``place``: placeholders replaced, ``extra`` regions added to the region
    dimension (after the place's own), every code once."""
    region = region_dimension(query)
    out: list[tuple[str, tuple[str, ...]]] = []
    for dim, codes in query:
        expanded: list[str] = []
        for code in codes:
            if code == MUNICIPALITY:
                expanded.append(place.code)
            elif code == DISTRICTS:
                expanded.extend(d.code for d in place.districts)
            elif code == COMPARISON:
                expanded.extend(place.comparison)
            else:
                expanded.append(code)
        if dim == region and not any(is_selection_expression(c) for c in expanded):
            expanded.extend(extra)
        out.append((dim, tuple(dict.fromkeys(expanded))))
    return tuple(out)


def place_regions(place: Place) -> set[str]:
    """Every region code a fetch for ``place`` may store: its own, its districts', the
    compared municipalities' and the country's."""
    return {place.code, *(d.code for d in place.districts), *place.comparison, *NATIONAL_CODES}


def table_code(code: str, held: Sequence[str]) -> str | None:
    """How the table writes our region ``code``, or None when it does not have it."""
    held_set = set(held)
    if code in held_set:
        return code
    if is_national(code):
        return next((c for c in NATIONAL_CODES if c in held_set), None)
    if code.startswith("0") and code[1:] in held_set:
        return code[1:]  # Oslo's statistikkbank writes 30101 for 030101
    if len(code) == 6 and code.isdigit():
        matches = [h for h in held if h.startswith(code) and _LETTER_SUFFIX.fullmatch(h[6:])]
        if len(matches) == 1:
            return matches[0]
    return None


@dataclass(frozen=True)
class Resolved:
    """A query in the table's own codes, how to read its region codes back, and what was
    left out (our codes the table does not have)."""

    query: FrozenQuery
    ours: dict[str, str]  # table's region code -> ours
    left_out: tuple[str, ...]

    def note(self) -> str:
        if not self.left_out:
            return ""
        return "not in the table, left out: " + ", ".join(self.left_out)


def resolve(query: Query, dimensions: Mapping[str, Sequence[str]], source: str) -> Resolved:
    """``query`` in the codes of a table whose dimensions (id -> codes) are ``dimensions``.

    Raises ObservationError for a dimension or (non-region) code the table does not have,
    and when none of the regions asked for is in the table.
    """
    out: list[tuple[str, tuple[str, ...]]] = []
    ours: dict[str, str] = {}
    left_out: list[str] = []
    # A dimension read in another code list has codes its metadata does not list.
    listed = {dim[9:-1] for dim, _ in query if dim.startswith("codelist[")}
    for dim, codes in query:
        if dim.startswith("codelist["):
            out.append((dim, tuple(codes)))  # a code list to read a dimension in, not a dimension
            continue
        if dim not in dimensions:
            known = ", ".join(dimensions) or "none"
            raise ObservationError(source, dim, f"is not a dimension of the table (it has {known})")
        held = list(dimensions[dim])
        sent: list[str] = []
        for code in dict.fromkeys(codes):
            if code in PLACEHOLDERS:
                raise ObservationError(source, dim, f"{code} was not replaced by a place's codes")
            if is_selection_expression(code):
                sent.append(code)
            elif is_region_dimension(dim):
                found = table_code(code, held)
                if found is None or found in ours:
                    left_out.append(code)
                else:
                    # The country keeps the table's own code (0 or EAK): both mean Norway.
                    ours[found] = found if is_national(code) else code
                    sent.append(found)
            elif code in held or dim in listed:
                sent.append(code)
            else:
                shown = ", ".join(held[:8]) + (", ..." if len(held) > 8 else "")
                raise ObservationError(
                    source, dim, f"has no code '{code}' (the table's codes: {shown})"
                )
        if not sent:
            raise ObservationError(
                source, dim, "has none of the codes asked for: " + ", ".join(codes)
            )
        out.append((dim, tuple(sent)))
    return Resolved(tuple(out), ours, tuple(left_out))


def ours_only(observations: Iterable[Observation], resolved: Resolved) -> list[Observation]:
    """The observations of regions asked for, under our codes; any other region's figures
    (a publisher answering more than was asked) are dropped, never stored under a name."""
    kept: list[Observation] = []
    for obs in observations:
        code = resolved.ours.get(obs.region)
        if code is not None:
            kept.append(obs._replace(region=code) if code != obs.region else obs)
    return kept
