"""The line under a linked indicator of a decided case: the observed change since the decision
against the direction the case expected (``domain.indicator_change``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from ...domain.indicator_change import (
    AGAINST,
    AS_EXPECTED,
    NO_CHANGE,
    TOO_EARLY,
    ChangeSinceDecision,
    change_since_decision,
)
from ...domain.model import Case, IndicatorLink
from ...domain.numbers import format_number

#: (indicator id, region) -> that region's figures as (period, value) in period order.
SeriesOf = Callable[[str, str], Sequence[tuple[str, float]]]


def change_line(case: Case, link: IndicatorLink, series_of: SeriesOf | None, lang: str) -> str:
    """"Since the decision (2021 → 2023): +0,8, against the expected direction", or "" for a
    case not decided or without figures."""
    if series_of is None or case.status != "decided" or case.decision_date is None:
        return ""
    change = change_since_decision(series_of(link.indicator, link.region), case.decision_date,
                                   link.expected)
    return describe(change, lang)


def describe(change: ChangeSinceDecision, lang: str) -> str:
    """The change in words, in the UI language ("" when there is nothing to say)."""
    if change.verdict == TOO_EARLY:
        return QCoreApplication.translate(
            "IndicatorChange", "Since the decision: no figure after %1 yet").replace(
            "%1", change.base_period or "")
    if change.verdict not in (AS_EXPECTED, AGAINST, NO_CHANGE) or change.change is None:
        return ""
    verdicts = {
        AS_EXPECTED: QCoreApplication.translate("IndicatorChange", "as expected"),
        AGAINST: QCoreApplication.translate("IndicatorChange",
                                            "against the expected direction"),
        NO_CHANGE: QCoreApplication.translate("IndicatorChange", "no change"),
    }
    sign = "+" if change.change > 0 else ""
    amount = sign + format_number(round(change.change, 6), lang)
    text = QCoreApplication.translate("IndicatorChange", "Since the decision (%1 → %2): %3, %4")
    return text.replace("%1", change.base_period or "").replace(
        "%2", change.latest_period or "").replace("%3", amount).replace(
        "%4", verdicts[change.verdict])
