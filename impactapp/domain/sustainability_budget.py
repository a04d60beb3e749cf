"""The sustainability budget's lines and totals, by the climate budget rule.

Each case contributes its recommended measure (the one decided or proposed), and a decided
case also every other measure that has a follow-up record. Totals keep the decided measures
(approved, decided) and the pipeline (draft, in review) apart and add direct effects only
(``climate_budget``); a stopped measure leaves the decided sum and is listed with its reason.
A measure without a start year counts from the budget's first year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .climate_budget import (
    DECIDED,
    PIPELINE,
    Effect,
    StageTotal,
    climate_totals,
    counts_in_total,
    stage_of,
)
from .climate_target import ClimateTarget, PathYear, climate_path
from .followup import STOPPED, FollowUp
from .model import Case

#: Years an investment is spread over when cost-effectiveness is worked out.
DEFAULT_LIFETIME_YEARS = 10


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One measure in the budget."""

    case_id: int
    case_number: str
    title: str
    case_status: str
    measure: str
    measure_name: str
    unit: str
    followup_status: str | None  # None: no follow-up record
    stop_reason: str
    scope: str | None
    tonnes: float | None  # expected t CO2e per year (negative = cut)
    from_year: int | None
    investment_nok: float | None
    annual_nok: float | None
    targets: tuple[str, ...]  # confirmed SDG targets only
    reported_tonnes: float | None = None
    cost_spent_nok: float | None = None
    exempt: bool = False  # exempt from disclosure: shown by its case number only

    @property
    def stage(self) -> str | None:
        return stage_of(self.case_status)

    @property
    def stopped(self) -> bool:
        return self.followup_status == STOPPED

    def in_force(self, year: int, first_year: int) -> float:
        """Its t CO2e in ``year``: the expected effect from its start year on (0 before)."""
        if self.tonnes is None:
            return 0.0
        start = self.from_year if self.from_year is not None else first_year
        return self.tonnes if year >= start else 0.0


def nok_per_tonne(line: BudgetLine, lifetime: int = DEFAULT_LIFETIME_YEARS) -> float | None:
    """NOK per tonne CO2e cut: (annual cost + investment spread over ``lifetime`` years) per
    tonne cut a year; None unless both a cost and a cut are known."""
    if line.tonnes is None or line.tonnes >= 0:
        return None
    if line.investment_nok is None and line.annual_nok is None:
        return None
    yearly = (line.annual_nok or 0.0) + (line.investment_nok or 0.0) / max(1, lifetime)
    return yearly / -line.tonnes


def budget_lines(cases: Iterable[Case], followups: dict[int, dict[str, FollowUp]]
                 ) -> list[BudgetLine]:
    """The budget's measures, grouped by responsible unit, then case and measure."""
    lines = []
    for case in cases:
        if stage_of(case.status) is None or case.id is None:
            continue
        # Follow-up belongs to a decided case: a record left from before a new revision does
        # not stop or move a case that is back in the pipeline.
        records = followups.get(case.id, {}) if case.status == "decided" else {}
        chosen = case.recommendation.alternative if case.recommendation else None
        for alt in case.measures:
            record = records.get(alt.id)
            if alt.id != chosen and not (record and case.status == "decided"):
                continue
            ghg, cost = alt.ghg, alt.cost
            lines.append(BudgetLine(
                case_id=case.id, case_number=case.case_number, title=case.title,
                case_status=case.status, measure=alt.id, measure_name=alt.name,
                unit=(record.unit if record and record.unit else case.unit),
                followup_status=record.status if record else None,
                stop_reason=record.reason if record else "",
                scope=ghg.scope if ghg else None,
                tonnes=ghg.tonnes_co2e_per_year if ghg and ghg.quantifiable else None,
                from_year=ghg.from_year if ghg else None,
                investment_nok=cost.investment_nok if cost else None,
                annual_nok=cost.annual_nok if cost else None,
                targets=tuple(link.target for link in alt.sdg_targets),
                reported_tonnes=record.effect_tonnes if record else None,
                cost_spent_nok=record.cost_nok if record else None,
                exempt=case.confidentiality.exempt,
            ))
    lines.sort(key=lambda ln: (ln.unit.casefold(), ln.case_id, ln.measure))
    return lines


@dataclass(frozen=True, slots=True)
class BudgetTotals:
    """The decided and pipeline totals (never added together), and the stopped measures."""

    decided: StageTotal
    pipeline: StageTotal
    stopped: tuple[BudgetLine, ...]
    investment: dict[str, float]  # per stage, stopped measures left out of the decided
    annual: dict[str, float]


def counted(line: BudgetLine) -> bool:
    """Whether the line is in its stage's sum at all: not stopped."""
    return line.stage is not None and not line.stopped


def budget_totals(lines: Iterable[BudgetLine]) -> BudgetTotals:
    """Totals per stage by the climate budget rule; a stopped measure leaves the sum."""
    kept = [line for line in lines if line.stage is not None]
    live = [line for line in kept if counted(line)]
    totals = climate_totals(Effect(ln.case_status, ln.scope, ln.tonnes) for ln in live)
    investment = {s: sum(ln.investment_nok or 0.0 for ln in live if ln.stage == s)
                  for s in (DECIDED, PIPELINE)}
    annual = {s: sum(ln.annual_nok or 0.0 for ln in live if ln.stage == s)
              for s in (DECIDED, PIPELINE)}
    return BudgetTotals(totals[DECIDED], totals[PIPELINE],
                        tuple(ln for ln in kept if ln.stopped), investment, annual)


def in_force_by_year(lines: Iterable[BudgetLine], stage: str, years: list[int]
                     ) -> dict[int, float]:
    """The direct t CO2e per year of one stage's counted measures in force in each year."""
    chosen = [ln for ln in lines
              if ln.stage == stage and counted(ln) and counts_in_total(ln.scope)]
    first = years[0] if years else 0
    return {year: sum(ln.in_force(year, first) for ln in chosen) for year in years}


#: Years of effect shown per measure: the budget year and the three after it (the economic plan).
PLAN_YEARS = 4


@dataclass(frozen=True, slots=True)
class Budget:
    """Everything the Budsjett view, the PDF and the spreadsheet show for one budget year."""

    year: int
    years: tuple[int, ...]  # the per-measure columns
    lines: tuple[BudgetLine, ...]
    totals: BudgetTotals
    target: ClimateTarget | None
    path: tuple[PathYear, ...]  # empty without a target
    lifetime_years: int

    def units(self) -> list[str]:
        """The responsible units in the order their lines come."""
        return list(dict.fromkeys(line.unit for line in self.lines))


def path_years(year: int, target: ClimateTarget | None) -> list[int]:
    """The years of the path table: the budget year to the target year (at least the plan)."""
    last = max(year + PLAN_YEARS - 1, target.year if target else year)
    return list(range(year, last + 1))


def build_budget(cases: Iterable[Case], followups: dict[int, dict[str, FollowUp]], year: int,
                 target: ClimateTarget | None,
                 lifetime_years: int = DEFAULT_LIFETIME_YEARS) -> Budget:
    """The budget of ``year``: lines, totals kept apart, and the path toward the target."""
    lines = budget_lines(cases, followups)
    path: tuple[PathYear, ...] = ()
    if target is not None:
        years = path_years(year, target)
        path = tuple(climate_path(target, years, in_force_by_year(lines, DECIDED, years),
                                  in_force_by_year(lines, PIPELINE, years)))
    return Budget(year, tuple(range(year, year + PLAN_YEARS)), tuple(lines),
                  budget_totals(lines), target, path, lifetime_years)
