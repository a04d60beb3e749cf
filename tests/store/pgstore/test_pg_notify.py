"""Live refresh on PostgreSQL: a committed change reaches another connection as ids and
versions (never a title); a rolled-back one never does; a lost listener asks for a reload."""

from __future__ import annotations

import select

import pytest

from impactapp.domain.model import Case
from impactapp.store import open_store
from impactapp.store.postgres.notify import RELOAD, Change

TITLE = "Hemmelig sak om barnevern"


def _case_changes(listener, count: int) -> list[Change]:
    """Case changes until ``count`` have come (each wait returns as soon as any arrive)."""
    found: list[Change] = []
    for _ in range(20):
        found += [c for c in listener.wait(5) if c.table == "cases"]
        if len(found) >= count:
            break
    return found


def test_a_committed_change_reaches_another_connection_without_its_title(uri, clock):
    with open_store(uri, clock=clock) as writer, open_store(uri, clock=clock) as reader, \
            reader.changes() as listener:
        assert listener.poll() == []
        case = writer.add_case(Case(title=TITLE))
        case.problem = "Endret"
        writer.save_case(case)
        readable, _, _ = select.select([listener], [], [], 5)  # what a QSocketNotifier sees
        assert readable == [listener]
        cases = _case_changes(listener, 2)
        assert [(c.op, c.id, c.version) for c in cases] == [
            ("insert", case.id, 1), ("update", case.id, 2)]


def test_the_payload_holds_ids_and_versions_only(uri, pg_cluster, database, clock):
    with pg_cluster.connect(database) as conn:
        conn.execute("LISTEN impactapp_changes")
        with open_store(uri, clock=clock) as writer:
            writer.add_case(Case(title=TITLE))
        payloads = [n.payload for n in conn.notifies(timeout=5, stop_after=1)]
    assert payloads and TITLE not in payloads[0] and "Hemmelig" not in payloads[0]
    assert set(Change.parse(payloads[0]).__slots__) >= {"table", "id", "version"}
    assert payloads[0].startswith("{") and '"version": 1' in payloads[0]


def test_a_change_rolled_back_is_never_announced(uri, clock):
    with open_store(uri, clock=clock) as writer, writer.changes() as listener:
        with pytest.raises(RuntimeError), writer.db.atomic():
            writer.db.execute("UPDATE cases SET version = version + 1")
            writer.add_case(Case(title="Angret"))
            raise RuntimeError("changed my mind")
        assert writer.count_cases() == 0
        marker = writer.add_case(Case(title="Etterpå"))  # the next commit's change comes first
        assert [(c.op, c.id) for c in _case_changes(listener, 1)] == [("insert", marker.id)]


def test_a_listener_that_lost_its_connection_asks_for_a_full_reload(uri, pg_cluster,
                                                                   database, clock):
    with open_store(uri, clock=clock) as store, store.changes() as listener:
        pid = listener._conn.info.backend_pid
        with pg_cluster.connect(database) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        assert listener.wait(10) == [Change(RELOAD)]
        case = store.add_case(Case(title="Etterpå"))
        assert [c.id for c in _case_changes(listener, 1)] == [case.id]
