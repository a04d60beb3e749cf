"""Where the municipality stands and where it lags ("Utfordringer"), from indicator figures.

A line is an indicator in the municipality or one of its districts that does worse than the
national figure or the comparison municipalities' average by more than the configured margin
(a share of the reference figure, in per cent), or whose last three figures all moved the wrong
way. Lines are ranked by how far behind they are; moving the wrong way adds the margin once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .defaults import DEFAULT_MARGIN_PERCENT
from .indicator_targets import TREND_PERIODS, Series

NATIONAL_CODE = "0"

CaseRef = tuple[int, str]  # (case id, title)
PlanRef = tuple[int, str]  # (plan id, name)


@dataclass(frozen=True)
class IndicatorFigures:
    """One indicator's figures by region, as the ranking reads them."""

    indicator: str
    desired: str  # up | down
    sdg_targets: tuple[str, ...]
    series: Mapping[str, Series]  # region code -> (period, figure) in period order


@dataclass(frozen=True)
class Challenge:
    """One place where one indicator lags."""

    indicator: str
    region: str
    period: str
    value: float
    national: float | None  # the national figure of the same period
    peers: float | None  # the comparison municipalities' average of the same period
    behind_national: float | None  # per cent worse than national, when beyond the margin
    behind_peers: float | None  # per cent worse than the peers, when beyond the margin
    wrong_way: bool  # the last three figures each moved the wrong way
    score: float
    sdg_targets: tuple[str, ...] = ()
    cases: tuple[CaseRef, ...] = field(default=())
    plans: tuple[PlanRef, ...] = field(default=())

    @property
    def addressed(self) -> bool:
        """Whether any case or plan works on this line's indicator or SDG targets."""
        return bool(self.cases or self.plans)


def shortfall_percent(value: float, reference: float, desired: str) -> float | None:
    """How many per cent worse ``value`` is than ``reference`` (negative: better); None for a
    reference of zero, which gives no share."""
    if reference == 0:
        return None
    worse = value - reference if desired == "down" else reference - value
    return 100.0 * worse / abs(reference)


def moves_wrong_way(series: Series, desired: str, periods: int = TREND_PERIODS) -> bool:
    """Whether each of the last ``periods`` figures moved the wrong way from the one before."""
    recent = [v for _, v in list(series)[-periods:]]
    if len(recent) < periods:
        return False
    steps = [b - a for a, b in itertools.pairwise(recent)]
    return all((s > 0) if desired == "down" else (s < 0) for s in steps)


def _at(series: Series | None, period: str) -> float | None:
    for p, v in series or ():
        if p == period:
            return v
    return None


def rank_challenges(
    figures: Iterable[IndicatorFigures],
    home: Sequence[str],
    peers: Sequence[str],
    margin_percent: float = DEFAULT_MARGIN_PERCENT,
) -> list[Challenge]:
    """Every lagging (indicator, home region), worst first. ``home`` is the municipality and
    its districts, ``peers`` the comparison municipalities."""
    lines: list[Challenge] = []
    for ind in figures:
        for region in home:
            series = list(ind.series.get(region, ()))
            if not series:
                continue
            period, value = series[-1]
            national = _at(ind.series.get(NATIONAL_CODE), period)
            peer_values = [v for v in (_at(ind.series.get(p), period) for p in peers)
                           if v is not None]
            peer_mean = sum(peer_values) / len(peer_values) if peer_values else None
            behind_nat = _beyond(value, national, ind.desired, margin_percent)
            behind_peer = _beyond(value, peer_mean, ind.desired, margin_percent)
            wrong = moves_wrong_way(series, ind.desired)
            if behind_nat is None and behind_peer is None and not wrong:
                continue
            score = max(behind_nat or 0.0, behind_peer or 0.0) + (margin_percent if wrong else 0)
            lines.append(Challenge(ind.indicator, region, period, value, national, peer_mean,
                                   behind_nat, behind_peer, wrong, score, ind.sdg_targets))
    lines.sort(key=lambda c: (-c.score, c.indicator, c.region))
    return lines


def _beyond(value: float, reference: float | None, desired: str, margin: float) -> float | None:
    if reference is None:
        return None
    share = shortfall_percent(value, reference, desired)
    return share if share is not None and share > margin else None


def with_addressing(
    lines: Iterable[Challenge],
    cases_by_target: Mapping[str, Sequence[CaseRef]],
    cases_by_indicator: Mapping[str, Sequence[CaseRef]],
    plans_by_target: Mapping[str, Sequence[PlanRef]],
    plans_by_indicator: Mapping[str, Sequence[PlanRef]],
) -> list[Challenge]:
    """The lines with the cases and plans that work on their indicator or SDG targets."""
    out: list[Challenge] = []
    for line in lines:
        cases: dict[CaseRef, None] = dict.fromkeys(cases_by_indicator.get(line.indicator, ()))
        plans: dict[PlanRef, None] = dict.fromkeys(plans_by_indicator.get(line.indicator, ()))
        for target in line.sdg_targets:
            cases.update(dict.fromkeys(cases_by_target.get(target, ())))
            plans.update(dict.fromkeys(plans_by_target.get(target, ())))
        out.append(Challenge(**{**line.__dict__, "cases": tuple(cases), "plans": tuple(plans)}))
    return out
