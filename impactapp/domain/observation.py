"""Register data imported for the common indicator set: one figure per region and period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Observation:
    """One figure of an indicator for one region and period, as imported from its source."""

    indicator: str  # "ind.low_income_households"
    region: str  # kommune ("0301") or bydel ("030101") code
    period: str  # the source's time code: "2024", "2022-2024", "2025U01"
    value: float | None  # None when the source publishes no figure (see status)
    status: str  # SSB's symbol (".", "..", ":", ...) or "" for an ordinary figure
    unit: str
    source_table: str  # e.g. SSB table "06947"
    updated: str  # the source's own 'updated' (ISO 8601 text), or ""
    fetched: datetime | None  # when the figures were fetched or imported
