"""The SSB client against a local server on 127.0.0.1: requests, cache, limits, every failure."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from impactapp.indicators import RateLimiter, SsbClient, SsbError, query_key
from impactapp.indicators.errors import (
    BAD_QUERY,
    BAD_RESPONSE,
    HTTP,
    INSECURE,
    NOT_FOUND,
    OFFLINE,
    RATE_LIMITED,
    SERVER,
    TIMEOUT,
    TOO_LARGE,
)

from .builders import DATA, sample
from .fake_ssb import Answer, FakeSsb

QUERY = (
    ("Region", ("0301", "030101")),
    ("ContentsCode", ("EUskala60",)),
    ("Tid", ("top(5)",)),
)
HANDMADE = sample("handmade_06947_oslo.json").read_bytes()


@dataclass
class Entry:
    updated: str
    fetched: datetime
    response: str


class MemoryCache:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], Entry] = {}

    def cache_get(self, table_id: str, key: str) -> Entry | None:
        return self.entries.get((table_id, key))

    def cache_put(self, table_id: str, key: str, updated: str, fetched: datetime,
                  response: str) -> None:
        self.entries[table_id, key] = Entry(updated, fetched, response)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def client_for(server: FakeSsb, **kwargs) -> SsbClient:
    kwargs.setdefault("limiter", RateLimiter())
    kwargs.setdefault("timeout", 5.0)
    return SsbClient(server.base_url, **kwargs)


def test_fetch_sends_a_v2_get_with_value_codes_and_reads_the_answer(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    result = client_for(fake_ssb).fetch("06947", QUERY)
    [seen] = fake_ssb.seen
    assert seen.path == "/api/pxwebapi/v2/tables/06947/data"
    assert seen.params == {
        "lang": ["no"],
        "outputFormat": ["json-stat2"],
        "valueCodes[Region]": ["0301,030101"],
        "valueCodes[ContentsCode]": ["EUskala60"],
        "valueCodes[Tid]": ["top(5)"],
    }
    assert seen.headers["Accept"] == "application/json"
    assert seen.headers["User-Agent"].startswith("ImpactApp/")
    assert result.dataset.table == "06947" and result.dataset.cells == 96
    assert result.from_cache is False


def test_a_code_with_a_comma_is_sent_in_brackets(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    client_for(fake_ssb).fetch("06947", (("Tid", ("range(2020,2023)",)),))
    assert fake_ssb.seen[0].params["valueCodes[Tid]"] == ["[range(2020,2023)]"]


def test_the_cache_key_does_not_depend_on_the_order_of_dimensions():
    assert query_key(QUERY) == query_key(tuple(reversed(QUERY)))
    assert query_key(QUERY) != query_key(QUERY[:2])
    assert query_key(QUERY, "no") != query_key(QUERY, "en")


def test_a_cached_response_answers_without_a_request_until_it_is_too_old(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    cache, clock = MemoryCache(), Clock()
    client = client_for(fake_ssb, cache=cache, now=clock, max_age=timedelta(hours=12))
    first = client.fetch("06947", QUERY)
    [(key, entry)] = cache.entries.items()
    assert key == ("06947", query_key(QUERY))
    assert (entry.updated, entry.fetched) == ("2025-06-12T06:00:00Z", clock.now)

    clock.now += timedelta(hours=11)
    second = client.fetch("06947", QUERY)
    assert len(fake_ssb.seen) == 1
    assert second.from_cache and second.fetched == first.fetched
    assert list(second.dataset.iter_cells()) == list(first.dataset.iter_cells())

    clock.now += timedelta(hours=2)
    third = client.fetch("06947", QUERY)
    assert len(fake_ssb.seen) == 2 and not third.from_cache and third.fetched == clock.now


def test_refresh_asks_ssb_even_with_a_fresh_cache(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    client = client_for(fake_ssb, cache=MemoryCache())
    client.fetch("06947", QUERY)
    client.fetch("06947", QUERY, refresh=True)
    assert len(fake_ssb.seen) == 2


def test_a_damaged_cache_entry_is_fetched_again(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    cache = MemoryCache()
    cache.cache_put("06947", query_key(QUERY), "", datetime.now(UTC), "{not json")
    assert client_for(fake_ssb, cache=cache).fetch("06947", QUERY).from_cache is False
    assert len(fake_ssb.seen) == 1


def test_every_request_waits_for_the_rate_limit_and_cache_hits_do_not_count(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    now = [0.0]
    slept: list[float] = []
    limiter = RateLimiter(calls=2, window=60.0, clock=lambda: now[0], sleep=slept.append)
    client = client_for(fake_ssb, limiter=limiter, cache=MemoryCache())
    client.fetch("06947", QUERY)
    client.fetch("06947", QUERY)  # from the cache
    client.fetch("06947", QUERY, refresh=True)
    assert slept == []
    client.fetch("06947", QUERY, refresh=True)
    assert slept == [pytest.approx(60.0)]
    assert client.requests == 3 == len(fake_ssb.seen)


def test_metadata_is_read_from_the_metadata_endpoint(fake_ssb):
    document = json.loads(sample("ssb_03024.json").read_text(encoding="utf-8"))
    document["value"] = []
    fake_ssb.serve("/tables/03024/metadata", Answer(body=json.dumps(document).encode()))
    result = client_for(fake_ssb).metadata("03024")
    assert fake_ssb.seen[0].params == {"lang": ["no"], "outputFormat": ["json-stat2"]}
    assert result.dataset.ids == ("VareGrupper2", "ContentsCode", "Tid")
    assert result.dataset.missing == result.dataset.cells == 192


def _problem(status: int, detail: str) -> Answer:
    body = json.dumps({"title": "x", "status": status, "detail": detail}).encode()
    return Answer(status, body, {"Content-Type": "application/problem+json"})


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (400, BAD_QUERY, "refused the query as invalid (SSB: Value, xxx is not a valid value"),
        (403, TOO_LARGE, "more cells than SSB gives in one request (800,000)"),
        (404, NOT_FOUND, "SSB has no such table"),
        (413, TOO_LARGE, "more cells than SSB gives in one request"),
        (429, RATE_LIMITED, "Too many requests to SSB (at most 30 a minute)"),
        (500, SERVER, "SSB's service failed (HTTP 500)"),
        (503, SERVER, "SSB's service failed (HTTP 503)"),
        (418, HTTP, "SSB answered with HTTP 418"),
    ],
)
def test_http_errors_become_one_plain_sentence_each(fake_ssb, status, kind, words):
    detail = "Value, xxx is not a valid value code for variable yyy"
    fake_ssb.serve("/tables/06947/data", _problem(status, detail))
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb).fetch("06947", QUERY)
    error = caught.value
    assert (error.kind, error.status) == (kind, status)
    assert words in str(error)
    assert error.text.nb and error.text.nb != error.text.en
    assert "\n" not in str(error) and "Traceback" not in str(error)


def test_a_server_that_does_not_answer_in_time_is_a_timeout(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE, delay=2.0))
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb, timeout=0.3).fetch("06947", QUERY)
    assert caught.value.kind == TIMEOUT
    assert "did not answer within 0.3 seconds" in str(caught.value)


def test_a_refused_connection_is_reported_as_offline():
    with socket.socket() as probe:  # a port on which nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = SsbClient(f"http://127.0.0.1:{port}/api", limiter=RateLimiter(), timeout=2)
    with pytest.raises(SsbError) as caught:
        client.fetch("06947", QUERY)
    assert caught.value.kind == OFFLINE
    assert str(caught.value) == "Cannot reach 127.0.0.1: is this computer offline?"


def test_an_answer_larger_than_the_limit_is_refused_by_its_length(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE))
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb, max_bytes=1000).fetch("06947", QUERY)
    assert caught.value.kind == TOO_LARGE


def test_an_answer_without_a_length_is_cut_off_at_the_limit(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=HANDMADE, headers={"Content-Length": ""}))
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb, max_bytes=1000).fetch("06947", QUERY)
    assert caught.value.kind == TOO_LARGE


def test_a_query_for_more_than_800000_cells_is_refused_before_any_request(fake_ssb):
    regions = tuple(f"{i:04d}" for i in range(2000))
    query = (("Region", regions), ("Alder", tuple(str(i) for i in range(100))),
             ("Tid", ("top(5)",)))
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb).fetch("07459", query)
    assert caught.value.kind == TOO_LARGE
    assert "1,000,000 cells" in str(caught.value)
    assert fake_ssb.seen == []


def test_an_answer_that_is_not_json_stat_is_reported_as_unreadable(fake_ssb):
    fake_ssb.serve("/tables/06947/data", Answer(body=b"<html>maintenance</html>"))
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb, cache=MemoryCache()).fetch("06947", QUERY)
    assert caught.value.kind == BAD_RESPONSE
    assert str(caught.value).startswith("SSB's answer for table 06947 could not be read")


@pytest.mark.parametrize("table", ["../config", "06947/data?x=1", "", "x" * 41])
def test_a_table_id_that_is_not_one_is_refused_before_any_request(fake_ssb, table):
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb).fetch(table, QUERY)
    assert caught.value.kind == BAD_QUERY
    assert fake_ssb.seen == []


@pytest.mark.parametrize(
    "url",
    ["http://data.ssb.no/api/pxwebapi/v2", "http://localhost:8080/api", "ftp://127.0.0.1/x",
     "data.ssb.no/api"],
)
def test_only_https_or_an_explicit_local_test_server_is_accepted(url):
    with pytest.raises(SsbError) as caught:
        SsbClient(url)
    assert caught.value.kind == INSECURE


def test_the_default_and_https_addresses_are_accepted():
    assert SsbClient().base_url == "https://data.ssb.no/api/pxwebapi/v2"
    assert SsbClient("https://example.org/api/v2/").base_url == "https://example.org/api/v2"


def test_a_redirect_away_from_https_is_not_followed(fake_ssb):
    fake_ssb.serve(
        "/tables/06947/data", Answer(302, b"", {"Location": "http://example.invalid/data"})
    )
    with pytest.raises(SsbError) as caught:
        client_for(fake_ssb).fetch("06947", QUERY)
    assert caught.value.kind == INSECURE
    assert "http://example.invalid/data" in str(caught.value)


def test_a_certificate_that_cannot_be_verified_is_refused():
    certificate = (DATA / "selfsigned_127.0.0.1.pem", DATA / "selfsigned_127.0.0.1.key")
    with FakeSsb(certificate=certificate) as server:
        server.serve("/tables/06947/data", Answer(body=HANDMADE))
        assert server.base_url.startswith("https://127.0.0.1:")
        with pytest.raises(SsbError) as caught:
            client_for(server).fetch("06947", QUERY)
    assert caught.value.kind == INSECURE
    assert "could not be verified" in str(caught.value)


def test_every_opener_shares_one_tls_context_that_verifies_certificates():
    import ssl
    import urllib.request

    from impactapp.indicators import transport

    openers = [transport.build_opener(url) for url in
               ("https://data.ssb.no/api/pxwebapi/v2", "https://statistikk.fhi.no/api/")]
    contexts = [h._context for opener in openers for h in opener.handlers
                if isinstance(h, urllib.request.HTTPSHandler)]
    assert len(contexts) == 2 and contexts[0] is contexts[1]
    assert contexts[0].verify_mode == ssl.CERT_REQUIRED and contexts[0].check_hostname
