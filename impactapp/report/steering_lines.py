"""The follow-up words under a memo's indicator line: the gap to the municipality's target
and, for a decided case, the observed change since the decision against the expected one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impactapp.domain.indicator_change import (
    AGAINST,
    AS_EXPECTED,
    NO_CHANGE,
    change_since_decision,
)
from impactapp.domain.indicator_targets import LOWER, IndicatorTarget, target_gap
from impactapp.domain.model import Case, Catalog, IndicatorLink
from impactapp.domain.numbers import format_number


def follow_up_line(case: Case, catalog: Catalog, link: IndicatorLink, value: Any, lang: str,
                   labels: Mapping[str, str]) -> str:
    """"Mål: høyst 10 innen 2030; avstand 1,2; ikke i rute. Siden vedtaket (2021–2023): +0,8,
    mot forventet." or "" when there is nothing to add."""
    series = tuple(getattr(value, "series", ()) or ())
    target = getattr(value, "target", None)
    parts: list[str] = []
    region = catalog.regions.get(link.region)
    if isinstance(target, IndicatorTarget) and series and (region is None
                                                           or region.kind == "kommune"):
        gap = target_gap(target, series)
        word = labels["target_at_most"] if target.direction == LOWER else labels[
            "target_at_least"]
        text = labels["target_line"].format(
            direction=word, value=format_number(target.value, lang), year=target.year,
            gap=format_number(round(max(gap.gap or 0.0, 0.0), 6), lang),
            status=labels[f"target_{gap.status}"])
        parts.append(text)
    if case.status == "decided" and series:
        change = change_since_decision(series, case.decision_date, link.expected)
        if change.verdict in (AS_EXPECTED, AGAINST, NO_CHANGE) and change.change is not None:
            sign = "+" if change.change > 0 else ""
            parts.append(labels["since_decision"].format(
                base=change.base_period, latest=change.latest_period,
                change=sign + format_number(round(change.change, 6), lang),
                verdict=labels[f"change_{change.verdict}"]))
    return " ".join(parts)
