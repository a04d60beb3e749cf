"""The observed change of a case's linked indicator since the decision, against the direction
the case expected it to move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .indicator_targets import FLAT_SHARE, Series, period_year

AS_EXPECTED, AGAINST, NO_CHANGE, TOO_EARLY, NO_DATA, UNDECIDED = (
    "as_expected", "against", "no_change", "too_early", "no_data", "undecided"
)


@dataclass(frozen=True)
class ChangeSinceDecision:
    """The figure at the decision (the latest of the decision year or before) and the latest."""

    verdict: str  # AS_EXPECTED, AGAINST, NO_CHANGE, TOO_EARLY, NO_DATA, UNDECIDED
    expected: str  # up | down
    base_period: str | None = None
    base: float | None = None
    latest_period: str | None = None
    latest: float | None = None

    @property
    def change(self) -> float | None:
        """Latest minus the figure at the decision (None when either is missing)."""
        if self.base is None or self.latest is None:
            return None
        return self.latest - self.base


def change_since_decision(
    series: Series, decision_date: date | None, expected: str
) -> ChangeSinceDecision:
    """How the indicator moved from the decision year to its latest figure, judged against
    ``expected`` (up/down). Figures of later periods than the decision's year count as after."""
    if decision_date is None:
        return ChangeSinceDecision(UNDECIDED, expected)
    points = [(p, v) for p, v in series if period_year(p) is not None]
    if not points:
        return ChangeSinceDecision(NO_DATA, expected)
    before = [(p, v) for p, v in points if (period_year(p) or 0) <= decision_date.year]
    after = [(p, v) for p, v in points if (period_year(p) or 0) > decision_date.year]
    if not before:
        return ChangeSinceDecision(NO_DATA, expected, latest_period=points[-1][0],
                                   latest=points[-1][1])
    base_period, base = before[-1]
    if not after:
        return ChangeSinceDecision(TOO_EARLY, expected, base_period, base)
    latest_period, latest = after[-1]
    change = latest - base
    if abs(change) <= FLAT_SHARE * max(abs(base), 1e-9):
        verdict = NO_CHANGE
    else:
        verdict = AS_EXPECTED if (change > 0) == (expected == "up") else AGAINST
    return ChangeSinceDecision(verdict, expected, base_period, base, latest_period, latest)
