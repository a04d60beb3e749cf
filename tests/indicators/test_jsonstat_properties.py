"""Round trips (a cube written in every allowed shape reads back the same) and fuzzing (nothing
but JsonStatError ever escapes the reader)."""

from __future__ import annotations

import contextlib
import copy
import json
import math
from itertools import product
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactapp.indicators import JsonStatError, parse_dataset, read_jsonstat

from .builders import doc, sample
from .strategies import JSON, Cube, cubes, documents

FUZZ = settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def cube_and_document(draw: st.DrawFn) -> tuple[Cube, dict[str, Any]]:
    cube = draw(cubes())
    return cube, draw(documents(cube))


@given(cube_and_document(), st.booleans())
def test_a_cube_written_in_any_allowed_shape_reads_back_cell_for_cell(pair, as_text):
    cube, document = pair
    if as_text:
        dataset = read_jsonstat(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    else:
        dataset = parse_dataset(document)
    assert dataset.ids == tuple(dim_id for dim_id, _ in cube.dims)
    expected_codes = list(product(*(codes for _, codes in cube.dims)))
    expected_labels = list(product(*cube.labels))
    got = list(dataset.iter_cells())
    assert len(got) == dataset.cells == cube.cells
    assert [c.codes for c in got] == expected_codes
    assert [c.labels for c in got] == expected_labels
    assert [c.value for c in got] == list(cube.values)
    assert [c.status for c in got] == list(cube.statuses)
    assert dataset.missing == sum(v is None for v in cube.values)


@given(cubes())
def test_positions_follow_row_major_order(cube):
    dataset = parse_dataset(
        {
            "version": "2.0",
            "class": "dataset",
            "id": [d for d, _ in cube.dims],
            "size": [len(c) for _, c in cube.dims],
            "dimension": {d: {"category": {"index": list(c)}} for d, c in cube.dims},
            "value": list(cube.values),
        }
    )
    sizes = dataset.sizes
    strides = [math.prod(sizes[k + 1 :]) for k in range(len(sizes))]
    for cell in dataset.iter_cells():
        indices = [dataset.dimensions[k].positions[code] for k, code in enumerate(cell.codes)]
        assert cell.position == sum(i * s for i, s in zip(indices, strides, strict=True))
        assert cell.value == dataset.value_at(cell.position)


def _read_everything(dataset: Any) -> None:
    """Everything a caller may do with a dataset that was accepted must work too."""
    dataset.summary()
    for _ in dataset.iter_cells():
        pass


@FUZZ
@given(JSON)
def test_any_json_value_is_read_or_refused_with_a_json_stat_error(value):
    try:
        dataset = parse_dataset(value)
    except JsonStatError as exc:
        assert str(exc)
    else:
        _read_everything(dataset)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_with_a_json_stat_error(raw):
    with contextlib.suppress(JsonStatError):
        read_jsonstat(raw)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path into nested lists and dicts, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


def _replace(document: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    out = copy.deepcopy(document)
    parent = out
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return out


SEEDS = [
    json.loads(sample("handmade_06947_oslo.json").read_text(encoding="utf-8")),
    doc(
        [("geo", ["a", "b"]), ("year", ["1", "2"])], [1, None, "..", 4],
        status=[".", None, "", "x"],
    ),
    doc([("m", ["x"])], {"0": 2.5}, status="e", units={"m": {"x": {"decimals": 1}}}),
]


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_a_valid_document_with_any_part_replaced_never_raises_anything_else(seed, data):
    path = data.draw(st.sampled_from(_paths(seed)))
    mutated = _replace(seed, path, data.draw(JSON))
    try:
        dataset = parse_dataset(mutated, max_cells=10_000)
    except JsonStatError as exc:
        assert str(exc)
    else:
        _read_everything(dataset)


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_a_valid_document_with_a_key_removed_never_raises_anything_else(seed, data):
    paths = [p for p in _paths(seed) if p and isinstance(p[-1], str)]
    path = data.draw(st.sampled_from(paths))
    mutated = copy.deepcopy(seed)
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    with contextlib.suppress(JsonStatError):
        parse_dataset(mutated)


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_valid_text_cut_or_corrupted_anywhere_is_refused_only_as_json_stat_error(seed, data):
    raw = json.dumps(seed).encode("utf-8")
    at = data.draw(st.integers(0, len(raw)))
    junk = data.draw(st.binary(max_size=4))
    with contextlib.suppress(JsonStatError):
        read_jsonstat(raw[:at] + junk + raw[at + len(junk) :])
