"""Miljødirektoratet's greenhouse gas accounts per municipality: one workbook, read with openpyxl.

The agency publishes ``utslippsstatistikk_alle_kommuner.xlsx``; its sheet "Oversikt -
detaljert" has a row per municipality, year (from 2009), sector and gas with the emissions in
tonnes CO2 equivalents. The client downloads it once, sums each municipality's rows per year
(all sectors and gases; "total" rows are skipped so nothing counts twice) and keeps that as a
small JSON-stat dataset (Region x Tid) in the response cache. Queries then resolve and fetch
against it exactly as against SSB's tables.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from impactapp.domain.model import Text

from . import transport
from .errors import BAD_RESPONSE, SsbError
from .jsonstat_read import read_jsonstat
from .ratelimit import RateLimiter
from .ssb import DEFAULT_MAX_AGE, Fetched, Query, ResponseCache, estimated_cells

DEFAULT_URL = (
    "https://www.miljodirektoratet.no/globalassets/netttjenester/klimagassutslipp-kommuner/"
    "utslippsstatistikk_alle_kommuner.xlsx"
)
URL_ENV = "IMPACTAPP_MILJO_URL"
TABLE = "klimagassutslipp-kommuner"
SHEET = "Oversikt - detaljert"
COLUMNS = {
    "region": "Kommunenummer",
    "year": "År",
    "sector": "Sektor",
    "gas": "Klimagass",
    "value": "Utslipp (tonn CO2-ekvivalenter)",
}
WORKBOOK_MAX_BYTES = 200 * 1024 * 1024
_TOTAL_WORDS = ("total", "alle ", "sum ")


def _unreadable(why: str) -> SsbError:
    return SsbError(
        BAD_RESPONSE,
        Text(
            nb=f"Miljødirektoratets utslippsregneark kunne ikke leses: {why}",
            en=f"Miljødirektoratet's emissions workbook could not be read: {why}",
        ),
        detail=why,
    )


def _is_total(text: Any) -> bool:
    lower = str(text or "").strip().lower() + " "
    return any(lower.startswith(word) for word in _TOTAL_WORDS)


def _code(value: Any) -> str:
    """A kommunenummer as four digits: Excel may hold 301 for 0301."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text.zfill(4) if text.isdigit() else text


def workbook_totals(data: bytes) -> dict[tuple[str, str], float]:
    """(kommunenummer, year) -> tonnes CO2 equivalents, summed over sectors and gases."""
    from openpyxl import load_workbook  # heavy; only when a workbook is read

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise _unreadable(f"not an xlsx workbook ({type(exc).__name__})") from None
    if SHEET not in book.sheetnames:
        raise _unreadable(f"no sheet '{SHEET}' (it has {', '.join(book.sheetnames)})")
    rows = book[SHEET].iter_rows(values_only=True)
    header: dict[str, int] | None = None
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for row in rows:
        cells = [str(c).strip() if c is not None else "" for c in row]
        if header is None:
            if COLUMNS["region"] in cells:
                missing = [name for name in COLUMNS.values() if name not in cells]
                if missing:
                    raise _unreadable("missing columns " + ", ".join(missing))
                header = {key: cells.index(name) for key, name in COLUMNS.items()}
            continue
        value = row[header["value"]]
        if value is None or _is_total(row[header["sector"]]) or _is_total(row[header["gas"]]):
            continue
        try:
            tonnes = float(value)
        except (TypeError, ValueError):
            continue
        year = _code(row[header["year"]])
        totals[_code(row[header["region"]]), year] += tonnes
    book.close()
    if header is None:
        raise _unreadable(f"no header row with '{COLUMNS['region']}'")
    return dict(totals)


def jsonstat_text(totals: dict[tuple[str, str], float], regions: list[str],
                  years: list[str]) -> str:
    """The totals for ``regions`` x ``years`` as a JSON-stat 2.0 dataset."""
    values = [totals.get((r, y)) for r in regions for y in years]
    data = {
        "version": "2.0",
        "class": "dataset",
        "label": "Klimagassutslipp i kommunene (Miljødirektoratet)",
        "source": "Miljødirektoratet",
        "id": ["Region", "Tid"],
        "size": [len(regions), len(years)],
        "role": {"geo": ["Region"], "time": ["Tid"]},
        "dimension": {
            "Region": {"label": "region", "category": {
                "index": {r: i for i, r in enumerate(regions)}}},
            "Tid": {"label": "år", "category": {"index": {y: i for i, y in enumerate(years)}}},
        },
        "value": values,
    }
    return json.dumps(data, ensure_ascii=False)


class EmissionsClient:
    """Downloads the workbook (at most once per ``max_age``) and answers queries from it."""

    def __init__(
        self, url: str = DEFAULT_URL, *, cache: ResponseCache | None = None,
        limiter: RateLimiter | None = None, timeout: float = 120.0,
        now: Callable[[], datetime] | None = None,
    ):
        self.url = transport.check_base_url(url)
        self.cache = cache
        self.limiter = limiter or RateLimiter(10, 60.0)
        self.timeout = timeout
        self._now = now or (lambda: datetime.now(UTC))
        self._opener = transport.build_opener(self.url)
        self._totals: dict[tuple[str, str], float] | None = None
        self._fetched: datetime | None = None
        self.requests = 0

    def _load(self, refresh: bool) -> tuple[dict[tuple[str, str], float], datetime]:
        if self._totals is not None and self._fetched is not None and not refresh:
            return self._totals, self._fetched
        key = "workbook-totals"
        if self.cache is not None and not refresh:
            entry = self.cache.cache_get(TABLE, key)
            if entry is not None and self._now() - entry.fetched < DEFAULT_MAX_AGE:
                stored = json.loads(entry.response)
                self._totals = {(r, y): v for r, y, v in stored}
                self._fetched = entry.fetched
                return self._totals, self._fetched
        self.limiter.acquire()
        self.requests += 1
        data = transport.get(self._opener, self.url, timeout=self.timeout,
                             max_bytes=WORKBOOK_MAX_BYTES)
        totals = workbook_totals(data)
        fetched = self._now()
        if self.cache is not None:
            text = json.dumps([[r, y, v] for (r, y), v in sorted(totals.items())])
            self.cache.cache_put(TABLE, key, "", fetched, text)
        self._totals, self._fetched = totals, fetched
        return totals, fetched

    def dimensions(self, table: str, *, refresh: bool = False) -> dict[str, tuple[str, ...]]:
        totals, _ = self._load(refresh)
        regions = tuple(sorted({r for r, _ in totals}))
        years = tuple(sorted({y for _, y in totals}))
        return {"Region": regions, "Tid": years}

    def fetch(self, table: str, query: Query, *, refresh: bool = False) -> Fetched:
        """The totals for the query's regions and periods (``top(n)``: the newest n years)."""
        totals, fetched = self._load(refresh)
        dims = self.dimensions(table)
        chosen = dict(query)
        regions = [r for r in chosen.get("Region", dims["Region"]) if r in dims["Region"]]
        years = list(dims["Tid"])
        wanted = list(chosen.get("Tid", ["*"]))
        if len(wanted) == 1 and wanted[0].lower().startswith("top("):
            years = years[-int(wanted[0][4:-1]):]
        elif wanted != ["*"]:
            years = [y for y in years if y in wanted]
        if estimated_cells([("Region", regions), ("Tid", years)]) == 0:
            raise _unreadable("no rows for the regions and years asked for")
        text = jsonstat_text(totals, regions, years)
        dataset = read_jsonstat(text, "Miljødirektoratet")
        return Fetched(table, "workbook", self.url, dataset, fetched, self.requests == 0)
