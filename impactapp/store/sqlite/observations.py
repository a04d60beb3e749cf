"""Indicator data in the database: observations per indicator, region and period, and the
cache of SSB's responses.

Re-importing an indicator replaces, for each region the new data covers, every row it has
from the same source table, in one transaction: figures are never duplicated and a withdrawn
figure does not linger, while regions the new data does not cover (other municipalities
fetched for comparison, bydeler imported from a CSV file) keep theirs.
"""

from __future__ import annotations

import json
import math
import operator
import random
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from impactapp.domain.observation import Observation
from impactapp.gcpause import collector_paused

from ..content import parse_timestamp, timestamp
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


# A figure for the same region and period from another table is replaced too.
_UPSERT = (
    " ON CONFLICT (indicator, region, period) DO UPDATE SET value = excluded.value,"
    " status = excluded.status, unit = excluded.unit, source_table = excluded.source_table,"
    " updated = excluded.updated, fetched = excluded.fetched"
)
# Rows sharing unit, table, 'updated' and fetch time go in as one JSON array that SQLite takes
# apart itself: a response holds up to 800,000 cells, and a statement per row costs more than
# reading the whole response. ("WHERE true" keeps ON CONFLICT from parsing as a join clause.)
_BULK_INSERT = (
    f"INSERT INTO observations ({_COLUMNS})"
    " SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
    " json_extract(value, '$[2]'), json_extract(value, '$[3]'), ?2, ?3, ?4, ?5"
    " FROM json_each(?6) WHERE true" + _UPSERT
)
_ROW_INSERT = f"INSERT INTO observations ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" + _UPSERT

_json_reals_exact: bool | None = None


def _reads_json_reals_exactly(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite turns JSON numbers into exactly the doubles Python wrote.

    SQLite before 3.43 parses decimal text with ``long double`` where the platform has one;
    where it has not (e.g. MSVC builds) the last bit can differ, and figures must be stored
    exactly: such a library gets one statement per row instead. Checked once per process.
    """
    global _json_reals_exact
    if _json_reals_exact is None:
        rng = random.Random(7)
        probe = [rng.uniform(-1e6, 1e6) for _ in range(2000)]
        probe += [round(x, 1) for x in probe[:1000]] + [rng.random() * 1e-300, 1.7e308]
        back = [row[0] for row in conn.execute("SELECT value FROM json_each(?)",
                                               [json.dumps(probe)])]
        _json_reals_exact = back == probe
    return _json_reals_exact


_KEY_AND_FIGURE = operator.itemgetter(1, 2, 3, 4)  # region, period, value, status
_SHARED = operator.itemgetter(5, 6, 7, 8)  # unit, source table, updated, fetched


def _insert(conn: sqlite3.Connection, indicator: str, items: Sequence[Observation]) -> None:
    """Insert the observations (all of ``indicator``) inside the caller's transaction."""
    # One import has one fetch time (or a few): each is spelled once, not once per row.
    stamps = {m: timestamp(m) for m in {o.fetched for o in items} if m is not None}
    if not _reads_json_reals_exactly(conn):
        _refuse_non_finite(indicator, items)
        # The fields are in the columns' order: all but the fetch time go in as they are.
        conn.executemany(_ROW_INSERT, ((*o[:8], stamps.get(o[8])) for o in items))
        return
    shared = set(map(_SHARED, items))
    if len(shared) == 1:
        groups = {shared.pop(): list(map(_KEY_AND_FIGURE, items))}
    else:
        groups = {}
        for o in items:
            groups.setdefault(_SHARED(o), []).append(_KEY_AND_FIGURE(o))
    for (unit, table, updated, fetched), rows in groups.items():
        try:
            text = json.dumps(rows, allow_nan=False)
        except ValueError:
            _refuse_non_finite(indicator, items)
            raise
        conn.execute(_BULK_INSERT, [indicator, unit, table, updated, stamps.get(fetched), text])


def _refuse_non_finite(indicator: str, items: Sequence[Observation]) -> None:
    for o in items:
        if o.value is not None and not math.isfinite(o.value):
            raise ValueError(
                f"{indicator} has a figure that is not a finite number for region {o.region},"
                f" period {o.period}: {o.value}"
            )


class Observations(StoreCore):
    """Reading and replacing indicator observations; the SSB response cache."""

    @guarded
    def replace_observations(self, indicator: str, observations: Iterable[Observation]) -> int:
        """Store ``observations`` of ``indicator`` in place of its rows from the same source
        tables for the same regions; returns how many rows those regions now have from those
        tables (the figures this import stored). All or nothing."""
        items = observations if isinstance(observations, list) else list(observations)
        if not items:
            return 0
        stray = next((o.indicator for o in items if o.indicator != indicator), None)
        if stray is not None:
            raise ValueError(f"an observation of {stray} was given for {indicator}")
        tables = sorted({o.source_table for o in items})
        regions = json.dumps(list({o.region: None for o in items}))
        in_scope = (
            "indicator = ? AND source_table = ?"
            " AND region IN (SELECT value FROM json_each(?))"
        )
        with self._db.atomic():
            for table in tables:
                self._db.execute(f"DELETE FROM observations WHERE {in_scope}",
                                 [indicator, table, regions])
            with collector_paused():  # hundreds of thousands of tuples, no cycles
                _insert(self._db.conn, indicator, items)
            held = sum(
                self._db.execute(f"SELECT COUNT(*) FROM observations WHERE {in_scope}",
                                 [indicator, table, regions]).fetchone()[0]
                for table in tables
            )
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
