"""Indicator data in the database: observations per indicator, region and period, and the
cache of SSB's responses.

Re-importing an indicator replaces every row it has from the same source table, in one
transaction, so figures are never duplicated and a withdrawn figure does not linger.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from impactapp.domain.observation import Observation

from .content import parse_timestamp, timestamp
from .core import StoreCore, guarded

_COLUMNS = "indicator, region, period, value, status, unit, source_table, updated, fetched"
_CHUNK = 500  # region codes per IN (...), well below SQLite's limit on parameters


@dataclass(frozen=True)
class CachedResponse:
    """A response kept for a table and query: SSB's 'updated', when fetched, the JSON text."""

    table_id: str
    query_key: str
    updated: str
    fetched: datetime
    response: str


class IndicatorDataSummary(NamedTuple):
    """What the store holds for one indicator: its latest period and when it was fetched."""

    latest_period: str
    fetched: datetime | None


def _observation(row: Sequence[Any]) -> Observation:
    indicator, region, period, value, status, unit, table, updated, fetched = row
    return Observation(
        indicator, region, period, value, status, unit, table, updated, parse_timestamp(fetched)
    )


class Observations(StoreCore):
    """Reading and replacing indicator observations; the SSB response cache."""

    @guarded
    def replace_observations(self, indicator: str, observations: Iterable[Observation]) -> int:
        """Store ``observations`` of ``indicator`` in place of its rows from the same source
        tables; returns how many rows it now has from them. All or nothing."""
        items = list(observations)
        stray = next((o.indicator for o in items if o.indicator != indicator), None)
        if stray is not None:
            raise ValueError(f"an observation of {stray} was given for {indicator}")
        # One import has one fetch time (or a few): each is spelled once, not once per row.
        moments = {o.fetched for o in items}
        stamps = {m: timestamp(m) for m in moments if m is not None}
        rows = [
            (indicator, o.region, o.period, o.value, o.status, o.unit, o.source_table,
             o.updated, stamps.get(o.fetched))
            for o in items
        ]
        if not rows:
            return 0
        tables = sorted({row[6] for row in rows})
        with self._db.atomic():
            for table in tables:
                self._db.execute(
                    "DELETE FROM observations WHERE indicator = ? AND source_table = ?",
                    [indicator, table],
                )
            # A figure for the same region and period from another table is replaced too.
            self._db.conn.executemany(
                f"INSERT INTO observations ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (indicator, region, period) DO UPDATE SET value = excluded.value,"
                " status = excluded.status, unit = excluded.unit,"
                " source_table = excluded.source_table, updated = excluded.updated,"
                " fetched = excluded.fetched",
                rows,
            )
            marks = ", ".join("?" for _ in tables)
            held = self._db.execute(
                "SELECT COUNT(*) FROM observations"
                f" WHERE indicator = ? AND source_table IN ({marks})",
                [indicator, *tables],
            ).fetchone()[0]
        return int(held)

    @guarded
    def observations(
        self, indicator: str, regions: Iterable[str] | None = None
    ) -> list[Observation]:
        """The indicator's observations by region and period (only ``regions`` if given)."""
        sql = f"SELECT {_COLUMNS} FROM observations WHERE indicator = ?"
        if regions is None:
            cursor = self._db.execute(sql + " ORDER BY region, period", [indicator])
            return [_observation(row) for row in cursor.fetchall()]
        wanted = list(dict.fromkeys(regions))
        found: list[Observation] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            cursor = self._db.execute(f"{sql} AND region IN ({marks})", [indicator, *chunk])
            found.extend(_observation(row) for row in cursor.fetchall())
        return sorted(found, key=lambda o: (o.region, o.period))

    @guarded
    def latest_observation(
        self, indicator: str, region: str, *, with_value: bool = True
    ) -> Observation | None:
        """The observation of the latest period for the region; by default the latest that
        has a figure (a newer period published only as a symbol such as .. is passed over)."""
        having = " AND value IS NOT NULL" if with_value else ""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM observations WHERE indicator = ? AND region = ?{having}"
            " ORDER BY period DESC LIMIT 1",
            [indicator, region],
        ).fetchone()
        return None if row is None else _observation(row)

    @guarded
    def indicator_summary(self) -> dict[str, IndicatorDataSummary]:
        """Indicator id -> (its latest period, when its data was last fetched), for every
        indicator with data."""
        cursor = self._db.execute(
            "SELECT indicator, MAX(period), MAX(fetched) FROM observations GROUP BY indicator"
            " ORDER BY indicator"
        )
        return {
            indicator: IndicatorDataSummary(period, parse_timestamp(fetched))
            for indicator, period, fetched in cursor.fetchall()
        }

    @guarded
    def cache_get(self, table_id: str, query_key: str) -> CachedResponse | None:
        row = self._db.execute(
            "SELECT updated, fetched, response FROM ssb_cache"
            " WHERE table_id = ? AND query_key = ?",
            [table_id, query_key],
        ).fetchone()
        if row is None:
            return None
        updated, fetched, response = row
        return CachedResponse(table_id, query_key, updated, datetime.fromisoformat(fetched),
                              response)

    @guarded
    def cache_put(
        self, table_id: str, query_key: str, updated: str, fetched: datetime, response: str
    ) -> None:
        """Keep ``response`` as the one cached for this table and query (replacing any)."""
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO ssb_cache (table_id, query_key, updated, fetched, response)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_id, query_key) DO UPDATE SET"
                " updated = excluded.updated, fetched = excluded.fetched,"
                " response = excluded.response",
                [table_id, query_key, updated, timestamp(fetched), response],
            )
