"""The following pages' records: SDG targets, trade-offs, indicators, review and approval."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from impactapp.domain.approval import same_person_approved
from impactapp.domain.model import Case, Catalog, Indicator, IndicatorLink
from impactapp.domain.tradeoffs import case_trade_offs
from impactapp.domain.vocabulary import STEP_LABELS

from .formats import format_datetime, format_number
from .glance import SYMBOLS, confirmed_links
from .model import (
    IndicatorView,
    MeasureTargets,
    ReviewLine,
    ReviewView,
    TargetLine,
    TradeOffView,
)
from .sections import alternative_heading
from .steering_lines import follow_up_line

SOURCE_NAMES: dict[str, str] = {
    "ssb": "SSB",
    "oslo_statistikkbank": "Oslo kommune statistikkbank",
    "fhi": "Folkehelseinstituttet",
    "miljodirektoratet": "Miljødirektoratet",
}


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator's latest imported value, as ``build_memo(indicator_values=...)`` takes it.

    Any object (or mapping) with these attribute names will do; missing source details fall
    back to the indicator's source in the catalog.
    """

    value: float
    period: str
    unit: str = ""
    source: str = ""
    table: str = ""
    fetched: date | datetime | str | None = None


def build_targets(
    case: Case, catalog: Catalog, lang: str, labels: Mapping[str, str], recommended: str
) -> tuple[MeasureTargets, ...]:
    """Each measure's confirmed SDG targets in the UN's order, with their texts in the memo's
    language; suggestions nobody confirmed are never listed."""
    position = {target: i for i, target in enumerate(catalog.targets)}
    out = []
    for alt in case.measures:
        lines = []
        links = confirmed_links(alt)
        for link in sorted(links, key=lambda k: (position.get(k.target, len(position)), k.target)):
            target = catalog.targets.get(link.target)
            goal = catalog.goals.get(target.goal) if target is not None else None
            lines.append(
                TargetLine(
                    target=link.target,
                    text=target.text.get(lang) if target is not None else "",
                    unofficial=lang == "nb" and target is not None and target.unofficial_nb,
                    contribution=link.contribution,
                    symbol=SYMBOLS.get(link.contribution, ""),
                    word=labels.get(f"contribution_{link.contribution}", link.contribution),
                    note=link.note,
                    colour=goal.colour if goal is not None else "#000000",
                )
            )
        out.append(
            MeasureTargets(
                alternative_id=alt.id,
                heading=alternative_heading(alt, recommended, labels),
                lines=tuple(lines),
            )
        )
    return tuple(out)


def build_trade_offs(
    case: Case, catalog: Catalog, lang: str, labels: Mapping[str, str]
) -> tuple[TradeOffView, ...]:
    """The trade-offs the domain detects for every measure, with their written handling."""

    def name(criterion_id: str) -> str:
        criterion = catalog.criteria.get(criterion_id)
        return criterion.name.get(lang) if criterion is not None else criterion_id

    names = {alt.id: alt.name for alt in case.alternatives}
    return tuple(
        TradeOffView(
            alternative_id=t.alternative,
            alternative_name=names.get(t.alternative, t.alternative),
            negative=t.negative,
            negative_name=name(t.negative),
            positive_names=tuple(name(p) for p in t.positives),
            text=labels["trade_off_against"].format(
                negative=name(t.negative), positives=", ".join(name(p) for p in t.positives)
            ),
            handling=t.handling,
            handled=t.handled,
        )
        for t in case_trade_offs(case, catalog)
    )


def _get(value: Any, key: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(key)
    return getattr(value, key, None)


def _looked_up(values: Mapping | None, link: IndicatorLink) -> Any:
    if not values:
        return None
    found = values.get((link.indicator, link.region))
    return found if found is not None else values.get(link.indicator)


def _fetched_text(fetched: Any) -> str:
    if isinstance(fetched, datetime):
        return fetched.date().isoformat()
    if isinstance(fetched, date):
        return fetched.isoformat()
    return str(fetched) if fetched else ""


def source_line(value: Any, indicator: Indicator | None, labels: Mapping[str, str]) -> str:
    """ "Kilde: SSB, tabell 06947, hentet 2026-11-02", from the value or else the catalog."""
    catalog_source = indicator.source if indicator is not None else None
    if catalog_source is not None and catalog_source.numerator is not None:
        catalog_source = catalog_source.numerator  # a ratio: named by its numerator's publisher
    source = _get(value, "source") or (
        SOURCE_NAMES.get(catalog_source.kind, catalog_source.kind) if catalog_source else ""
    )
    table = _get(value, "table") or (catalog_source.table if catalog_source else "")
    fetched = _fetched_text(_get(value, "fetched"))
    line = labels["source"].format(source=source or labels["not_given"])
    if table:
        line += labels["source_table"].format(table=table)
    if fetched:
        line += labels["source_fetched"].format(fetched=fetched)
    if indicator is not None and not indicator.confirmed:
        line += labels["source_unconfirmed"]
    return line


def build_indicators(
    case: Case, catalog: Catalog, lang: str, labels: Mapping[str, str],
    indicator_values: Mapping | None,
) -> tuple[IndicatorView, ...]:
    known = getattr(catalog, "indicators", None) or {}
    out = []
    for link in case.indicators:
        indicator = known.get(link.indicator)
        name = indicator.name.get(lang) if indicator is not None else ""
        region = catalog.regions.get(link.region)
        value = _looked_up(indicator_values, link)
        latest, source = labels["no_data"], ""
        if value is not None and isinstance(_get(value, "value"), int | float):
            unit = _get(value, "unit") or (indicator.unit.get(lang) if indicator else "")
            latest = format_number(float(_get(value, "value")), lang, decimals=2)
            latest += f" {unit}" if unit else ""
            period = _get(value, "period")
            latest += f" ({period})" if period else ""
            source = source_line(value, indicator, labels)
        follow_up = follow_up_line(case, catalog, link, value, lang, labels) if value else ""
        out.append(
            IndicatorView(
                indicator_id=link.indicator,
                name=name or link.indicator,
                region=region.name if region is not None else link.region,
                expected=labels.get(f"direction_{link.expected}", link.expected),
                latest=latest,
                source=source,
                follow_up=follow_up,
            )
        )
    return tuple(out)


def build_review(case: Case, lang: str, labels: Mapping[str, str]) -> ReviewView:
    lines = tuple(
        ReviewLine(
            step=STEP_LABELS[r.step].get(lang) if r.step in STEP_LABELS else r.step,
            verdict=labels.get(f"verdict_{r.verdict}", r.verdict),
            note=r.note,
            answer=r.answer,
        )
        for r in case.review
    )
    if case.approved_by:
        when = format_datetime(case.approved_at, lang) if case.approved_at else ""
        approval = labels["approved_by"].format(name=case.approved_by)
        approval += f", {when}." if when else "."
    else:
        approval = labels["not_approved"]
    same = (labels["same_person_approved"].format(name=case.approved_by.strip())
            if same_person_approved(case) else "")
    return ReviewView(lines, approval, same)
