"""The contract suite's PostgreSQL backend: a fresh database per test, a login per person.

The contract is about what a store does, not about roles (tests/store/pg checks those), so
it runs on a cluster of its own where each person a test names (``kari``, ``ola``) is a login
with every privilege: the schema's triggers then keep what the store writes, as they do for
the owner of the tables. Its own cluster, because the role tests' logins have the same names
and must stay plain caseworkers. A database is copied from a template that ``db init`` set
up once, which is much faster than initialising each; after a test its database is emptied
back to the template's state and reused (``ContractCluster.release``), faster still.
"""

from __future__ import annotations

import atexit
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.pgcluster import PgCluster, start_cluster

TEMPLATE = "impactapp_contract_template"


class ContractCluster:
    """The cluster, its template database and the logins made so far."""

    def __init__(self, cluster: PgCluster):
        from impactapp.store.postgres.admin import init_database

        self.cluster = cluster
        self.logins: set[str] = set()
        self.spare: list[str] = []
        with cluster.connect() as conn:
            conn.execute(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
        with cluster.connect(TEMPLATE) as conn:
            init_database(conn)
            self.template = _Contents.read(conn)

    def database(self) -> str:
        """A database exactly as the template is (a copy, or one emptied again); its name."""
        if self.spare:
            return self.spare.pop()
        name = f"contract_{uuid.uuid4().hex[:10]}"
        with self.cluster.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        return name

    def release(self, name: str) -> None:
        """After a test: put the database back as the template has it for the next test, or
        drop it when that cannot be done and proved.

        Copying the template took 0.12 to 0.3 s per test (CREATE DATABASE writes the whole
        catalog), emptying takes milliseconds. The sessions the test left are ended first
        (as DROP DATABASE ... WITH (FORCE) does); rows are deleted with triggers off (the
        schema's guards would refuse deleting an approved revision), every sequence starts
        again and the template's own rows are put back; then every table is compared with
        the template's."""
        import psycopg

        try:
            with self.cluster.connect(name) as conn:
                conn.execute("SET lock_timeout = '10s'")
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                             " WHERE datname = current_database() AND pid <> pg_backend_pid()")
                with conn.transaction():
                    conn.execute("SET LOCAL session_replication_role = replica")
                    self.template.restore(conn)
                if _Contents.read(conn) != self.template:
                    raise psycopg.DataError("the emptied database differs from the template")
        except psycopg.Error:
            self.cluster.drop_database(name)
        else:
            self.spare.append(name)

    def login(self, who: str) -> str:
        """``who`` as a login with every privilege (made on first use)."""
        if who not in self.logins:
            with self.cluster.connect() as conn:
                found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [who])
                if found.fetchone() is None:
                    conn.execute(f'CREATE ROLE "{who}" LOGIN SUPERUSER')
            self.logins.add(who)
        return who


class _Contents:
    """A database's tables with their rows, and its sequences with where they stand."""

    def __init__(self, rows: dict[str, list[tuple]], sequences: dict[str, tuple]):
        self.rows = rows
        self.sequences = sequences

    @classmethod
    def read(cls, conn: Any) -> _Contents:
        names = [row[0] for row in conn.execute(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables"
            " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")]
        rows = {t: list(conn.execute(f"SELECT * FROM {t}")) for t in names}
        sequences = {row[0]: tuple(row[1:]) for row in conn.execute(
            "SELECT format('%I.%I', schemaname, sequencename), last_value, start_value"
            " FROM pg_sequences ORDER BY 1")}
        return cls(rows, sequences)

    def restore(self, conn: Any) -> None:
        """Delete every row, restart every sequence, insert the template's rows again."""
        for table in self.rows:
            conn.execute(f"DELETE FROM {table}")
        for sequence in self.sequences:
            conn.execute(f"ALTER SEQUENCE {sequence} RESTART")
        with conn.cursor() as cursor:
            for table in self.rows:
                self._copy_rows(cursor, table)

    def _copy_rows(self, cursor: Any, table: str) -> None:
        rows = self.rows.get(table, [])
        if rows:
            marks = ", ".join(["%s"] * len(rows[0]))
            cursor.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, _Contents) and self.sequences == other.sequences
                and _sorted(self.rows) == _sorted(other.rows))

    __hash__ = None  # type: ignore[assignment]


def _sorted(rows: dict[str, list[tuple]]) -> dict[str, list[str]]:
    return {table: sorted(map(repr, found)) for table, found in rows.items()}


_started: list[ContractCluster | str] = []


def _contract_cluster() -> ContractCluster | str:
    if not _started:
        started = start_cluster()
        if isinstance(started, str):
            _started.append(started)
        else:
            atexit.register(started.stop)
            _started.append(ContractCluster(started))
    return _started[0]


def postgres_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """A new database on the contract cluster, as a URI without a login (see ``as_login``)."""
    contract = _contract_cluster()
    if isinstance(contract, str):
        pytest.skip(contract)
    name = contract.database()
    request.addfinalizer(lambda: contract.release(name))
    return (f"postgresql:///{name}?host={quote(str(contract.cluster.socket_dir))}"
            "&port=5432")


def as_login(location: str, who: str) -> str:
    """The URI of the test's database for the person ``who`` (their own login)."""
    contract = _contract_cluster()
    assert not isinstance(contract, str)
    return f"{location}&user={quote(contract.login(who))}"
