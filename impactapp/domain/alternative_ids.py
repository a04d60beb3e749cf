"""Ids of alternatives: a new measure gets the next free "a<n>", never one handed out before."""

from __future__ import annotations

import re

from .model import Case

_NUMBERED = re.compile(r"^a(\d+)$")


def next_alternative_id(case: Case) -> str:
    """The next free id after the highest "a<n>" in use, so an id is not handed out twice."""
    used = {a.id for a in case.alternatives}
    numbers = [int(m.group(1)) for a in case.alternatives if (m := _NUMBERED.match(a.id))]
    n = max([0, *numbers]) + 1
    while f"a{n}" in used:
        n += 1
    return f"a{n}"
