"""The server restarted (pg_ctl restart -m fast) in the middle of a loop of saves: every
acknowledged save is there, none twice, nothing half-written. On a cluster of its own, since
a restart ends every connection to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from impactapp.domain.model import Case
from impactapp.store import open_store
from impactapp.store.postgres import connection
from tests.pgcluster import PgCluster, own_cluster


@pytest.fixture(scope="module")
def cluster() -> Iterator[PgCluster]:
    with own_cluster() as started:
        yield started


def test_a_restart_mid_save_loses_no_acknowledged_save(cluster, clock, monkeypatch):
    from impactapp.store.postgres.admin import init_database

    name = cluster.create_database()
    with cluster.connect(name) as conn:
        init_database(conn)
    uri = cluster.conninfo(name)
    real = connection.PgDatabase.execute
    updates = []

    def execute(self, sql, params=None):
        if sql.startswith("UPDATE cases SET"):
            updates.append(sql)
            if len(updates) == 6:  # inside the sixth save's transaction
                cluster.restart()
        return real(self, sql, params)

    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        monkeypatch.setattr(connection.PgDatabase, "execute", execute)
        acknowledged = []
        for n in range(10):
            current = store.get_case(case.id)
            current.problem = f"Lagring {n}"
            acknowledged.append(store.save_case(current).version)
        monkeypatch.undo()
    assert len(updates) == 11  # the interrupted save ran once more
    with open_store(uri, clock=clock) as again:
        stored = again.get_case(case.id)
        log = [e for e in again.audit_log(case.id) if e.action == "update"]
    assert acknowledged == list(range(2, 12))
    assert (stored.version, stored.problem) == (11, "Lagring 9")
    assert len(log) == 10
