"""Pausing Python's cyclic garbage collector while many small acyclic objects are made.

An indicator import makes up to 800,000 observation tuples. Each few hundred allocations
trigger a collection, and a full one walks every live object of the process (a hundred
thousand and more once Qt and pandas are loaded): in a busy process that took a third of the
time of reading and storing a 1 MB response. The tuples hold no cycles, so nothing is lost by
collecting once afterwards instead.

Where the collector is already off (the GUI runs it only on the UI thread, see
ui/gc_guard.py), nothing is changed: the pause never turns it on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Within the block, no automatic collection runs (if it was on, it is on again after)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
