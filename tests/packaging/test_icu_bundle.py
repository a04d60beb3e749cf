"""The built Linux bundle (`make package`): its trimmed ICU data gives the same collation, case
mapping, time zone names, codecs and locale formatting as a source run, and the bundle stays
under 200 MB. Skipped when there is no bundle in dist/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BUNDLE = ROOT / "dist" / "impactapp"
PROGRAM = BUNDLE / "impactapp"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux") or not PROGRAM.exists(),
                       reason="no Linux bundle: run `make package`"),
]


def _probe(command: list[str]) -> dict:
    """The ICU probe's JSON from ``command``, with a fixed locale and time zone."""
    env = {**os.environ, "LANG": "C.UTF-8", "TZ": "UTC", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LC_ALL", None)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=True)
    return json.loads(done.stdout)


def test_the_bundle_gives_the_same_icu_results_as_the_source_tree():
    source = _probe([sys.executable, str(ROOT / "packaging" / "icu_probe.py")])
    bundle = _probe([str(PROGRAM), "--icu-probe"])
    library = Path(bundle["icu_data_library"])
    assert library.is_relative_to(BUNDLE.resolve())
    assert library.stat().st_size < Path(source["icu_data_library"]).stat().st_size / 3
    assert bundle["results"] == source["results"]
    order = bundle["results"]["collation"]["nb_NO"]["default"]
    assert order.index("Z") < order.index("Æ") < order.index("Ø") < order.index("Å")


def test_the_bundle_stays_under_200_megabytes():
    size = sum(path.stat().st_size for path in BUNDLE.rglob("*")
               if path.is_file() and not path.is_symlink())
    assert size < 200_000_000, f"{size / 1e6:.1f} MB"
