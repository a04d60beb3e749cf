"""Municipal targets per indicator (value, year, direction) and the gap to them.

A target comes from the municipality's configuration (``targets.yaml``) or is set by an admin
in the program (stored in the database). The rule for which wins: a target set in the program
replaces the configuration's for that indicator (it is the later, deliberate decision);
removing it in the program brings the configuration's back. Both say where they come from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .lang import Text
from .messages import Phrase

#: A target's direction: the figure shall be at most (lower) or at least (higher) the value.
LOWER, HIGHER = "lower", "higher"
TARGET_DIRECTIONS: tuple[str, ...] = (LOWER, HIGHER)
#: Where a target comes from.
FROM_CONFIG, FROM_DATABASE = "configuration", "database"
#: The years a target may name (a plausible planning horizon, not a typo such as 20230).
FIRST_YEAR, LAST_YEAR = 2000, 2100
#: How many periods the trend is read over (the latest and the two before it).
TREND_PERIODS = 3
#: A change smaller than this share of the figure counts as no change.
FLAT_SHARE = 0.001

_YEAR = re.compile(r"(19|20|21)[0-9]{2}")
#: An indicator's desired direction in bokmål, for the refusal's sentence.
_WAYS: dict[str, Text] = {"up": Text("opp", "up"), "down": Text("ned", "down")}


class _Shown:
    """A value as Python writes it (``'x'``, ``None``), never shortened: what was found."""

    def __init__(self, value: object) -> None:
        self.shown = repr(value)

    def __str__(self) -> str:
        return self.shown


def year_range_problem(year: int) -> Phrase:
    """The sentence for a year outside the planning horizon."""
    return Phrase(Text("{year} er ikke et år mellom {first} og {last}",
                       "{year} is not a year between {first} and {last}"),
                  year=year, first=FIRST_YEAR, last=LAST_YEAR)


def target_direction_for(indicator_direction: str) -> str:
    """The target direction that fits an indicator's desired direction (down: lower)."""
    return LOWER if indicator_direction == "down" else HIGHER


@dataclass(frozen=True)
class IndicatorTarget:
    """One indicator's target: the figure shall be ``direction`` than ``value`` by ``year``."""

    indicator: str
    value: float
    year: int
    direction: str
    source: str = FROM_DATABASE  # FROM_CONFIG or FROM_DATABASE
    set_by: str = ""
    set_at: str = ""  # ISO 8601 time it was set in the program ("" from the configuration)

    def met_by(self, figure: float) -> bool:
        """Whether ``figure`` meets the target."""
        return figure <= self.value if self.direction == LOWER else figure >= self.value


def target_problems(
    value: object, year: object, direction: object, indicator_direction: str | None
) -> list[tuple[str, str]]:
    """What is wrong with a target's parts, as (field, message); empty when it is usable.

    ``indicator_direction`` is the indicator's desired direction (up/down), None when the
    indicator is unknown (reported by the caller)."""
    problems: list[tuple[str, str]] = []
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(("value", Phrase(Text(
            "et tall forventet, fant {found}", "a number expected, found {found}"),
            found=_Shown(value))))
    elif not math.isfinite(float(value)):
        problems.append(("value", Phrase(Text(
            "må være et vanlig tall", "must be a finite number"))))
    if isinstance(year, bool) or not isinstance(year, int):
        problems.append(("year", Phrase(Text(
            "et årstall som 2030 forventet, fant {found}",
            "a year such as 2030 expected, found {found}"), found=_Shown(year))))
    elif not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(("year", year_range_problem(year)))
    if direction not in TARGET_DIRECTIONS:
        allowed = ", ".join(TARGET_DIRECTIONS)
        problems.append(("direction", Phrase(Text(
            "{found} er ikke en av {allowed}", "{found} is not one of {allowed}"),
            found=_Shown(direction), allowed=allowed)))
    elif indicator_direction is not None and direction != target_direction_for(
        indicator_direction
    ):
        wanted = target_direction_for(indicator_direction)
        problems.append(("direction", Phrase(Text(
            "'{direction}' går mot indikatoren, som bør gå {way} (bruk '{wanted}')",
            "'{direction}' goes against the indicator, whose figure should go "
            "{indicator_direction} (use '{wanted}')"),
            direction=str(direction), way=_WAYS.get(indicator_direction, indicator_direction),
            indicator_direction=indicator_direction, wanted=wanted)))
    return problems


def effective_targets(
    configured: Mapping[str, IndicatorTarget], stored: Mapping[str, IndicatorTarget]
) -> dict[str, IndicatorTarget]:
    """Each indicator's target in force: the program's (database) over the configuration's."""
    merged = dict(configured)
    merged.update(stored)
    return merged


def period_year(period: str) -> int | None:
    """The (last) year a period code names: "2024" -> 2024, "2022-2024" -> 2024, "2025U01"
    -> 2025; None when it names none."""
    years = [int(m.group(0)) for m in _YEAR.finditer(period)]
    return years[-1] if years else None


Series = Sequence[tuple[str, float]]  # (period, figure) in period order, figures only


def figures_only(points: Iterable[tuple[str, float | None]]) -> list[tuple[str, float]]:
    """The points that have a figure, in period order."""
    return sorted(((p, float(v)) for p, v in points if v is not None), key=lambda pv: pv[0])


RIGHT, WRONG, FLAT = "right", "wrong", "flat"


def trend(series: Series, desired: str, periods: int = TREND_PERIODS) -> str | None:
    """Whether the last ``periods`` figures moved the desired way (``up``/``down``): RIGHT,
    WRONG or FLAT; None with fewer than two figures."""
    recent = list(series)[-periods:]
    if len(recent) < 2:
        return None
    change = recent[-1][1] - recent[0][1]
    if abs(change) <= FLAT_SHARE * max(abs(recent[0][1]), 1e-9):
        return FLAT
    return RIGHT if (change < 0) == (desired == "down") else WRONG


@dataclass(frozen=True)
class TargetGap:
    """The latest figure against a target: how far there is still to go, and the path."""

    target: IndicatorTarget
    period: str | None  # the latest figure's period (None: no figure yet)
    latest: float | None
    gap: float | None  # still to go in the target's direction; <= 0 means met
    met: bool | None
    trend: str | None  # RIGHT, WRONG, FLAT, None
    on_path: bool | None  # met, or the recent pace reaches the target by its year

    @property
    def status(self) -> str:
        """One word for the line: met, on_path, off_path or unknown."""
        if self.met:
            return "met"
        if self.on_path is None:
            return "unknown"
        return "on_path" if self.on_path else "off_path"


def target_gap(target: IndicatorTarget, series: Series) -> TargetGap:
    """The gap between the latest figure of ``series`` and ``target``, and whether the pace of
    the last periods reaches the target by its year."""
    points = list(series)
    if not points:
        return TargetGap(target, None, None, None, None, None, None)
    period, latest = points[-1]
    gap = latest - target.value if target.direction == LOWER else target.value - latest
    met = target.met_by(latest)
    desired = "down" if target.direction == LOWER else "up"
    moving = trend(points, desired)
    return TargetGap(target, period, latest, gap, met, moving,
                     True if met else _reaches(points, target, gap))


def _reaches(points: Series, target: IndicatorTarget, gap: float) -> bool | None:
    """Whether the average yearly change over the last periods closes ``gap`` by the year."""
    recent = list(points)[-TREND_PERIODS:]
    first, last = period_year(recent[0][0]), period_year(recent[-1][0])
    if len(recent) < 2 or first is None or last is None or last <= first:
        return None
    per_year = (recent[-1][1] - recent[0][1]) / (last - first)
    toward = -per_year if target.direction == LOWER else per_year
    years_left = target.year - last
    if toward <= 0 or years_left <= 0:
        return False
    return toward * years_left >= gap
