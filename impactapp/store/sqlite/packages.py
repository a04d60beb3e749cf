"""Storing an indicator data package: every indicator's figures in one transaction, and a
note of where they came from."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from impactapp.domain.observation import Observation

from ..content import timestamp
from .core import StoreCore, guarded
from .schema import META_TABLE

PACKAGE_KEY = "indicator_package"


class PackageImports(StoreCore):
    """All of a package or nothing; the last package imported, kept in the meta table."""

    @guarded
    def replace_package_observations(
        self, by_indicator: Mapping[str, list[Observation]], *, name: str, created: datetime,
        municipality: str,
    ) -> dict[str, int]:
        """Store each indicator's observations (as ``replace_observations`` does) in one
        transaction; returns the rows stored per indicator."""
        counts: dict[str, int] = {}
        note = json.dumps({"file": name, "created": timestamp(created),
                           "imported": timestamp(self._clock.now()),
                           "municipality": municipality,
                           "indicators": sorted(by_indicator)}, ensure_ascii=False)
        replace = self.replace_observations  # type: ignore[attr-defined]  # Observations'
        with self._db.atomic():
            for indicator, observations in by_indicator.items():
                counts[indicator] = replace(indicator, observations)
            self._db.execute(
                f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [PACKAGE_KEY, note])
        return counts

    @guarded
    def last_package(self) -> dict | None:
        """What the last imported package was (file, created, imported, indicators), if any."""
        row = self._db.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?",
                               [PACKAGE_KEY]).fetchone()
        try:
            return json.loads(row[0]) if row else None
        except ValueError:
            return None
