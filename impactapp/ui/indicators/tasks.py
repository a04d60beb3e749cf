"""Fetching and importing indicator data in a worker thread (no widgets here).

Each task opens its own store with the opener (one connection per thread), reports progress
through the TaskState, and returns what happened; the view shows it on the UI thread.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.clock import Clock
from ...domain.model import Indicator
from ...domain.place import Place
from ...indicators import BASE_URL_ENV, DEFAULT_BASE_URL, IndicatorDataError, SsbError
from ...indicators.errors import OFFLINE, RATE_LIMITED
from ...indicators.fetching import fetch_observations, is_fetched
from ...indicators.importing import read_indicator_file
from ...indicators.places import default_place
from ...indicators.publishers import make_publishers
from ...indicators.ratelimit import RateLimiter
from ...store import Opener, StoreError
from ..worker import TaskState


def configured_base_url() -> str:
    """SSB's address: the environment's IMPACTAPP_SSB_URL (a test server), else SSB's own."""
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


@dataclass
class FetchOutcome:
    """What a fetch did: rows now held per indicator, and what failed (with the error)."""

    stored: dict[str, int] = field(default_factory=dict)
    compared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # regions the publisher's table does not have, left out of the request (not sent)
    left_out: dict[str, tuple[str, ...]] = field(default_factory=dict)
    failures: list[tuple[str, Exception]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not fetched: imported from files
    stopped: bool = False  # offline or rate-limited: the remaining ones were not tried
    cancelled: bool = False


def fetch_indicators(
    opener: Opener,
    indicators: Sequence[Indicator],
    regions: Sequence[str],
    state: TaskState,
    *,
    base_url: str,
    limiter: RateLimiter | None = None,
    place: Place | None = None,
) -> FetchOutcome:
    """Fetch each indicator (its regions and the compared ones) for ``place`` (the
    database's municipality; Oslo when none is chosen) and store the figures."""
    outcome = FetchOutcome()
    with opener() as store:
        client = make_publishers(store, base_url, limiter=limiter, now=store.time_source.now)
        place = place or default_place()
        total = max(len(indicators), 1)
        for done, indicator in enumerate(indicators):
            if state.cancelled():
                outcome.cancelled = True
                break
            state.progress(done / total)
            if not is_fetched(indicator):
                outcome.skipped.append(indicator.id)
                continue
            try:
                got = fetch_observations(client, indicator, place, regions=regions)
                state.progress((done + 0.7) / total)
                outcome.stored[indicator.id] = store.replace_observations(
                    indicator.id, got.observations)
                outcome.compared[indicator.id] = got.compared
                if got.left_out:
                    outcome.left_out[indicator.id] = got.left_out
            except (SsbError, IndicatorDataError, StoreError) as exc:
                outcome.failures.append((indicator.id, exc))
                if isinstance(exc, SsbError) and exc.kind in (OFFLINE, RATE_LIMITED):
                    outcome.stopped = done + 1 < len(indicators)
                    break
        state.progress(1.0)
    return outcome


def import_indicator_file(
    opener: Opener, indicator: Indicator, path: Path, regions: Sequence[str],
    state: TaskState, clock: Clock | None = None,
) -> int:
    """Read the file (keeping the compared regions it holds) and store its figures; returns
    how many rows the indicator now has from the file's table."""
    state.progress(0.1)
    observations = read_indicator_file(indicator, path, regions=regions, clock=clock)
    state.progress(0.6)
    with opener() as store:
        count = store.replace_observations(indicator.id, observations)
    state.progress(1.0)
    return count
