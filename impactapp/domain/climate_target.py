"""The municipality's climate target and the path toward it, year by year.

A target is a percentage cut by a year against a base year whose emissions are known (Oslo:
95 % by 2030 against 2009). The reference path (emissions without the measures) is the latest
known total at or before each year, held flat: the base year's emissions unless later totals
are configured. The target path runs in a straight line from the base year's emissions to the
target level in the target year, and stays there after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import Phrase
from .model import Text

#: How the reference path is computed, as the budget declares it.
REFERENCE_METHOD = Text(
    "Referansebanen er siste kjente utslipp i eller før året, holdt flatt (basisåret med mindre "
    "senere totaler er oppgitt i klimakonfigurasjonen). Målbanen går rett fra basisåret til "
    "målnivået i målåret.",
    "The reference path is the latest known total at or before each year, held flat (the base "
    "year unless later totals are configured). The target path runs straight from the base year "
    "to the target level in the target year.",
)


@dataclass(frozen=True, slots=True)
class ClimateTarget:
    """Cut ``cut_percent`` of the base year's emissions by ``year``."""

    cut_percent: float
    year: int
    base_year: int
    base_tonnes: float
    known: tuple[tuple[int, float], ...] = ()  # later known totals (year, t CO2e)

    @property
    def target_tonnes(self) -> float:
        """The emissions the target allows in the target year."""
        return self.base_tonnes * (1 - self.cut_percent / 100)


def target_problems(target: ClimateTarget) -> list[str]:
    """What is wrong with a target, one sentence each (empty: it can be used)."""
    problems = []
    if not 0 < target.cut_percent <= 100:
        problems.append(Phrase(Text(
            "kuttet må være en prosent over 0 og høyst 100, ikke {cut}",
            "the cut must be a percentage above 0 and at most 100, not {cut}"),
            cut=f"{target.cut_percent:g}"))
    if target.year <= target.base_year:
        problems.append(Phrase(Text(
            "målåret {year} må komme etter basisåret {base}",
            "the target year {year} must come after the base year {base}"),
            year=target.year, base=target.base_year))
    if not target.base_tonnes > 0:
        problems.append(Phrase(Text(
            "utslippene i basisåret må være over 0 tonn CO2e, ikke {tonnes}",
            "the base year's emissions must be above 0 t CO2e, not {tonnes}"),
            tonnes=f"{target.base_tonnes:g}"))
    for year, tonnes in target.known:
        if year < target.base_year:
            problems.append(Phrase(Text(
                "det kjente totalutslippet for {year} ligger før basisåret {base}",
                "the known total of {year} lies before the base year {base}"),
                year=year, base=target.base_year))
        if tonnes < 0:
            problems.append(Phrase(Text(
                "det kjente totalutslippet for {year} kan ikke være negativt",
                "the known total of {year} must not be negative"), year=year))
    return problems


def reference_level(target: ClimateTarget, year: int) -> float:
    """Emissions without the measures in ``year``: the latest known total, held flat."""
    level = target.base_tonnes
    for known_year, tonnes in sorted(target.known):
        if known_year <= year:
            level = tonnes
    return level


def target_level(target: ClimateTarget, year: int) -> float:
    """The target path in ``year``: a straight line from the base year to the target."""
    if year <= target.base_year:
        return target.base_tonnes
    if year >= target.year:
        return target.target_tonnes
    share = (year - target.base_year) / (target.year - target.base_year)
    return target.base_tonnes + share * (target.target_tonnes - target.base_tonnes)


@dataclass(frozen=True, slots=True)
class PathYear:
    """One year of the budget's path: reference, the decided measures, the pipeline apart,
    the emissions left after the decided measures, the target path and the gap to it."""

    year: int
    reference: float
    decided: float  # t CO2e per year of the decided measures in force (negative = cut)
    pipeline: float  # the pipeline's, never added to the decided
    with_decided: float
    target: float
    gap: float  # with_decided - target: what is still to be cut (negative: ahead of the path)


def climate_path(target: ClimateTarget, years: list[int], decided: dict[int, float],
                 pipeline: dict[int, float]) -> list[PathYear]:
    """The path for ``years`` from the effects in force each year."""
    rows = []
    for year in years:
        reference = reference_level(target, year)
        cut = decided.get(year, 0.0)
        left = reference + cut
        goal = target_level(target, year)
        rows.append(PathYear(year, reference, cut, pipeline.get(year, 0.0), left, goal,
                             left - goal))
    return rows
