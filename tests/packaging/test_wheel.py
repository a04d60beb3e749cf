"""The wheel (python -m build) carries the catalog, forms, examples, guide, fonts and compiled
translations, and the installed package finds them without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    pytest.importorskip("build", reason="`make wheel` installs the package extra")
    # No network: build in this environment (setuptools and PySide6's lrelease are here).
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(out),
         str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = out.glob("impactapp-*.whl")
    return built


def test_the_wheel_lists_the_data_at_the_package_paths(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "impactapp/_data/criteria/sdg.yaml",
        "impactapp/_data/criteria/criteria.yaml",
        "impactapp/_data/criteria/SOURCES.md",
        "impactapp/_data/forms/wizard.yaml",
        "impactapp/_data/docs/guide/nb/index.md",
        "impactapp/_data/regions/kommuner_2024.csv",
        "impactapp/_data/regions/PROVENANCE-2024.md",
        "impactapp/report/fonts/DejaVuSans.ttf",
        "impactapp/report/fonts/LICENSE",
        "impactapp/_data/archive/archive.yaml",
        "impactapp/archive/schemas/metadatakatalog.xsd",
        "impactapp/archive/schemas/no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd",
        "impactapp/archive/schemas/LICENSE",
        "impactapp/archive/schemas/PROVENANCE.md",
        "impactapp/ui/i18n/impactapp_nb.qm",
        "impactapp/ui/icons/impactapp-16.png",
    }
    assert expected <= names
    examples = [n for n in names if n.startswith("impactapp/_data/examples/")]
    assert len(examples) == len(list((ROOT / "examples").iterdir()))
    assert not [n for n in names if n.startswith(("tests/", "packaging/"))]


def test_the_installed_wheel_loads_its_catalog_and_examples(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "IMPACTAPP_CONFIG_DIR"}
    env.update(PYTHONPATH=str(site), XDG_CONFIG_DIRS=str(tmp_path / "none"))
    code = (
        "import impactapp, impactapp.catalog as c, impactapp.examples as e, "
        "impactapp.resources as r\n"
        "print(impactapp.__file__)\n"
        "print(r.resource_dir('criteria'))\n"
        "catalog = c.load_catalog()\n"
        "print(len(catalog.targets), len(e.load_examples(catalog)))\n"
        "import impactapp.archive as a\n"
        "print(oct(a.load_archive_settings().file_mode), a.schema_errors(b'<x/>') != [])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    package_file, criteria, counts, archive = out.stdout.splitlines()
    assert Path(package_file).is_relative_to(site)  # not the source checkout
    assert Path(criteria) == site / "impactapp" / "_data" / "criteria"
    assert counts == f"169 {len(list((ROOT / 'examples').glob('*.yaml')))}"
    assert archive == "0o640 True"  # the shipped archive settings and schemas are found
