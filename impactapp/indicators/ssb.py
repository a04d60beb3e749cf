"""SSB's PxWebApi v2: table data as JSON-stat 2.0, and table metadata; cached and rate-limited.

``GET {base}/tables/{id}/data?lang=no&outputFormat=json-stat2&valueCodes[Dim]=a,b`` fetches
data; ``GET {base}/tables/{id}/metadata`` describes a table. Every request waits for the
process-wide limit of 30 a minute. A response is kept in a cache (the database, through the
``ResponseCache`` protocol) and reused while younger than ``max_age``, so asking twice sends
one request.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import quote

from impactapp.domain.clock import SYSTEM_CLOCK
from impactapp.domain.model import Text

from . import transport
from .errors import BAD_QUERY, BAD_RESPONSE, TOO_LARGE, JsonStatError, SsbError
from .jsonstat import Dataset
from .jsonstat_read import read_jsonstat
from .ratelimit import RateLimiter, process_limiter

DEFAULT_BASE_URL = "https://data.ssb.no/api/pxwebapi/v2"
#: The environment variable that may name another base URL (e.g. a test server).
BASE_URL_ENV = "IMPACTAPP_SSB_URL"
#: SSB's most cells per request (``maxDataCells`` of its /config endpoint).
SSB_MAX_CELLS = 800_000
#: The largest response read: 800,000 cells with labels stay well below it.
FETCH_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_AGE = timedelta(hours=12)
#: The longest data URL sent as a GET: SSB answers 404 to GET URLs over about 2,100
#: characters, so a longer query goes as a POST with the selection in its body.
MAX_GET_URL = 2000

Query = Sequence[tuple[str, Sequence[str]]]

_TABLE_ID = re.compile(r"[A-Za-z0-9_-]{1,40}")
_TOP = re.compile(r"(?:top|bottom)\((\d+)(?:,\s*\d+)?\)", re.IGNORECASE)
_QUOTE_SAFE = "()*,[]-_.~"


class CachedResponse(Protocol):
    updated: str
    fetched: datetime
    response: str


class ResponseCache(Protocol):
    """Where responses are kept between runs (the Store implements it)."""

    def cache_get(self, table_id: str, query_key: str) -> CachedResponse | None: ...

    def cache_put(
        self, table_id: str, query_key: str, updated: str, fetched: datetime, response: str
    ) -> None: ...


@dataclass(frozen=True)
class Fetched:
    """A dataset from SSB: which request gave it, when it was fetched, and whether from cache."""

    table: str
    query_key: str
    url: str
    dataset: Dataset
    fetched: datetime
    from_cache: bool


def value_codes(codes: Sequence[str]) -> str:
    """The codes of one ``valueCodes[...]`` parameter; a code with a comma goes in brackets."""
    return ",".join(
        f"[{code}]" if "," in code and not code.startswith("[") else code for code in codes
    )


def data_params(query: Query, lang: str) -> list[tuple[str, str]]:
    """The query string of a data request, dimensions in the query's order."""
    params = [("lang", lang), ("outputFormat", "json-stat2")]
    for dim, codes in query:
        if is_codelist(dim):
            params.append((dim, ",".join(codes)))
        else:
            params.append((f"valueCodes[{dim}]", value_codes(codes)))
    return params


def is_codelist(dim: str) -> bool:
    """``codelist[Dim]``: not a dimension but the code list its codes are read in."""
    return dim.startswith("codelist[") and dim.endswith("]")


def query_key(query: Query, lang: str = "no") -> str:
    """One spelling of a data request whatever the order of its dimensions: the cache key."""
    return "data?" + "&".join(f"{k}={v}" for k, v in sorted(data_params(query, lang)))


def estimated_cells(query: Query) -> int | None:
    """The cells a query asks for, where codes and top(n)/bottom(n) tell; None if unknown."""
    counts: list[int] = []
    for dim, codes in query:
        if is_codelist(dim):
            continue
        count = 0
        for code in codes:
            top = _TOP.fullmatch(code)
            if top:
                count += int(top.group(1)[:9])
            elif any(mark in code for mark in "*?(["):
                return None
            else:
                count += 1
        counts.append(count)
    return math.prod(counts)


def _encode(params: list[tuple[str, str]]) -> str:
    return "&".join(f"{quote(k, safe='[]')}={quote(v, safe=_QUOTE_SAFE)}" for k, v in params)


class SsbClient:
    """A client of SSB's PxWebApi v2 (one per thread; the rate limit is shared by all)."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        cache: ResponseCache | None = None,
        limiter: RateLimiter | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        lang: str = "no",
        max_bytes: int = FETCH_MAX_BYTES,
        max_age: timedelta = DEFAULT_MAX_AGE,
        now: Callable[[], datetime] | None = None,
    ):
        self.base_url = transport.check_base_url(base_url)
        self.cache = cache
        self.limiter = limiter if limiter is not None else process_limiter()
        self.timeout = timeout
        self.lang = lang
        self.max_bytes = max_bytes
        self.max_age = max_age
        self._now = now or (lambda: SYSTEM_CLOCK.now().astimezone(UTC))
        self._opener = transport.build_opener(self.base_url)
        self.requests = 0  # requests sent (not answered from the cache)

    def data_url(self, table: str, query: Query) -> str:
        _check_table(table)
        return f"{self.base_url}/tables/{table}/data?{_encode(data_params(query, self.lang))}"

    def metadata_url(self, table: str) -> str:
        _check_table(table)
        params = [("lang", self.lang), ("outputFormat", "json-stat2")]
        return f"{self.base_url}/tables/{table}/metadata?{_encode(params)}"

    def fetch(self, table: str, query: Query, *, refresh: bool = False) -> Fetched:
        """The table's data for ``query``; from the cache if younger than ``max_age``.

        Raises SsbError (offline, timeout, HTTP error, too large, unreadable answer).
        """
        url = self.data_url(table, query)
        cells = estimated_cells(query)
        if cells is not None and cells > SSB_MAX_CELLS:
            raise SsbError(
                TOO_LARGE,
                Text(
                    nb=(
                        f"Spørringen mot tabell {table} ber om {cells:,} celler".replace(",", " ")
                        + "; SSB gir høyst 800 000 i én forespørsel."
                    ),
                    en=(
                        f"The query for table {table} asks for {cells:,} cells; SSB gives at "
                        "most 800,000 in one request."
                    ),
                ),
            )
        body = None
        if len(url) > MAX_GET_URL:
            url = f"{self.base_url}/tables/{table}/data?{_encode(data_params((), self.lang))}"
            body = post_body(query)
        key = query_key(query, self.lang)
        return self._through_cache(table, key, url, False, refresh, body)

    def dimensions(self, table: str, *, refresh: bool = False) -> dict[str, tuple[str, ...]]:
        """The table's dimensions and their codes, from its (cached) metadata."""
        dataset = self.metadata(table, refresh=refresh).dataset
        return {d.id: d.codes for d in dataset.dimensions}

    def metadata(self, table: str, *, refresh: bool = False) -> Fetched:
        """The table's dimensions and categories (a dataset whose cells are all missing)."""
        url = self.metadata_url(table)
        key = f"metadata?lang={self.lang}"
        return self._through_cache(table, key, url, True, refresh)

    def _through_cache(
        self, table: str, key: str, url: str, metadata: bool, refresh: bool,
        body: bytes | None = None,
    ) -> Fetched:
        if self.cache is not None and not refresh:
            entry = self.cache.cache_get(table, key)
            if entry is not None and self._now() - entry.fetched < self.max_age:
                try:
                    dataset = self._parse(entry.response, table, metadata)
                except JsonStatError:
                    pass  # a damaged cache entry: fetch it again
                else:
                    return Fetched(table, key, url, dataset, entry.fetched, True)
        self.limiter.acquire()
        self.requests += 1
        answer = transport.get(
            self._opener, url, timeout=self.timeout, max_bytes=self.max_bytes, data=body
        )
        fetched = self._now()
        try:
            text = answer.decode("utf-8-sig")
            dataset = self._parse(text, table, metadata)
        except UnicodeDecodeError:
            raise _unreadable(table, "it is not UTF-8 text") from None
        except JsonStatError as exc:
            raise _unreadable(table, ": ".join(p for p in (exc.field, exc.message) if p)) from None
        if self.cache is not None:
            self.cache.cache_put(table, key, dataset.updated, fetched, text)
        return Fetched(table, key, url, dataset, fetched, False)

    def _parse(self, text: str, table: str, metadata: bool) -> Dataset:
        return read_jsonstat(
            text,
            f"SSB table {table}",
            max_bytes=self.max_bytes,
            max_cells=SSB_MAX_CELLS,
            metadata=metadata,
        )


def post_body(query: Query) -> bytes:
    """PxWebApi v2's POST selection for ``query`` (for queries too long for a GET URL)."""
    lists = {dim[9:-1]: codes[0] for dim, codes in query if is_codelist(dim) and codes}
    selection = []
    for dim, codes in query:
        if is_codelist(dim):
            continue
        item: dict[str, object] = {"variableCode": dim, "valueCodes": list(codes)}
        if dim in lists:
            item["codelist"] = lists[dim]
        selection.append(item)
    return json.dumps({"selection": selection}, ensure_ascii=False).encode("utf-8")


def _check_table(table: str) -> None:
    if not _TABLE_ID.fullmatch(table):
        raise SsbError(
            BAD_QUERY,
            Text(
                nb=f"'{table[:40]}' er ikke et tabellnummer hos SSB.",
                en=f"'{table[:40]}' is not an SSB table id.",
            ),
        )


def _unreadable(table: str, why: str) -> SsbError:
    return SsbError(
        BAD_RESPONSE,
        Text(
            nb=f"Svaret fra SSB for tabell {table} kunne ikke leses: {why}",
            en=f"SSB's answer for table {table} could not be read: {why}",
        ),
        detail=why,
    )
