"""Arranging an indicator's stored figures for the view: which regions, periods and bars.

Pure arrangement (no widgets): the detail panel feeds the results to its tables and charts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...domain.model import Catalog, Indicator
from ...domain.observation import Observation
from ...indicators.comparison import NATIONAL_CODES, is_national, query_regions, region_name
from .bar_chart import HOME, NATIONAL, OTHER, Bar
from .line_chart import Series

#: How many of the latest periods the comparison table shows.
COMPARISON_PERIODS = 5

Cells = dict[tuple[str, str], Observation]


@dataclass(frozen=True)
class Arrangement:
    regions: list[tuple[str, str]]  # (code, name), in the order shown
    periods: list[str]
    cells: Cells


def home_kommune(indicator: Indicator, catalog: Catalog) -> str:
    """The municipality the indicator's query is about (the catalog's first kommune in it)."""
    kommuner = [r.code for r in catalog.regions.values() if r.kind == "kommune"]
    for code in query_regions(indicator.source.query):
        if code in kommuner:
            return code
    return kommuner[0] if kommuner else "0301"


def cells_of(observations: list[Observation]) -> Cells:
    return {(o.region, o.period): o for o in observations}


def names_of(catalog: Catalog, extra: dict[str, str] | None = None) -> dict[str, str]:
    names = {code: region.name for code, region in catalog.regions.items()}
    return {**(extra or {}), **names}


def home_and_districts(indicator: Indicator, catalog: Catalog, observations: list[Observation],
                       districts: list[str], lang: str) -> Arrangement:
    """The municipality and the chosen bydeler (where the indicator has that level)."""
    home = home_kommune(indicator, catalog)
    names = names_of(catalog)
    codes = [home]
    if "bydel" in indicator.levels:
        own = {d.code for d in catalog.districts_of(home)}
        codes += [code for code in districts if code in own]
    regions = [(code, region_name(code, lang, names)) for code in codes]
    wanted = set(codes)
    periods = sorted({o.period for o in observations if o.region in wanted})
    return Arrangement(regions, periods, cells_of(observations))


def comparison(indicator: Indicator, catalog: Catalog, observations: list[Observation],
               chosen: list[str], lang: str, extra_names: dict[str, str] | None = None
               ) -> Arrangement:
    """The own municipality first, then the chosen ones, the national figure last; the
    latest periods any of them has."""
    home = home_kommune(indicator, catalog)
    held = {o.region for o in observations}
    names = names_of(catalog, extra_names)
    codes = [home] + [c for c in chosen if c != home and not is_national(c)]
    if any(is_national(c) for c in chosen):
        # The table names the country 0 or EAK: show whichever is held.
        codes.append(next((c for c in NATIONAL_CODES if c in held), NATIONAL_CODES[0]))
    regions = [(code, region_name(code, lang, names)) for code in dict.fromkeys(codes)]
    wanted = {code for code, _ in regions}
    periods = sorted({o.period for o in observations if o.region in wanted})
    return Arrangement(regions, periods[-COMPARISON_PERIODS:], cells_of(observations))


def has_others(arrangement: Arrangement) -> bool:
    """Whether any region but the first (the own municipality) has a figure."""
    return any((code, p) in arrangement.cells and arrangement.cells[(code, p)].value is not None
               for code, _ in arrangement.regions[1:] for p in arrangement.periods)


def line_series(arrangement: Arrangement) -> list[Series]:
    series = []
    for code, name in arrangement.regions:
        values = []
        for period in arrangement.periods:
            o = arrangement.cells.get((code, period))
            values.append(o.value if o is not None else None)
        series.append(Series(name, tuple(values)))
    return series


def bar_period(arrangement: Arrangement) -> str:
    """The latest period in which at least half of the regions with figures have one."""
    with_any = [code for code, _ in arrangement.regions
                if any(arrangement.cells.get((code, p)) is not None
                       and arrangement.cells[(code, p)].value is not None
                       for p in arrangement.periods)]
    need = max(1, math.ceil(len(with_any) / 2))
    for period in reversed(arrangement.periods):
        count = sum(1 for code in with_any
                    if (o := arrangement.cells.get((code, period))) is not None
                    and o.value is not None)
        if count >= need:
            return period
    return arrangement.periods[-1] if arrangement.periods else ""


def bars(arrangement: Arrangement, period: str) -> list[Bar]:
    """One bar per region for ``period``, highest figure first, those without one last."""
    home = arrangement.regions[0][0] if arrangement.regions else ""
    out = []
    for code, name in arrangement.regions:
        o = arrangement.cells.get((code, period))
        kind = HOME if code == home else NATIONAL if is_national(code) else OTHER
        out.append(Bar(name, o.value if o is not None else None, kind,
                       o.status if o is not None else ""))
    return sorted(out, key=lambda b: (b.value is None, -(b.value or 0.0)))
