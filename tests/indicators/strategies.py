"""Hypothesis strategies: random cubes, and the same cube written in each shape the spec allows."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

SYMBOLS = ("", "", "", ".", "..", "...", ":", "-", "e", "provisional")
CODE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-ÆØÅæøå", min_size=1, max_size=6)


@dataclass(frozen=True)
class Cube:
    """The truth a document is written from: dimensions, labels, and one value and status per
    cell in row-major order."""

    dims: tuple[tuple[str, tuple[str, ...]], ...]
    labels: tuple[tuple[str, ...], ...]
    values: tuple[float | None, ...]
    statuses: tuple[str, ...]

    @property
    def cells(self) -> int:
        return math.prod(len(codes) for _, codes in self.dims)


#: A cell's value: made once (a strategy made inside every draw is validated again each time).
_VALUE = st.none() | st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-(10**12), 10**12).map(float),
)


@st.composite
def cubes(draw: st.DrawFn, max_dims: int = 4, max_categories: int = 4) -> Cube:
    ids = draw(st.lists(CODE, max_size=max_dims, unique=True))
    dims = tuple(
        (dim_id, tuple(draw(st.lists(CODE, min_size=1, max_size=max_categories, unique=True))))
        for dim_id in ids
    )
    labels = tuple(
        tuple(draw(st.text(max_size=12)) for _ in codes) for _, codes in dims
    )
    cells = math.prod(len(codes) for _, codes in dims)
    values = tuple(draw(st.lists(_VALUE, min_size=cells, max_size=cells)))
    statuses = tuple(draw(st.lists(st.sampled_from(SYMBOLS), min_size=cells, max_size=cells)))
    return Cube(dims, labels, values, statuses)


def _number(value: float) -> Any:
    """Whole numbers as JSON integers, as SSB writes them; the rest as floats."""
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


@st.composite
def documents(draw: st.DrawFn, cube: Cube) -> dict[str, Any]:
    """``cube`` as a JSON-stat 2.0 dataset, each part in a shape drawn from those allowed."""
    dimension: dict[str, Any] = {}
    for (dim_id, codes), labels in zip(cube.dims, cube.labels, strict=True):
        category: dict[str, Any] = {"label": dict(zip(codes, labels, strict=True))}
        shape = draw(st.sampled_from(("array", "object", "none") if len(codes) == 1
                                     else ("array", "object")))
        if shape == "array":
            category["index"] = list(codes)
        elif shape == "object":
            order = draw(st.permutations(range(len(codes))))
            category["index"] = {codes[i]: i for i in order}
        dimension[dim_id] = {"category": category}
    document: dict[str, Any] = {
        "version": "2.0",
        "class": "dataset",
        "id": [dim_id for dim_id, _ in cube.dims],
        "size": [len(codes) for _, codes in cube.dims],
        "dimension": dimension,
    }
    if draw(st.booleans()):
        document["value"] = [None if v is None else _number(v) for v in cube.values]
    else:
        document["value"] = {
            str(i): _number(v) for i, v in enumerate(cube.values) if v is not None
        }
    status = _status_shape(draw, cube)
    if status is not None:
        document["status"] = status
    return document


def _status_shape(draw: st.DrawFn, cube: Cube) -> Any:
    distinct = set(cube.statuses)
    shapes = ["array", "object"]
    if distinct == {""} or not cube.statuses:
        shapes.append("absent")
    if len(distinct) == 1 and cube.cells > 1:
        shapes.append("string")
    shape = draw(st.sampled_from(shapes))
    if shape == "absent":
        return None
    if shape == "string":
        return cube.statuses[0]
    if shape == "array":
        return [s if s or draw(st.booleans()) else None for s in cube.statuses]
    return {str(i): s for i, s in enumerate(cube.statuses) if s}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
