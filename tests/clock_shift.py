"""Running tests with the computer's clock moved: proof that no test depends on the date.

Every test marked ``date_sensitive`` (the modules in DATE_SENSITIVE_MODULES, or a test marked
by hand) runs twice in ``make test``: as ``[...-today]`` and as ``[...-a_year_ahead]``, the
second with every clock Python reads (``datetime.now``, ``date.today``, ``time.time``,
``time.localtime``) moved SHIFT_DAYS ahead with time-machine, still ticking, from the start of
its set-up to the end of its tear-down. A test that passes today but reads the wall clock
somewhere (a backup named at the real time, "today" computed from the system) then fails.
Both runs are ordinary tests of the same session, dealt out to the xdist workers like the
rest. The contract tests' PostgreSQL runs are run today only: time-machine moves Python's
clocks, not the server's, and the store code they run is the one the SQLite runs cover.

``--shift-clock-days=N`` (or ``IMPACTAPP_TEST_CLOCK_SHIFT_DAYS=N``) instead moves the clocks
for a whole run, collection included (each test then runs once, moved):
``make pytest PYTEST_ARGS="-m date_sensitive --shift-clock-days=365"``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

ENV = "IMPACTAPP_TEST_CLOCK_SHIFT_DAYS"
OPTION = "--shift-clock-days"
#: How far ahead the second run of a date-sensitive test is moved.
SHIFT_DAYS = 365
#: The parameter that tells the two runs apart, and their ids.
PARAMETER = "clock_shift_days"
RUNS = {"today": 0, "a_year_ahead": SHIFT_DAYS}

#: Test modules whose results involve dates (stored, printed or compared); they are marked
#: ``date_sensitive`` here so the list lives in one place.
DATE_SENSITIVE_MODULES = (
    "tests/store/test_backup.py",
    "tests/store/test_restore.py",
    "tests/store/contract/test_lifecycle.py",
    "tests/store/sqlite/test_revision_rows.py",
    "tests/store/contract/test_cases.py",
    "tests/store/sqlite/test_case_rows.py",
    "tests/store/contract/test_conflicts.py",
    "tests/store/sqlite/test_busy.py",
    "tests/store/contract/test_observations.py",
    "tests/store/sqlite/test_observation_rows.py",
    "tests/store/contract/test_clock.py",
    "tests/cli/test_db_cli.py",
    "tests/cli/test_cli.py",
    "tests/cli/test_indicators_cli.py",
    "tests/cli/test_compare_cli.py",
    "tests/cli/test_cli_clock.py",
    "tests/indicators/test_ssb_client.py",
    "tests/report/test_memo_model.py",
    "tests/report/test_portfolio_report.py",
    "tests/analysis/test_portfolio.py",
    "tests/ui/test_main_window.py",
    "tests/ui/test_database_actions.py",
    "tests/ui/test_indicator_view.py",
    "tests/ui/test_conflicts.py",
    "tests/ui/test_portfolio_view.py",
    "tests/ui/test_portfolio_climate.py",
    "tests/ui/test_case_list_clock.py",
    "tests/report/test_portfolio_climate_pdf.py",
    "tests/domain/test_clock.py",
)


def add_option(parser: pytest.Parser) -> None:
    parser.addoption(
        OPTION, type=int, default=int(os.environ.get(ENV, "0") or 0), metavar="DAYS",
        help="run with every Python clock moved DAYS days ahead (tests/clock_shift.py)",
    )


def _whole_run_days(config: pytest.Config) -> int:
    return int(config.getoption(OPTION))


def start(config: pytest.Config) -> None:
    """Move the clocks for the whole run when asked to."""
    days = _whole_run_days(config)
    if not days:
        return
    import time_machine

    traveller = time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True)
    traveller.start()
    config.stash[_KEY] = traveller


def stop(config: pytest.Config) -> None:
    traveller = config.stash.get(_KEY, None)
    if traveller is not None:
        traveller.stop()


def _module(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def _date_sensitive(definition: pytest.Item) -> bool:
    return (_module(definition.nodeid) in DATE_SENSITIVE_MODULES
            or definition.get_closest_marker("date_sensitive") is not None)


def parametrize(metafunc: pytest.Metafunc) -> None:
    """Give every date-sensitive test its run today and its run a year ahead."""
    if _whole_run_days(metafunc.config) or not _date_sensitive(metafunc.definition):
        return
    if PARAMETER not in metafunc.fixturenames:
        metafunc.fixturenames.append(PARAMETER)
    metafunc.parametrize(PARAMETER, list(RUNS.values()), ids=list(RUNS))


def mark(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests of DATE_SENSITIVE_MODULES ``date_sensitive``; leave out the runs a year
    ahead of the PostgreSQL store (see the module's docstring)."""
    left_out = []
    for item in items:
        if _module(item.nodeid) in DATE_SENSITIVE_MODULES:
            item.add_marker(pytest.mark.date_sensitive)
        if _shift_of(item) and "postgres" in item.nodeid:
            left_out.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        gone = set(left_out)
        items[:] = [item for item in items if item not in gone]


def _shift_of(item: pytest.Item) -> int:
    callspec = getattr(item, "callspec", None)
    return int(callspec.params.get(PARAMETER, 0)) if callspec is not None else 0


def travel(item: pytest.Item) -> Iterator[None]:
    """Around a test's set-up, call and tear-down: its clocks moved when it is a run ahead."""
    global _running
    days = _shift_of(item)
    if not days:
        yield
        return
    import time_machine

    _running = next(run for run, shift in RUNS.items() if shift == days)
    try:
        with time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True):
            yield
    finally:
        _running = None


def running_ahead() -> str | None:
    """The id of the run ahead this test is (``"a_year_ahead"``), or None: for files a test
    writes outside its own folder (screenshots), which its two runs may write at once."""
    return _running


_running: str | None = None


def header(config: pytest.Config) -> str | None:
    days = _whole_run_days(config)
    if days:
        return f"clocks moved {days} days ahead (time-machine)"
    return f"date-sensitive tests run today and {SHIFT_DAYS} days ahead (time-machine)"


_KEY = pytest.StashKey[object]()


# As a plugin of its own (``-p tests.clock_shift``), for runs outside the tests folder.
def pytest_addoption(parser: pytest.Parser) -> None:
    add_option(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "date_sensitive: run today and a year ahead")
    start(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    stop(config)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parametrize(metafunc)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    mark(config, items)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    yield from travel(item)
