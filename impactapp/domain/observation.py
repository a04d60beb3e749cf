"""Register data imported for the common indicator set: one figure per region and period."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class Observation(NamedTuple):
    """One figure of an indicator for one region and period, as imported from its source.

    A named tuple rather than a dataclass: a single response holds up to 800,000 of them, and a
    tuple is made several times faster; its fields are in the order the store keeps them.
    """

    indicator: str  # "ind.low_income_households"
    region: str  # kommune ("0301") or bydel ("030101") code
    period: str  # the source's time code: "2024", "2022-2024", "2025U01"
    value: float | None  # None when the source publishes no figure (see status)
    status: str  # SSB's symbol (".", "..", ":", ...) or "" for an ordinary figure
    unit: str
    source_table: str  # e.g. SSB table "06947"
    updated: str  # the source's own 'updated' (ISO 8601 text), or ""
    fetched: datetime | None  # when the figures were fetched or imported
