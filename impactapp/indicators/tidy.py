"""A dataset's cells as one indicator's observations: one figure per region and period.

The region is the dimension with the geo role (or named Region, GEO, ...), the period the one
with the time role (or named Tid, AAR, ...). The indicator's query picks the categories of the
other dimensions; after that each of them must have exactly one category left, so a region and
a period never get two figures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime

from impactapp.domain.observation import Observation
from impactapp.gcpause import collector_paused

from .errors import ObservationError
from .jsonstat import Dataset, Dimension

Query = Sequence[tuple[str, Sequence[str]]]

#: Dimension ids (lower case) read as the region, or the period, when no role says so.
REGION_NAMES: tuple[str, ...] = (
    "region", "geo", "bydel", "kommune", "område", "omrade",
    "kokkommuneregion0000", "kokbydelsregion0000",  # KOSTRA
    "geografi", "geografi_kode",  # Oslo kommune's statistikkbank
)
PERIOD_NAMES: tuple[str, ...] = ("tid", "time", "aar", "år", "year", "periode", "period")

_EXPRESSION_MARKS = ("*", "?", "(", "[")


def is_selection_expression(code: str) -> bool:
    """Whether a query code is a PxWebApi expression (``top(5)``, ``*``, ``20??``), not a code."""
    return any(mark in code for mark in _EXPRESSION_MARKS)


def explicit_codes(query: Query) -> dict[str, set[str]]:
    """Dimension -> the codes the query names one by one (dimensions with expressions left out)."""
    chosen: dict[str, set[str]] = {}
    for dim_id, codes in query:
        if codes and not any(is_selection_expression(c) for c in codes):
            chosen[dim_id] = set(codes)
    return chosen


def _pick(dataset: Dataset, role: str, names: tuple[str, ...]) -> Dimension | None:
    candidates = dataset.with_role(role)
    named = [d for d in dataset.dimensions if d.id.lower() in names]
    for d in candidates:
        if d in named:
            return d
    if candidates:
        return candidates[0]
    return named[0] if named else None


def region_and_period(dataset: Dataset, source: str = "") -> tuple[Dimension, Dimension]:
    """The dataset's region and period dimensions, or ObservationError."""
    region = _pick(dataset, "geo", REGION_NAMES)
    period = _pick(dataset, "time", PERIOD_NAMES)
    if region is None:
        raise ObservationError(
            source, "", "has no region dimension (a geo role, or a dimension named Region)"
        )
    if period is None:
        raise ObservationError(
            source, "", "has no period dimension (a time role, or a dimension named Tid)"
        )
    if region is period:
        raise ObservationError(source, region.id, "cannot be both the region and the period")
    return region, period


def _picked(dataset: Dataset, query: Query) -> list[list[int]]:
    """Per dimension (in ``id`` order): the positions of the categories the query keeps."""
    chosen = explicit_codes(query)
    lowered = {dim_id.lower(): codes for dim_id, codes in chosen.items()}
    picked: list[list[int]] = []
    for d in dataset.dimensions:
        keep = chosen.get(d.id, lowered.get(d.id.lower()))
        picked.append([i for i, c in enumerate(d.categories) if keep is None or c.code in keep])
    return picked


def _unit_names(
    dataset: Dataset, picked: list[list[int]], region_period: tuple[int, int], default: str
) -> tuple[str | None, Callable[[int, int], str]]:
    """The unit every cell shares (or None), and the unit of a cell by its region and period
    positions, for the rare dataset whose units vary with the region or the period."""
    found = dataset.units()
    if found is None:
        return default, lambda ri, ti: default
    k, units = found
    codes = dataset.dimensions[k].codes

    def name(position: int) -> str:
        unit = units.get(codes[position])
        return unit.name if unit is not None and unit.name else default

    if k not in region_period:
        constant = name(picked[k][0])
        return constant, lambda ri, ti: constant
    if k == region_period[0]:
        return None, lambda ri, ti: name(ri)
    return None, lambda ri, ti: name(ti)


def dataset_observations(
    dataset: Dataset,
    indicator: str,
    *,
    query: Query = (),
    source: str = "",
    source_table: str = "",
    check_table: bool = True,
    unit: str = "",
    fetched: datetime | None = None,
) -> list[Observation]:
    """The indicator's observations, by region and then period (each in the dataset's order).

    ``source_table`` is the table the indicator is read from: with ``check_table``, a dataset
    naming another table is refused. ``unit`` is used where the dataset gives none.
    """
    if check_table and dataset.table and source_table and dataset.table != source_table:
        raise ObservationError(
            source,
            "",
            f"holds table {dataset.table}, but {indicator} is read from table {source_table}",
        )
    region, period = region_and_period(dataset, source)
    dims = dataset.dimensions
    r, t = dims.index(region), dims.index(period)
    picked = _picked(dataset, query)
    for k, d in enumerate(dims):
        if k not in (r, t) and len(picked[k]) != 1:
            left = [d.categories[i].code for i in picked[k]]
            shown = ", ".join(left[:4]) + (", ..." if len(left) > 4 else "")
            what = f"{len(left)} categories ({shown})" if left else "no category"
            raise ObservationError(
                source,
                f"dimension {d.id}",
                f"has {what} left after the indicator's query; an indicator takes one figure "
                "per region and period, so narrow the query or the saved table",
            )
    # Cell positions by hand (row-major strides) rather than walking every cell of the cube.
    strides = [math.prod(dataset.sizes[k + 1 :]) for k in range(len(dims))]
    base = sum(picked[k][0] * strides[k] for k in range(len(dims)) if k not in (r, t))
    same_unit, unit_name = _unit_names(dataset, picked, (r, t), unit)
    table = (dataset.table or source_table) if check_table else (source_table or dataset.table)
    updated = dataset.updated
    value_at, status_at = dataset.value_lookup(), dataset.status_lookup()
    periods = [(ti, period.categories[ti].code) for ti in picked[t]]
    observations: list[Observation] = []
    append = observations.append
    with collector_paused():  # hundreds of thousands of tuples, no cycles
        make = tuple.__new__  # Observation's own constructor, without a Python-level call per cell
        for ri in picked[r]:
            region_code = region.categories[ri].code
            row = base + ri * strides[r]
            for ti, period_code in periods:
                position = row + ti * strides[t]
                append(
                    make(
                        Observation,
                        (
                            indicator,
                            region_code,
                            period_code,
                            value_at(position),
                            status_at(position) or "",
                            same_unit if same_unit is not None else unit_name(ri, ti),
                            table,
                            updated,
                            fetched,
                        ),
                    )
                )
    if not observations:
        raise ObservationError(source, "", "has no cells for the regions the indicator names")
    return observations
