"""No test depends on the date: the date-sensitive tests pass with every clock a year ahead.

``tests/clock_shift.py`` moves the clocks (time-machine); this module proves the move catches a
test that reads the wall clock, then runs every test marked ``date_sensitive`` a year ahead
(in groups of modules, each in a process of its own, so that several workers share the
reruns).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.clock_shift import DATE_SENSITIVE_MODULES, shift_groups

ROOT = Path(__file__).resolve().parent.parent

#: A test as the restore test was: it compares a fixed date with the real one.
_WALL_CLOCK_TEST = '''
import os
from datetime import date

def test_it_is_still_about_the_day_the_run_started():
    started = date.fromisoformat(os.environ["STARTED"])
    assert (date.today() - started).days < 300
'''


def _pytest(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    environment.pop("IMPACTAPP_TEST_CLOCK_SHIFT_DAYS", None)
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                          cwd=cwd, env=environment, capture_output=True, text=True, timeout=3000)


@pytest.mark.parametrize("days, passes", [(0, True), (365, False)])
def test_the_shift_catches_a_test_that_reads_the_wall_clock(tmp_path, days, passes):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_wall_clock.py").write_text(_WALL_CLOCK_TEST)
    env = {"STARTED": date.today().isoformat(), "PYTHONPATH": str(ROOT)}
    result = _pytest("-p", "tests.clock_shift", f"--shift-clock-days={days}", "-c",
                     str(tmp_path / "pytest.ini"), str(tmp_path / "test_wall_clock.py"),
                     cwd=tmp_path, **env)
    assert (result.returncode == 0) is passes, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("modules", list(shift_groups().values()), ids=list(shift_groups()))
def test_the_date_sensitive_tests_pass_a_year_ahead(modules, tmp_path):
    # Its own temporary folder: reruns side by side never clean up each other's.
    result = _pytest("-q", "-m", "date_sensitive", "--shift-clock-days=365",
                     f"--basetemp={tmp_path / 'shifted'}", *modules)
    summary = result.stdout.strip().splitlines()[-1:] if result.stdout else []
    assert result.returncode == 0, "\n".join([*result.stdout.splitlines()[-60:],
                                              result.stderr[-3000:]])
    assert summary and " passed" in summary[0] and "failed" not in summary[0]


def test_the_groups_hold_every_date_sensitive_module_once():
    grouped = [module for modules in shift_groups().values() for module in modules]
    assert sorted(grouped) == sorted(DATE_SENSITIVE_MODULES)
    assert all((ROOT / module).is_file() for module in grouped)
