"""A sliding-window limit on requests: SSB allows 30 calls per 60 seconds from one client."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

#: SSB's limit (``maxCallsPerTimeWindow`` and ``timeWindow`` of its /config endpoint).
SSB_CALLS = 30
SSB_WINDOW = 60.0


class RateLimiter:
    """Lets at most ``calls`` requests start within any ``window`` seconds, waiting if needed.

    ``clock`` and ``sleep`` are injected so tests run without waiting.
    """

    def __init__(
        self,
        calls: int = SSB_CALLS,
        window: float = SSB_WINDOW,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if calls < 1 or window <= 0:
            raise ValueError("a rate limit needs at least one call in a positive window")
        self.calls = calls
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._started: deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Wait until one more request may start, and count it; returns the seconds waited."""
        with self._lock:
            waited = 0.0
            now = self._clock()
            self._forget_before(now - self.window)
            while len(self._started) >= self.calls:
                pause = max(0.0, self._started[0] + self.window - now)
                self._sleep(pause)
                waited += pause
                # A clock that lags behind the sleep must not keep us here for ever.
                now = max(self._clock(), now + pause)
                self._forget_before(now - self.window)
            self._started.append(now)
            return waited

    def _forget_before(self, moment: float) -> None:
        while self._started and self._started[0] <= moment:
            self._started.popleft()


_process_limiter: RateLimiter | None = None
_process_lock = threading.Lock()


def process_limiter() -> RateLimiter:
    """The one limiter every SSB client in this process shares (SSB counts per client)."""
    global _process_limiter
    with _process_lock:
        if _process_limiter is None:
            _process_limiter = RateLimiter()
        return _process_limiter
