"""forms/wizard.yaml: the wizard's twelve steps and the fields each step shows."""

from __future__ import annotations

from typing import Any

from impactapp.domain.form import Form, FormField, FormStep
from impactapp.domain.model import DEPTHS, STEP_IDS, Text

from .check import FileCheck, Known, Path, Unique, one_of

FILE = "wizard.yaml"
KEYS = ("steps",)

#: Field types the UI has a widget for (criteria/README.md); the UI's registry uses these keys.
FIELD_TYPES: tuple[str, ...] = (
    "text",
    "textarea",
    "date",
    "choice",
    "number",
    "bool",
    "screening_questions",
    "screening",
    "alternatives",
    "ratings",
    "ghg",
    "cost",
    "sdg_targets",
    "districts",
    "trade_offs",
    "indicators",
    "review",
)

STEP_KEYS = ("id", "title", "fields")
STEP_OPTIONAL = ("help",)
FIELD_KEYS = ("id", "type", "label")
FIELD_OPTIONAL = ("help", "required", "options", "options_from", "pillars")
#: Run-time sources a choice field may take its options from instead of a fixed list.
OPTION_SOURCES = ("alternatives",)
NO_HELP = Text(nb="", en="")
_EXPECTED_STEPS = "expected one of " + ", ".join(STEP_IDS)


def parse_form(check: FileCheck, top: dict[str, Any], pillars: Known) -> Form:
    """The form's steps; every step of the method must appear once, in the method's order."""
    steps: list[FormStep] = []
    found = Unique(check, "step")
    readable = Known.of_list(top, "steps").complete
    repeated = False
    for path, entry in check.entries(top, (), "steps", STEP_KEYS, STEP_OPTIONAL):
        before = len(check.errors)
        step_id = check.string(entry, path, "id")
        if step_id is not None and step_id not in STEP_IDS:
            check.error((*path, "id"), f"unknown step '{step_id}' ({_EXPECTED_STEPS})")
            step_id = None
        if step_id is None:
            readable = False
        elif not found.add(step_id, (*path, "id")):
            repeated = True
        title = check.text(entry, path, "title")
        help_text = check.text(entry, path, "help")
        fields = _fields(check, entry, path, pillars)
        if len(check.errors) == before and step_id and title and fields is not None:
            help_text = help_text or NO_HELP
            steps.append(FormStep(id=step_id, title=title, help=help_text, fields=fields))
    # With an unreadable or unknown step id, "missing" and "out of order" would only repeat it.
    if readable:
        _check_steps_complete(check, top["steps"], set(found.first), repeated)
    return Form(steps=tuple(steps))


def _check_steps_complete(
    check: FileCheck, entries: list[dict[str, Any]], found: set[Any], repeated: bool
) -> None:
    """Every step of the method present, and in the method's order."""
    missing = [s for s in STEP_IDS if s not in found]
    for step_id in missing:
        check.error(("steps",), f"step '{step_id}' is missing")
    if missing or repeated:
        return
    for i, (entry, expected) in enumerate(zip(entries, STEP_IDS, strict=True)):
        if entry["id"] != expected:
            check.error(
                ("steps", i, "id"),
                f"step '{entry['id']}' is out of order: step {i + 1} of the method is '{expected}'",
            )
            return


def _fields(
    check: FileCheck, step: dict[str, Any], path: Path, pillars: Known
) -> tuple[FormField, ...] | None:
    fields: list[FormField] = []
    ids = Unique(check, "field id")
    for field_path, entry in check.entries(step, path, "fields", FIELD_KEYS, FIELD_OPTIONAL):
        before = len(check.errors)
        field_id = check.string(entry, field_path, "id")
        if field_id is not None:
            ids.add(field_id, (*field_path, "id"))
        field_type = check.string(entry, field_path, "type")
        if field_type is not None and field_type not in FIELD_TYPES:
            check.error((*field_path, "type"), f"unknown field type '{field_type}'")
            field_type = None
        label = check.text(entry, field_path, "label")
        help_text = check.text(entry, field_path, "help")
        required = _required(check, entry, field_path)
        options, options_from = _options(check, entry, field_path, field_type)
        field_pillars = _pillars(check, entry, field_path, field_type, pillars)
        if len(check.errors) == before and field_id and field_type and label:
            fields.append(
                FormField(
                    id=field_id,
                    type=field_type,
                    label=label,
                    help=help_text or NO_HELP,
                    required=required,
                    options=options,
                    options_from=options_from,
                    pillars=field_pillars,
                )
            )
    return tuple(fields) if isinstance(step.get("fields"), list) else None


def _required(check: FileCheck, entry: dict[str, Any], path: Path) -> tuple[str, ...]:
    depths = Unique(check, "depth")
    out: list[str] = []
    for p, depth in check.strings(entry, path, "required") or ():
        if depth not in DEPTHS:
            check.error(p, one_of(depth, DEPTHS))
        elif depths.add(depth, p):
            out.append(depth)
    return tuple(out)


def _options(
    check: FileCheck, entry: dict[str, Any], path: Path, field_type: str | None
) -> tuple[tuple[str, ...], str]:
    """A choice field's fixed options, or the run-time source it takes them from."""
    has_options, has_source = "options" in entry, "options_from" in entry
    for key in ("options", "options_from"):
        if key in entry and field_type is not None and field_type != "choice":
            check.error((*path, key), f"{key} is only allowed on choice fields")
            return (), ""
    if has_options and has_source:
        check.error((*path, "options_from"), "give either options or options_from, not both")
        return (), ""
    if has_source:
        source = check.string(entry, path, "options_from")
        if source is not None and source not in OPTION_SOURCES:
            check.error((*path, "options_from"), one_of(source, OPTION_SOURCES))
            return (), ""
        return (), source or ""
    if field_type == "choice" and not has_options:
        check.error((*path, "options"), "a choice field needs options or options_from")
        return (), ""
    items = check.strings(entry, path, "options")
    if items is not None and not items and entry["options"] == []:
        check.error((*path, "options"), "a choice field needs options")
    options = Unique(check, "option")
    return tuple(value for p, value in items or () if options.add(value, p)), ""


def _pillars(
    check: FileCheck, entry: dict[str, Any], path: Path, field_type: str | None, pillars: Known
) -> tuple[str, ...]:
    if "pillars" in entry and field_type is not None and field_type != "ratings":
        check.error((*path, "pillars"), "pillars are only allowed on ratings fields")
        return ()
    seen = Unique(check, "pillar")
    out: list[str] = []
    for p, pillar in check.strings(entry, path, "pillars") or ():
        if pillars.lacks(pillar):
            check.error(p, f"unknown pillar '{pillar}'")
        elif seen.add(pillar, p):
            out.append(pillar)
    return tuple(out)
