"""`impactapp --smoke` from the source tree: every step passes, and a broken installation fails
with one line naming the problem."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from impactapp.resources import CONFIG_ENV_VAR
from impactapp.smoke import seconds_since_launch

from .conftest import ROOT

STEPS = ("translations", "catalog", "database", "window", "examples", "compare", "wizard",
         "memo", "pdf/a")


def _smoke(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != CONFIG_ENV_VAR}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_DIRS=str(tmp_path / "none"),
                       HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    report = tmp_path / "smoke.txt"
    done = subprocess.run(
        [sys.executable, "-m", "impactapp", "--smoke", "--smoke-report", str(report)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert report.read_text(encoding="utf-8").splitlines() == done.stdout.splitlines()
    return done


def test_the_smoke_run_passes_every_step_from_source(tmp_path):
    done = _smoke(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [re.match(r"smoke: (\S+)\s+ok ", line).group(1) for line in lines[1:-1]] == \
        list(STEPS)
    assert "PDF/A-2a valid" in lines[-2]
    assert re.search(r"painted after [\d.]+ s; [\d.]+ s since", done.stdout)
    assert lines[-1].startswith("smoke: passed in ")
    assert not (tmp_path / "config" / "ImpactApp").exists()  # the user's settings untouched


def test_a_broken_catalog_fails_the_smoke_run_with_its_file_and_line(tmp_path):
    config = tmp_path / "municipality"
    (config / "criteria").mkdir(parents=True)
    for name in ("scales.yaml", "criteria.yaml", "sdg.yaml", "indicators.yaml"):
        (config / "criteria" / name).write_bytes((ROOT / "criteria" / name).read_bytes())
    (config / "criteria" / "regions.yaml").write_text(
        "schema_version: 1\nregions:\n  - code: 301\n", encoding="utf-8")
    done = _smoke(tmp_path, **{CONFIG_ENV_VAR: str(config)})
    assert done.returncode == 1
    failed = done.stdout.splitlines()[-1]
    assert failed.startswith("smoke: FAILED: SmokeFailed: criteria/regions.yaml:3: ")


def test_the_launch_time_comes_from_the_launcher_when_it_gives_one(monkeypatch):
    import time

    monkeypatch.setenv("IMPACTAPP_LAUNCH_T0", str(time.time() - 2.5))
    seconds, how = seconds_since_launch()
    assert 2.5 <= seconds < 10 and how == "since the launcher started the program"
    monkeypatch.setenv("IMPACTAPP_LAUNCH_T0", "not a time")
    measured = seconds_since_launch()
    if sys.platform.startswith("linux"):
        assert measured is not None and 0 < measured[0] < 24 * 3600
        assert measured[1] == "since the process started"
