"""The fake SSB server as a fixture (started and stopped around each test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fake_ssb import FakeSsb


@pytest.fixture
def fake_ssb() -> Iterator[FakeSsb]:
    with FakeSsb() as server:
        yield server
