"""Running the tests with the computer's clock moved: proof that no test depends on the date.

``--shift-clock-days=N`` (or ``IMPACTAPP_TEST_CLOCK_SHIFT_DAYS=N``) moves every clock Python
reads (``datetime.now``, ``date.today``, ``time.time``, ``time.localtime``) N days ahead for the
whole run, still ticking, with time-machine. A test that passes today but reads the wall clock
somewhere (a backup named at the real time, "today" computed from the system) then fails.
``tests/test_clock_shift.py`` runs every test marked ``date_sensitive`` a year ahead.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

ENV = "IMPACTAPP_TEST_CLOCK_SHIFT_DAYS"
OPTION = "--shift-clock-days"

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


def start(config: pytest.Config) -> None:
    """Move the clocks for the whole run when asked to."""
    days = config.getoption(OPTION)
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


def mark(items: list[pytest.Item]) -> None:
    """Mark the tests of DATE_SENSITIVE_MODULES ``date_sensitive``."""
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        if path in DATE_SENSITIVE_MODULES:
            item.add_marker(pytest.mark.date_sensitive)


def header(config: pytest.Config) -> str | None:
    days = config.getoption(OPTION)
    return f"clocks moved {days} days ahead (time-machine)" if days else None


_KEY = pytest.StashKey[object]()


# As a plugin of its own (``-p tests.clock_shift``), for runs outside the tests folder.
def pytest_addoption(parser: pytest.Parser) -> None:
    add_option(parser)


def pytest_configure(config: pytest.Config) -> None:
    start(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    stop(config)
