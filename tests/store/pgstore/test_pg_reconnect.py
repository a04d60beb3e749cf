"""A connection ended between transactions is made again by the next statement, also when
that statement begins a transaction (``BEGIN IMMEDIATE``): the store never stays broken."""

from __future__ import annotations

from impactapp.domain.model import Case
from impactapp.domain.serialize import case_to_data
from impactapp.store import open_store


def _kill(pg_cluster, database: str, pid: int) -> None:
    with pg_cluster.connect(database) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone() == (True,)


def test_a_transaction_begun_on_a_lost_connection_reconnects(uri, pg_cluster, database, clock):
    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        first, second = store.get_case(case.id), store.get_case(case.id)
        first.problem, second.problem = "Først", "Kopi"
        store.save_draft(first.id, first.version, case_to_data(first))
        copy = store.save_draft(second.id, second.version, case_to_data(second)).copy
        assert copy is not None
        _kill(pg_cluster, database, store.db.raw.info.backend_pid)
        taken = store.take_over_conflict_copy(copy.id)  # its first statement is BEGIN
        assert taken.problem == "Kopi"
        assert store.get_case(case.id).version == taken.version == 3
