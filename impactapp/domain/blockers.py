"""What keeps a case from its next status, each named by its wizard step and field.

"This field is required." eight times tells nobody what to do; a blocker says where: the
step's number and title, the field's label as the form gives it, and for what belongs to one
alternative, the alternative's name. The case window lists these and jumps to the field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .form import Form, FormField, FormStep
from .issues import Issue
from .model import Case, Text
from .vocabulary import STEP_LABELS

#: Parts of an alternative -> the type of the field that edits them.
_PART_TYPES: dict[str, str] = {
    "assessments": "ratings",
    "ghg": "ghg",
    "cost": "cost",
    "sdg_targets": "sdg_targets",
    "trade_offs": "trade_offs",
}


@dataclass(frozen=True, slots=True)
class Blocker:
    """One issue with its place in the wizard."""

    issue: Issue
    step: str | None  # step id
    number: int | None  # the step's number in the step list (1-based)
    step_title: Text
    field: FormField | None
    alternative: str  # the alternative's name, when the issue belongs to one

    def text(self, lang: str) -> str:
        """E.g. "Steg 3, Problem og mål – Mål: Feltet må fylles ut."."""
        word = "Steg" if lang == "nb" else "Step"
        where = self.step_title.get(lang)
        if self.number is not None:
            where = f"{word} {self.number}, {where}"
        what = self.field.label.get(lang) if self.field is not None else ""
        if self.alternative:
            what = f"{what} ({self.alternative})" if what else self.alternative
        place = f"{where} – {what}" if what else where
        return f"{place}: {self.issue.message.get(lang)}"


def _by_prefix(path: str, step: FormStep) -> FormField | None:
    """The field whose id is the path or contains it, the most specific first."""
    matches = [f for f in step.fields
               if path == f.id or path.startswith((f.id + ".", f.id + "["))]
    return max(matches, key=lambda f: len(f.id), default=None)


def issue_field(issue: Issue, step: FormStep) -> FormField | None:
    """The form field of ``step`` where the issue is fixed, or None when no single field is."""
    found = _by_prefix(issue.path, step)
    if found is not None:
        return found
    where = issue.where
    if where.section == "alternatives":
        kinds = ["districts"] if where.attribute == "districts" else []
        kinds += [_PART_TYPES[where.part]] if where.part in _PART_TYPES else []
        for kind in kinds:
            typed = next((f for f in step.fields if f.type == kind), None)
            if typed is not None:
                return typed
        for kind in ("ratings", "alternatives"):
            typed = next((f for f in step.fields if f.type == kind), None)
            if typed is not None:
                return typed
    return None


def _alternative_name(case: Case, issue: Issue) -> str:
    """The name of the alternative the issue belongs to ("" for none, or one since removed)."""
    alternative = case.alternative(issue.where.alternative or "")
    return (alternative.name or alternative.id) if alternative is not None else ""


def blockers(case: Case, issues: Sequence[Issue], form: Form | None) -> list[Blocker]:
    """The issues in the wizard's order, each with its step, field and alternative."""
    steps = form.steps if form is not None else ()
    numbers = {s.id: i for i, s in enumerate(steps, start=1)}
    out = []
    for issue in issues:
        step = next((s for s in steps if s.id == issue.step), None)
        title = (step.title if step is not None
                 else STEP_LABELS.get(issue.step or "", Text("Saken", "The case")))
        field = issue_field(issue, step) if step is not None else None
        name = _alternative_name(case, issue)
        out.append(Blocker(issue, issue.step, numbers.get(issue.step or ""), title, field, name))
    order = {s.id: i for i, s in enumerate(steps)}
    return sorted(out, key=lambda b: order.get(b.step or "", len(order)))
