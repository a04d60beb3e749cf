"""The program's one clock: the system clock in use, a fixed one in tests, local dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from impactapp.domain.clock import (
    SYSTEM_CLOCK,
    Clock,
    FixedClock,
    local_naive,
    local_now,
    local_today,
)
from impactapp.store.content import Clock as StoreClock


def test_a_fixed_clock_shows_its_moment_until_moved(clock):
    start = clock.now()
    assert clock.now() == start and start.tzinfo is not None
    clock.advance(timedelta(days=400))
    assert clock.now() - start == timedelta(days=400)
    clock.set(datetime(2030, 1, 1, tzinfo=UTC))
    assert clock.now() == datetime(2030, 1, 1, tzinfo=UTC)


def test_a_fixed_clock_refuses_a_moment_without_a_timezone():
    with pytest.raises(ValueError, match="timezone-aware"):
        FixedClock(datetime(2026, 11, 27, 12, 0))


def test_both_clocks_are_clocks_and_the_system_one_is_aware():
    fixed = FixedClock(datetime(2026, 3, 12, tzinfo=UTC))
    assert isinstance(SYSTEM_CLOCK, Clock) and isinstance(fixed, Clock)
    assert SYSTEM_CLOCK.now().tzinfo is not None


def test_local_dates_come_from_the_clock_given():
    late = FixedClock(datetime(2026, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-5))))
    assert local_now(late) == late.now()
    assert local_now(late).tzinfo is not None
    assert local_today(late) == local_now(late).date()
    assert local_naive(late) == local_now(late).replace(tzinfo=None)
    assert local_naive(late).tzinfo is None


def test_store_timestamps_follow_the_injected_clock_and_never_tie(clock):
    stamps = StoreClock(clock)
    first, second = stamps.now(), stamps.now()
    assert first == clock.now()
    assert second - first == timedelta(microseconds=1)  # a fixed clock still never ties
    clock.advance(timedelta(hours=1))
    assert stamps.now() == clock.now()
