"""No test depends on the date: the date-sensitive tests pass with every clock a year ahead.

``tests/clock_shift.py`` moves the clocks (time-machine); this module proves the move catches a
test that reads the wall clock, then runs every test marked ``date_sensitive`` a year ahead
(in a pytest process of its own, in one process: under ``make test`` the other cores are busy
with the rest of the suite).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.clock_shift import DATE_SENSITIVE_MODULES

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


@pytest.mark.slow(seconds=60)
def test_the_date_sensitive_tests_pass_a_year_ahead(tmp_path):
    # One process, its clocks moved for its whole session: this test's own worker only waits
    # meanwhile, and more workers would only compete with the rest of the suite for the cores
    # while each paid again for collecting, Qt and two PostgreSQL clusters. Its own temporary
    # folder, never cleaned up by another run's.
    # The contract tests' PostgreSQL runs are left out: time-machine moves Python's clocks, not
    # the server's, and the store code under test is the one the SQLite runs cover, so they
    # would only add a cluster and 60 databases.
    result = _pytest("-q", "-n", "0", "-m", "date_sensitive", "-k", "not postgres",
                     "--shift-clock-days=365",
                     f"--basetemp={tmp_path / 'shifted'}", *DATE_SENSITIVE_MODULES)
    summary = result.stdout.strip().splitlines()[-1:] if result.stdout else []
    assert result.returncode == 0, "\n".join([*result.stdout.splitlines()[-60:],
                                              result.stderr[-3000:]])
    assert summary and " passed" in summary[0] and "failed" not in summary[0]


def test_every_date_sensitive_module_exists():
    """A module renamed or moved would otherwise silently drop out of the rerun."""
    assert all((ROOT / module).is_file() for module in DATE_SENSITIVE_MODULES)
