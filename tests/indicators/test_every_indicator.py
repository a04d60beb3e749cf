"""Every indicator's query through the local publishers, for Oslo, Lillehammer and Bergen."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import replace

import pytest

from impactapp.catalog import default_catalog
from impactapp.domain.place import District, Place
from impactapp.indicators import RateLimiter, SsbClient
from impactapp.indicators.emissions import EmissionsClient
from impactapp.indicators.errors import IndicatorDataError
from impactapp.indicators.fetching import Publishers, fetch_observations, is_fetched
from impactapp.indicators.fhi import FhiClient
from impactapp.indicators.oslo import OsloClient
from impactapp.indicators.places import OSLO

from .fake_ssb import FakeSsb
from .simulator import (
    BERGEN_BYDELER,
    KOMMUNER,
    YEARS,
    Simulator,
    catalog_tables,
    emissions_workbook,
    simulated_value,
)
from .test_ssb_client import MemoryCache

CATALOG = default_catalog()
FETCHED = [i for i in CATALOG.indicators.values() if is_fetched(i)]
#: Queries known to be incomplete (their verify says so): the fetch must refuse them plainly.
INCOMPLETE = {
    "ind.household_waste_per_inhabitant": "ContentsCode",
    "ind.recreation_area_access": "ContentsCode",
    "ind.nature_area_access": "ContentsCode",
}
LILLEHAMMER = Place("3405", "Lillehammer")
BERGEN = Place("4601", "Bergen", tuple(District(c, c) for c in BERGEN_BYDELER),
               comparison=("0301", "0"))


@pytest.fixture
def world():
    with FakeSsb() as fake:
        tables = catalog_tables(CATALOG)
        sim = Simulator(fake, tables["ssb"], tables["fhi"], tables["oslo"],
                        emissions_workbook(KOMMUNER, YEARS))
        cache = MemoryCache()
        pubs = Publishers(
            ssb=SsbClient(fake.base_url, cache=cache, limiter=RateLimiter(), timeout=5),
            fhi=FhiClient(fake.fhi_url, cache=cache, limiter=RateLimiter(), timeout=5),
            oslo=OsloClient(fake.oslo_url, cache=cache, limiter=RateLimiter(), timeout=5),
            emissions=EmissionsClient(
                fake.root + "/miljo/utslippsstatistikk_alle_kommuner.xlsx", cache=cache),
        )
        yield fake, sim, pubs


def _fetch(pubs, indicator, place, **kwargs):
    if indicator.id in INCOMPLETE:
        with pytest.raises(IndicatorDataError, match=INCOMPLETE[indicator.id]):
            fetch_observations(pubs, indicator, place, **kwargs)
        return None
    return fetch_observations(pubs, indicator, place, **kwargs)


@pytest.mark.parametrize("indicator", FETCHED, ids=[i.id for i in FETCHED])
def test_every_fetched_indicator_runs_through_the_simulator_for_oslo(world, indicator):
    fake, _, pubs = world
    got = _fetch(pubs, indicator, OSLO)
    if got is None:
        return
    regions = {o.region for o in got.observations}
    allowed = {OSLO.code, *(d.code for d in OSLO.districts), *OSLO.comparison, "EAK"}
    assert regions <= allowed
    if indicator.source.kind == "oslo_statistikkbank":
        assert "0301" in got.left_out  # the statistikkbank writes Oslo i alt as 100000
    else:
        assert "0301" in regions
    if "bydel" in indicator.levels and indicator.source.kind in ("ssb", "fhi",
                                                                 "oslo_statistikkbank"):
        assert {d.code for d in OSLO.districts} <= regions
    assert all(o.value is not None for o in got.observations)
    # The metadata of each table is read before its data is asked for.
    paths = [s.path for s in fake.seen]
    for i, path in enumerate(paths):
        if path.endswith("/data") and "/tables/" in path:
            assert path.replace("/data", "/metadata") in paths[:i]


@pytest.mark.parametrize("indicator", FETCHED, ids=[i.id for i in FETCHED])
def test_lillehammer_gets_its_own_figures_and_no_one_elses(world, indicator):
    fake, _, pubs = world
    if indicator.source.kind == "oslo_statistikkbank":
        with pytest.raises(IndicatorDataError, match="Oslo only"):
            fetch_observations(pubs, indicator, LILLEHAMMER)
        assert fake.seen == []
        return
    got = _fetch(pubs, indicator, LILLEHAMMER)
    if got is None:
        return
    assert {o.region for o in got.observations} == {"3405"}
    assert got.compared == ()
    for seen in fake.seen:
        sent = json.dumps(seen.params) + seen.body.decode()
        assert "0301" not in sent and "4601" not in sent


def test_a_bydel_table_is_asked_for_in_its_own_codes_and_read_back_in_ours(world):
    fake, _, pubs = world
    indicator = CATALOG.indicators["ind.low_income_households"]
    got = fetch_observations(pubs, indicator, BERGEN)
    data = next(s for s in fake.seen if s.path.endswith("/data"))
    sent = data.params["valueCodes[Region]"][0].split(",")
    assert sent == ["4601", *(f"{c}a" for c in BERGEN_BYDELER), "0301", "0"]
    regions = {o.region for o in got.observations}
    assert regions == {"4601", *BERGEN_BYDELER, "0301", "0"}
    newest = max(o.period for o in got.observations)
    arna = next(o for o in got.observations if o.region == "460101" and o.period == newest)
    assert arna.value == simulated_value(["460101a", "EUskala60", newest])
    assert got.compared == ("0301", "0")


def test_a_district_the_table_lacks_is_left_out_not_sent(world):
    fake, sim, pubs = world
    table = sim.ssb["06947"]
    table.dims[0] = (table.dims[0][0], tuple(c for c in table.dims[0][1] if c != "030115a"))
    got = fetch_observations(pubs, CATALOG.indicators["ind.low_income_households"], OSLO)
    assert got.left_out == ("030115",)
    data = next(s for s in fake.seen if s.path.endswith("/data"))
    assert "030115" not in data.params["valueCodes[Region]"][0]
    assert "030114" in {o.region for o in got.observations}


def test_a_code_the_table_lacks_is_refused_before_anything_is_sent(world):
    fake, _, pubs = world
    indicator = CATALOG.indicators["ind.low_income_households"]
    query = tuple((d, ("Nope",)) if d == "ContentsCode" else (d, c)
                  for d, c in indicator.source.query)
    broken = replace(indicator, source=replace(indicator.source, query=query))
    with pytest.raises(IndicatorDataError, match="has no code 'Nope'"):
        fetch_observations(pubs, broken, OSLO)
    assert [s.path.rsplit("/", 1)[1] for s in fake.seen] == ["metadata"]


def test_the_simulator_answers_as_ssb_does_on_errors(world):
    fake, _, _ = world
    base = fake.base_url + "/tables/06947/data?valueCodes[ContentsCode]=EUskala60&"

    def status(url):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    code, body = status(base + "valueCodes[Region]=0301,030101")
    assert code == 400 and b"Non-existent value" in body  # SSB's bydel codes are 030101a
    code, body = status(base + "valueCodes[Region]=0301,0301")
    assert (code, body) == (500, b"")
    code, _ = status(base + "valueCodes[Region]=" + ",".join(["0301"] * 500))
    assert code == 404


def test_a_query_too_long_for_a_get_goes_as_a_post(world):
    fake, sim, pubs = world
    table = sim.ssb["06947"]
    many = tuple(f"{7000 + n}" for n in range(400))  # 400 more municipalities
    table.dims[0] = (table.dims[0][0], (*table.dims[0][1], *many))
    indicator = CATALOG.indicators["ind.low_income_households"]
    got = fetch_observations(pubs, indicator, replace(OSLO, comparison=many))
    data = [s for s in fake.seen if s.path.endswith("/data")]
    assert [s.method for s in data] == ["POST"] and data[0].url_length < 2000
    assert set(many) <= {o.region for o in got.observations}


def test_fhi_bottom_gives_the_newest_periods_and_top_the_oldest(world):
    fake, _, pubs = world
    got = fetch_observations(pubs, CATALOG.indicators["ind.neet_youth"], OSLO)
    periods = sorted({o.period for o in got.observations})
    assert periods == [f"{y}_{y}" for y in YEARS[-5:]]
    body = json.loads(fake.seen[-1].body)
    assert {"code": "AAR", "filter": "bottom", "values": ["5"]} in body["dimensions"]
    oldest = pubs.fhi.fetch("nokkel/809", (("GEO", ("0301",)), ("AAR", ("top(2)",)),
                                           ("KJONN", ("0",)), ("ALDER", ("15_29",)),
                                           ("UTDANN", ("0",)), ("MEASURE_TYPE", ("RATE",))))
    assert oldest.dataset.dimension("AAR").codes == (f"{YEARS[0]}_{YEARS[0]}",
                                                     f"{YEARS[1]}_{YEARS[1]}")


def test_a_ratio_is_the_numerator_over_the_denominator_per_region_and_period(world):
    _, sim, pubs = world
    got = fetch_observations(pubs, CATALOG.indicators["ind.zero_emission_cars"], LILLEHAMMER)
    table = sim.ssb["07849"]
    newest = YEARS[-1]
    kinds, fuels = table.codes("KjoringensArt"), table.codes("DrivstoffType")

    def cell(kind, fuel):
        return simulated_value(["3405", kind, fuel, "Personbil1", newest])

    electric = sum(cell(k, "5") for k in kinds)
    everything = sum(cell(k, f) for k in kinds for f in fuels)
    figure = next(o for o in got.observations if o.period == newest)
    assert figure.value == pytest.approx(electric / everything * 100)
    assert figure.region == "3405"


def test_emissions_come_from_the_workbook_without_counting_totals_twice(world):
    fake, _, pubs = world
    total = fetch_observations(pubs, CATALOG.indicators["ind.ghg_emissions_total"], LILLEHAMMER)
    newest = YEARS[-1]
    figure = next(o for o in total.observations if o.period == newest)
    assert figure.value == pytest.approx(simulated_value(["3405", newest]) * 100 + 10.0)
    assert sorted({o.period for o in total.observations}) == list(YEARS[-5:])
    per = fetch_observations(pubs, CATALOG.indicators["ind.ghg_emissions_per_inhabitant"],
                             LILLEHAMMER)
    assert {o.region for o in per.observations} == {"3405"}
    downloads = [s for s in fake.seen if s.path.endswith(".xlsx")]
    assert len(downloads) == 1  # the workbook is read once and kept


def test_a_second_fetch_is_answered_from_the_cache(world):
    fake, _, pubs = world
    for indicator_id in ("ind.low_income_households", "ind.neet_youth"):
        fetch_observations(pubs, CATALOG.indicators[indicator_id], OSLO)
    before = len(fake.seen)
    for indicator_id in ("ind.low_income_households", "ind.neet_youth"):
        again = fetch_observations(pubs, CATALOG.indicators[indicator_id], OSLO)
        assert again.fetched.from_cache
    assert len(fake.seen) == before
