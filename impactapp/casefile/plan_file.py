"""The plan register as a YAML file (``impactapp-cli plans import|export``), checked like a
case file: every problem named with its file, line and field, nothing stored from a file with
any problem.

    format: impactapp-plans
    version: 1
    plans:
      - name: Klimastrategi for Oslo mot 2030
        kind: strategy           # plan | strategy | initiative
        unit: Klimaetaten        # the responsible unit
        start_year: 2020
        end_year: 2030
        reference: https://...   # a link or a document reference
        sdg_targets: ["13.2", "11.6"]
        indicators: [ind.ghg_emissions_total]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from impactapp.catalog.yamlload import DEFAULT_MAX_BYTES, YamlError, format_path, load_yaml
from impactapp.domain.model import Catalog
from impactapp.domain.plans import Plan, plan_problems

from .errors import CaseFileError, CaseFileInvalid

FORMAT, VERSION = "impactapp-plans", 1
REQUIRED = ("name",)
OPTIONAL = ("kind", "unit", "start_year", "end_year", "reference", "sdg_targets", "indicators")
_FIELD = {"targets": "sdg_targets"}  # the domain's field names as the file spells them


def read_plan_file(path: Path, catalog: Catalog) -> list[Plan]:
    """Read and check a plan file; CaseFileInvalid lists every problem (OSError is left to the
    caller)."""
    raw = Path(path).read_bytes()
    return parse_plans(raw, catalog, str(path))


def parse_plans(raw: bytes, catalog: Catalog, source: str = "<plans>") -> list[Plan]:
    """The plans in ``raw``, checked against the catalog's SDG targets and indicators."""
    try:
        doc = load_yaml(raw, source, DEFAULT_MAX_BYTES)
    except YamlError as exc:
        raise CaseFileInvalid(
            [CaseFileError(source, exc.line, format_path(exc.path), exc.message)]) from None
    errors: list[CaseFileError] = []

    def error(path: tuple[str | int, ...], message: str) -> None:
        errors.append(CaseFileError(source, doc.line(path), format_path(path), message))

    top = doc.data
    if not isinstance(top, dict):
        raise CaseFileInvalid([CaseFileError(source, 1, "", "the file must be a mapping with "
                                                            "format, version and plans")])
    if top.get("format") != FORMAT:
        error(("format",), f"must be '{FORMAT}' (this is not a plan file)")
    if top.get("version") != VERSION:
        error(("version",), f"must be {VERSION}")
    for key in top:
        if key not in ("format", "version", "plans"):
            error((str(key),), "unknown key (allowed: format, version, plans)")
    items = top.get("plans")
    if not isinstance(items, list):
        error(("plans",), "a list of plans expected")
        items = []
    plans: list[Plan] = []
    for i, item in enumerate(items):
        plan = _plan(item, ("plans", i), error, catalog)
        if plan is not None:
            plans.append(plan)
    if errors:
        raise CaseFileInvalid(errors)
    return plans


def _plan(item: Any, path: tuple[str | int, ...], error: Any, catalog: Catalog) -> Plan | None:
    if not isinstance(item, dict):
        error(path, "a mapping with at least a name expected")
        return None
    bad = False
    for key in item:
        if key not in REQUIRED + OPTIONAL:
            error((*path, str(key)), f"unknown key (allowed: {', '.join(REQUIRED + OPTIONAL)})")
            bad = True
    if "name" not in item:
        error((*path, "name"), "missing required key")
        return None
    texts = {}
    for key in ("name", "kind", "unit", "reference"):
        value = item.get(key, "plan" if key == "kind" else "")
        if not isinstance(value, str):
            error((*path, key), "text expected (put it in quotes)")
            bad = True
        texts[key] = value if isinstance(value, str) else ""
    lists = {}
    for key in ("sdg_targets", "indicators"):
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            error((*path, key), "a list of texts expected (put target ids such as \"13.2\" in "
                                "quotes)")
            bad = True
            value = []
        lists[key] = tuple(value)
    plan = Plan(texts["name"], texts["unit"], texts["kind"], item.get("start_year"),
                item.get("end_year"), texts["reference"], lists["sdg_targets"],
                lists["indicators"])
    for field, message in plan_problems(plan, catalog.targets, catalog.indicators):
        head, _, rest = field.partition("[")
        key: tuple[str | int, ...] = (_FIELD.get(head, head),)
        if rest:
            key = (*key, int(rest.rstrip("]")))
        error((*path, *key), message)
        bad = True
    return None if bad else plan


def plans_to_data(plans: list[Plan]) -> dict[str, Any]:
    """The plan file's content (ids are the database's own and are left out)."""
    out: list[dict[str, Any]] = []
    for plan in plans:
        entry: dict[str, Any] = {"name": plan.name, "kind": plan.kind}
        if plan.unit:
            entry["unit"] = plan.unit
        if plan.start_year is not None:
            entry["start_year"] = plan.start_year
        if plan.end_year is not None:
            entry["end_year"] = plan.end_year
        if plan.reference:
            entry["reference"] = plan.reference
        entry["sdg_targets"] = list(plan.targets)
        entry["indicators"] = list(plan.indicators)
        out.append(entry)
    return {"format": FORMAT, "version": VERSION, "plans": out}


def plans_to_yaml(plans: list[Plan]) -> str:
    """The plan file as YAML text (UTF-8, block style, keys in the file's order)."""
    return yaml.safe_dump(plans_to_data(plans), allow_unicode=True, sort_keys=False,
                          default_flow_style=False)
