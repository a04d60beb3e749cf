"""An indicator's observations for a place, fetched from its publisher and stored by region.

Used by ``impactapp-cli indicators fetch`` and the indicator view's Fetch action alike. The
catalog's query is built for the place (its code, its bydeler, the compared municipalities),
resolved against the table's own codes from its cached metadata, and sent once; what comes
back is read under our region codes, and only for the regions asked for, so one
municipality's figures are never stored under another's name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from impactapp.domain.model import Indicator, IndicatorSource
from impactapp.domain.observation import Observation
from impactapp.domain.place import Place

from .errors import ObservationError
from .resolve import Resolved, expand, ours_only, place_regions, resolve
from .ssb import Fetched, SsbClient
from .tidy import dataset_observations, region_and_period

#: Source kinds this program fetches itself; the others are imported from saved files.
FETCHED_KINDS: tuple[str, ...] = ("ssb", "fhi", "oslo_statistikkbank", "miljodirektoratet",
                                  "ratio")
PUBLISHER_NAMES = {
    "ssb": "SSB",
    "fhi": "FHI",
    "oslo_statistikkbank": "Oslo kommune",
    "miljodirektoratet": "Miljødirektoratet",
}


@dataclass
class Publishers:
    """One client per publisher; a kind without a client cannot be fetched."""

    ssb: SsbClient
    fhi: SsbClient | None = None
    oslo: SsbClient | None = None
    emissions: Any = None  # EmissionsClient: the same dimensions() and fetch()

    def client(self, kind: str) -> Any:
        found = {"ssb": self.ssb, "fhi": self.fhi, "oslo_statistikkbank": self.oslo,
                 "miljodirektoratet": self.emissions}.get(kind)
        if found is None:
            raise ObservationError(PUBLISHER_NAMES.get(kind, kind), "",
                                   "cannot be fetched by this program")
        return found


@dataclass(frozen=True)
class FetchedObservations:
    observations: list[Observation]
    fetched: Fetched
    compared: tuple[str, ...]  # the regions asked for besides the place's own
    left_out: tuple[str, ...] = field(default=())  # our codes the table does not have
    #: The query as sent, in the table's own codes (what a data package records).
    query: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())


def is_fetched(indicator: Indicator) -> bool:
    """Whether the program fetches the indicator's figures (rather than importing them)."""
    return indicator.source.kind in FETCHED_KINDS


def _publishers(clients: SsbClient | Publishers) -> Publishers:
    return clients if isinstance(clients, Publishers) else Publishers(ssb=clients)


def _resolved(
    client: Any, source: IndicatorSource, place: Place, regions: Iterable[str],
    refresh: bool,
) -> Resolved:
    """The source's query for ``place`` in the table's own codes (metadata read first)."""
    query = expand(source.query, place, regions)
    dims = client.dimensions(source.table, refresh=refresh)
    return resolve(query, dims, f"{PUBLISHER_NAMES.get(source.kind, source.kind)} table "
                                f"{source.table}")


def _fetch_part(
    clients: Publishers, indicator: Indicator, source: IndicatorSource, place: Place,
    regions: Iterable[str], refresh: bool, part: bool = False,
) -> tuple[list[Observation], Fetched, Resolved]:
    if source.kind == "oslo_statistikkbank" and place.code != "0301":
        raise ObservationError(
            f"Oslo kommune table {source.table}", "",
            f"covers Oslo only, not {place.name} ({place.code})",
        )
    client = clients.client(source.kind)
    resolved = _resolved(client, source, place, regions, refresh)
    result = client.fetch(source.table, resolved.query, refresh=refresh)
    name = PUBLISHER_NAMES.get(source.kind, source.kind)
    if part:
        observations = summed_observations(result, indicator, source)
    else:
        observations = dataset_observations(
            result.dataset,
            indicator.id,
            query=resolved.query,
            source=f"{name} table {source.table}",
            source_table=source.table,
            check_table=source.kind == "ssb",
            unit=indicator.unit.nb,
            fetched=result.fetched,
        )
    return ours_only(observations, resolved), result, resolved


def summed_observations(
    result: Fetched, indicator: Indicator, source: IndicatorSource
) -> list[Observation]:
    """A ratio part's figures: every cell summed per region and period (the query has
    already chosen the categories, e.g. all fuel types or electricity only)."""
    dataset = result.dataset
    region, period = region_and_period(dataset, f"table {source.table}")
    r, t = dataset.dimensions.index(region), dataset.dimensions.index(period)
    cells = [
        Observation(indicator.id, cell.codes[r], cell.codes[t], cell.value, cell.status,
                    indicator.unit.nb, source.table, dataset.updated, result.fetched)
        for cell in dataset.iter_cells()
    ]
    sums = _sums(cells)
    first = {(o.region, o.period): o for o in cells}
    return [first[key]._replace(value=value, status="" if value is not None else "..")
            for key, value in sums.items()]


def fetch_observations(
    clients: SsbClient | Publishers,
    indicator: Indicator,
    place: Place,
    *,
    regions: Iterable[str] = (),
    refresh: bool = False,
) -> FetchedObservations:
    """The indicator's observations for ``place`` (and the compared ``regions`` its table
    has). Raises SsbError or IndicatorDataError."""
    publishers = _publishers(clients)
    regions = tuple(regions)
    source = indicator.source
    if source.kind == "ratio":
        observations, result, resolved = _fetch_ratio(publishers, indicator, place, regions,
                                                      refresh)
    else:
        observations, result, resolved = _fetch_part(publishers, indicator, source, place,
                                                     regions, refresh)
    allowed = place_regions(place) | set(regions)
    observations = [o for o in observations if o.region in allowed]
    if not observations:
        raise ObservationError(indicator.id, "", f"no figures for {place.name} ({place.code})")
    own = {place.code, *(d.code for d in place.districts)}
    compared = tuple(code for code in resolved.ours.values() if code not in own)
    return FetchedObservations(observations, result, compared, resolved.left_out,
                               tuple((d, tuple(c)) for d, c in resolved.query))


def _fetch_ratio(
    clients: Publishers, indicator: Indicator, place: Place, regions: tuple[str, ...],
    refresh: bool,
) -> tuple[list[Observation], Fetched, Resolved]:
    """Numerator over denominator, each summed per region and period, times the scale."""
    source = indicator.source
    assert source.numerator is not None and source.denominator is not None
    top, fetched, resolved = _fetch_part(clients, indicator, source.numerator, place, regions,
                                         refresh, part=True)
    bottom, _, _ = _fetch_part(clients, indicator, source.denominator, place, regions, refresh,
                               part=True)
    return ratio_observations(indicator, top, bottom, source.scale), fetched, resolved


def _sums(observations: list[Observation]) -> dict[tuple[str, str], float | None]:
    sums: dict[tuple[str, str], float | None] = defaultdict(float)
    for obs in observations:
        key = (obs.region, obs.period)
        if obs.value is None or sums[key] is None:
            sums[key] = None
        else:
            sums[key] = (sums[key] or 0.0) + obs.value
    return sums


def ratio_observations(
    indicator: Indicator, numerator: list[Observation], denominator: list[Observation],
    scale: float,
) -> list[Observation]:
    """One observation per region and period both parts have; no figure (status "..")
    where a part is missing or the denominator is zero."""
    top, bottom = _sums(numerator), _sums(denominator)
    tables = " / ".join(dict.fromkeys(
        o.source_table for o in (*numerator[:1], *denominator[:1]) if o.source_table))
    first = {(o.region, o.period): o for o in numerator}
    out: list[Observation] = []
    for key, num in top.items():
        if key not in bottom:
            continue
        den = bottom[key]
        value = None if num is None or not den else num / den * scale
        obs = first[key]
        out.append(obs._replace(
            indicator=indicator.id, value=value, status="" if value is not None else "..",
            unit=indicator.unit.nb, source_table=tables,
        ))
    return out
