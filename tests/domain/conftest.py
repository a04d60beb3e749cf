"""Fixtures for the domain's tests: the hand-built catalog and a complete case."""

from __future__ import annotations

import pytest

from impactapp.domain.model import Case, Catalog

from .sample import CATALOG, complete_case


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return CATALOG


@pytest.fixture
def case() -> Case:
    """A fresh case, complete at full depth, that a test may change."""
    return complete_case()
