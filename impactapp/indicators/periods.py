"""When a statistics period ended and how long ago: the lag between the figures and today.

Register statistics arrive late (income for 2023 is published in 2025), so a view that shows
an indicator also shows how old its latest figure is. Periods are SSB's time codes: ``2024``,
``2022-2024`` (a span, ending with its last year; FHI writes ``2022_2024``), ``2024M03``
(month), ``2024K2`` or ``2024Q2`` (quarter), ``2024H1`` (half year), ``2024T1`` (tertial),
``2024U05`` (week).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_YEAR = re.compile(r"(\d{4})")
_SPAN = re.compile(r"(\d{4})\s*[-–/_]\s*(\d{4})")
_PART = re.compile(r"(\d{4})([MKQHTU])(\d{1,2})")
_LEADING_YEAR = re.compile(r"(\d{4})\b")
_MONTHS_PER_PART = {"M": 1, "K": 3, "Q": 3, "T": 4, "H": 6}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_end(period: str) -> date | None:
    """The last day of ``period``, or None when the code is not a period this program reads."""
    text = period.strip()
    if match := _YEAR.fullmatch(text):
        return date(int(match.group(1)), 12, 31)
    if match := _SPAN.fullmatch(text):
        return date(int(match.group(2)), 12, 31)
    if match := _PART.fullmatch(text):
        year, kind, number = int(match.group(1)), match.group(2), int(match.group(3))
        if kind == "U":
            try:
                return date.fromisocalendar(year, number, 7)
            except ValueError:
                return None
        months = _MONTHS_PER_PART[kind]
        if not 1 <= number <= 12 // months:
            return None
        return _month_end(year, number * months)
    if match := _LEADING_YEAR.match(text):
        return date(int(match.group(1)), 12, 31)
    return None


def months_since(period: str, today: date) -> int | None:
    """Calendar months from the end of ``period`` to ``today`` (0 if it has not ended yet);
    None if the period cannot be read."""
    end = period_end(period)
    if end is None:
        return None
    return max((today.year - end.year) * 12 + today.month - end.month, 0)
