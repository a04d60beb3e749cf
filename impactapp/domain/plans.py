"""The register of the municipality's existing plans, strategies and initiatives, and which
locally relevant SDG targets they, the decided measures and the pipeline address."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from .climate_budget import DECIDED, PIPELINE, stage_of
from .indicator_targets import FIRST_YEAR, LAST_YEAR, year_range_problem
from .lang import Text
from .messages import Phrase

PLAN_KINDS: tuple[str, ...] = ("plan", "strategy", "initiative")


@dataclass(frozen=True)
class Plan:
    """One plan, strategy or initiative that already works for the goals."""

    name: str
    unit: str = ""  # the responsible unit
    kind: str = "plan"  # PLAN_KINDS
    start_year: int | None = None
    end_year: int | None = None
    reference: str = ""  # a link or a document reference
    targets: tuple[str, ...] = ()  # SDG target ids
    indicators: tuple[str, ...] = ()  # indicator ids
    id: int | None = None  # the database's id (None before it is stored)

    @property
    def period(self) -> str:
        """The period as text, e.g. "2023-2030", "2023-", "" when none is given."""
        if self.start_year is None and self.end_year is None:
            return ""
        start = "" if self.start_year is None else str(self.start_year)
        end = "" if self.end_year is None else str(self.end_year)
        return f"{start}-{end}" if start != end else start


def _year_problem(value: object) -> Phrase | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return Phrase(Text("et årstall som 2030 forventet, fant {found}",
                           "a year such as 2030 expected, found {found}"), found=repr(value))
    if not FIRST_YEAR <= value <= LAST_YEAR:
        return year_range_problem(value)
    return None


def plan_problems(
    plan: Plan, known_targets: Container[str], known_indicators: Container[str]
) -> list[tuple[str, str]]:
    """What is wrong with a plan, as (field, message); empty when it can be stored."""
    problems: list[tuple[str, str]] = []
    if not plan.name.strip():
        problems.append(("name", Phrase(Text("en plan må ha et navn", "a plan needs a name"))))
    if plan.kind not in PLAN_KINDS:
        problems.append(("kind", Phrase(Text("'{kind}' er ikke en av {allowed}",
                                             "'{kind}' is not one of {allowed}"),
                                        kind=plan.kind, allowed=", ".join(PLAN_KINDS))))
    for key, year in (("start_year", plan.start_year), ("end_year", plan.end_year)):
        problem = _year_problem(year)
        if problem:
            problems.append((key, problem))
    if (isinstance(plan.start_year, int) and isinstance(plan.end_year, int)
            and plan.end_year < plan.start_year):
        problems.append(("end_year", Phrase(Text("slutter ({end}) før den starter ({start})",
                                                 "ends ({end}) before it starts ({start})"),
                                            end=plan.end_year, start=plan.start_year)))
    for i, target in enumerate(plan.targets):
        if target not in known_targets:
            problems.append((f"targets[{i}]", Phrase(Text("ukjent delmål '{target}'",
                                                          "unknown SDG target '{target}'"),
                                                     target=target)))
    for i, indicator in enumerate(plan.indicators):
        if indicator not in known_indicators:
            problems.append((f"indicators[{i}]", Phrase(
                Text("ukjent indikator '{indicator}'", "unknown indicator '{indicator}'"),
                indicator=indicator)))
    if len(set(plan.targets)) != len(plan.targets):
        problems.append(("targets", Phrase(Text("nevner et delmål to ganger",
                                                "names an SDG target twice"))))
    if len(set(plan.indicators)) != len(plan.indicators):
        problems.append(("indicators", Phrase(Text("nevner en indikator to ganger",
                                                   "names an indicator twice"))))
    return problems


@dataclass(frozen=True)
class CaseLink:
    """A case's confirmed link to an SDG target, with the case's status."""

    case_id: int
    title: str
    status: str
    target: str


@dataclass(frozen=True)
class Coverage:
    """What addresses one locally relevant SDG target: plans, decided measures, pipeline."""

    target: str
    plans: tuple[Plan, ...]
    decided: tuple[tuple[int, str], ...]  # (case id, title), approved or decided
    pipeline: tuple[tuple[int, str], ...]  # (case id, title), draft or in review

    @property
    def addressed(self) -> bool:
        """Whether anything at all addresses the target."""
        return bool(self.plans or self.decided or self.pipeline)


def target_coverage(
    relevant: Sequence[str], plans: Iterable[Plan], links: Iterable[CaseLink]
) -> list[Coverage]:
    """For every relevant target (in the order given), what addresses it; decided measures
    and the pipeline kept apart as in the climate budget."""
    plan_list = list(plans)
    stages: dict[tuple[str, str], dict[tuple[int, str], None]] = {}
    for link in links:
        stage = stage_of(link.status)
        if stage is not None:
            stages.setdefault((link.target, stage), {})[(link.case_id, link.title)] = None
    return [
        Coverage(
            target,
            tuple(p for p in plan_list if target in p.targets),
            tuple(stages.get((target, DECIDED), {})),
            tuple(stages.get((target, PIPELINE), {})),
        )
        for target in relevant
    ]
