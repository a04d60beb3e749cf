"""An indicator's query for the database's municipality instead of the catalog's example.

The catalog's queries name one municipality (Oslo, 0301) and its bydeler as an example. A
database for another municipality asks for its own code and its own districts in their
place, so that a fetch never stores one municipality's figures under another's name: a
municipality without districts asks for none.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from impactapp.domain.model import Indicator
from impactapp.domain.place import Place

_KOMMUNE = re.compile(r"[0-9]{4}")
_DISTRICT = re.compile(r"[0-9]{6}")
#: Dimension ids (lower case) that hold regions: the same names impactapp.indicators.tidy
#: reads as the region (REGION_NAMES); a period dimension's "2023" is no municipality.
REGION_DIMENSIONS: tuple[str, ...] = ("region", "geo", "bydel", "kommune", "område", "omrade")

Query = Sequence[tuple[str, Sequence[str]]]


def region_codes_for_place(codes: Sequence[str], place: Place) -> tuple[str, ...]:
    """``codes`` with every municipality code replaced by the place's and every district code
    by the place's districts (once each, in the order first met); others (the country's "0"
    or "EAK", expressions such as ``top(5)``) kept."""
    out: list[str] = []
    for code in codes:
        if _KOMMUNE.fullmatch(code):
            out.append(place.code)
        elif _DISTRICT.fullmatch(code):
            out.extend(d.code for d in place.districts)
        else:
            out.append(code)
    return tuple(dict.fromkeys(out))


def query_for_place(query: Query, place: Place) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``query`` asking for ``place`` (see ``region_codes_for_place``) in its region dimension."""
    dim = next((d for d, _ in query if d.lower() in REGION_DIMENSIONS), None)
    return tuple((d, region_codes_for_place(codes, place) if d == dim else tuple(codes))
                 for d, codes in query)


def indicators_for_place(indicators: dict[str, Indicator], place: Place) -> dict[
        str, Indicator]:
    """Every indicator asking for ``place``."""
    return {key: indicator_for_place(indicator, place) for key, indicator in indicators.items()}


def indicator_for_place(indicator: Indicator, place: Place | None) -> Indicator:
    """The indicator whose query asks for ``place``; unchanged when there is no place."""
    if place is None:
        return indicator
    source = dataclasses.replace(indicator.source,
                                 query=query_for_place(indicator.source.query, place))
    return dataclasses.replace(indicator, source=source)
