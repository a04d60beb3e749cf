"""Fixtures for the case file tests: the hand-built catalog and the example case file."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactapp.domain.model import Catalog
from tests.casefile.casefile_catalog import build_catalog

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return build_catalog()


@pytest.fixture()
def example_bytes() -> bytes:
    return (DATA / "low_emission_zone.yaml").read_bytes()
