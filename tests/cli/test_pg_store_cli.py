"""The command line on a shared PostgreSQL database: --db and IMPACTAPP_DB take its URI, the
database login acts (``--as`` is refused), and a missing server is one sentence."""

from __future__ import annotations

import pytest

from impactapp.cli import main
from impactapp.domain.model import Case
from impactapp.store import open_store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def uri(pg_cluster):
    from impactapp.store.postgres.admin import init_database

    name = pg_cluster.create_database()
    with pg_cluster.connect(name) as conn:
        init_database(conn)
    yield pg_cluster.conninfo(name)
    pg_cluster.drop_database(name)


def test_cases_are_listed_from_the_uri_in_db_or_the_environment(capsys, monkeypatch, uri):
    with open_store(uri) as store:
        store.add_case(Case(title="Felles sak"))
    status, out, _ = run(capsys, "--db", uri, "case", "list")
    assert status == 0 and "Felles sak" in out
    monkeypatch.setenv("IMPACTAPP_DB", uri)
    status, out, _ = run(capsys, "case", "list")
    assert status == 0 and "Felles sak" in out


def test_as_is_refused_on_a_shared_database_in_one_sentence(capsys, uri):
    with open_store(uri) as store:
        case = store.add_case(Case(title="Sak"))
    status, out, err = run(capsys, "--db", uri, "case", "submit", str(case.id), "--as", "Kari")
    assert status == 2 and out == ""
    assert err.strip() == ("On a shared database the person acting is your database login, "
                           "so --as cannot name anyone; leave it out.")
    with open_store(uri) as store:
        assert store.get_case(case.id).status == "draft"


def test_a_server_that_is_not_there_is_one_sentence(capsys, tmp_path):
    status, _, err = run(capsys, "--db", f"postgresql:///x?host={tmp_path}", "case", "list")
    assert status != 0
    assert err.strip().startswith(f"The database server {tmp_path} cannot be reached")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
