"""A database with the ImpactApp schema on the test cluster, per test, and its URI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pgcluster import PgCluster


@pytest.fixture
def database(pg_cluster: PgCluster) -> Iterator[str]:
    """A new database initialised by the cluster's superuser (the owner of the tables)."""
    from impactapp.store.postgres.admin import init_database

    name = pg_cluster.create_database()
    with pg_cluster.connect(name) as conn:
        init_database(conn)
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def uri(pg_cluster: PgCluster, database: str) -> str:
    """The database's URI on the cluster's socket, as the owner."""
    return pg_cluster.conninfo(database)
