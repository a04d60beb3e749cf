"""archive/archive.yaml: the shipped defaults load; mistakes are reported as file:line, and a
municipality's configuration folder replaces the shipped one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from impactapp.archive import load_archive_settings
from impactapp.catalog import CatalogInvalid
from impactapp.resources import CONFIG_ENV_VAR

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "archive" / "archive.yaml"


def test_the_shipped_settings_load_with_group_readable_files():
    settings = load_archive_settings(ROOT / "archive")
    assert settings.file_mode == 0o640
    assert settings.code("variantformat").beskrivelse == "Arkivformat"
    assert settings.exemption.restriction("Offl. § 14").kode == "14"


def edited(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    (folder / "archive.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def line_of(folder: Path, needle: str) -> int:
    lines = (folder / "archive.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def problems(folder: Path) -> list[str]:
    with pytest.raises(CatalogInvalid) as info:
        load_archive_settings(folder)
    return [str(e) for e in info.value.errors]


@pytest.mark.parametrize(("mode", "why"), [
    ('"0644x"', "is not an octal file mode"),
    ('"0440"', "must let the owner read and write"),
    ('"0750"', "must not make the files executable"),
    ('"0660"', "must not let others than the owner write"),
    ("0640", "string expected, found integer (put it in quotes)"),
])
def test_a_bad_file_mode_is_named_with_its_line(tmp_path, mode, why):
    folder = edited(tmp_path, 'file_mode: "0640"', f"file_mode: {mode}")
    line = line_of(folder, "file_mode:")
    found = problems(folder)
    assert len(found) == 1 and found[0].startswith(f"archive/archive.yaml:{line}: file_mode: ")
    assert why in found[0]


def test_a_code_without_kode_and_a_template_without_basis_are_both_reported(tmp_path):
    folder = edited(tmp_path, 'journalposttype: {kode: "X", ', "journalposttype: {")
    text = (folder / "archive.yaml").read_text(encoding="utf-8")
    (folder / "archive.yaml").write_text(
        text.replace('skjermingshjemmel: "{basis}"', 'skjermingshjemmel: "Offl."'),
        encoding="utf-8")
    found = problems(folder)
    assert f"archive/archive.yaml:{line_of(folder, 'journalposttype:')}: " \
        "journalposttype.kode: missing required key" in found
    assert any(p.startswith(f"archive/archive.yaml:{line_of(folder, 'skjermingshjemmel: ')}: "
                            "exemption.skjermingshjemmel: must contain {basis}") for p in found)


def test_a_section_number_must_be_quoted(tmp_path):
    folder = edited(tmp_path, '"13": {kode', "13: {kode")
    found = problems(folder)
    assert found == [f"archive/archive.yaml:{line_of(folder, '13: {kode')}: "
                     "exemption.by_section.13: the section must be a number in quotes, "
                     'such as "23"']


def test_a_unit_gets_its_own_archive_part(tmp_path):
    folder = edited(tmp_path, "units: {}", 'units:\n  Bymiljøetaten: {arkivdel: {kode: "BYM"}, '
                                           'enhet: "BYM-01"}')
    settings = load_archive_settings(folder)
    assert settings.arkivdel("Bymiljøetaten").kode == "BYM"
    assert settings.enhet("Bymiljøetaten") == "BYM-01"
    assert settings.arkivdel("Utdanningsetaten").kode == "SAK"


def test_a_missing_file_is_reported():
    assert problems(ROOT / "no-such-folder") == ["no-such-folder/archive.yaml: file not found"]


def test_the_configuration_folder_replaces_the_shipped_settings(tmp_path, monkeypatch):
    config = tmp_path / "config"
    shutil.copytree(ROOT / "archive", config / "archive")
    path = config / "archive" / "archive.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"0640"', '"0600"'),
                    encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(config))
    assert load_archive_settings().file_mode == 0o600
