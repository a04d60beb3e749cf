"""The ``pg_cluster`` fixture: the test process's throwaway PostgreSQL cluster.

The cluster itself (``PgCluster``, ``find_bindir``, ``start_cluster``) is in
``bench/pgcluster.py``, shared with ``make bench``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from bench.pgcluster import PgCluster, find_bindir, start_cluster

__all__ = ["PgCluster", "find_bindir", "own_cluster", "pg_cluster", "start_cluster"]


@contextlib.contextmanager
def own_cluster() -> Iterator[PgCluster]:
    """A cluster started for the block and stopped after it, even on failure; skips the test
    when none can run (for tests that restart a server, which ends every session on it)."""
    started = start_cluster()
    if isinstance(started, str):
        pytest.skip(started)
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The test process's PostgreSQL cluster (skips the test when none can run)."""
    with own_cluster() as cluster:
        yield cluster
