"""criteria/scales.yaml: the rating scales criteria are rated on (e.g. impact7, -3..+3)."""

from __future__ import annotations

from typing import Any

from impactapp.domain.model import Scale, ScaleStep

from .check import FileCheck, Known, Path, Unique

FILE = "scales.yaml"
KEYS = ("scales",)


def parse_scales(check: FileCheck, top: dict[str, Any]) -> tuple[dict[str, Scale], Known]:
    """The scales by id, and the ids defined (for references from criteria)."""
    scales: dict[str, Scale] = {}
    known = Known.of_list(top, "scales")
    ids = Unique(check, "scale id")
    for path, entry in check.entries(top, (), "scales", ("id", "name", "steps")):
        before = len(check.errors)
        scale_id = check.string(entry, path, "id")
        if scale_id is None:
            known.complete = False
        else:
            known.ids.add(scale_id)
            ids.add(scale_id, (*path, "id"))
        name = check.text(entry, path, "name")
        steps = _steps(check, entry, path)
        if len(check.errors) == before and scale_id and name and steps:
            scales[scale_id] = Scale(id=scale_id, name=name, steps=steps)
    return scales, known


def _steps(check: FileCheck, entry: dict[str, Any], path: Path) -> tuple[ScaleStep, ...] | None:
    """The steps: integer values, each once, symmetric around 0 with 0 included."""
    if "steps" in entry and entry["steps"] == []:
        check.error((*path, "steps"), "a scale needs steps")
        return None
    steps: list[ScaleStep] = []
    values = Unique(check, "value")
    complete = True
    for step_path, step in check.entries(entry, path, "steps", ("value", "label")):
        value = check.integer(step, step_path, "value")
        label = check.text(step, step_path, "label")
        if value is None:
            complete = False
        elif values.add(value, (*step_path, "value")) and label is not None:
            steps.append(ScaleStep(value=value, label=label))
    if not complete or "steps" not in entry or not isinstance(entry["steps"], list):
        return None
    present = set(values.first)
    if 0 not in present:
        check.error((*path, "steps"), "the steps must include 0")
    unmatched = sorted(v for v in present if -v not in present)
    if unmatched:
        shown = ", ".join(f"{v} has no {-v}" for v in unmatched)
        check.error((*path, "steps"), f"the steps must be symmetric around 0 ({shown})")
    return tuple(steps)
