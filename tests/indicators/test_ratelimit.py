"""The request limit: 30 per 60 seconds, with an injected clock so nothing really waits."""

from __future__ import annotations

import json

import pytest

from impactapp.indicators import SSB_MAX_CELLS, RateLimiter, process_limiter
from impactapp.indicators.ratelimit import SSB_CALLS, SSB_WINDOW

from .builders import sample


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_limits_are_those_ssb_publishes_in_its_config():
    config = json.loads(sample("ssb_config.json").read_text(encoding="utf-8"))
    assert (config["maxCallsPerTimeWindow"], config["timeWindow"]) == (SSB_CALLS, SSB_WINDOW)
    assert config["maxDataCells"] == SSB_MAX_CELLS


def test_thirty_requests_pass_at_once_and_the_31st_waits_for_the_window():
    t = FakeTime()
    limiter = RateLimiter(clock=t.clock, sleep=t.sleep)
    for _ in range(30):
        assert limiter.acquire() == 0.0
        t.now += 0.5
    assert t.slept == []
    waited = limiter.acquire()  # 15 s after the first: 45 s to go
    assert waited == pytest.approx(45.0)
    assert t.slept == [pytest.approx(45.0)]


def test_the_window_slides_so_old_requests_stop_counting():
    t = FakeTime()
    limiter = RateLimiter(calls=2, window=10.0, clock=t.clock, sleep=t.sleep)
    limiter.acquire()
    t.now += 6
    limiter.acquire()
    t.now += 5  # the first is now 11 s old
    assert limiter.acquire() == 0.0
    assert limiter.acquire() == pytest.approx(5.0)  # until the one made at +6 s is 10 s old


def test_a_clock_that_does_not_move_while_sleeping_cannot_trap_the_limiter():
    slept: list[float] = []
    limiter = RateLimiter(calls=1, window=5.0, clock=lambda: 0.0, sleep=slept.append)
    limiter.acquire()
    assert limiter.acquire() == pytest.approx(5.0)
    assert slept == [pytest.approx(5.0)]


def test_every_client_in_a_process_shares_one_limiter():
    assert process_limiter() is process_limiter()
    assert (process_limiter().calls, process_limiter().window) == (30, 60.0)


@pytest.mark.parametrize(("calls", "window"), [(0, 60.0), (30, 0.0)])
def test_a_limit_that_allows_nothing_is_refused(calls, window):
    with pytest.raises(ValueError):
        RateLimiter(calls, window)
