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

from .comparison import is_national, region_dimension
from .tidy import is_selection_expression

_KOMMUNE = re.compile(r"[0-9]{4}")
_DISTRICT = re.compile(r"[0-9]{6}")

Query = Sequence[tuple[str, Sequence[str]]]


def region_codes_for_place(codes: Sequence[str], place: Place) -> tuple[str, ...]:
    """``codes`` with every municipality code replaced by the place's and every district code
    by the place's districts (once each, in the order first met); others kept."""
    out: list[str] = []
    for code in codes:
        if is_national(code) or is_selection_expression(code):
            out.append(code)
        elif _KOMMUNE.fullmatch(code):
            out.append(place.code)
        elif _DISTRICT.fullmatch(code):
            out.extend(d.code for d in place.districts)
        else:
            out.append(code)
    return tuple(dict.fromkeys(out))


def query_for_place(query: Query, place: Place) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``query`` asking for ``place`` (see ``region_codes_for_place``) in its region dimension."""
    dim = region_dimension(query)
    return tuple((d, region_codes_for_place(codes, place) if d == dim else tuple(codes))
                 for d, codes in query)


def indicator_for_place(indicator: Indicator, place: Place | None) -> Indicator:
    """The indicator whose query asks for ``place``; unchanged when there is no place."""
    if place is None:
        return indicator
    source = dataclasses.replace(indicator.source,
                                 query=query_for_place(indicator.source.query, place))
    return dataclasses.replace(indicator, source=source)
