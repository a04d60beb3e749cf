"""A JSON-stat 2.0 dataset (https://json-stat.org/full/), checked and readable as tidy cells.

Values are kept in the response's own row-major order ("what does not change, first"): the
last dimension in ``id`` varies fastest. A cell's value is None where the response has null
(or no entry in a sparse ``value`` object); its status keeps the provider's symbol, e.g. SSB's
``.`` (not applicable), ``..`` (not available yet) and ``:`` (confidential).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import product
from typing import Any, NamedTuple

#: JSON-stat roles a dimension may have.
ROLES: tuple[str, ...] = ("time", "geo", "metric")


@dataclass(frozen=True, slots=True)
class Unit:
    """The unit of a metric category: what to write next to its values, with how many decimals."""

    label: str = ""
    base: str = ""  # SSB writes its units here ("prosent", "kr")
    symbol: str = ""
    position: str = "end"  # where the symbol goes: start | end
    decimals: int | None = None

    @property
    def name(self) -> str:
        """The unit as one word or phrase, e.g. "prosent"."""
        return self.label or self.base or self.symbol


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label: str
    unit: Unit | None = None


@dataclass(frozen=True, slots=True)
class Dimension:
    """One dimension of the cube, its categories in the response's order."""

    id: str
    label: str
    categories: tuple[Category, ...]
    roles: tuple[str, ...] = ()  # of ROLES
    positions: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def size(self) -> int:
        return len(self.categories)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories)

    def category(self, code: str) -> Category | None:
        position = self.positions.get(code)
        return None if position is None else self.categories[position]


class Cell(NamedTuple):
    """One cell of the cube as a tidy row: a code and a label per dimension, value, status."""

    position: int
    codes: tuple[str, ...]
    labels: tuple[str, ...]
    value: float | None
    status: str  # the provider's symbol, "" when none
    unit: Unit | None


@dataclass(frozen=True, slots=True, eq=False)
class Dataset:
    """A JSON-stat 2.0 dataset; build it with ``read_jsonstat`` or ``parse_dataset``."""

    label: str
    source: str
    updated: str  # as the response writes it (ISO 8601), or ""
    table: str  # SSB's table id (extension.px.tableid), or ""
    dimensions: tuple[Dimension, ...]
    # Dense (a list with None for missing) or sparse (position -> value, missing left out).
    values: list[float | None] | dict[int, float]
    # The status of every cell ("" for none), one symbol for all, or position -> symbol.
    status: list[str] | str | dict[int, str]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.dimensions)

    @property
    def sizes(self) -> tuple[int, ...]:
        return tuple(d.size for d in self.dimensions)

    @property
    def cells(self) -> int:
        """The number of cells: the product of the dimensions' sizes."""
        count = 1
        for d in self.dimensions:
            count *= d.size
        return count

    @property
    def missing(self) -> int:
        """How many cells have no value (null or left out)."""
        if isinstance(self.values, dict):
            return self.cells - len(self.values)
        return self.values.count(None)

    def dimension(self, dim_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.id == dim_id), None)

    def with_role(self, role: str) -> list[Dimension]:
        """The dimensions that have ``role`` (time, geo or metric), in ``id`` order."""
        return [d for d in self.dimensions if role in d.roles]

    def value_at(self, position: int) -> float | None:
        if isinstance(self.values, dict):
            return self.values.get(position)
        return self.values[position]

    def status_at(self, position: int) -> str:
        if isinstance(self.status, str):
            return self.status
        if isinstance(self.status, dict):
            return self.status.get(position, "")
        return self.status[position]

    def value_lookup(self) -> Callable[[int], float | None]:
        """``value_at`` as the quickest function for this dataset's form (for long loops)."""
        if isinstance(self.values, dict):
            return self.values.get
        return self.values.__getitem__

    def status_lookup(self) -> Callable[[int], str | None]:
        """``status_at`` as the quickest function for this dataset's form (for long loops);
        it may give None instead of "" for a cell without a status."""
        status = self.status
        if isinstance(status, str):
            return lambda position: status
        if isinstance(status, dict):
            return status.get
        return status.__getitem__

    def status_counts(self) -> dict[str, int]:
        """How many cells carry each status symbol (cells without a status are not counted)."""
        if isinstance(self.status, str):
            return {self.status: self.cells} if self.status and self.cells else {}
        symbols = self.status.values() if isinstance(self.status, dict) else self.status
        counts = Counter(s for s in symbols if s)
        return dict(sorted(counts.items()))

    def units(self) -> tuple[int, dict[str, Unit]] | None:
        """The dimension (by position in ``id``) whose categories carry the units, and them.

        The metric-role dimension when it has units, else the first dimension that has any.
        """
        ranked = sorted(
            range(len(self.dimensions)), key=lambda k: "metric" not in self.dimensions[k].roles
        )
        for k in ranked:
            units = {c.code: c.unit for c in self.dimensions[k].categories if c.unit is not None}
            if units:
                return k, units
        return None

    def iter_cells(self) -> Iterator[Cell]:
        """Every cell in row-major order (the last dimension varies fastest)."""
        codes = product(*(tuple(c.code for c in d.categories) for d in self.dimensions))
        labels = product(*(tuple(c.label for c in d.categories) for d in self.dimensions))
        unit_of = self.units()
        value_at, status_at = self.value_lookup(), self.status_lookup()
        for position, (cell_codes, cell_labels) in enumerate(zip(codes, labels, strict=True)):
            unit = unit_of[1].get(cell_codes[unit_of[0]]) if unit_of else None
            yield Cell(
                position, cell_codes, cell_labels, value_at(position), status_at(position) or "",
                unit,
            )

    def summary(self) -> dict[str, Any]:
        """What ``indicators inspect`` shows: table, label, dimensions, cells, missing, status."""
        return {
            "table": self.table or None,
            "label": self.label,
            "dimensions": [{"id": d.id, "label": d.label, "size": d.size} for d in self.dimensions],
            "cells": self.cells,
            "missing": self.missing,
            "status_counts": self.status_counts(),
        }
