"""No test depends on the date: every date-sensitive test also runs with every clock a year
ahead (tests/clock_shift.py). This module proves the mechanism: a test that reads the wall
clock fails in its run ahead, and every date-sensitive test gets its two runs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.clock_shift import DATE_SENSITIVE_MODULES, RUNS, SHIFT_DAYS, running_ahead

ROOT = Path(__file__).resolve().parent.parent

#: Tests as the restore test once was: they compare a fixed date with the real one.
_WALL_CLOCK_TESTS = '''
import os
from datetime import date

import pytest

def _still_about_the_day_the_run_started():
    started = date.fromisoformat(os.environ["STARTED"])
    assert (date.today() - started).days < 300

@pytest.mark.date_sensitive
def test_marked():
    _still_about_the_day_the_run_started()

def test_not_marked():
    _still_about_the_day_the_run_started()
'''


def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_wall_clock.py").write_text(_WALL_CLOCK_TESTS)
    environment = dict(os.environ, STARTED=date.today().isoformat(), PYTHONPATH=str(ROOT))
    environment.pop("IMPACTAPP_TEST_CLOCK_SHIFT_DAYS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.clock_shift",
         "-rA", "-c", str(tmp_path / "pytest.ini"), str(tmp_path / "test_wall_clock.py"),
         *args],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)


def _outcomes(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """Test name -> PASSED/FAILED, from the -rA summary."""
    out = {}
    for line in result.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("PASSED", "FAILED"):
            out[rest.split("::", 1)[1].split(" ", 1)[0]] = word
    return out


def test_a_marked_test_that_reads_the_wall_clock_fails_in_its_run_a_year_ahead(tmp_path):
    result = _pytest(tmp_path)
    assert _outcomes(result) == {"test_marked[today]": "PASSED",
                                 "test_marked[a_year_ahead]": "FAILED",
                                 "test_not_marked": "PASSED"}, result.stdout + result.stderr


def test_the_whole_run_can_be_moved_instead(tmp_path):
    result = _pytest(tmp_path, f"--shift-clock-days={SHIFT_DAYS}")
    assert _outcomes(result) == {"test_marked": "FAILED", "test_not_marked": "FAILED"}, (
        result.stdout + result.stderr)


def test_every_date_sensitive_module_exists():
    """A module renamed or moved would otherwise silently drop out of the runs ahead."""
    assert all((ROOT / module).is_file() for module in DATE_SENSITIVE_MODULES)


def test_each_date_sensitive_test_runs_today_and_a_year_ahead_but_postgres_today_only():
    modules = ("tests/domain/test_clock.py", "tests/store/contract/test_clock.py")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--collect-only",
         *modules], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    ids = [line for line in result.stdout.splitlines() if "::" in line]
    runs: dict[str, list[str]] = {}
    for nodeid in ids:
        name, _, params = nodeid.rstrip("]").partition("[")
        *store, run = params.split("-")
        runs.setdefault(f"{name}[{'-'.join(store)}]", []).append(run)
    assert len(runs) >= 7, result.stdout + result.stderr
    for test, got in runs.items():
        assert sorted(got) == (["today"] if "postgres" in test else sorted(RUNS)), test
    assert "1 deselected" in result.stdout  # the PostgreSQL run a year ahead


@pytest.mark.date_sensitive
def test_a_run_ahead_knows_it_is_one(request):
    """Files a test writes outside its own folder (screenshots) are named by it."""
    ahead = request.node.callspec.params["clock_shift_days"]
    assert running_ahead() == ("a_year_ahead" if ahead else None)
