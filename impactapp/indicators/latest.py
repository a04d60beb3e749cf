"""An indicator's latest figure with its source line, as the wizard and the memo show it.

"Kilde: SSB, tabell 06947, hentet 2026-11-02" names who published the figure, the table and
the day it was fetched, so a reader can find it again. Nothing here reads the database: the
caller hands in a lookup, ``(indicator id, region) -> Observation | None`` (the store's
``latest_observation``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from impactapp.domain.model import Catalog, Indicator, IndicatorLink, IndicatorSource, Text
from impactapp.domain.observation import Observation

#: Publishers by source kind.
PUBLISHERS: dict[str, Text] = {
    "ssb": Text("SSB", "Statistics Norway"),
    "oslo_statistikkbank": Text(
        "Oslo kommunes statistikkbank", "Oslo Municipality's statistics bank"
    ),
    "fhi": Text("Folkehelseinstituttet", "Norwegian Institute of Public Health"),
    "miljodirektoratet": Text("Miljødirektoratet", "Norwegian Environment Agency"),
}
#: Publishers of "other" sources, by the host of the source's address.
PUBLISHER_HOSTS: dict[str, Text] = {
    "statistikk-data.fhi.no": Text("Folkehelseinstituttet", "Norwegian Institute of Public Health"),
    "www.miljodirektoratet.no": Text("Miljødirektoratet", "Norwegian Environment Agency"),
    "valgresultat.no": Text("Valgdirektoratet", "Norwegian Directorate of Elections"),
}
_WORDS = {
    "source": Text("Kilde", "Source"),
    "table": Text("tabell", "table"),
    "fetched": Text("hentet", "retrieved"),
}

Lookup = Callable[[str, str], "Observation | None"]


@dataclass(frozen=True)
class LatestFigure:
    """An indicator's latest figure for one region and where it came from.

    The attribute names are those ``build_memo(indicator_values=...)`` reads.
    """

    value: float
    period: str
    unit: str
    source: str  # the publisher, e.g. "SSB"
    table: str
    fetched: date | None
    line: str  # the whole source line


def publisher(source: IndicatorSource, lang: str) -> str:
    """Who publishes the indicator's figures, in ``lang``; "" when the catalog does not say."""
    if source.kind == "ratio" and source.numerator is not None:
        return publisher(source.numerator, lang)  # computed here from that publisher's figures
    known = PUBLISHERS.get(source.kind)
    if known is not None:
        return known.get(lang)
    host = urlsplit(source.url).hostname if source.url else None
    if not host:
        return ""
    named = PUBLISHER_HOSTS.get(host) or PUBLISHER_HOSTS.get(host.removeprefix("www."))
    return named.get(lang) if named is not None else host.removeprefix("www.")


def fetched_day(observation: Observation) -> date | None:
    """The local calendar day the observation was fetched or imported."""
    fetched = observation.fetched
    if not isinstance(fetched, datetime):
        return None
    return (fetched.astimezone() if fetched.tzinfo is not None else fetched).date()


def source_line(observation: Observation, source: IndicatorSource | None, lang: str) -> str:
    """ "Kilde: SSB, tabell 06947, hentet 2026-11-02" (or in English, "Source: Statistics
    Norway, table 06947, retrieved 2026-11-02"); parts that are unknown are left out."""
    parts = []
    if source is not None and (name := publisher(source, lang)):
        parts.append(name)
    table = observation.source_table or (source.table if source is not None else "")
    if table:
        parts.append(f"{_WORDS['table'].get(lang)} {table}")
    day = fetched_day(observation)
    if day is not None:
        parts.append(f"{_WORDS['fetched'].get(lang)} {day.isoformat()}")
    return f"{_WORDS['source'].get(lang)}: {', '.join(parts)}" if parts else ""


def latest_figure(
    observation: Observation | None, indicator: Indicator | None, lang: str
) -> LatestFigure | None:
    """The figure of ``observation`` with its source, or None when it has no value."""
    if observation is None or observation.value is None:
        return None
    source = indicator.source if indicator is not None else None
    unit = indicator.unit.get(lang) if indicator is not None else observation.unit
    return LatestFigure(
        value=observation.value,
        period=observation.period,
        unit=unit or observation.unit,
        source=publisher(source, lang) if source is not None else "",
        table=observation.source_table or (source.table if source is not None else ""),
        fetched=fetched_day(observation),
        line=source_line(observation, source, lang),
    )


def latest_value_lookup(
    lookup: Lookup, catalog: Catalog, lang: str
) -> Callable[[str, str], tuple[float, str, str] | None]:
    """``(indicator id, region) -> (value, period, source line) | None``, as the wizard's
    indicator step asks for it."""

    def latest_value(indicator_id: str, region: str) -> tuple[float, str, str] | None:
        figure = latest_figure(
            lookup(indicator_id, region), catalog.indicators.get(indicator_id), lang
        )
        return None if figure is None else (figure.value, figure.period, figure.line)

    return latest_value


def indicator_values(
    links: Iterable[IndicatorLink], lookup: Lookup, catalog: Catalog, lang: str
) -> dict[tuple[str, str], LatestFigure]:
    """``(indicator id, region) -> LatestFigure`` for each linked indicator with a figure: the
    ``indicator_values`` of ``build_memo``."""
    values: dict[tuple[str, str], LatestFigure] = {}
    for link in links:
        key = (link.indicator, link.region)
        if key in values:
            continue
        figure = latest_figure(lookup(*key), catalog.indicators.get(link.indicator), lang)
        if figure is not None:
            values[key] = figure
    return values
