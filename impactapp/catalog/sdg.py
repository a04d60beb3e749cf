"""criteria/sdg.yaml: the 17 SDG goals and 169 targets with texts, colours and local relevance."""

from __future__ import annotations

import re
from typing import Any

from impactapp.domain.model import LOCAL_RELEVANCE, SdgGoal, SdgTarget

from .check import FileCheck, Known, Unique

FILE = "sdg.yaml"
KEYS = ("goals", "targets")

TARGET_ID = re.compile(r"([1-9][0-9]?)\.([1-9][0-9]?|[a-z])")
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
GOAL_COUNT = 17


def target_id_problem(value: str) -> str | None:
    """Why ``value`` is not a target id such as ``11.6`` or ``11.a``; None when it is one."""
    if TARGET_ID.fullmatch(value):
        return None
    return f"'{value}' is not a target id like '11.6' or '11.a'"


def parse_sdg(
    check: FileCheck, top: dict[str, Any]
) -> tuple[dict[int, SdgGoal], dict[str, SdgTarget], Known]:
    """Goals by number, targets by id in file (UN) order, and the target ids defined."""
    goals, goals_known = _goals(check, top)
    targets: dict[str, SdgTarget] = {}
    known = Known.of_list(top, "targets")
    ids = Unique(check, "target id")
    required = ("id", "text", "local_relevance", "evidence")
    for path, entry in check.entries(top, (), "targets", required, ("unofficial",)):
        before = len(check.errors)
        target_id = check.string(entry, path, "id")
        goal: int | None = None
        if target_id is not None:
            problem = target_id_problem(target_id)
            if problem:
                check.error((*path, "id"), problem)
                target_id = None
        if target_id is None:
            known.complete = False
        else:
            known.ids.add(target_id)
            ids.add(target_id, (*path, "id"))
            goal = int(target_id.split(".")[0])
            if goals_known.lacks(goal):
                check.error((*path, "id"), f"goal {goal} of target '{target_id}' is not a goal")
        text = check.text(entry, path, "text")
        unofficial = check.boolean(entry, path, "unofficial")
        relevance = check.choice(entry, path, "local_relevance", LOCAL_RELEVANCE)
        evidence = check.string(entry, path, "evidence")
        if len(check.errors) == before and target_id and goal and text and relevance and evidence:
            targets[target_id] = SdgTarget(
                id=target_id,
                goal=goal,
                text=text,
                unofficial_nb=bool(unofficial),
                local_relevance=relevance,
                evidence=evidence,
            )
    return goals, targets, known


def _goals(check: FileCheck, top: dict[str, Any]) -> tuple[dict[int, SdgGoal], Known]:
    goals: dict[int, SdgGoal] = {}
    known = Known.of_list(top, "goals")
    numbers = Unique(check, "goal number")
    for path, entry in check.entries(top, (), "goals", ("number", "name", "short", "colour")):
        before = len(check.errors)
        number = check.integer(entry, path, "number")
        if number is not None and not 1 <= number <= GOAL_COUNT:
            check.error((*path, "number"), f"{number} is not a goal number (1 to {GOAL_COUNT})")
            number = None
        if number is None:
            known.complete = False
        else:
            known.ids.add(number)
            numbers.add(number, (*path, "number"))
        name = check.text(entry, path, "name")
        short = check.text(entry, path, "short")
        colour = check.string(entry, path, "colour")
        if colour is not None and not COLOUR.fullmatch(colour):
            check.error((*path, "colour"), f"'{colour}' is not a colour like '#E5243B'")
        if len(check.errors) == before and number and name and short and colour:
            goals[number] = SdgGoal(number=number, name=name, short=short, colour=colour.upper())
    return goals, known
