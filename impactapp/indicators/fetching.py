"""An indicator's observations fetched from SSB, with the regions it is compared with.

Used by ``impactapp-cli indicators fetch`` and the indicator view's Fetch action alike. One
request per indicator asks for its own regions and the compared ones together, so that the
stored rows of its table are replaced as a whole and nothing is fetched twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from impactapp.domain.model import Indicator
from impactapp.domain.observation import Observation

from .comparison import query_regions, regions_in_table, with_regions
from .errors import IndicatorDataError
from .ssb import Fetched, SsbClient
from .tidy import dataset_observations

#: Source kinds this program fetches itself; the others are imported from saved files.
FETCHED_KINDS: tuple[str, ...] = ("ssb",)


@dataclass(frozen=True)
class FetchedObservations:
    observations: list[Observation]
    fetched: Fetched
    compared: tuple[str, ...]  # the regions asked for besides the indicator's own


def is_fetched(indicator: Indicator) -> bool:
    """Whether the program fetches the indicator's figures (rather than importing them)."""
    return indicator.source.kind in FETCHED_KINDS


def compared_regions(client: SsbClient, indicator: Indicator, wanted: Iterable[str]) -> tuple[
        str, ...]:
    """The ``wanted`` regions (beyond the indicator's own) that its table has, by the table's
    metadata (one cached request); none when the metadata cannot be read as a table."""
    own = set(query_regions(indicator.source.query))
    extra = [code for code in wanted if code not in own]
    if not extra or not own:
        return ()
    metadata = client.metadata(indicator.source.table)
    try:
        return regions_in_table(metadata.dataset, extra)
    except IndicatorDataError:
        return ()


def fetch_observations(
    client: SsbClient, indicator: Indicator, *, regions: Iterable[str] = (), refresh: bool = False
) -> FetchedObservations:
    """The indicator's observations from SSB: its query's regions and those of ``regions``
    its table has. Raises SsbError or IndicatorDataError."""
    source = indicator.source
    compared = compared_regions(client, indicator, regions)
    query = with_regions(source.query, compared)
    result = client.fetch(source.table, query, refresh=refresh)
    observations = dataset_observations(
        result.dataset,
        indicator.id,
        query=query,
        source=f"SSB table {source.table}",
        source_table=source.table,
        unit=indicator.unit.nb,
        fetched=result.fetched,
    )
    return FetchedObservations(observations, result, compared)
