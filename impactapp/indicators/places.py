"""The place figures are fetched for until the database names its own: Oslo and its bydeler.

Callers ask ``default_place()`` in this one spot; where the municipality comes from (the
database, the first start, ``impactapp-cli municipality set``) is decided elsewhere.
"""

from __future__ import annotations

from impactapp.domain.place import District, Place

from .comparison import DEFAULT_COMPARISON

#: Oslo's 15 bydeler (SSB's standard for bydelsinndeling, KLASS 103).
OSLO_DISTRICTS: tuple[District, ...] = (
    District("030101", "Gamle Oslo"),
    District("030102", "Grünerløkka"),
    District("030103", "Sagene"),
    District("030104", "St. Hanshaugen"),
    District("030105", "Frogner"),
    District("030106", "Ullern"),
    District("030107", "Vestre Aker"),
    District("030108", "Nordre Aker"),
    District("030109", "Bjerke"),
    District("030110", "Grorud"),
    District("030111", "Stovner"),
    District("030112", "Alna"),
    District("030113", "Østensjø"),
    District("030114", "Nordstrand"),
    District("030115", "Søndre Nordstrand"),
)

OSLO = Place(
    code="0301",
    name="Oslo",
    districts=OSLO_DISTRICTS,
    comparison=tuple(code for code in DEFAULT_COMPARISON if code != "0301"),
)


def default_place() -> Place:
    """The place queries are built for when none is chosen: Oslo with its bydeler."""
    return OSLO
