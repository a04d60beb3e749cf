"""Opening the PostgreSQL store: the login acts, and a database that cannot be used is one
sentence (unreachable, no schema, a password in the address)."""

from __future__ import annotations

import pytest

from impactapp.domain.model import Case
from impactapp.store import DatabaseUnusable, file_maintenance, open_store
from impactapp.store.postgres.location import libpq_conninfo, server_name


def test_the_database_login_acts_whatever_who_is_given(uri, clock):
    with open_store(uri, who="someone_else", clock=clock) as store:
        assert store.who == "postgres"
        case = store.add_case(Case(title="Sak"))
        assert [e.who for e in store.audit_log(case.id)] == ["postgres"]
        assert store.location == uri
        assert file_maintenance(store) is None


def test_a_server_that_cannot_be_reached_is_one_sentence_naming_it(tmp_path):
    missing = tmp_path / "no-server"
    with pytest.raises(DatabaseUnusable) as caught:
        open_store(f"postgresql:///impactapp?host={missing}")
    message = str(caught.value)
    assert message.startswith(f"The database server {missing} cannot be reached")
    assert "\n" not in message and "Traceback" not in message
    assert caught.value.text.nb.startswith(f"Databaseserveren {missing} svarer ikke")


def test_a_database_without_the_schema_says_to_run_db_init(pg_cluster):
    name = pg_cluster.create_database()
    try:
        uri = pg_cluster.conninfo(name)
        with pytest.raises(DatabaseUnusable) as caught:
            open_store(uri)
        assert f"run `impactapp-cli --db {uri} db init`" in str(caught.value)
        with pg_cluster.connect(name) as conn:  # nothing was created by trying
            assert conn.execute("SELECT to_regclass('cases')").fetchone() == (None,)
    finally:
        pg_cluster.drop_database(name)


def test_a_password_in_the_address_is_refused_without_showing_it():
    with pytest.raises(DatabaseUnusable) as caught:
        open_store("postgresql://kari:hemmelig@db.example.org/impactapp")
    assert "password" in str(caught.value) and "hemmelig" not in str(caught.value)


def test_a_server_on_another_host_is_verified_and_a_socket_is_not():
    assert "sslmode=verify-full" in libpq_conninfo("postgresql://db.example.org/impactapp")
    assert "sslmode=require" in libpq_conninfo(
        "postgresql://db.example.org/impactapp?sslmode=require")
    assert "sslmode" not in libpq_conninfo("postgresql:///impactapp?host=/run/postgresql")
    assert server_name("postgresql://db.example.org/x") == "db.example.org:5432"
    assert server_name("postgresql:///?service=kommune") == "service kommune"


def test_an_unreachable_host_is_named_with_its_port():
    with pytest.raises(DatabaseUnusable) as caught:
        open_store("postgresql://127.0.0.1:9/impactapp?connect_timeout=2")
    assert str(caught.value).startswith("The database server 127.0.0.1:9 cannot be reached")
