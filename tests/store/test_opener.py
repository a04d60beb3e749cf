"""Opening a store by its location, the opener handed to workers, and file maintenance."""

from __future__ import annotations

import inspect
import sys

import pytest

from impactapp.domain.model import Case
from impactapp.store import (
    Store,
    StoreError,
    StoreUnavailable,
    file_maintenance,
    maintenance_at,
    open_store,
    reopener,
    store_opener,
)
from impactapp.store.api import FileMaintenance, InspectableStore
from impactapp.store.opener import as_location, default_location, shown_location
from impactapp.store.sqlite import SqliteMaintenance


def _members(protocol: type) -> set[str]:
    """The names a protocol asks for (its own and inherited, not object's)."""
    names: set[str] = set()
    for klass in protocol.__mro__:
        if klass in (object,) or klass.__name__ in ("Protocol", "Generic"):
            continue
        names |= {n for n in vars(klass) if not n.startswith("_") or n in ("__enter__",
                                                                              "__exit__")}
    return names


@pytest.mark.parametrize(("protocol", "implementation"), [
    (InspectableStore, Store),
    (FileMaintenance, SqliteMaintenance),
])
def test_the_sqlite_classes_offer_every_member_of_their_interface(protocol, implementation):
    for name in _members(protocol):
        assert hasattr(implementation, name), f"{implementation.__name__} lacks {name}"
        wanted = getattr(protocol, name)
        if callable(wanted) and not isinstance(wanted, property):
            asked = list(inspect.signature(wanted).parameters)
            offered = list(inspect.signature(getattr(implementation, name)).parameters)
            assert offered[1:] == asked[1:], name  # past self: the same parameters


def test_open_store_opens_a_file_and_the_opener_a_new_connection_each_call(tmp_path, clock):
    path = tmp_path / "saker.db"
    opener = store_opener(path, who="kari", clock=clock)
    first, second = opener(), opener()
    try:
        assert first is not second
        added = first.add_case(Case(title="Sykkelvei"))
        assert second.get_case(added.id).title == "Sykkelvei"
        assert (second.who, second.time_source, second.location) == ("kari", clock, str(path))
    finally:
        first.close()
        second.close()
    with open_store(str(path)) as again:  # a location given as text is a file path
        assert [c.title for c in again.list_cases()] == ["Sykkelvei"]


def test_reopener_connects_again_as_the_same_login_with_the_same_clock(tmp_path, clock):
    with open_store(tmp_path / "s.db", who="ola", clock=clock) as store, \
            reopener(store)() as other:
        assert (other.location, other.who, other.time_source) == (store.location, "ola", clock)


@pytest.mark.parametrize("uri", [
    "postgresql://kari:hemmelig@db.oslo.kommune.no/impactapp",
    "postgres:///impactapp?host=/run/postgresql",
    "PostgreSQL:///?service=impactapp",
])
def test_without_the_driver_a_server_uri_is_refused_in_one_sentence_without_its_password(
        uri, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "impactapp.store.postgres.store", None)  # no psycopg
    with pytest.raises(StoreUnavailable) as caught:
        open_store(uri)
    assert isinstance(caught.value, StoreError)
    message = str(caught.value)
    assert message.startswith("This computer lacks the PostgreSQL client library (libpq)")
    assert "hemmelig" not in message
    assert caught.value.text.nb.startswith("Denne maskinen mangler PostgreSQL-klientbiblioteket")
    assert list(tmp_path.iterdir()) == []  # nothing was created for it
    with pytest.raises(StoreUnavailable):
        store_opener(uri)()


def test_a_server_has_no_file_maintenance_and_a_file_has_one_without_opening(tmp_path):
    assert maintenance_at("postgresql://db/impactapp") is None
    missing = tmp_path / "ny.db"
    files = maintenance_at(missing)
    assert files is not None and files.path == missing
    assert not files.exists() and files.backups() == []
    assert not files.check().ok
    assert not missing.exists()  # asking created nothing


def test_an_open_file_store_offers_its_maintenance_and_other_stores_none(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add_case(Case(title="Sak"))
        files = file_maintenance(store)
        assert files is not None
        assert (files.path, files.journal_mode) == (tmp_path / "s.db", "wal")
        assert files.check().ok and files.check().cases == 1

    class ServerStore:  # a store that lives on a server: no files to maintain
        location = "postgresql://db/impactapp"

    assert file_maintenance(ServerStore()) is None


def test_locations_keep_a_uri_as_it_is_and_expand_a_path(monkeypatch, tmp_path):
    assert as_location("postgresql://db/x") == "postgresql://db/x"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert as_location("~/saker.db") == tmp_path / "saker.db"
    assert not isinstance(as_location("postgres-backup.db"), str)  # a file named postgres…
    monkeypatch.setenv("IMPACTAPP_DB", "postgresql:///impactapp")
    assert default_location() == "postgresql:///impactapp"
    monkeypatch.setenv("IMPACTAPP_DB", "~/a.db")
    assert default_location() == tmp_path / "a.db"
    assert shown_location("postgresql://u:pw@h/d") == "postgresql://u@h/d"
    assert shown_location("postgresql://:pw@h/d") == "postgresql://h/d"

