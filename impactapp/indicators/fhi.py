"""FHI's statistics banks (Kommunehelsa/Norgeshelsa, FHI Statistikk Open API): cached, rate-limited.

``GET {base}/{source}/Table/{id}/dimension`` lists a table's dimensions and codes;
``POST {base}/{source}/Table/{id}/data`` with ``{"dimensions": [{"code", "filter", "values"}],
"response": {"format": "json-stat2"}}`` returns JSON-stat 2.0. The catalog names a table as
``nokkel/809`` (source and table). Codes are FHI's own: GEO writes 0301 and 030101, years
look like 2024_2024 or 2022_2024.

FHI's time filters run the other way round from SSB's: ``bottom`` gives the NEWEST periods,
``top`` the oldest. A query here says what FHI is sent: ``bottom(5)`` asks for the newest
five, and nothing translates SSB's ``top(n)`` into FHI's words.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from typing import Any

from impactapp.domain.model import Text

from . import transport
from .errors import BAD_QUERY, BAD_RESPONSE, SsbError
from .ratelimit import RateLimiter
from .ssb import DEFAULT_MAX_AGE, Fetched, Query, SsbClient

DEFAULT_BASE_URL = "https://statistikk-data.fhi.no/api/open/v1"
#: The environment variable that may name another base URL (e.g. a test server).
BASE_URL_ENV = "IMPACTAPP_FHI_URL"
#: FHI states no limit; this client keeps to SSB's 30 a minute out of courtesy.
FHI_CALLS, FHI_WINDOW = 30, 60.0

_TABLE = re.compile(r"([a-z]{2,20})/([0-9]{1,6})")
_FILTER = re.compile(r"(top|bottom)\((\d{1,4})\)", re.IGNORECASE)

_fhi_limiter: RateLimiter | None = None
_fhi_limiter_lock = threading.Lock()


def fhi_limiter() -> RateLimiter:
    """The one limiter every FHI client in this process shares."""
    global _fhi_limiter
    with _fhi_limiter_lock:
        if _fhi_limiter is None:
            _fhi_limiter = RateLimiter(FHI_CALLS, FHI_WINDOW)
        return _fhi_limiter


def split_table(table: str) -> tuple[str, str]:
    """``nokkel/809`` -> ("nokkel", "809"); SsbError for anything else."""
    match = _TABLE.fullmatch(table)
    if not match:
        raise SsbError(
            BAD_QUERY,
            Text(
                nb=f"'{table[:40]}' er ikke en FHI-tabell som 'nokkel/809'.",
                en=f"'{table[:40]}' is not an FHI table like 'nokkel/809'.",
            ),
        )
    return match.group(1), match.group(2)


def dimension_filter(dim: str, codes: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """One dimension of FHI's request: ``bottom(5)``/``top(5)`` as that filter, ``*`` as all,
    codes as items."""
    if len(codes) == 1 and (match := _FILTER.fullmatch(codes[0])):
        return {"code": dim, "filter": match.group(1).lower(), "values": [match.group(2)]}
    if any("*" in code for code in codes):
        return {"code": dim, "filter": "all", "values": list(codes)}
    return {"code": dim, "filter": "item", "values": list(codes)}


def request_body(query: Query) -> dict[str, Any]:
    dimensions = [dimension_filter(dim, list(codes)) for dim, codes in query]
    return {"dimensions": dimensions, "response": {"format": "json-stat2"}}


def _categories(items: Any) -> Iterator[str]:
    """Codes of a (possibly nested) category list: FHI nests GEO's bydeler under kommuner."""
    if not isinstance(items, list):
        return
    for item in items:
        if isinstance(item, dict):
            code = item.get("value", item.get("code", item.get("id")))
            if isinstance(code, str):
                yield code
            yield from _categories(item.get("children"))
        elif isinstance(item, str):
            yield item


def parse_dimensions(text: str, table: str) -> dict[str, tuple[str, ...]]:
    """FHI's /dimension answer as dimension code -> category codes."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _unreadable(table, f"not JSON ({exc.msg})") from None
    dims = data.get("dimensions") if isinstance(data, dict) else data
    if not isinstance(dims, list) or not dims:
        raise _unreadable(table, "no list of dimensions")
    out: dict[str, tuple[str, ...]] = {}
    for dim in dims:
        if not isinstance(dim, dict) or not isinstance(dim.get("code"), str):
            raise _unreadable(table, "a dimension without a code")
        out[dim["code"]] = tuple(dict.fromkeys(_categories(dim.get("categories"))))
    return out


class FhiClient(SsbClient):
    """A client of FHI's open statistics API; same cache, same errors as the SSB client."""

    def __init__(self, base_url: str = DEFAULT_BASE_URL, **kwargs: Any):
        kwargs.setdefault("limiter", fhi_limiter())
        kwargs.setdefault("max_age", DEFAULT_MAX_AGE)
        super().__init__(base_url, **kwargs)

    def data_url(self, table: str, query: Query) -> str:
        source, table_id = split_table(table)
        return f"{self.base_url}/{source}/Table/{table_id}/data"

    def metadata_url(self, table: str) -> str:
        source, table_id = split_table(table)
        return f"{self.base_url}/{source}/Table/{table_id}/dimension"

    def fetch(self, table: str, query: Query, *, refresh: bool = False) -> Fetched:
        """The table's data for ``query`` (POSTed as FHI's request body), through the cache."""
        url = self.data_url(table, query)
        body = request_body(query)
        key = "data:" + json.dumps(body, sort_keys=True, ensure_ascii=False)
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return self._through_cache(table, key, url, False, refresh, data)

    def dimensions(self, table: str, *, refresh: bool = False) -> dict[str, tuple[str, ...]]:
        """The table's dimensions and codes, from FHI's /dimension (cached like data)."""
        url = self.metadata_url(table)
        key = "dimension"
        if self.cache is not None and not refresh:
            entry = self.cache.cache_get(table, key)
            if entry is not None and self._now() - entry.fetched < self.max_age:
                try:
                    return parse_dimensions(entry.response, table)
                except SsbError:
                    pass  # a damaged cache entry: fetch it again
        self.limiter.acquire()
        self.requests += 1
        answer = transport.get(self._opener, url, timeout=self.timeout, max_bytes=self.max_bytes)
        try:
            text = answer.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _unreadable(table, "it is not UTF-8 text") from None
        dims = parse_dimensions(text, table)
        if self.cache is not None:
            self.cache.cache_put(table, key, "", self._now(), text)
        return dims


def _unreadable(table: str, why: str) -> SsbError:
    return SsbError(
        BAD_RESPONSE,
        Text(
            nb=f"Svaret fra FHI for tabell {table} kunne ikke leses: {why}",
            en=f"FHI's answer for table {table} could not be read: {why}",
        ),
        detail=why,
    )
