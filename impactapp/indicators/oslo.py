"""Oslo kommune's statistikkbank (PxWeb, API v1): table metadata and data, cached and limited.

``GET {base}/{path}`` describes a table (``{"title", "variables": [{"code", "values"}]}``);
``POST {base}/{path}`` with ``{"query": [{"code", "selection": {"filter", "values"}}],
"response": {"format": "json-stat2"}}`` returns JSON-stat 2.0. ``path`` is the catalog's
table, e.g. ``db1/Sysselsetting/OK-SYS002.px``. PxWeb's ``top`` filter gives the newest
periods, as SSB's does. PxWeb's default limit is 30 requests per 10 seconds.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any

from impactapp.domain.model import Text

from . import transport
from .errors import BAD_QUERY, BAD_RESPONSE, SsbError
from .ratelimit import RateLimiter
from .ssb import Fetched, Query, SsbClient

DEFAULT_BASE_URL = "https://statistikkbanken.oslo.kommune.no/statbank/api/v1/no"
BASE_URL_ENV = "IMPACTAPP_OSLO_URL"
_PATH = re.compile(r"[A-Za-z0-9_-]{1,40}(/[A-Za-z0-9_-]{1,60})*/[A-Za-z0-9_-]{1,40}\.px")
_TOP = re.compile(r"top\((\d{1,4})\)", re.IGNORECASE)

_limiter: RateLimiter | None = None
_limiter_lock = threading.Lock()


def oslo_limiter() -> RateLimiter:
    """The one limiter every Oslo statistikkbank client in this process shares."""
    global _limiter
    with _limiter_lock:
        if _limiter is None:
            _limiter = RateLimiter(30, 10.0)
        return _limiter


def _check(table: str) -> None:
    if not _PATH.fullmatch(table):
        raise SsbError(BAD_QUERY, Text(
            nb=f"'{table[:60]}' er ikke en tabell i Oslo kommunes statistikkbank.",
            en=f"'{table[:60]}' is not a table of Oslo kommune's statistikkbank."))


def request_body(query: Query) -> dict[str, Any]:
    items = []
    for dim, codes in query:
        if len(codes) == 1 and (m := _TOP.fullmatch(codes[0])):
            selection = {"filter": "top", "values": [m.group(1)]}
        elif any("*" in code for code in codes):
            selection = {"filter": "all", "values": list(codes)}
        else:
            selection = {"filter": "item", "values": list(codes)}
        items.append({"code": dim, "selection": selection})
    return {"query": items, "response": {"format": "json-stat2"}}


def parse_variables(text: str, table: str) -> dict[str, tuple[str, ...]]:
    try:
        data = json.loads(text)
        return {v["code"]: tuple(v["values"]) for v in data["variables"]}
    except (ValueError, KeyError, TypeError):
        raise SsbError(BAD_RESPONSE, Text(
            nb=f"Svaret fra Oslo kommunes statistikkbank for {table} kunne ikke leses.",
            en=f"The answer of Oslo kommune's statistikkbank for {table} could not be read.",
        )) from None


class OsloClient(SsbClient):
    """A PxWeb v1 client for Oslo's statistikkbank; same cache and errors as the SSB client."""

    def __init__(self, base_url: str = DEFAULT_BASE_URL, **kwargs: Any):
        kwargs.setdefault("limiter", oslo_limiter())
        super().__init__(base_url, **kwargs)

    def data_url(self, table: str, query: Query) -> str:
        _check(table)
        return f"{self.base_url}/{table}"

    def metadata_url(self, table: str) -> str:
        _check(table)
        return f"{self.base_url}/{table}"

    def fetch(self, table: str, query: Query, *, refresh: bool = False) -> Fetched:
        body = request_body(query)
        key = "data:" + json.dumps(body, sort_keys=True, ensure_ascii=False)
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return self._through_cache(table, key, self.data_url(table, query), False, refresh, data)

    def dimensions(self, table: str, *, refresh: bool = False) -> dict[str, tuple[str, ...]]:
        url = self.metadata_url(table)
        if self.cache is not None and not refresh:
            entry = self.cache.cache_get(table, "metadata")
            if entry is not None and self._now() - entry.fetched < self.max_age:
                return parse_variables(entry.response, table)
        self.limiter.acquire()
        self.requests += 1
        text = transport.get(self._opener, url, timeout=self.timeout,
                             max_bytes=self.max_bytes).decode("utf-8-sig", "replace")
        dims = parse_variables(text, table)
        if self.cache is not None:
            self.cache.cache_put(table, "metadata", "", self._now(), text)
        return dims
