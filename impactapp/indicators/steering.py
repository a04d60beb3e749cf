"""The memo's indicator lines with what steering adds: the region's figures over time (for the
change since the decision) and the municipality's target in force (for the gap)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from impactapp.domain.indicator_targets import IndicatorTarget, figures_only
from impactapp.domain.model import IndicatorLink
from impactapp.domain.observation import Observation

from .latest import LatestFigure

#: (indicator id, regions) -> the stored observations (``Store.observations``).
ObservationsOf = Callable[[str, list[str]], list[Observation]]


@dataclass(frozen=True)
class SteeredFigure(LatestFigure):
    """A latest figure with the region's series and the indicator's target in force."""

    series: tuple[tuple[str, float], ...] = ()
    target: IndicatorTarget | None = None


def with_steering(
    values: Mapping[tuple[str, str], LatestFigure],
    links: Iterable[IndicatorLink],
    observations_of: ObservationsOf,
    targets: Mapping[str, IndicatorTarget],
) -> dict[tuple[str, str], Any]:
    """``values`` with each linked figure's series and target added (for ``build_memo``)."""
    out: dict[tuple[str, str], Any] = dict(values)
    for link in links:
        key = (link.indicator, link.region)
        figure = values.get(key)
        if figure is None:
            continue
        series = figures_only((o.period, o.value)
                              for o in observations_of(link.indicator, [link.region]))
        out[key] = SteeredFigure(figure.value, figure.period, figure.unit, figure.source,
                                 figure.table, figure.fetched, figure.line, tuple(series),
                                 targets.get(link.indicator))
    return out
