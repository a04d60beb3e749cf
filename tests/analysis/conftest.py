"""A fresh store per test, filled with the hand-made cases or the shipped examples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.model import Case, Catalog
from impactapp.store import Store

from .cases import hand_made_cases

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "analysis.db", who="test") as opened:
        yield opened


@pytest.fixture
def hand_made(store: Store) -> list[Case]:
    """The three hand-made cases, stored (with their ids 1, 2, 3)."""
    return [store.add_case(case) for case in hand_made_cases()]


def example_cases(catalog: Catalog) -> list[Case]:
    """The example case files shipped in examples/ (none when the folder is missing)."""
    return [read_case_file(path, catalog) for path in sorted(EXAMPLES.glob("*.yaml"))]


@pytest.fixture
def examples(store: Store, catalog: Catalog) -> list[Case]:
    cases = example_cases(catalog)
    if not cases:
        pytest.skip("no example cases in examples/")
    return [store.add_case(case) for case in cases]
