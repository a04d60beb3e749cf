"""The contract suite's PostgreSQL backend: a fresh database per test, a login per person.

The contract is about what a store does, not about roles (tests/store/pg checks those), so
it runs on a cluster of its own where each person a test names (``kari``, ``ola``) is a login
with every privilege: the schema's triggers then keep what the store writes, as they do for
the owner of the tables. Its own cluster, because the role tests' logins have the same names
and must stay plain caseworkers. A database is copied from a template that ``db init`` set
up once, which is much faster than initialising each.
"""

from __future__ import annotations

import atexit
import uuid
from pathlib import Path
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
        with cluster.connect() as conn:
            conn.execute(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
        with cluster.connect(TEMPLATE) as conn:
            init_database(conn)

    def database(self) -> str:
        """A new database with the schema; returns its name."""
        # One statement: making an empty database first only to drop it tripled the cost.
        name = f"contract_{uuid.uuid4().hex[:10]}"
        with self.cluster.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        return name

    def login(self, who: str) -> str:
        """``who`` as a login with every privilege (made on first use)."""
        if who not in self.logins:
            with self.cluster.connect() as conn:
                found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [who])
                if found.fetchone() is None:
                    conn.execute(f'CREATE ROLE "{who}" LOGIN SUPERUSER')
            self.logins.add(who)
        return who


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
    request.addfinalizer(lambda: contract.cluster.drop_database(name))
    return (f"postgresql:///{name}?host={quote(str(contract.cluster.socket_dir))}"
            "&port=5432")


def as_login(location: str, who: str) -> str:
    """The URI of the test's database for the person ``who`` (their own login)."""
    contract = _contract_cluster()
    assert not isinstance(contract, str)
    return f"{location}&user={quote(contract.login(who))}"
