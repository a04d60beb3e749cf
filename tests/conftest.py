"""Test-wide set-up: Qt offscreen (before anything imports PySide6), shared fixtures."""

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's log goes to a folder of the test run's own, not the user's log folder.
os.environ.setdefault("IMPACTAPP_LOG_DIR", tempfile.mkdtemp(prefix="impactapp-test-logs-"))

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def catalog():
    """The shipped catalog (criteria/ and forms/), loaded once."""
    from impactapp.catalog import load_catalog

    return load_catalog()


@pytest.fixture
def case_file() -> Path:
    """A realistic case written by hand in the impactapp-case/1 format."""
    return DATA / "parking_fees.yaml"
