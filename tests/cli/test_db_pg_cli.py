"""impactapp-cli --db postgresql://... db init / grant / revoke, against the test cluster."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from impactapp.cli import main
from impactapp.store.postgres import SCHEMA_VERSION
from impactapp.store.postgres.location import LocationRefused, libpq_conninfo


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def database(pg_cluster):
    name = pg_cluster.create_database()
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def uri(pg_cluster, database):
    return pg_cluster.conninfo(database)


@pytest.fixture
def initialised(capsys, uri):
    assert run(capsys, "--db", uri, "db", "init")[0] == 0
    return uri


def _login() -> str:
    return f"olga_{uuid.uuid4().hex[:8]}"


def test_init_creates_the_schema_and_a_second_run_changes_nothing(capsys, pg_cluster, database,
                                                                  uri):
    status, out, err = run(capsys, "--db", uri, "db", "init")
    assert status == 0 and out == ""
    assert f"Created the ImpactApp schema (version {SCHEMA_VERSION})" in err
    status, _, err = run(capsys, "--db", uri, "db", "init")
    assert status == 0 and "up to date" in err
    with pg_cluster.connect(database) as conn:
        assert conn.execute("SELECT value FROM impactapp_meta WHERE key = 'schema'"
                            ).fetchone() == (str(SCHEMA_VERSION),)


def test_init_reads_the_uri_from_the_environment(capsys, monkeypatch, uri):
    monkeypatch.setenv("IMPACTAPP_DB", uri)
    status, _, err = run(capsys, "db", "init")
    assert status == 0 and "Created the ImpactApp schema" in err


def test_grant_creates_a_login_without_a_password_that_then_works(capsys, pg_cluster,
                                                                   database, initialised):
    login = _login()
    status, _, err = run(capsys, "--db", initialised, "db", "grant", login, "caseworker",
                         "--unit", "Helseetaten")
    assert status == 0
    assert f"Created the login {login}" in err and "role caseworker" in err
    with pg_cluster.connect(database) as conn:
        assert conn.execute("SELECT rolcanlogin, rolpassword IS NULL FROM pg_authid"
                            " WHERE rolname = %s", [login]).fetchone() == (True, True)
        assert conn.execute("SELECT unit FROM user_units WHERE login = %s",
                            [login]).fetchone() == ("Helseetaten",)
    with pg_cluster.connect(database, login) as conn:
        conn.execute("INSERT INTO cases (uid, title, language, depth, status, created, updated,"
                     " content) VALUES ('g1', 'Sak', 'nb', 'full', 'draft', 'x', 'x', '{}')")
        assert conn.execute("SELECT owner_unit FROM cases").fetchone() == ("Helseetaten",)


def test_grant_lets_a_nologin_role_log_in(capsys, pg_cluster, database, initialised):
    login = _login()
    with pg_cluster.connect() as conn:
        conn.execute(f'CREATE ROLE "{login}" NOLOGIN')
    status, _, err = run(capsys, "--db", initialised, "db", "grant", login, "leader")
    assert status == 0 and "Created" not in err
    with pg_cluster.connect(database, login) as conn:
        assert conn.execute("SELECT pg_has_role('impactapp_leader', 'MEMBER')").fetchone() == (
            True,)


def test_revoke_takes_the_role_away(capsys, pg_cluster, database, initialised):
    login = _login()
    run(capsys, "--db", initialised, "db", "grant", login, "caseworker")
    status, _, err = run(capsys, "--db", initialised, "db", "revoke", login, "caseworker")
    assert status == 0 and "no longer has the role caseworker" in err
    with pg_cluster.connect(database, login) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO cases (uid, title, language, depth, status, created, updated,"
                     " content) VALUES ('r1', 'Sak', 'nb', 'full', 'draft', 'x', 'x', '{}')")
    status, _, err = run(capsys, "--db", initialised, "db", "revoke", login, "caseworker")
    assert status == 0 and "did not have the role" in err


def test_revoke_names_a_missing_login(capsys, initialised):
    status, _, err = run(capsys, "--db", initialised, "db", "revoke", "nobody_here", "leader")
    assert (status, err) == (1, "There is no login nobody_here.\n")


def test_a_caseworker_cannot_grant(capsys, pg_cluster, database, initialised):
    worker = _login()
    run(capsys, "--db", initialised, "db", "grant", worker, "caseworker")
    status, _, err = run(capsys, "--db", pg_cluster.conninfo(database, worker), "db", "grant",
                         worker, "reviewer")
    assert status == 1 and err.count("\n") == 1 and "may not grant impactapp_reviewer" in err


def test_an_admin_grants_an_existing_login(capsys, pg_cluster, database, initialised):
    admin, worker = _login(), _login()
    run(capsys, "--db", initialised, "db", "grant", admin, "admin")
    run(capsys, "--db", initialised, "db", "grant", worker, "caseworker")
    status, _, err = run(capsys, "--db", pg_cluster.conninfo(database, admin), "db", "grant",
                         worker, "reviewer", "--unit", "Rådmannens stab")
    assert status == 0, err
    with pg_cluster.connect(database) as conn:
        assert conn.execute("SELECT pg_has_role(%s, 'impactapp_reviewer', 'MEMBER')",
                            [worker]).fetchone() == (True,)


def test_the_commands_need_a_postgresql_uri(capsys, tmp_path):
    status, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "db", "init")
    assert status == 2 and err.count("\n") == 1 and "postgresql://" in err
    assert not (tmp_path / "a.db").exists()


def test_a_password_in_the_uri_is_refused_before_connecting(capsys):
    status, _, err = run(capsys, "--db", "postgresql://kari:hemmelig@db.kommune.no/impactapp",
                         "db", "init")
    assert status == 2 and "password" in err and "hemmelig" not in err


def test_an_unreachable_server_is_one_sentence(capsys, tmp_path):
    status, _, err = run(capsys, "--db", f"postgresql:///impactapp?host={tmp_path}", "db",
                         "init")
    assert status == 1 and err.startswith("Cannot connect to postgresql:///impactapp")
    assert err.count("\n") == 1


def test_an_unknown_role_is_a_usage_error(capsys, uri):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", uri, "db", "grant", "kari", "boss"])
    assert exit_.value.code == 2


@pytest.mark.parametrize(("uri", "sslmode"), [
    ("postgresql://db.kommune.no/impactapp", "verify-full"),
    ("postgresql://db.kommune.no/impactapp?sslmode=require", "require"),
    ("postgresql:///impactapp?host=/run/postgresql", None),
    ("postgresql:///impactapp", None),
    ("postgresql://db1.kommune.no,db2.kommune.no/impactapp", "verify-full"),
])
def test_a_connection_over_the_network_verifies_the_server(monkeypatch, uri, sslmode):
    monkeypatch.delenv("PGHOST", raising=False)
    monkeypatch.delenv("PGHOSTADDR", raising=False)
    monkeypatch.delenv("PGSSLMODE", raising=False)
    params = psycopg.conninfo.conninfo_to_dict(libpq_conninfo(uri))
    assert params.get("sslmode") == sslmode


def test_a_service_uri_keeps_the_service(monkeypatch):
    monkeypatch.delenv("PGHOST", raising=False)
    params = psycopg.conninfo.conninfo_to_dict(libpq_conninfo("postgresql:///?service=kommune"))
    assert params["service"] == "kommune"


def test_a_file_path_is_no_uri():
    with pytest.raises(LocationRefused):
        libpq_conninfo("/home/kari/impactapp.db")


def test_other_commands_do_not_load_the_driver():
    import subprocess
    import sys

    code = ("import sys; from impactapp.cli import build_parser; build_parser();"
            " print('psycopg' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_an_admin_cannot_create_a_login(capsys, pg_cluster, database, initialised):
    admin, newcomer = _login(), _login()
    run(capsys, "--db", initialised, "db", "grant", admin, "admin")
    status, _, err = run(capsys, "--db", pg_cluster.conninfo(database, admin), "db", "grant",
                         newcomer, "caseworker")
    assert status == 1 and err.count("\n") == 1
    assert "a login with CREATEROLE (the owner) creates them" in err
    with pg_cluster.connect() as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                            [newcomer]).fetchone() is None
