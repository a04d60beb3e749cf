"""From stored rows and figures to the steering views: gaps to targets, the Utfordringer lines
and which locally relevant SDG targets plans, decided measures and the pipeline address.

The rules are the domain's (``domain.indicator_targets``, ``domain.challenges``,
``domain.plans``); this module only gathers their inputs from the store's plain rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from impactapp.domain.challenges import (
    NATIONAL_CODE,
    CaseRef,
    Challenge,
    IndicatorFigures,
    PlanRef,
    rank_challenges,
    with_addressing,
)
from impactapp.domain.indicator_targets import (
    IndicatorTarget,
    Series,
    TargetGap,
    effective_targets,
    figures_only,
    target_gap,
)
from impactapp.domain.model import Catalog
from impactapp.domain.observation import Observation
from impactapp.domain.plans import CaseLink, Coverage, Plan, target_coverage

from .portfolio import _recommended_links
from .tables import RowTables, Tables, as_tables

#: The SDG targets the portfolio's coverage lists: those the catalog marks as highly relevant
#: for a Norwegian municipality.
RELEVANT = ("high",)
#: SSB's other code for the whole country (KOSTRA tables).
NATIONAL_ALIASES = ("EAK",)


def series_by_region(observations: Iterable[Observation]) -> dict[str, list[tuple[str, float]]]:
    """Each region's figures in period order (symbols without a figure left out); the
    national figure under one code whichever code the table used."""
    points: dict[str, list[tuple[str, float | None]]] = {}
    for o in observations:
        region = NATIONAL_CODE if o.region in NATIONAL_ALIASES else o.region
        points.setdefault(region, []).append((o.period, o.value))
    return {region: figures_only(items) for region, items in points.items()}


def home_kommune(catalog: Catalog) -> str:
    """The municipality the catalog's regions are about (its first kommune)."""
    return next((r.code for r in catalog.regions.values() if r.kind == "kommune"), "0301")


def home_regions(catalog: Catalog) -> list[str]:
    """The municipality and all its districts, in catalog order."""
    home = home_kommune(catalog)
    return [home, *(d.code for d in catalog.districts_of(home))]


#: How a report for a wider audience names a case exempt from public disclosure.
EXEMPT = {"nb": "{number} (unntatt offentlighet)", "en": "{number} (exempt from disclosure)"}


def case_links(
    rows: RowTables | Tables, catalog: Catalog, public_lang: str | None = None
) -> list[CaseLink]:
    """Each case's confirmed SDG links (its recommended alternative's), with its status.

    With ``public_lang`` (a report), a case exempt from disclosure is named by its number."""
    tables = as_tables(rows, catalog)
    tables.require("sdg_links", "finding what addresses each SDG target")
    links = _recommended_links(tables)
    cases = tables.cases.set_index("case_id")
    out: list[CaseLink] = []
    for case_id, target in zip(links["case_id"], links["target"], strict=True):
        row = cases.loc[case_id]
        title = str(row["title"])
        if public_lang is not None and bool(row["exempt"]):
            title = EXEMPT.get(public_lang, EXEMPT["en"]).format(number=row["case_number"])
        out.append(CaseLink(int(case_id), title, str(row["status"]), str(target)))
    return out


def relevant_targets(catalog: Catalog) -> list[str]:
    """The locally relevant SDG targets, in UN order."""
    return [t.id for t in catalog.targets.values() if t.local_relevance in RELEVANT]


def coverage(catalog: Catalog, plans: Sequence[Plan], links: Iterable[CaseLink]) -> list[Coverage]:
    """For every locally relevant SDG target: the plans, decided measures and pipeline."""
    return target_coverage(relevant_targets(catalog), plans, links)


def targets_in_force(
    catalog: Catalog, stored: Mapping[str, IndicatorTarget]
) -> dict[str, IndicatorTarget]:
    """The targets in force: the program's over the configuration's, for known indicators."""
    merged = effective_targets(catalog.indicator_targets, stored)
    return {k: v for k, v in merged.items() if k in catalog.indicators}


def gaps(
    catalog: Catalog,
    targets: Mapping[str, IndicatorTarget],
    observations: Mapping[str, Iterable[Observation]],
) -> list[TargetGap]:
    """The municipality's gap to each target in force, in catalog order."""
    home = home_kommune(catalog)
    out: list[TargetGap] = []
    for indicator in catalog.indicators:
        target = targets.get(indicator)
        if target is not None:
            series: Series = series_by_region(observations.get(indicator, ())).get(home, [])
            out.append(target_gap(target, series))
    return out


def challenges(
    catalog: Catalog,
    observations: Mapping[str, Iterable[Observation]],
    peers: Sequence[str],
    plans: Sequence[Plan],
    links: Iterable[CaseLink],
    indicator_links: Iterable[tuple[int, str, str, str]] = (),
) -> list[Challenge]:
    """The Utfordringer lines, worst first, each with the cases and plans addressing it: cases
    through a confirmed SDG target or by following the indicator (``indicator_links``: case
    id, title, status, indicator)."""
    figures = [
        IndicatorFigures(ind.id, ind.direction, ind.targets,
                         series_by_region(observations.get(ind.id, ())))
        for ind in catalog.indicators.values()
    ]
    home = home_regions(catalog)
    peer_codes = [p for p in peers if p not in home and p != NATIONAL_CODE]
    lines = rank_challenges(figures, home, peer_codes, catalog.challenge_margin)
    cases_by_target: dict[str, list[CaseRef]] = {}
    for link in links:
        cases_by_target.setdefault(link.target, []).append((link.case_id, link.title))
    plans_by_target: dict[str, list[PlanRef]] = {}
    plans_by_indicator: dict[str, list[PlanRef]] = {}
    for plan in plans:
        ref = (plan.id or 0, plan.name)
        for target in plan.targets:
            plans_by_target.setdefault(target, []).append(ref)
        for indicator in plan.indicators:
            plans_by_indicator.setdefault(indicator, []).append(ref)
    cases_by_indicator: dict[str, list[CaseRef]] = {}
    for case_id, title, _status, indicator in indicator_links:
        cases_by_indicator.setdefault(indicator, []).append((case_id, title))
    return with_addressing(lines, cases_by_target, cases_by_indicator, plans_by_target,
                           plans_by_indicator)


def steering_aggregates(
    rows: RowTables | Tables,
    catalog: Catalog,
    plans: Sequence[Plan],
    stored_targets: Mapping[str, IndicatorTarget],
    observations: Mapping[str, Iterable[Observation]],
    lang: str = "nb",
) -> dict[str, pd.DataFrame]:
    """The portfolio's steering tables: ``target_gaps`` (one row per indicator with a target
    in force) and ``target_coverage`` (one row per locally relevant SDG target)."""
    in_force = targets_in_force(catalog, stored_targets)
    gap_rows = []
    for gap in gaps(catalog, in_force, observations):
        indicator = catalog.indicators[gap.target.indicator]
        gap_rows.append({
            "indicator": indicator.id, "name": indicator.name.get(lang),
            "unit": indicator.unit.get(lang), "direction": gap.target.direction,
            "target": gap.target.value, "year": gap.target.year, "source": gap.target.source,
            "period": gap.period or "", "latest": gap.latest, "gap": gap.gap,
            "trend": gap.trend or "", "status": gap.status,
        })
    gap_frame = pd.DataFrame(gap_rows, columns=[
        "indicator", "name", "unit", "direction", "target", "year", "source", "period",
        "latest", "gap", "trend", "status"]).set_index("indicator")
    cover_rows = [{
        "target": row.target,
        "text": catalog.targets[row.target].text.get(lang),
        "plans": "; ".join(p.name for p in row.plans),
        "decided": "; ".join(title for _, title in row.decided),
        "pipeline": "; ".join(title for _, title in row.pipeline),
        "addressed": row.addressed,
    } for row in coverage(catalog, plans, case_links(rows, catalog, lang))]
    cover_frame = pd.DataFrame(cover_rows, columns=[
        "target", "text", "plans", "decided", "pipeline", "addressed"]).set_index("target")
    return {"target_gaps": gap_frame, "target_coverage": cover_frame}
