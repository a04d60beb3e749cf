"""--db and IMPACTAPP_DB name a file or a database server; the CLI says plainly what it
cannot do with a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactapp.cli import main

URI = "postgresql://kari:hemmelig@db.oslo.kommune.no/impactapp"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.chdir(tmp_path)


def test_a_server_uri_is_refused_in_one_sentence_without_its_password(capsys, tmp_path):
    status, out, err = run(capsys, "--db", URI, "case", "list")
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "The database URI contains a password; ImpactApp never keeps one: put it in a pgpass "
        "or service file instead."]
    assert not (tmp_path / "xdg-data").exists() and list(tmp_path.iterdir()) == []


def test_the_environment_may_name_the_server_too(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("IMPACTAPP_DB", f"postgres:///impactapp?host={tmp_path / 'none'}")
    status, _, err = run(capsys, "case", "list")
    assert status == 1
    assert err.startswith(f"The database server {tmp_path / 'none'} cannot be reached")


@pytest.mark.parametrize(("argv", "what"), [
    (["db", "check"], "check"),
    (["db", "backup", "-o", "kopi.db"], "back up"),
    (["db", "restore", "kopi.db"], "restore a backup into"),
    (["db", "backups"], "list the backups of"),
])
def test_file_maintenance_of_a_server_is_refused_in_one_sentence(capsys, tmp_path, argv, what):
    status, out, err = run(capsys, "--db", URI, *argv)
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"The database postgresql://kari@db.oslo.kommune.no/impactapp is not a file, so "
        f"ImpactApp cannot {what} it; use the database server's own tools."]
    assert list(tmp_path.iterdir()) == []


def test_a_file_path_that_merely_starts_like_a_scheme_is_a_file(capsys, tmp_path):
    status, _, err = run(capsys, "--db", "postgres-kopi.db", "case", "list")
    assert (status, err) == (0, "")
    assert (tmp_path / "postgres-kopi.db").is_file()
