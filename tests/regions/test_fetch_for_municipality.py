"""Fetching through the SSB simulator for Lillehammer (3405, no districts) and Bergen (4601):
each database asks for, and stores, its own municipality's figures under its own codes."""

from __future__ import annotations

import pytest

from impactapp.catalog import load_catalog
from impactapp.cli import main
from impactapp.indicators import ratelimit
from impactapp.store import Store
from tests.indicators.fake_ssb import FakeSsb

from .ssb_echo import serve_tables, value_of

LOW_INCOME = "ind.low_income_households"  # table 06947, kommune and bydel
KINDERGARTEN = "ind.kindergarten_coverage"  # kommune only
#: Every SSB table the catalog reads (the simulator answers each).
SSB_TABLES = sorted({i.source.table for i in load_catalog().indicators.values()
                     if i.source.kind == "ssb"})


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.delenv("IMPACTAPP_SSB_URL", raising=False)
    monkeypatch.setattr(ratelimit, "_process_limiter", ratelimit.RateLimiter(100_000, 60))


@pytest.fixture
def ssb():
    with FakeSsb() as server:
        serve_tables(server, SSB_TABLES)
        yield server


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _regions_asked(ssb: FakeSsb, table: str) -> list[str]:
    asked = [s for s in ssb.seen if s.path.endswith(f"/tables/{table}/data")]
    assert len(asked) == 1
    return asked[0].params["valueCodes[Region]"][0].split(",")


def _stored(db: str, indicator: str) -> dict[tuple[str, str], float]:
    with Store.open(db) as store:
        return {(o.region, o.period): o.value for o in store.observations(indicator)}


def test_lillehammer_asks_for_3405_without_districts_and_stores_its_own_figures(
        capsys, tmp_path, ssb):
    db = str(tmp_path / "lillehammer.db")
    run(capsys, "--db", db, "municipality", "set", "3405")
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", LOW_INCOME, KINDERGARTEN,
                         "--base-url", ssb.base_url)
    assert status == 0, err
    asked = _regions_asked(ssb, "06947")
    assert asked[0] == "3405"
    assert not [code for code in asked if len(code) == 6]  # no districts, Oslo's least of all
    assert "3411" in asked and "0" in asked  # compared with Ringsaker and the country

    stored = _stored(db, LOW_INCOME)
    assert stored[("3405", "2023")] == pytest.approx(value_of("3405", "2023"))
    assert not [region for region, _ in stored if len(region) == 6]
    assert {region for region, _ in stored} <= {"3405", "0", *asked}
    assert _stored(db, KINDERGARTEN)[("3405", "2021")] == pytest.approx(value_of("3405", "2021"))


def test_bergen_asks_for_its_eight_districts_and_never_for_oslos(capsys, tmp_path, ssb):
    db = str(tmp_path / "bergen.db")
    run(capsys, "--db", db, "municipality", "set", "4601")
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", LOW_INCOME,
                         "--base-url", ssb.base_url)
    assert status == 0, err
    asked = _regions_asked(ssb, "06947")
    assert asked[:9] == ["4601", *(f"4601{n:02d}" for n in range(1, 9))]
    assert not [code for code in asked if code.startswith("0301")]

    stored = _stored(db, LOW_INCOME)
    districts = {region for region, _ in stored if len(region) == 6}
    assert districts == {f"4601{n:02d}" for n in range(1, 9)}
    assert stored[("460103", "2022")] == pytest.approx(value_of("460103", "2022"))
    assert stored[("4601", "2022")] == pytest.approx(value_of("4601", "2022"))
    assert ("0301", "2022") not in stored  # Oslo is not in Bergen's KOSTRA comparison


def test_two_databases_on_one_simulator_keep_apart(capsys, tmp_path, ssb):
    lillehammer, bergen = str(tmp_path / "l.db"), str(tmp_path / "b.db")
    run(capsys, "--db", lillehammer, "municipality", "set", "3405")
    run(capsys, "--db", bergen, "municipality", "set", "4601")
    for db in (lillehammer, bergen):
        status, _, err = run(capsys, "--db", db, "indicators", "fetch", KINDERGARTEN,
                             "--base-url", ssb.base_url)
        assert status == 0, err
    in_lillehammer, in_bergen = _stored(lillehammer, KINDERGARTEN), _stored(bergen, KINDERGARTEN)
    assert in_lillehammer[("3405", "2023")] == pytest.approx(value_of("3405", "2023"))
    # Bergen is among Lillehammer's comparison: under its own code, with its own figure
    assert in_lillehammer[("4601", "2023")] == pytest.approx(value_of("4601", "2023"))
    assert in_bergen[("4601", "2023")] == pytest.approx(value_of("4601", "2023"))
    assert ("3405", "2023") not in in_bergen


def test_without_a_municipality_the_catalogs_query_is_sent_unchanged(capsys, tmp_path, ssb):
    db = str(tmp_path / "legacy.db")
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", LOW_INCOME,
                         "--base-url", ssb.base_url)
    assert status == 0, err
    assert _regions_asked(ssb, "06947")[:2] == ["0301", "030101"]
