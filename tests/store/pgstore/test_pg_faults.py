"""Faults on a database server: a killed backend, a lost server, serialization failures and
deadlocks. Every acknowledged save is there once; a save that cannot be made says so."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pgerrors

from impactapp.domain.model import Case
from impactapp.store import DatabaseFailure, open_store
from impactapp.store.postgres import connection
from impactapp.store.postgres.connection import failure


def _kill(pg_cluster, database: str, pid: int) -> None:
    with pg_cluster.connect(database) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone() == (True,)


def _pid(store) -> int:
    return store.db.raw.info.backend_pid


def _edit(store, case_id: int, problem: str) -> Case:
    case = store.get_case(case_id)
    case.problem = problem
    return store.save_case(case)


def test_a_backend_killed_between_saves_is_reconnected_and_the_save_made(
        uri, pg_cluster, database, clock):
    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        loaded = store.get_case(case.id)
        _kill(pg_cluster, database, _pid(store))
        loaded.problem = "Etter at forbindelsen brøt"
        saved = store.save_case(loaded)
        assert saved.version == 2
        assert store.get_case(case.id).problem == "Etter at forbindelsen brøt"


def test_a_backend_killed_mid_transaction_leaves_nothing_half_written_and_is_retried(
        uri, pg_cluster, database, clock, monkeypatch):
    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        real = connection.PgDatabase.execute
        killed = []

        def execute(self, sql, params=None):
            if sql.startswith("INSERT INTO audit") and not killed:  # after the case's update
                killed.append(_pid(store))
                _kill(pg_cluster, database, killed[0])
            return real(self, sql, params)

        monkeypatch.setattr(connection.PgDatabase, "execute", execute)
        saved = _edit(store, case.id, "Lagret én gang")
        monkeypatch.undo()
        assert killed and _pid(store) != killed[0]  # a new connection made the save
        assert (saved.version, store.get_case(case.id).version) == (2, 2)
        assert [e.action for e in store.audit_log(case.id)] == ["create", "update"]


def test_a_save_that_cannot_reach_the_server_fails_as_a_database_failure(
        uri, pg_cluster, database, clock, tmp_path):
    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        loaded = store.get_case(case.id)
        store.db._conninfo = f"host={tmp_path / 'gone'} dbname={database}"  # server gone
        _kill(pg_cluster, database, _pid(store))
        loaded.problem = "Ikke lagret"
        with pytest.raises(DatabaseFailure) as caught:
            store.save_case(loaded)
        assert caught.value.problem == "disconnected"
        assert caught.value.plain.en.startswith("The database server cannot be reached")
    with open_store(uri, clock=clock) as again:
        assert again.get_case(case.id).version == 1  # nothing half-written


@pytest.mark.parametrize("error", [pgerrors.SerializationFailure, pgerrors.DeadlockDetected])
def test_serialization_failures_and_deadlocks_are_run_again(uri, clock, monkeypatch, error):
    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        real = connection.PgDatabase.execute
        raised = []

        def execute(self, sql, params=None):
            if sql.startswith("UPDATE cases") and not raised:
                raised.append(sql)
                raise failure(error("the other transaction won"))
            return real(self, sql, params)

        monkeypatch.setattr(connection.PgDatabase, "execute", execute)
        saved = _edit(store, case.id, "Etter et nytt forsøk")
        assert raised and saved.version == 2


def test_psycopg_failures_become_the_stores_problems():
    assert failure(pgerrors.SerializationFailure("x")).problem == "busy"
    assert failure(pgerrors.DeadlockDetected("x")).problem == "busy"
    assert failure(pgerrors.AdminShutdown("x")).problem == "disconnected"
    assert failure(psycopg.OperationalError("server closed")).problem == "disconnected"
    assert failure(psycopg.OperationalError("gone"), committing=True).problem == "other"
    assert failure(pgerrors.InsufficientPrivilege("no")).problem == "readonly"


def test_a_backend_killed_while_a_conflict_copy_is_kept_keeps_exactly_one_copy(
        uri, pg_cluster, database, clock, monkeypatch):
    with open_store(uri, clock=clock) as store:
        case = store.add_case(Case(title="Sak"))
        stale = store.get_case(case.id)
        _edit(store, case.id, "Lagret først")
        real = connection.PgDatabase.execute
        killed = []

        def execute(self, sql, params=None):
            if sql.startswith("INSERT INTO audit") and not killed:  # after the copy's insert
                killed.append(_pid(store))
                _kill(pg_cluster, database, killed[0])
            return real(self, sql, params)

        monkeypatch.setattr(connection.PgDatabase, "execute", execute)
        stale.problem = "Min redigering"
        saved = store.save_draft(stale)
        monkeypatch.undo()
        assert killed and saved.copy is not None
        [copy] = store.conflict_copies(case.id)
        assert store.conflict_copy_case(copy.id).problem == "Min redigering"
        assert store.get_case(case.id).problem == "Lagret først"
