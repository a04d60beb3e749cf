"""``impactapp-cli memo ID -o FOLDER --archive``: the memo and its arkivmelding.xml for the
archive's import, group-readable as configured, while a plain memo stays owner-only."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from impactapp.archive import filed_entry_key, schema_errors
from impactapp.archive.arkivmelding import MD, NS
from impactapp.cli import main
from impactapp.domain.clock import FixedClock
from impactapp.resources import CONFIG_ENV_VAR
from impactapp.store import Store

ROOT = Path(__file__).resolve().parents[2]
FILED_AT = datetime(2026, 12, 1, 10, 30, 0, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch, tmp_path_factory):
    """The shipped settings unless a test configures its own (the moment of filing is the
    fixed clock ``run`` gives the command line)."""
    monkeypatch.delenv(CONFIG_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path_factory.mktemp("xdg-empty")))


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> str:
    """Case 1 is the open parking case, case 2 the exempt site purchase."""
    db = str(tmp_path_factory.mktemp("archive_cli") / "cli.db")
    for source in (ROOT / "tests" / "data" / "parking_fees.yaml",
                   ROOT / "examples" / "tomtekjop-barnehage-haugenstua.yaml"):
        assert main(["--db", db, "case", "import", str(source)]) == 0
    return db


def run(capsys, *argv: str) -> tuple[int, str]:
    status = main(list(argv), clock=FixedClock(FILED_AT))
    return status, capsys.readouterr().err


def test_archive_writes_the_memo_and_a_valid_arkivmelding_into_the_folder(
        stored, tmp_path, capsys):
    folder = tmp_path / "arkiv"
    status, err = run(capsys, "--db", stored, "memo", "2", "-o", str(folder), "--archive")
    assert status == 0, err
    assert err.strip() == f"Memo for case 2 (revision 1) and arkivmelding.xml written to {folder}."
    assert sorted(p.name for p in folder.iterdir()) == ["arkivmelding.xml", "notat.pdf"]
    xml = (folder / "arkivmelding.xml").read_bytes()
    pdf = (folder / "notat.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and schema_errors(xml) == []
    root = etree.fromstring(xml)
    q = {"a": NS, "m": MD}
    assert root.findtext("a:registrering/a:dokumentbeskrivelse/a:dokumentobjekt/a:sjekksum",
                         namespaces=q) == hashlib.sha256(pdf).hexdigest()
    assert root.findtext("a:registrering/a:skjerming/a:skjermingshjemmel", namespaces=q) == \
        "offl. § 23 første ledd"
    assert root.findtext("a:registrering/a:opprettetDato", namespaces=q) == \
        "2026-12-01T10:30:00+00:00"
    with Store.open(stored) as store:
        uid = store.case_uid(2)
    assert filed_entry_key(xml) == f"{uid}/revisjon-1"


@posix_only
def test_archive_files_are_group_readable_while_a_plain_memo_stays_owner_only(
        stored, tmp_path, capsys):
    previous = os.umask(0)
    try:
        assert run(capsys, "--db", stored, "memo", "1", "-o", str(tmp_path / "a"),
                   "--archive")[0] == 0
        assert run(capsys, "--db", stored, "memo", "1", "-o", str(tmp_path / "memo.pdf"))[0] == 0
    finally:
        os.umask(previous)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "a").iterdir()}
    assert modes == {"notat.pdf": 0o640, "arkivmelding.xml": 0o640}
    assert stat.S_IMODE((tmp_path / "memo.pdf").stat().st_mode) == 0o600


def test_resending_the_same_revision_is_allowed_and_another_revision_needs_replace(
        stored, tmp_path, capsys):
    folder = tmp_path / "arkiv"
    assert run(capsys, "--db", stored, "memo", "1", "-o", str(folder), "--archive")[0] == 0
    sent = (folder / "arkivmelding.xml").read_bytes()
    assert run(capsys, "--db", stored, "memo", "1", "-o", str(folder), "--archive")[0] == 0
    first = (folder / "arkivmelding.xml").read_bytes()
    assert filed_entry_key(first) == filed_entry_key(sent)  # the archive recognises the re-send
    status, err = run(capsys, "--db", stored, "memo", "2", "-o", str(folder), "--archive")
    assert status == 1
    assert err.startswith(f"The folder {folder} already holds the filing ")
    assert err.strip().endswith("choose another folder or add --replace.")
    assert "\n" not in err.strip()
    assert (folder / "arkivmelding.xml").read_bytes() == first
    status, err = run(capsys, "--db", stored, "memo", "2", "-o", str(folder), "--archive",
                      "--replace")
    assert status == 0, err
    assert (folder / "arkivmelding.xml").read_bytes() != first


def test_replace_without_archive_is_refused(stored, tmp_path, capsys):
    status, err = run(capsys, "--db", stored, "memo", "1", "-o", str(tmp_path / "m.pdf"),
                      "--replace")
    assert (status, err.strip()) == (2, "--replace only applies to --archive.")


def test_a_file_given_as_the_archive_folder_is_one_sentence(stored, tmp_path, capsys):
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"old")
    status, err = run(capsys, "--db", stored, "memo", "1", "-o", str(target), "--archive")
    assert (status, err.strip()) == (
        1, f"{target} is a file; with --archive give the folder to write to.")
    assert target.read_bytes() == b"old"


def test_invalid_archive_settings_are_listed_with_file_and_line(
        stored, tmp_path, capsys, monkeypatch):
    config = tmp_path / "config"
    shutil.copytree(ROOT / "archive", config / "archive")
    path = config / "archive" / "archive.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"0640"', '"0777"'),
                    encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(config))
    # The catalog folders come from the program (the configuration has none of its own).
    status, err = run(capsys, "--db", stored, "memo", "1", "-o", str(tmp_path / "out"),
                      "--archive")
    lines = err.splitlines()
    assert status == 1
    assert lines[0] == "The archive settings are invalid; fix these problems first:"
    assert lines[1].startswith("archive/archive.yaml:") and "file_mode" in lines[1]
    assert not (tmp_path / "out").exists()
