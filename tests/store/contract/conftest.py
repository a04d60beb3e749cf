"""The contract suite's store: every test here runs once per store implementation.

A backend makes a fresh, empty store for one test and returns its location (removing it
afterwards through ``request.addfinalizer`` if it must); ``store_factory`` opens connections
to it through the program's own opener. SQLite is always there; a backend whose server is
missing skips its runs with the reason. Adding an implementation is one entry in
``BACKENDS``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, cast

import pytest

from impactapp.domain.clock import Clock
from impactapp.store import store_opener
from impactapp.store.api import InspectableStore
from impactapp.store.opener import is_database_uri

from .pg_backend import as_login, postgres_backend


class Backend(Protocol):
    """Makes the fresh store of one test (or skips it) and says where it is."""

    def __call__(self, request: pytest.FixtureRequest, tmp_path: Path) -> Path | str: ...


def sqlite_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """A new database file in the test's own folder."""
    return tmp_path / "impactapp.db"


#: Store implementations the contract runs against: id -> backend. A backend for a server
#: (PostgreSQL) creates a throwaway database and returns its URI, or calls ``pytest.skip``
#: with the reason when no server can be started.
BACKENDS: dict[str, Backend] = {
    "sqlite": sqlite_backend,
    "postgres": postgres_backend,
}


class StoreFactory(Protocol):
    """Opens another connection to the test's store (as ``who``, dated by ``clock``)."""

    def __call__(self, who: str = "kari", clock: Clock | None = None) -> InspectableStore: ...


@pytest.fixture(params=list(BACKENDS))
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where the test's fresh store is (a file, or a database on a server)."""
    return BACKENDS[request.param](request, tmp_path)


@pytest.fixture
def store_factory(store_location: Path | str, clock: Clock) -> Iterator[StoreFactory]:
    """Connections to the test's fresh store; each is closed when the test ends."""
    opened: list[InspectableStore] = []
    default_clock = clock

    def connect(who: str = "kari", clock: Clock | None = None) -> InspectableStore:
        # On a database server the login is who acts: each person connects as their own.
        location = (as_login(str(store_location), who) if is_database_uri(store_location)
                    else store_location)
        store = cast(InspectableStore, store_opener(location, who=who,
                                                    clock=clock or default_clock)())
        opened.append(store)
        return store

    yield connect
    for store in reversed(opened):
        store.close()  # closing a closed one again is harmless


@pytest.fixture
def store(store_factory: StoreFactory) -> InspectableStore:
    """The test's store, for the OS login ``kari``, dating changes by the test's clock."""
    return store_factory()

