"""HTTPS GET with certificate checks, a timeout, a size limit and one plain sentence per failure.

Only ``https://`` is used, with the system's certificate authorities; the one exception is a
base URL on ``http://127.0.0.1`` set explicitly (a local test server). Redirects that leave
HTTPS are refused, so a response cannot be downgraded on its way.
"""

from __future__ import annotations

import functools
import http.client
import json
import ssl
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from impactapp import __version__
from impactapp.domain.model import Text

from .errors import (
    BAD_QUERY,
    HTTP,
    INSECURE,
    NOT_FOUND,
    OFFLINE,
    RATE_LIMITED,
    SERVER,
    TIMEOUT,
    TOO_LARGE,
    SsbError,
)

LOCAL_TEST_HOST = "127.0.0.1"
_ERROR_BODY_LIMIT = 64 * 1024


def is_local_test_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.hostname == LOCAL_TEST_HOST


def check_base_url(url: str) -> str:
    """``url`` without a trailing slash, if it is HTTPS (or the local test server)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if is_local_test_url(url):
        return url.rstrip("/")
    raise SsbError(
        INSECURE,
        Text(
            nb=f"Adressen {url} brukes ikke: SSB hentes bare over https://.",
            en=f"The address {url} is not used: SSB is only fetched over https://.",
        ),
    )


class _SafeRedirect(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to HTTPS (or, for the local test server, to itself)."""

    def __init__(self, local: bool):
        self._local = local

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        parts = urlsplit(newurl)
        if parts.scheme != "https" and not (self._local and is_local_test_url(newurl)):
            raise SsbError(
                INSECURE,
                Text(
                    nb=f"SSB sendte videre til {newurl}, som ikke er https://; stoppet.",
                    en=f"SSB redirected to {newurl}, which is not https://; stopped.",
                ),
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The certificate-verifying TLS context every opener shares. Making one loads the
    system's certificate authorities, about 40 ms; every publisher's client made its own, so
    a fetch of the indicators spent more time there than on the answers."""
    return ssl.create_default_context()


def build_opener(base_url: str) -> urllib.request.OpenerDirector:
    """An opener that verifies certificates and refuses redirects away from HTTPS."""
    local = is_local_test_url(base_url)
    handlers: list[Any] = [
        urllib.request.HTTPSHandler(context=tls_context()),
        _SafeRedirect(local),
    ]
    if local:
        handlers.append(urllib.request.ProxyHandler({}))  # never send test traffic to a proxy
    return urllib.request.build_opener(*handlers)


def get(
    opener: urllib.request.OpenerDirector,
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    data: bytes | None = None,
) -> bytes:
    """The body of a GET of ``url`` (a POST of the JSON ``data`` when given); SsbError for
    every way it can fail."""
    headers = {"Accept": "application/json", "User-Agent": f"ImpactApp/{__version__}"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large_response(int(length), max_bytes)
            body = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise _http_error(exc) from None
    except urllib.error.URLError as exc:
        raise _connection_error(exc.reason, url, timeout) from None
    except TimeoutError:
        raise _timeout(url, timeout) from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise SsbError(
            SERVER,
            Text(
                nb="Forbindelsen til SSB ble brutt før svaret var komplett; prøv igjen.",
                en="The connection to SSB broke before the answer was complete; try again.",
            ),
            detail=str(exc),
        ) from None
    if len(body) > max_bytes:
        raise _too_large_response(len(body), max_bytes)
    return body


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _timeout(url: str, timeout: float) -> SsbError:
    return SsbError(
        TIMEOUT,
        Text(
            nb=f"{_host(url)} svarte ikke innen {timeout:g} sekunder; prøv igjen senere.",
            en=f"{_host(url)} did not answer within {timeout:g} seconds; try again later.",
        ),
    )


def _connection_error(reason: object, url: str, timeout: float) -> SsbError:
    if isinstance(reason, TimeoutError):
        return _timeout(url, timeout)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return SsbError(
            INSECURE,
            Text(
                nb=f"Sertifikatet til {_host(url)} kunne ikke bekreftes; ingenting ble hentet.",
                en=f"The certificate of {_host(url)} could not be verified; nothing was fetched.",
            ),
            detail=str(reason),
        )
    if isinstance(reason, SsbError):
        return reason
    return SsbError(
        OFFLINE,
        Text(
            nb=f"Får ikke kontakt med {_host(url)}: er maskinen uten nett (frakoblet)?",
            en=f"Cannot reach {_host(url)}: is this computer offline?",
        ),
        detail=str(reason),
    )


def _too_large_response(size: int, limit: int) -> SsbError:
    return SsbError(
        TOO_LARGE,
        Text(
            nb=(
                f"Svaret fra SSB er større enn {limit / 1048576:.0f} MB ({size / 1048576:.1f} MB "
                "eller mer); velg færre regioner, perioder eller kategorier."
            ),
            en=(
                f"SSB's answer is larger than {limit / 1048576:.0f} MB ({size / 1048576:.1f} MB "
                "or more); choose fewer regions, periods or categories."
            ),
        ),
    )


def _problem_detail(exc: urllib.error.HTTPError) -> str:
    """The ``detail`` (or ``title``) of an RFC 7807 problem body, shortened; "" if none."""
    try:
        raw = exc.read(_ERROR_BODY_LIMIT)
        problem = json.loads(raw.decode("utf-8", "replace"))
    except (OSError, ValueError, RecursionError, http.client.HTTPException):
        return ""
    if not isinstance(problem, dict):
        return ""
    detail = problem.get("detail") or problem.get("title") or ""
    if not isinstance(detail, str):
        return ""
    detail = " ".join(detail.split())
    return detail if len(detail) <= 200 else detail[:197] + "..."


def _http_error(exc: urllib.error.HTTPError) -> SsbError:
    status = exc.code
    detail = _problem_detail(exc)
    said = f" (SSB: {detail})" if detail else ""
    if status == 400:
        kind, nb, en = (
            BAD_QUERY,
            f"SSB avviste spørringen som ugyldig{said}; sjekk koden i indikatorens query.",
            f"SSB refused the query as invalid{said}; check the codes in the indicator's query.",
        )
    elif status in (403, 413):
        kind, nb, en = (
            TOO_LARGE,
            f"Spørringen ber om flere celler enn SSB gir i én forespørsel (800 000){said}; "
            "velg færre regioner, perioder eller kategorier.",
            f"The query asks for more cells than SSB gives in one request (800,000){said}; "
            "choose fewer regions, periods or categories.",
        )
    elif status == 404:
        kind, nb, en = (
            NOT_FOUND,
            f"SSB fant ikke tabellen{said}; sjekk tabellnummeret.",
            f"SSB has no such table{said}; check the table id.",
        )
    elif status == 429:
        kind, nb, en = (
            RATE_LIMITED,
            "For mange forespørsler til SSB (høyst 30 i minuttet); vent ett minutt og prøv igjen.",
            "Too many requests to SSB (at most 30 a minute); wait a minute and try again.",
        )
    elif status >= 500:
        kind, nb, en = (
            SERVER,
            f"SSBs tjeneste feilet (HTTP {status}); prøv igjen senere.",
            f"SSB's service failed (HTTP {status}); try again later.",
        )
    else:
        kind, nb, en = (
            HTTP,
            f"SSB svarte med HTTP {status}{said}.",
            f"SSB answered with HTTP {status}{said}.",
        )
    return SsbError(kind, Text(nb=nb, en=en), status=status, detail=detail)
