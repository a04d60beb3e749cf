"""The wizard's form definition (forms/): steps and their fields, as the catalog loads them."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Text


@dataclass(frozen=True, slots=True)
class FormField:
    """One input of a wizard step; ``type`` picks the widget from the UI's registry."""

    id: str  # a field path in the case, e.g. "title", "recommendation.justification"
    type: str  # text | textarea | date | choice | ratings | alternatives | ...
    label: Text
    help: Text
    required: tuple[str, ...] = ()  # depths at which the field is required
    options: tuple[str, ...] = ()  # for choice fields: the allowed values
    options_from: str = ""  # for choice fields filled at run time, e.g. "alternatives"
    pillars: tuple[str, ...] = ()  # for rating grids: which pillars' criteria to show


@dataclass(frozen=True, slots=True)
class FormStep:
    id: str  # one of STEP_IDS
    title: Text
    help: Text
    fields: tuple[FormField, ...]


@dataclass(frozen=True, slots=True)
class Form:
    steps: tuple[FormStep, ...]

    def step(self, step_id: str) -> FormStep | None:
        return next((s for s in self.steps if s.id == step_id), None)
