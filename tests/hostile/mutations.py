"""Hypothesis strategies that damage valid documents the way hostile or careless files do:
keys deleted or added, values swapped for values of any type, odd text put into strings,
bytes cut or replaced."""

from __future__ import annotations

import copy
import os
from datetime import date
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Examples per fuzz test: modest by default; a long run sets IMPACTAPP_FUZZ_EXAMPLES.
EXAMPLES = int(os.environ.get("IMPACTAPP_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: Text as hostile files carry it: markup, control characters, lone surrogates, right-to-left
#: marks, combining characters, very long runs.
ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), max_size=20),
    st.sampled_from([
        "", " ", "\x00", "\x07", "\x1b[31m", "\r\n", "\u2028", "\u202e", "\ufeff", "\ud800",
        "e\u0301", "<b>x</b> &amp;", "'); DROP TABLE cases;--", '=HYPERLINK("http://x","y")',
        "!!python/object:os.system", "*alias", "&anchor", "<<", "NaN", ".inf", "1e999",
        "0x1F", "yes", "~", "x" * 20_001,
    ]),
)

NUMBERS = st.one_of(
    st.integers(), st.integers(-(10**400), 10**400),
    st.floats(), st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e308, -1e308]),
)

#: Any value a YAML or JSON file can hold (dates only in YAML; see ``for_json``).
VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS | ODD_TEXT | st.dates(date(1, 1, 1), date(9999, 12, 31)),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(ODD_TEXT, children, max_size=4),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path into nested lists and mappings, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += paths(child, (*prefix, i))
    return found


def _parent(document: Any, path: tuple) -> Any:
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    return parent


@st.composite
def mutated(draw: st.DrawFn, seed: Any, max_changes: int = 3) -> Any:
    """``seed`` (plain data) with one to ``max_changes`` changes: a value deleted, replaced by
    any value, a key added, or odd text put into a string."""
    document = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, max_changes))):
        path = draw(st.sampled_from(paths(document)))
        action = draw(st.sampled_from(["delete", "replace", "add key", "into text"]))
        target = _parent(document, path)[path[-1]] if path else document
        if action == "delete" and path:
            del _parent(document, path)[path[-1]]
        elif action == "replace":
            new = draw(VALUES)
            if path:
                _parent(document, path)[path[-1]] = new
            else:
                document = new
        elif action == "add key" and isinstance(target, dict):
            target[draw(ODD_TEXT)] = draw(VALUES)
        elif action == "into text" and path and isinstance(target, str):
            at = draw(st.integers(0, len(target)))
            _parent(document, path)[path[-1]] = target[:at] + draw(ODD_TEXT) + target[at:]
    return document


def for_json(value: Any) -> Any:
    """``value`` with dates as ISO text (JSON has no dates); everything else unchanged."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): for_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [for_json(v) for v in value]
    return value


@st.composite
def corrupted(draw: st.DrawFn, raw: bytes) -> bytes:
    """``raw`` with a few bytes replaced, inserted or cut off somewhere."""
    at = draw(st.integers(0, len(raw)))
    junk = draw(st.binary(max_size=6))
    how = draw(st.sampled_from(["replace", "insert", "cut"]))
    if how == "replace":
        return raw[:at] + junk + raw[at + len(junk):]
    if how == "insert":
        return raw[:at] + junk + raw[at:]
    return raw[:at]
