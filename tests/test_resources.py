"""resource_dir: one lookup for the shipped data in a source checkout, a wheel and a bundle,
and the municipality's configuration directory that replaces whole folders of it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from impactapp.catalog import CatalogInvalid, load_catalog
from impactapp.resources import CONFIG_ENV_VAR, bundled_dir, config_dir, resource_dir

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "impactapp"


@pytest.fixture(autouse=True)
def no_machine_config(tmp_path_factory, monkeypatch):
    """No configuration unless a test sets one: the machine-wide folder points somewhere empty."""
    monkeypatch.delenv(CONFIG_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path_factory.mktemp("xdg-empty")))


def test_a_source_checkout_finds_the_top_level_folders():
    for name in ("criteria", "forms", "examples", "docs"):
        assert resource_dir(name) == bundled_dir(name) == ROOT / name
    assert (resource_dir("criteria") / "sdg.yaml").is_file()
    assert config_dir() is None


def test_a_configured_folder_replaces_the_shipped_one_and_others_stay_shipped(
        tmp_path, monkeypatch):
    shutil.copytree(ROOT / "criteria", tmp_path / "criteria")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path))
    assert resource_dir("criteria") == tmp_path / "criteria"
    assert resource_dir("forms") == ROOT / "forms"
    assert resource_dir("examples") == ROOT / "examples"


def test_a_partial_criteria_folder_is_not_filled_in_from_the_shipped_one(tmp_path, monkeypatch):
    # Per-folder override: a municipality that only brings regions.yaml gets told which files
    # its folder lacks, rather than a silent mix of its own and the shipped catalog.
    (tmp_path / "criteria").mkdir()
    shutil.copy(ROOT / "criteria" / "regions.yaml", tmp_path / "criteria" / "regions.yaml")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path))
    with pytest.raises(CatalogInvalid) as info:
        load_catalog()
    assert [str(e) for e in info.value.errors] == [
        "criteria/scales.yaml: file not found",
        "criteria/criteria.yaml: file not found",
        "criteria/sdg.yaml: file not found",
    ]


def test_an_invalid_configured_file_is_reported_with_file_and_line(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "criteria", tmp_path / "criteria")
    regions = tmp_path / "criteria" / "regions.yaml"
    text = regions.read_text(encoding="utf-8")
    regions.write_text(text.replace('code: "030102"', 'code: "0301x2"'), encoding="utf-8")
    line = next(n for n, row in enumerate(regions.read_text().splitlines(), 1) if "0301x2" in row)
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path))
    with pytest.raises(CatalogInvalid) as info:
        load_catalog()
    messages = [str(e) for e in info.value.errors]
    assert len(messages) == 1
    assert re.match(rf"criteria/regions\.yaml:{line}: regions\[0\]\.districts\[1\]\.code: ",
                    messages[0]), messages


def test_a_configured_directory_that_does_not_exist_stops_the_catalog_loading(
        tmp_path, monkeypatch):
    missing = tmp_path / "typo"
    monkeypatch.setenv(CONFIG_ENV_VAR, str(missing))
    assert config_dir() == missing
    assert resource_dir("criteria") == missing / "criteria"
    with pytest.raises(CatalogInvalid) as info:
        load_catalog()
    assert "criteria/scales.yaml: file not found" in [str(e) for e in info.value.errors]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG configuration folders")
def test_the_machine_wide_folder_applies_and_the_variable_wins_over_it(tmp_path, monkeypatch):
    site = tmp_path / "etc-xdg"
    (site / "impactapp" / "forms").mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    assert config_dir() == site / "impactapp"
    assert resource_dir("forms") == site / "impactapp" / "forms"
    assert resource_dir("criteria") == ROOT / "criteria"
    own = tmp_path / "own"
    (own / "forms").mkdir(parents=True)
    monkeypatch.setenv(CONFIG_ENV_VAR, str(own))
    assert resource_dir("forms") == own / "forms"


def _fake_installation(root: Path) -> Path:
    """The package's code as a wheel or bundle lays it out, with data in impactapp/_data."""
    package = root / "impactapp"
    package.mkdir(parents=True)
    for name in ("__init__.py", "resources.py"):
        shutil.copy(PACKAGE / name, package / name)
    (package / "_data" / "criteria").mkdir(parents=True)
    (package / "_data" / "docs" / "guide").mkdir(parents=True)
    return package


def test_an_installed_package_finds_its_data_next_to_its_code(tmp_path):
    package = _fake_installation(tmp_path / "site")
    env = {k: v for k, v in os.environ.items() if k != CONFIG_ENV_VAR}
    env["PYTHONPATH"] = str(tmp_path / "site")
    env["XDG_CONFIG_DIRS"] = str(tmp_path / "no-config")
    code = ("import impactapp.resources as r; "
            "print(r.__file__); print(r.resource_dir('criteria')); print(r.resource_dir('docs'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert Path(out[0]).parent == package  # the copy, not the source checkout
    assert out[1:] == [str(package / "_data" / "criteria"), str(package / "_data" / "docs")]


def test_data_inside_the_package_is_found_relative_to_its_module():
    # The other data lookups are package-relative, so they work in every form the way
    # resource_dir's _data does; every __file__ use in the package is one of these.
    from impactapp.archive.schema import SCHEMA_DIR
    from impactapp.report.fonts import FONT_DIR
    from impactapp.ui.app_icon import ICON_DIR, icon_files
    from impactapp.ui.i18n import I18N_DIR

    for folder in (FONT_DIR, SCHEMA_DIR, ICON_DIR, I18N_DIR):
        assert folder.is_dir() and folder.is_relative_to(PACKAGE)
    assert [p.name for p in icon_files()][:2] == ["impactapp-16.png", "impactapp-24.png"]
    users = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                   if "__file__" in p.read_text(encoding="utf-8"))
    assert users == ["archive/schema.py", "report/fonts.py", "resources.py", "ui/app_icon.py",
                     "ui/i18n.py"]


def test_the_two_person_rule_is_on_unless_the_configuration_switches_it_off(
        tmp_path, monkeypatch):
    assert load_catalog().two_person_rule is True
    (tmp_path / "settings.yaml").write_text(
        "schema_version: 1\napproval:\n  two_person_rule: false\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path))
    catalog = load_catalog()
    assert catalog.two_person_rule is False
    assert len(catalog.criteria) == len(load_catalog(ROOT / "criteria").criteria)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schema_version: 1\napproval:\n  two_person_rule: nei\n",
         "settings.yaml:3: approval.two_person_rule: true or false expected, found string"),
        ("schema_version: 1\napproval:\n  two_persons: false\n",
         "settings.yaml:3: approval.two_persons: unknown key (allowed: two_person_rule)"),
        ("schema_version: 1\napprovals: {}\n",
         "settings.yaml:2: approvals: unknown key (allowed: schema_version, approval)"),
    ],
)
def test_a_bad_setting_is_reported_with_file_and_line(tmp_path, monkeypatch, text, expected):
    (tmp_path / "settings.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path))
    with pytest.raises(CatalogInvalid) as info:
        load_catalog()
    assert expected in [str(e) for e in info.value.errors]
