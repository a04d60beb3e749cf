"""Test-wide set-up: Qt offscreen (before anything imports PySide6), shared fixtures."""

import copy
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests import catalog_cache, clock_shift, schedule
from tests.pgcluster import pg_cluster  # noqa: F401  (the session's PostgreSQL cluster)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's log goes to a folder of the test run's own, not the user's log folder: made
# by the first process of the run (xdist's workers inherit it), removed when that one ends.
_OWN_LOG_DIR: str | None = None
if "IMPACTAPP_LOG_DIR" not in os.environ:
    _OWN_LOG_DIR = os.environ["IMPACTAPP_LOG_DIR"] = tempfile.mkdtemp(
        prefix="impactapp-test-logs-")

DATA = Path(__file__).resolve().parent / "data"

#: The moment a test's clock shows: fixed, so no test depends on the day it runs.
FIXED_MOMENT = datetime(2026, 11, 27, 11, 0, 0, tzinfo=UTC)


def pytest_addoption(parser: pytest.Parser) -> None:
    clock_shift.add_option(parser)


def pytest_configure(config: pytest.Config) -> None:
    clock_shift.start(config)
    config.stash[_UNDO_CATALOG_CACHE] = catalog_cache.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    clock_shift.stop(config)
    config.stash[_UNDO_CATALOG_CACHE]()
    if _OWN_LOG_DIR is not None:
        shutil.rmtree(_OWN_LOG_DIR, ignore_errors=True)


_UNDO_CATALOG_CACHE = pytest.StashKey[object]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    clock_shift.mark(config, items)
    schedule.order(config, items)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    clock_shift.parametrize(metafunc)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    yield from clock_shift.travel(item)


def pytest_report_header(config: pytest.Config) -> str | None:
    return clock_shift.header(config)


@pytest.fixture
def clock():
    """A clock fixed at FIXED_MOMENT (move it with ``advance``), for the code under test."""
    from impactapp.domain.clock import FixedClock

    return FixedClock(FIXED_MOMENT)


@pytest.fixture(scope="session")
def catalog():
    """The shipped catalog (criteria/ and forms/), loaded once."""
    from impactapp.catalog import load_catalog

    return load_catalog()


@pytest.fixture(scope="session")
def _shipped_examples(catalog):
    from impactapp.examples import load_examples

    return load_examples(catalog)


@pytest.fixture
def examples(_shipped_examples):
    """The shipped example cases, read against the shipped catalog once per run (reading the
    nine files took half a second); each test gets copies of its own to change."""
    return copy.deepcopy(_shipped_examples)


@pytest.fixture
def case_file() -> Path:
    """A realistic case written by hand in the impactapp-case/1 format."""
    return DATA / "parking_fees.yaml"
