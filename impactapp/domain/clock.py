"""Where the program reads the time: one injectable clock for every layer.

Every date or time that is stored, printed or compared comes from a ``Clock`` handed down from
the composition root (``app.py``, the CLI's context), so tests pass a ``FixedClock`` and no
rule depends on the day a test happens to run.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """A source of the current moment, always timezone-aware."""

    def now(self) -> datetime:
        """The current moment, timezone-aware (UTC)."""
        ...


class SystemClock:
    """The computer's clock: what the running program uses."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that shows one moment until told otherwise (tests, reproducible runs)."""

    def __init__(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("a FixedClock needs a timezone-aware moment")
        self._moment = moment

    def now(self) -> datetime:
        return self._moment

    def set(self, moment: datetime) -> None:
        """Show ``moment`` from now on."""
        if moment.tzinfo is None:
            raise ValueError("a FixedClock needs a timezone-aware moment")
        self._moment = moment

    def advance(self, delta: timedelta) -> None:
        """Move the clock on by ``delta`` (a negative one moves it back)."""
        self._moment += delta


SYSTEM_CLOCK: Clock = SystemClock()


def local_now(clock: Clock | None = None) -> datetime:
    """The clock's moment in the computer's local timezone, aware."""
    return (clock or SYSTEM_CLOCK).now().astimezone()


def local_naive(clock: Clock | None = None) -> datetime:
    """The clock's moment as naive local time (backup file names are written in it)."""
    return local_now(clock).replace(tzinfo=None)


def local_today(clock: Clock | None = None) -> date:
    """The clock's date in the computer's local timezone."""
    return local_now(clock).date()
