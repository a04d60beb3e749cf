"""Test helpers: the copied SSB samples and a builder of JSON-stat 2.0 documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def sample(name: str) -> Path:
    return DATA / name


def doc(
    dims: list[tuple[str, list[str]]],
    values: list[Any] | dict[str, Any],
    *,
    status: Any = None,
    roles: dict[str, list[str]] | None = None,
    units: dict[str, dict[str, Any]] | None = None,
    table: str | None = None,
    updated: str = "2025-06-12T06:00:00Z",
) -> dict[str, Any]:
    """A JSON-stat 2.0 dataset: ``dims`` as (id, codes); index as an object, labels upper-cased."""
    dimension: dict[str, Any] = {}
    for dim_id, codes in dims:
        category: dict[str, Any] = {
            "index": {code: i for i, code in enumerate(codes)},
            "label": {code: code.upper() for code in codes},
        }
        if units and dim_id in units:
            category["unit"] = units[dim_id]
        dimension[dim_id] = {"label": dim_id.lower(), "category": category}
    out: dict[str, Any] = {
        "version": "2.0",
        "class": "dataset",
        "label": "test",
        "updated": updated,
        "id": [d for d, _ in dims],
        "size": [len(codes) for _, codes in dims],
        "dimension": dimension,
        "value": values,
    }
    if status is not None:
        out["status"] = status
    if roles is not None:
        out["role"] = roles
    if table is not None:
        out["extension"] = {"px": {"tableid": table}}
    return out


def dumps(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")
