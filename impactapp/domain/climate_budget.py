"""The climate budget rule (METHOD.md): what counts in the total, and what is only shown.

Only direct effects (``scope: direct``) count in a climate budget total; indirect effects, and
effects whose scope is not stated, are shown beside it and never added. Decided or approved
measures (the budget) and the pipeline (draft and in review) are separate totals, never
mixed. The analysis layer, the portfolio view and the portfolio report all use these rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: The stage of the budget proper and of the pipeline, in the order they are shown.
DECIDED, PIPELINE = "decided", "pipeline"
STAGES: tuple[str, ...] = (DECIDED, PIPELINE)
#: Which case statuses belong to which stage.
STAGE_STATUSES: dict[str, tuple[str, ...]] = {
    DECIDED: ("approved", "decided"),
    PIPELINE: ("draft", "in_review"),
}
#: How an effect's scope is shown: only DIRECT counts in a total.
DIRECT, INDIRECT, UNSTATED = "direct", "indirect", "unstated"
SCOPE_GROUPS: tuple[str, ...] = (DIRECT, INDIRECT, UNSTATED)


def stage_of(status: str) -> str | None:
    """The stage a case's status puts it in (None for a status in neither)."""
    for stage, statuses in STAGE_STATUSES.items():
        if status in statuses:
            return stage
    return None


def scope_group(scope: str | None) -> str:
    """``direct`` or ``indirect`` as stated; anything else (not stated) is ``unstated``."""
    return scope if scope in (DIRECT, INDIRECT) else UNSTATED


def counts_in_total(scope: str | None) -> bool:
    """Whether an effect of this scope is added to a climate budget total: direct only."""
    return scope_group(scope) == DIRECT


@dataclass(frozen=True)
class Effect:
    """One case's climate effect as the budget sees it (t CO2e per year, None: not
    quantified)."""

    status: str
    scope: str | None
    tonnes: float | None


@dataclass(frozen=True)
class StageTotal:
    """One stage's figures: the direct total, and beside it what is never added to it."""

    cases: int = 0  # cases of this stage
    direct: float = 0.0  # the total: direct effects only
    direct_cases: int = 0
    indirect: float = 0.0  # shown beside the total
    indirect_cases: int = 0
    unstated: float = 0.0  # quantified, scope not stated: shown beside, never added
    unstated_cases: int = 0
    not_quantified: int = 0  # cases whose effect has no figure


def climate_totals(effects: Iterable[Effect]) -> dict[str, StageTotal]:
    """The budget (approved, decided) and the pipeline (draft, in review), kept apart."""
    sums: dict[str, dict[str, float]] = {stage: {} for stage in STAGES}
    for effect in effects:
        stage = stage_of(effect.status)
        if stage is None:
            continue
        figures = sums[stage]
        figures["cases"] = figures.get("cases", 0) + 1
        if effect.tonnes is None:
            figures["not_quantified"] = figures.get("not_quantified", 0) + 1
            continue
        group = scope_group(effect.scope)
        figures[group] = figures.get(group, 0.0) + float(effect.tonnes)
        figures[f"{group}_cases"] = figures.get(f"{group}_cases", 0) + 1
    return {
        stage: StageTotal(
            cases=int(f.get("cases", 0)),
            direct=f.get(DIRECT, 0.0), direct_cases=int(f.get("direct_cases", 0)),
            indirect=f.get(INDIRECT, 0.0), indirect_cases=int(f.get("indirect_cases", 0)),
            unstated=f.get(UNSTATED, 0.0), unstated_cases=int(f.get("unstated_cases", 0)),
            not_quantified=int(f.get("not_quantified", 0)),
        )
        for stage, f in sums.items()
    }
