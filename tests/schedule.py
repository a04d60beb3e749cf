"""The order of the collected tests: the long ones first, dealt out to the xdist workers.

``make test`` runs pytest-xdist with ``--dist worksteal``, which hands worker k the k-th of
equal consecutive slices of the collection and lets a worker that runs out take the rest of
another's queue. A long test that starts late (or several long ones in one worker's slice)
keeps one core busy after the other has finished. So the modules holding a test marked
``slow`` are dealt out whole (their module-scoped fixtures are then made once, in one worker),
longest first to the slice with the least so far, and each slice starts with its share.
``@pytest.mark.slow(seconds=N)`` says roughly how long a test takes on an idle two-core
machine (default 5).
Only the order changes: every collected test still runs.
"""

from __future__ import annotations

import pytest

#: Seconds assumed for a ``slow`` test that does not say.
DEFAULT_SECONDS = 5.0


def _seconds(item: pytest.Item) -> float:
    marker = item.get_closest_marker("slow")
    return float(marker.kwargs.get("seconds", DEFAULT_SECONDS)) if marker else 0.0


def _module(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0]


def _workers(config: pytest.Config) -> int:
    """How many xdist workers share the collection (1 without xdist)."""
    workerinput = getattr(config, "workerinput", None)
    return int(workerinput["workercount"]) if workerinput else 1


def order(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Reorder ``items`` in place: each worker's slice begins with its share of slow tests."""
    slow_modules = {_module(item) for item in items if item.get_closest_marker("slow")}
    if not slow_modules:
        return
    rest = [item for item in items if _module(item) not in slow_modules]
    modules: dict[str, list[pytest.Item]] = {}
    for item in items:
        if _module(item) in slow_modules:
            modules.setdefault(_module(item), []).append(item)
    workers = _workers(config)
    shares: list[list[pytest.Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for group in sorted(modules.values(), key=lambda g: -sum(map(_seconds, g))):
        k = loads.index(min(loads))
        shares[k] += group
        loads[k] += sum(map(_seconds, group))
    ordered: list[pytest.Item] = []
    for k, share in enumerate(shares):
        size = (len(items) - len(ordered)) // (workers - k)  # worksteal's k-th slice
        take = max(0, size - len(share))
        ordered += share + rest[:take]
        rest = rest[take:]
    items[:] = ordered + rest
