"""A PostgreSQL database with the ImpactApp schema, and a login for each role.

One database per test module (init is the slow part); the tests in a module make cases of
their own, so they do not see each other's. Logins are cluster-wide and made once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from impactapp.store.postgres import ADMIN, CASEWORKER, LEADER, REVIEWER
from impactapp.store.postgres.admin import init_database
from tests.pgcluster import PgCluster

#: login -> (group roles, unit)
LOGINS: dict[str, tuple[tuple[str, ...], str]] = {
    "kari": ((CASEWORKER,), "Bymiljøetaten"),
    "per": ((CASEWORKER,), "Bymiljøetaten"),
    "ola": ((CASEWORKER,), "Helseetaten"),
    "kim": ((CASEWORKER, REVIEWER), "Helseetaten"),  # both roles: never reviews own cases
    "rita": ((REVIEWER,), "Rådmannens stab"),
    "rolf": ((REVIEWER,), "Rådmannens stab"),
    "lene": ((LEADER,), "Rådmannens stab"),
    "anne": ((ADMIN,), "IT"),
}


class Db:
    """The test module's database: connections as any login, and case helpers."""

    def __init__(self, cluster: PgCluster, name: str) -> None:
        self.cluster = cluster
        self.name = name
        self._open: dict[str, Any] = {}

    def connect(self, login: str | None = None) -> Any:
        """An autocommit connection as ``login`` (the superuser by default), one per login
        and test."""
        key = login or ""
        if key not in self._open or self._open[key].closed:
            self._open[key] = self.cluster.connect(self.name, login)
        return self._open[key]

    def close_all(self) -> None:
        for conn in self._open.values():
            conn.close()
        self._open.clear()


def content(title: str = "Sak", status: str = "draft", review: list[dict[str, Any]] | None = None,
            **more: Any) -> str:
    """A case's content JSON as the store writes it (canonical: sorted keys, no spaces)."""
    data = {"title": title, "status": status, "problem": "Problem", **more}
    if review:
        data["review"] = review
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def secrecy(exempt: bool) -> dict[str, Any]:
    """The content's confidentiality for an exempt case (none for an open one)."""
    return {"confidentiality": {"exempt": True, "basis": "offl. § 13"}} if exempt else {}


@pytest.fixture(scope="module")
def pg(pg_cluster: PgCluster) -> Iterator[Db]:
    """A new database, initialised by the cluster's superuser (the owner), with the logins."""
    name = pg_cluster.create_database()
    db = Db(pg_cluster, name)
    with pg_cluster.connect(name) as conn:
        init_database(conn)
        for login, (groups, _unit) in LOGINS.items():
            pg_cluster.create_login(login, *groups)
        for login, (_groups, unit) in LOGINS.items():
            conn.execute("INSERT INTO user_units (login, unit) VALUES (%s, %s)", [login, unit])
    yield db
    db.close_all()
    pg_cluster.drop_database(name)


@pytest.fixture(autouse=True)
def _close_connections(pg: Db) -> Iterator[None]:
    """Each test's connections end with it (the cluster allows only so many)."""
    yield
    pg.close_all()


@pytest.fixture
def new_case(pg: Db) -> Callable[..., int]:
    """``new_case(login, title, exempt=False)``: a draft made by ``login``; returns its id."""

    def make(login: str, title: str = "Sak", *, exempt: bool = False, **more: Any) -> int:
        conn = pg.connect(login)
        row = conn.execute(
            "INSERT INTO cases (uid, title, language, depth, status, created, updated, exempt,"
            " content) VALUES (%s, %s, 'nb', 'full', 'draft', %s, %s, %s, %s) RETURNING id",
            [str(uuid.uuid4()), title, "2026-11-27T11:00:00.000000+00:00",
             "2026-11-27T11:00:00.000000+00:00", exempt, content(title, **secrecy(exempt),
                                                                 **more)],
        ).fetchone()
        return int(row[0])

    return make
