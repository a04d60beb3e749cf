"""Whether a case's district ratings belong to the database's municipality.

A case rated for Oslo's bydeler means nothing in Bergen: such a case is refused on import, or
imported without those ratings when the user asks for that.
"""

from __future__ import annotations

import copy
import re

from .model import Case
from .place import Place

_DISTRICT = re.compile(r"[0-9]{6}")


def case_districts(case: Case) -> list[str]:
    """Every district code the case names (ratings per district, indicator links), sorted."""
    codes = {code for alt in case.alternatives for a in alt.assessments for code in a.districts}
    codes |= {link.region for link in case.indicators if _DISTRICT.fullmatch(link.region)}
    return sorted(codes)


def foreign_districts(case: Case, place: Place) -> list[str]:
    """The district codes in ``case`` that are not ``place``'s own districts, sorted."""
    own = {d.code for d in place.districts}
    return [code for code in case_districts(case) if code not in own]


def without_districts(case: Case, codes: set[str] | list[str]) -> Case:
    """A copy of ``case`` without its ratings for ``codes`` and its indicator links to them."""
    drop = set(codes)
    out = copy.deepcopy(case)
    for alt in out.alternatives:
        for a in alt.assessments:
            a.districts = {k: v for k, v in a.districts.items() if k not in drop}
    out.indicators = [link for link in out.indicators if link.region not in drop]
    return out


def foreign_districts_clause(codes: list[str], place: Place) -> str:
    """Which districts are not the municipality's, in English, for a refusal's sentence."""
    listed = ", ".join(codes)
    own = (f"whose districts are {place.districts[0].code}-{place.districts[-1].code}"
           if place.districts else "which has no official districts")
    return f"the case rates districts {listed}, which are not in {place.name} ({place.code}, {own})"
