"""The SSB client talks HTTPS only, with the certificate and the host name verified.

tests/indicators/test_ssb_client.py shows a self-signed certificate and a redirect to http://
refused against a local server; these check the client's TLS settings themselves and the
addresses that only look secure or local.
"""

from __future__ import annotations

import ssl
import urllib.request

import pytest

from impactapp.indicators import SsbClient, SsbError
from impactapp.indicators.errors import INSECURE
from impactapp.indicators.ssb import BASE_URL_ENV
from tests.hostile.corpus import run_cli


def _tls_context(client: SsbClient) -> ssl.SSLContext:
    handlers = [h for h in client._opener.handlers
                if isinstance(h, urllib.request.HTTPSHandler)]
    assert len(handlers) == 1
    return handlers[0]._context


def test_the_client_verifies_the_certificate_and_the_host_name():
    context = _tls_context(SsbClient())
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize("url", [
    "HTTP://data.ssb.no/api/pxwebapi/v2",  # the scheme in capitals is still http
    "http://127.0.0.1.example.org/api",  # a host that only starts like the local one
    "http://127.0.0.1@example.org/api",  # user info before the real host
    "http://[::1]/api",
    "https:///api/pxwebapi/v2",  # no host at all
    "file:///etc/passwd",
    "javascript:alert(1)",
])
def test_addresses_that_only_look_secure_or_local_are_refused(url):
    with pytest.raises(SsbError) as caught:
        SsbClient(url)
    assert caught.value.kind == INSECURE


@pytest.mark.parametrize("how", ["option", "environment"])
def test_fetch_refuses_a_plain_http_address_before_any_request(how, tmp_path, catalog,
                                                              monkeypatch, capsys):
    url = "http://data.ssb.no/api/pxwebapi/v2"
    argv = ["--db", str(tmp_path / "db.sqlite"), "indicators", "fetch",
            "ind.low_income_households"]
    if how == "option":
        argv += ["--base-url", url]
    else:
        monkeypatch.setenv(BASE_URL_ENV, url)
    status, out, err = run_cli(argv, catalog, monkeypatch, capsys)
    assert (status, out) == (1, "")
    assert err.strip() == f"The address {url} is not used: SSB is only fetched over https://."
