"""``catalog check`` validates every indicator query against the table metadata cached."""

from __future__ import annotations

import shutil

import pytest

from impactapp.catalog import default_catalog
from impactapp.cli import main
from impactapp.resources import resource_dir
from tests.indicators.fake_ssb import FakeSsb
from tests.indicators.simulator import Simulator, catalog_tables

EU60 = "ind.low_income_households"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def simulated():
    with FakeSsb() as fake:
        tables = catalog_tables(default_catalog())
        Simulator(fake, tables["ssb"], tables["fhi"], tables["oslo"])
        yield fake


def test_catalog_check_resolves_queries_against_cached_metadata(capsys, tmp_path, simulated):
    db = str(tmp_path / "impact.db")
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", EU60,
                         "--base-url", simulated.base_url)
    assert status == 0, err
    status, out, err = run(capsys, "--db", db, "catalog", "check")
    assert (status, err) == (0, "")
    # 06947 is cached: both of its indicators are checked; the other tables are not.
    assert "Queries checked against cached metadata: 2;" in out

    criteria = tmp_path / "criteria"
    shutil.copytree(resource_dir("criteria"), criteria)
    path = criteria / "indicators.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("ContentsCode: [EUskala60]", "ContentsCode: [EUskala99]", 1),
                    encoding="utf-8")
    requests = len(simulated.seen)
    status, out, err = run(capsys, "--db", db, "catalog", "check", "--criteria", str(criteria))
    assert status == 1
    assert err.startswith("1 indicator query does not match the table's metadata:")
    assert f"{EU60}: table 06947: ContentsCode: has no code 'EUskala99'" in err
    assert len(simulated.seen) == requests  # nothing was sent


def test_catalog_check_without_a_database_says_queries_were_not_checked(capsys, tmp_path):
    status, out, _ = run(capsys, "--db", str(tmp_path / "none.db"), "catalog", "check")
    assert status == 0 and "Queries not checked" in out


def test_fetch_names_the_regions_the_table_lacks_and_does_not_send_them(capsys, tmp_path,
                                                                        simulated):
    sim = simulated.fallback.__self__
    table = sim.ssb["06947"]
    table.dims[0] = (table.dims[0][0], tuple(c for c in table.dims[0][1] if c != "030115a"))
    status, out, err = run(capsys, "--db", str(tmp_path / "impact.db"), "indicators", "fetch",
                           EU60, "--base-url", simulated.base_url)
    assert status == 0, err
    assert out.rstrip().endswith("Not in the table, left out: 030115.")
    data = next(s for s in simulated.seen if s.path.endswith("/data"))
    assert "030115" not in data.params["valueCodes[Region]"][0]
