"""A data package carries every publisher's figures: fetched through the local publishers
(SSB, FHI, Oslo's statistikkbank, Miljødirektoratet's workbook, and ratios the program
computes) on a connected machine, imported unchanged on one without a network."""

from __future__ import annotations

import pytest

from impactapp.catalog import default_catalog
from impactapp.cli import main
from impactapp.indicators import fhi, ratelimit
from impactapp.indicators.fetching import is_fetched
from impactapp.store import Store

from .fake_ssb import FakeSsb
from .simulator import KOMMUNER, YEARS, Simulator, catalog_tables, emissions_workbook
from .test_every_indicator import INCOMPLETE

CATALOG = default_catalog()
#: One fetched indicator of each publisher kind (the ones the program fetches), complete.
ONE_OF_EACH = {i.source.kind: i.id for i in CATALOG.indicators.values()
               if is_fetched(i) and i.id not in INCOMPLETE}


@pytest.fixture
def publishers(monkeypatch):
    """Every publisher served locally, their addresses in the environment, no waiting."""
    monkeypatch.setattr(ratelimit, "_process_limiter", ratelimit.RateLimiter(100_000, 60))
    monkeypatch.setattr(fhi, "_fhi_limiter", ratelimit.RateLimiter(100_000, 60))
    with FakeSsb() as fake:
        tables = catalog_tables(CATALOG)
        Simulator(fake, tables["ssb"], tables["fhi"], tables["oslo"],
                  emissions_workbook(KOMMUNER, YEARS))
        monkeypatch.setenv("IMPACTAPP_SSB_URL", fake.base_url)
        monkeypatch.setenv("IMPACTAPP_FHI_URL", fake.fhi_url)
        monkeypatch.setenv("IMPACTAPP_OSLO_URL", fake.oslo_url)
        monkeypatch.setenv("IMPACTAPP_MILJO_URL",
                           fake.root + "/miljo/utslippsstatistikk_alle_kommuner.xlsx")
        yield fake


def _figures(db: str, indicator: str) -> set[tuple[str, str, float | None, str]]:
    with Store.open(db) as store:
        return {(o.region, o.period, o.value, o.status) for o in store.observations(indicator)}


def test_every_publishers_figures_round_trip_through_a_package(publishers, tmp_path, capsys):
    assert {"ssb", "fhi", "oslo_statistikkbank", "miljodirektoratet", "ratio"} <= set(
        ONE_OF_EACH)
    connected, offline = str(tmp_path / "connected.db"), str(tmp_path / "offline.db")
    package = tmp_path / "oslo.zip"
    for db in (connected, offline):
        assert main(["--db", db, "municipality", "set", "0301"]) == 0
    ids = sorted(ONE_OF_EACH.values())
    status = main(["--db", connected, "indicators", "fetch", *ids, "--package", str(package)])
    assert status == 0, capsys.readouterr().err
    assert main(["--db", offline, "indicators", "import-package", str(package)]) == 0
    for indicator in ids:
        held = _figures(connected, indicator)
        assert held, indicator
        assert _figures(offline, indicator) == held, indicator  # exactly, value for value
