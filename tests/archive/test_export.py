"""Writing a filing into a folder: both files complete or neither, permissions from the
settings, a re-sent revision written again, another revision's filing kept unless replaced."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from impactapp.archive import (
    ArchiveError,
    FilingExists,
    export_filing,
    filed_entry_key,
    load_archive_settings,
    schema_errors,
)
from impactapp.archive import export as export_module
from impactapp.casefile import read_case_file

ROOT = Path(__file__).resolve().parents[2]
UID = "0d3c6a52-7e0b-4d8e-9c1f-6a5b4c3d2e1f"
FILED_AT = datetime(2026, 11, 30, 9, 15, 0, tzinfo=UTC)
PDF = b"%PDF-1.7\n% memo\n%%EOF\n"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(scope="module")
def settings():
    return load_archive_settings(ROOT / "archive")


@pytest.fixture
def case(catalog):
    return read_case_file(ROOT / "tests" / "data" / "parking_fees.yaml", catalog)


@pytest.fixture
def open_umask():
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_both_files_are_written_and_the_xml_names_the_pdf_it_sits_beside(
        tmp_path, case, settings):
    written = export_filing(tmp_path / "out", case, UID, PDF, settings, FILED_AT)
    assert written == tmp_path / "out" / "arkivmelding.xml"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        ["arkivmelding.xml", "notat.pdf"]
    xml = written.read_bytes()
    assert schema_errors(xml) == []
    pdf = (tmp_path / "out" / "notat.pdf").read_bytes()
    assert pdf == PDF
    assert hashlib.sha256(pdf).hexdigest().encode() in xml


@posix_only
def test_files_for_the_archive_get_the_configured_mode_even_under_an_open_umask(
        tmp_path, case, settings, open_umask):
    folder = tmp_path / "til-arkiv"
    export_filing(folder, case, UID, PDF, settings, FILED_AT)
    assert mode(folder / "notat.pdf") == mode(folder / "arkivmelding.xml") == 0o640
    assert mode(folder) == 0o750  # created here: the group may enter and read


@posix_only
def test_an_owner_only_setting_keeps_the_filing_private(tmp_path, case, settings, open_umask):
    folder = tmp_path / "privat"
    export_filing(folder, case, UID, PDF, replace(settings, file_mode=0o600), FILED_AT)
    assert mode(folder / "notat.pdf") == mode(folder / "arkivmelding.xml") == 0o600
    assert mode(folder) == 0o700


def test_the_same_revision_is_written_again_with_the_same_bytes(tmp_path, case, settings):
    first = export_filing(tmp_path, case, UID, PDF, settings, FILED_AT).read_bytes()
    again = export_filing(tmp_path, case, UID, PDF, settings, FILED_AT).read_bytes()
    assert first == again


def test_another_revisions_filing_is_kept_unless_replacing_is_asked_for(
        tmp_path, case, settings):
    export_filing(tmp_path, case, UID, PDF, settings, FILED_AT)
    before = (tmp_path / "arkivmelding.xml").read_bytes()
    case.revision += 1
    with pytest.raises(FilingExists) as info:
        export_filing(tmp_path, case, UID, b"%PDF new", settings, FILED_AT)
    assert f"{UID}/revisjon-1" in str(info.value)
    assert (tmp_path / "arkivmelding.xml").read_bytes() == before
    assert (tmp_path / "notat.pdf").read_bytes() == PDF
    export_filing(tmp_path, case, UID, b"%PDF new", settings, FILED_AT, replace=True)
    assert filed_entry_key((tmp_path / "arkivmelding.xml").read_bytes()) == f"{UID}/revisjon-2"
    assert (tmp_path / "notat.pdf").read_bytes() == b"%PDF new"


def test_a_stray_pdf_or_foreign_xml_is_not_overwritten_silently(tmp_path, case, settings):
    (tmp_path / "notat.pdf").write_bytes(b"someone else's")
    with pytest.raises(FilingExists, match="not this revision's filing"):
        export_filing(tmp_path, case, UID, PDF, settings, FILED_AT)
    (tmp_path / "arkivmelding.xml").write_bytes(b"<not-ours/>")
    with pytest.raises(FilingExists):
        export_filing(tmp_path, case, UID, PDF, settings, FILED_AT)
    assert (tmp_path / "notat.pdf").read_bytes() == b"someone else's"


def test_a_failed_write_leaves_the_earlier_filing_and_no_temporary_files(
        tmp_path, case, settings, monkeypatch):
    export_filing(tmp_path, case, UID, PDF, settings, FILED_AT)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_stage = export_module._stage

    def full_disk(folder, name, data, file_mode):
        if name == "arkivmelding.xml":
            raise OSError(28, "No space left on device", str(folder / name))
        return real_stage(folder, name, data, file_mode)

    monkeypatch.setattr(export_module, "_stage", full_disk)
    with pytest.raises(ArchiveError, match="No space left on device"):
        export_filing(tmp_path, case, UID, b"%PDF other bytes", settings, FILED_AT)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_file_in_place_of_the_folder_is_one_clear_sentence(tmp_path, case, settings):
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(ArchiveError, match="is a file; give the folder"):
        export_filing(target, case, UID, PDF, settings, FILED_AT)
