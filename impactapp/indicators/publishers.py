"""One client per publisher, sharing the response cache; addresses from the environment.

Test servers stand in for the publishers through IMPACTAPP_SSB_URL, IMPACTAPP_FHI_URL,
IMPACTAPP_OSLO_URL and IMPACTAPP_MILJO_URL.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime

from . import emissions, fhi, oslo
from .fetching import Publishers
from .ratelimit import RateLimiter
from .ssb import DEFAULT_TIMEOUT, ResponseCache, SsbClient


def make_publishers(
    cache: ResponseCache | None,
    ssb_url: str,
    *,
    limiter: RateLimiter | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    now: Callable[[], datetime] | None = None,
) -> Publishers:
    """Clients for SSB (at ``ssb_url``), FHI, Oslo's statistikkbank and Miljødirektoratet;
    ``now`` is the clock their fetch times and cache ages are read from."""
    env = os.environ.get
    return Publishers(
        ssb=SsbClient(ssb_url, cache=cache, limiter=limiter, timeout=timeout, now=now),
        fhi=fhi.FhiClient(env(fhi.BASE_URL_ENV) or fhi.DEFAULT_BASE_URL, cache=cache,
                          timeout=timeout, now=now),
        oslo=oslo.OsloClient(env(oslo.BASE_URL_ENV) or oslo.DEFAULT_BASE_URL, cache=cache,
                             timeout=timeout, now=now),
        emissions=emissions.EmissionsClient(env(emissions.URL_ENV) or emissions.DEFAULT_URL,
                                            cache=cache, now=now),
    )
