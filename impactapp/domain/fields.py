"""Reading and writing a case's scalar fields by their path ("recommendation.justification").

The wizard's simple fields are bound to the case through these two functions, so a form in
forms/ can name any scalar field without page code knowing about it.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from .model import Case, Confidentiality, Recommendation

#: Nested objects created on first write, so a field of them can be set on a fresh case.
_FACTORIES = {"confidentiality": Confidentiality, "recommendation": lambda: Recommendation("")}


def _names(obj: object) -> set[str]:
    return {f.name for f in dataclass_fields(obj)}  # type: ignore[arg-type]


def get_field(case: Case, path: str) -> Any:
    """The value at ``path``, or None when an intermediate object is missing."""
    obj: Any = case
    for part in path.split("."):
        if obj is None:
            return None
        if part not in _names(obj):
            raise KeyError(f"{path}: no field '{part}' in a case")
        obj = getattr(obj, part)
    return obj


def set_field(case: Case, path: str, value: Any) -> None:
    """Set the value at ``path``, creating the nested object (e.g. the recommendation)."""
    parts = path.split(".")
    obj: Any = case
    for part in parts[:-1]:
        if part not in _names(obj):
            raise KeyError(f"{path}: no field '{part}' in a case")
        child = getattr(obj, part)
        if child is None:
            factory = _FACTORIES.get(part)
            if factory is None:
                raise KeyError(f"{path}: '{part}' cannot be created")
            child = factory()
            setattr(obj, part, child)
        obj = child
    if parts[-1] not in _names(obj):
        raise KeyError(f"{path}: no field '{parts[-1]}' in a case")
    setattr(obj, parts[-1], value)
