"""criteria/criteria.yaml: the pillars and the criteria each measure is rated against."""

from __future__ import annotations

import re
from typing import Any

from impactapp.domain.model import LINK_DIRECTIONS, PILLARS, Criterion, CriterionSdgLink, Pillar

from .check import FileCheck, Known, Path, Unique, one_of
from .sdg import target_id_problem

FILE = "criteria.yaml"
KEYS = ("pillars", "criteria")

CRITERION_ID = re.compile(r"([a-z]+)\.([a-z][a-z0-9_]*)")
CRITERION_KEYS = ("id", "pillar", "scale", "name", "description", "questions", "sdg_targets")
LINK_CONDITIONS = ("only_with", "same_direction", "direction", "min_size")


def parse_criteria(
    check: FileCheck, top: dict[str, Any], scales: Known, targets: Known, sdg_file: str
) -> tuple[dict[str, Pillar], dict[str, Criterion], Known]:
    """Pillars and criteria in file order, and the pillar ids defined (for the form)."""
    pillars, pillars_known = _pillars(check, top)
    criteria: dict[str, Criterion] = {}
    ids = Unique(check, "criterion id")
    conditions: list[tuple[Path, str]] = []  # criteria named by conditional links
    for path, entry in check.entries(top, (), "criteria", CRITERION_KEYS):
        before = len(check.errors)
        pillar = check.string(entry, path, "pillar")
        if pillar is not None and pillars_known.lacks(pillar):
            check.error((*path, "pillar"), f"unknown pillar '{pillar}'")
            pillar = None  # so the id is not also blamed for not matching it
        criterion_id = check.string(entry, path, "id")
        if criterion_id is not None:
            _check_criterion_id(check, (*path, "id"), criterion_id, pillar)
            ids.add(criterion_id, (*path, "id"))
        scale = check.string(entry, path, "scale")
        if scale is not None and scales.lacks(scale):
            check.error((*path, "scale"), f"unknown scale '{scale}'")
        name = check.text(entry, path, "name")
        description = check.text(entry, path, "description")
        questions = check.texts(entry, path, "questions")
        links = _links(check, entry, path, targets, sdg_file, conditions)
        complete = criterion_id and pillar and scale and name and description
        if len(check.errors) == before and complete:
            criteria[criterion_id] = Criterion(
                id=criterion_id,
                pillar=pillar,
                scale=scale,
                name=name,
                description=description,
                questions=tuple(questions or ()),
                sdg_links=tuple(links or ()),
            )
    defined = Known.of_list(top, "criteria")
    defined.ids = {e.get("id") for e in top.get("criteria") or () if isinstance(e, dict)}
    defined.complete = defined.complete and all(isinstance(i, str) for i in defined.ids)
    for where, named in conditions:
        if defined.lacks(named):
            check.error(where, f"unknown criterion '{named}'")
    return pillars, criteria, pillars_known


def _pillars(check: FileCheck, top: dict[str, Any]) -> tuple[dict[str, Pillar], Known]:
    pillars: dict[str, Pillar] = {}
    known = Known.of_list(top, "pillars")
    ids = Unique(check, "pillar id")
    for path, entry in check.entries(top, (), "pillars", ("id", "name")):
        pillar_id = check.string(entry, path, "id")
        if pillar_id is not None and pillar_id not in PILLARS:
            check.error((*path, "id"), one_of(pillar_id, PILLARS))
            pillar_id = None
        if pillar_id is None:
            known.complete = False
            continue
        known.ids.add(pillar_id)
        name = check.text(entry, path, "name")
        if ids.add(pillar_id, (*path, "id")) and name is not None:
            pillars[pillar_id] = Pillar(id=pillar_id, name=name)
    return pillars, known


def _check_criterion_id(check: FileCheck, path: Path, criterion_id: str, pillar: str | None):
    match = CRITERION_ID.fullmatch(criterion_id)
    if match is None:
        check.error(
            path,
            f"'{criterion_id}' is not of the form '<pillar>.<name>' "
            "(lower-case letters, digits and _)",
        )
    elif pillar is not None and match.group(1) != pillar:
        check.error(path, f"'{criterion_id}' does not start with its pillar '{pillar}.'")


def _links(
    check: FileCheck, entry: dict[str, Any], path: Path, targets: Known, sdg_file: str,
    conditions: list[tuple[Path, str]],
) -> list[CriterionSdgLink] | None:
    """The criterion's SDG target links; each target must be defined in sdg.yaml, and the
    criteria a conditional link names are collected in ``conditions`` to be checked later."""
    links: list[CriterionSdgLink] = []
    seen = Unique(check, "target")
    for link_path, link in check.entries(entry, path, "sdg_targets", ("target", "reason"),
                                         LINK_CONDITIONS):
        target = check.string(link, link_path, "target")
        reason = check.text(link, link_path, "reason")
        named = check.strings(link, link_path, "only_with")
        conditions.extend(named or ())
        same_direction = check.boolean(link, link_path, "same_direction")
        if same_direction and "only_with" not in link:
            check.error((*link_path, "same_direction"), "only meaningful with only_with")
        direction = check.choice(link, link_path, "direction", LINK_DIRECTIONS)
        min_size = check.integer(link, link_path, "min_size")
        if min_size is not None and min_size < 1:
            check.error((*link_path, "min_size"), "must be 1 or more (steps from zero)")
        if target is None:
            continue
        problem = target_id_problem(target)
        if problem:
            check.error((*link_path, "target"), problem)
        elif targets.lacks(target):
            message = f"unknown SDG target '{target}' (not in {sdg_file})"
            check.error((*link_path, "target"), message)
        elif seen.add(target, (*link_path, "target")) and reason is not None:
            links.append(CriterionSdgLink(
                target=target, reason=reason, only_with=tuple(n for _, n in named or ()),
                same_direction=bool(same_direction), direction=direction,
                min_size=max(min_size or 0, 0)))
    return links
