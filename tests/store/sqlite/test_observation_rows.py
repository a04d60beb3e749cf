"""Indicator figures in the SQLite file: the cache's rows, the 0003 upgrade, both insert paths."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from impactapp.domain.observation import Observation
from impactapp.store import Store
from impactapp.store.sqlite.database import Database
from impactapp.store.sqlite.schema import TABLES, migrations

FETCHED = datetime(2026, 1, 5, 8, 30, tzinfo=UTC)


def obs(region: str, period: str, value: float | None, status: str = "", *,
        indicator: str = "ind.low_income_households", table: str = "06947") -> Observation:
    return Observation(indicator, region, period, value, status, "prosent", table,
                       "2025-06-12T06:00:00Z", FETCHED)


GRID = [obs(r, p, float(i)) for i, (r, p) in enumerate(
    [(r, p) for r in ("0301", "030101", "030102") for p in ("2021", "2022", "2023")])]


def count(store: Store, indicator: str = "ind.low_income_households") -> int:
    return len(store.observations(indicator))


def test_the_cache_keeps_one_response_per_table_and_query(store: Store):
    assert store.cache_get("06947", "data?a") is None
    store.cache_put("06947", "data?a", "2025-06-12T06:00:00Z", FETCHED, '{"x": 1}')
    store.cache_put("06947", "data?b", "", FETCHED, "{}")
    later = FETCHED + timedelta(hours=1)
    store.cache_put("06947", "data?a", "2025-07-01T06:00:00Z", later, '{"x": 2}')
    entry = store.cache_get("06947", "data?a")
    assert (entry.updated, entry.fetched, entry.response) == ("2025-07-01T06:00:00Z", later,
                                                              '{"x": 2}')
    assert store.db.execute("SELECT COUNT(*) FROM ssb_cache").fetchone()[0] == 2


def test_a_schema_2_database_gets_the_indicator_tables(tmp_path: Path):
    path = tmp_path / "v2.db"
    with Store.open(path) as store:
        store.replace_observations("ind.low_income_households", GRID)
    # Turn it back into a database from before migration 0003.
    db = Database(path)
    db.execute("DROP TABLE observations")
    db.execute("DROP TABLE ssb_cache")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_indicators'")
    db.conn.commit()
    db.close()
    with Store.open(path) as store:
        assert "0003_indicators" in [m.name for m in migrations.applied(store.db)]
        assert store.observations("ind.low_income_households") == []
        store.replace_observations("ind.low_income_households", GRID)
        assert count(store) == 9
    assert {"observations", "ssb_cache"} <= set(TABLES)


@pytest.fixture(params=["one statement per group", "one statement per row"])
def insert_path(request, monkeypatch) -> str:
    """Run a test through the bulk JSON insert and through the per-row fallback."""
    import impactapp.store.sqlite.observations as module

    monkeypatch.setattr(module, "_json_reals_exact", request.param.endswith("group"))
    return request.param


def test_every_figure_is_stored_to_the_last_bit_with_mixed_units_and_fetch_times(
    store: Store, insert_path: str
):
    import random

    rng = random.Random(1234)
    later = FETCHED + timedelta(days=1)
    stored = [
        Observation("ind.low_income_households", f"{3000 + i:04d}", "2024",
                    rng.choice([rng.uniform(-1e9, 1e9), round(rng.uniform(0, 100), 1), None,
                                5e-324, 1.7976931348623157e308]),
                    rng.choice(["", "..", ":"]), rng.choice(["prosent", "kroner"]), "06947",
                    "2025-06-12T06:00:00Z", rng.choice([FETCHED, later, None]))
        for i in range(3000)
    ]
    assert store.replace_observations("ind.low_income_households", stored) == 3000
    assert store.observations("ind.low_income_households") == sorted(
        stored, key=lambda o: (o.region, o.period))


def test_a_figure_that_is_not_finite_is_refused_and_nothing_changes(
    store: Store, insert_path: str
):
    store.replace_observations("ind.low_income_households", GRID)
    with pytest.raises(ValueError, match="not a finite number"):
        store.replace_observations("ind.low_income_households",
                                   [*GRID[:3], obs("0301", "2024", float("nan"))])
    assert store.observations("ind.low_income_households") == GRID
