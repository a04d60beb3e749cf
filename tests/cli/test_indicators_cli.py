"""impactapp-cli indicators: inspect, import, fetch (from a local stand-in for SSB), list, show."""

from __future__ import annotations

import json

import pytest

from impactapp.cli import main
from tests.indicators.builders import DATA
from tests.indicators.fake_ssb import Answer, FakeSsb

HANDMADE = DATA / "handmade_06947_oslo.json"
LIFE_CSV = DATA / "handmade_life_expectancy.csv"
EU60 = "ind.low_income_households"


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


@pytest.fixture(autouse=True)
def no_ssb_address_from_outside(monkeypatch):
    monkeypatch.delenv("IMPACTAPP_SSB_URL", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- inspect -----------------------------------------------------------------------------------


def test_inspect_json_prints_exactly_the_documented_keys(capsys, db):
    status, out, err = run(capsys, "--db", db, "indicators", "inspect",
                           str(DATA / "ssb_03024.json"), "--json")
    assert (status, err) == (0, "")
    summary = json.loads(out)
    assert list(summary) == ["table", "label", "dimensions", "cells", "missing", "status_counts"]
    assert summary["table"] == "03024"
    assert summary["dimensions"] == [
        {"id": "VareGrupper2", "label": "varegruppe", "size": 2},
        {"id": "ContentsCode", "label": "statistikkvariabel", "size": 2},
        {"id": "Tid", "label": "uke", "size": 48},
    ]
    assert (summary["cells"], summary["missing"], summary["status_counts"]) == (192, 0, {})


def test_inspect_counts_missing_cells_and_each_status_symbol(capsys, db):
    status, out, _ = run(capsys, "--db", db, "indicators", "inspect", str(HANDMADE))
    assert status == 0
    lines = out.splitlines()
    assert "Table: 06947" in lines and "Cells: 96" in lines and "Missing: 3" in lines
    assert any(line.split()[:2] == ["..", "1"] and "not available" in line for line in lines)
    assert any(line.split()[:2] == [":", "1"] and "confidential" in line for line in lines)


def test_inspect_of_a_broken_file_prints_one_sentence_and_exits_1(capsys, db):
    status, out, err = run(capsys, "--db", db, "indicators", "inspect",
                           str(DATA / "ssb_metadata_14216_abridged.json"))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "position 12 is not one of 0 to 8" in err
    assert "Traceback" not in err


def test_inspect_refuses_a_file_over_5_mb_without_parsing_it(capsys, db, tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(6 * 1024 * 1024)
    status, _, err = run(capsys, "--db", db, "indicators", "inspect", str(big))
    assert status == 1 and "more than the 5.0 MB" in err


# --- import ------------------------------------------------------------------------------------


def _rows(db: str) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0]


def test_importing_a_saved_response_twice_gives_the_same_rows(capsys, db):
    status, out, err = run(capsys, "--db", db, "indicators", "import", EU60, str(HANDMADE))
    assert status == 0, err
    # The catalog's query keeps EUskala60 for Oslo and its 15 bydeler: 16 regions x 3 years.
    assert out.strip() == f"{EU60}: 48 observations stored from {HANDMADE}."
    run(capsys, "--db", db, "indicators", "import", EU60, str(HANDMADE))
    assert _rows(db) == 48


def test_importing_a_csv_file_for_an_indicator_without_an_api(capsys, db):
    status, out, err = run(capsys, "--db", db, "indicators", "import",
                           "ind.life_expectancy", str(LIFE_CSV))
    assert status == 0, err
    assert "8 observations" in out
    status, out, _ = run(capsys, "--db", db, "indicators", "show", "ind.life_expectancy")
    lines = out.splitlines()
    assert lines[0] == "Life expectancy at birth (years)"
    assert lines[1].split() == ["Region", "Name", "2018-2022", "2019-2023"]
    assert lines[2].split() == ["0301", "Oslo", "82.4", "82.6"]
    assert any(line.startswith("030112") and line.rstrip().endswith(":") for line in lines)
    assert "Symbols: : not for publication (confidential)." in lines


def test_a_response_from_another_table_is_not_imported(capsys, db):
    status, _, err = run(capsys, "--db", db, "indicators", "import",
                         "ind.children_low_income", str(HANDMADE))
    assert status == 1
    assert "holds table 06947, but ind.children_low_income is read from table 08764" in err
    assert "Nothing was imported." in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("ind.nonsense", str(HANDMADE)), "There is no indicator ind.nonsense in the catalog"),
        ((EU60, "missing.json"), "missing.json: no such file."),
    ],
)
def test_import_errors_are_one_plain_sentence(capsys, db, argv, message):
    status, _, err = run(capsys, "--db", db, "indicators", "import", *argv)
    assert status == 1 and message in err and "Traceback" not in err


# --- fetch -------------------------------------------------------------------------------------


@pytest.fixture
def ssb():
    with FakeSsb() as server:
        server.serve("/tables/06947/data", Answer(body=HANDMADE.read_bytes()))
        server.serve("/tables/06947/metadata", Answer(body=HANDMADE.read_bytes()))
        server.serve("/tables/08764/metadata", Answer(body=HANDMADE.read_bytes()))
        yield server


def test_fetch_reads_ssb_stores_the_figures_and_caches_the_response(capsys, db, ssb):
    status, out, err = run(capsys, "--db", db, "indicators", "fetch", EU60,
                           "--base-url", ssb.base_url)
    assert status == 0, err
    assert out.startswith(f"{EU60}: 48 observations from table 06947 (updated "
                          "2025-06-12T06:00:00Z; the publisher fetched ")
    assert ssb.seen[0].path.endswith("/tables/06947/metadata")  # codes from the publisher
    params = ssb.seen[1].params
    assert params["valueCodes[ContentsCode]"] == ["EUskala60"]
    assert params["valueCodes[Region]"][0].split(",")[:2] == ["0301", "030101"]

    status, out, _ = run(capsys, "--db", db, "indicators", "fetch", EU60,
                         "--base-url", ssb.base_url)
    assert status == 0 and "cached response fetched" in out
    assert len(ssb.seen) == 2 and _rows(db) == 48


def test_fetch_takes_the_address_from_the_environment(capsys, db, ssb, monkeypatch):
    monkeypatch.setenv("IMPACTAPP_SSB_URL", ssb.base_url)
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", EU60)
    assert status == 0, err
    assert len(ssb.seen) == 2


def test_fetch_says_that_a_source_without_an_api_must_be_imported(capsys, db, ssb):
    status, _, err = run(capsys, "--db", db, "indicators", "fetch",
                         "ind.registered_unemployment", "--base-url", ssb.base_url)
    assert status == 1
    assert "nav.no" in err
    assert "impactapp-cli indicators import ind.registered_unemployment FILE" in err
    assert ssb.seen == []


def test_fetch_reports_http_errors_per_indicator_and_exits_1(capsys, db, ssb):
    ssb.serve("/tables/08764/data", Answer(400, b'{"detail": "Value, x is not valid"}'))
    status, out, err = run(capsys, "--db", db, "indicators", "fetch", EU60,
                           "ind.children_low_income", "--base-url", ssb.base_url)
    assert status == 1
    assert out.startswith(f"{EU60}: 48 observations")
    assert err.startswith("ind.children_low_income: SSB refused the query as invalid")
    assert "Traceback" not in err


def test_fetch_all_stops_at_the_first_sign_of_being_offline(capsys, db):
    status, out, err = run(capsys, "--db", db, "indicators", "fetch", "--all",
                           "--base-url", "http://127.0.0.1:9/api")
    assert status == 1 and out == ""
    assert "is this computer offline?" in err
    assert err.rstrip().endswith("Stopped: the remaining indicators were not fetched.")


def test_fetch_refuses_an_address_that_is_not_https(capsys, db):
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", EU60,
                         "--base-url", "http://data.ssb.no/api/pxwebapi/v2")
    assert status == 1 and "only fetched over https://" in err


def test_fetch_needs_indicators_or_all(capsys, db):
    status, _, err = run(capsys, "--db", db, "indicators", "fetch")
    assert status == 2 and "Name the indicators to fetch, or use --all." in err


# --- list and show -----------------------------------------------------------------------------


def test_list_shows_every_indicator_and_the_latest_period_held(capsys, db):
    run(capsys, "--db", db, "indicators", "import", EU60, str(HANDMADE))
    status, out, _ = run(capsys, "--db", db, "indicators", "list", "--json")
    assert status == 0
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows[EU60]["latest_period"] == "2023" and rows[EU60]["fetched"]
    assert rows["ind.child_poverty"]["latest_period"] is None
    assert (rows[EU60]["kind"], rows[EU60]["table"]) == ("ssb", "06947")
    status, out, _ = run(capsys, "--db", db, "indicators", "list")
    line = next(line for line in out.splitlines() if line.startswith(EU60 + " "))
    assert "ssb 06947" in line and "2023" in line
    assert "no data" in next(line for line in out.splitlines()
                             if line.startswith("ind.child_poverty "))


def test_show_gives_periods_by_region_with_symbols_and_can_pick_regions(capsys, db):
    run(capsys, "--db", db, "indicators", "import", EU60, str(HANDMADE))
    status, out, _ = run(capsys, "--db", db, "indicators", "show", EU60,
                         "--region", "030103", "0301")
    assert status == 0
    lines = out.splitlines()
    assert lines[1].split() == ["Region", "Name", "2021", "2022", "2023"]
    assert [line.split()[0] for line in lines[2:4]] == ["030103", "0301"]
    assert lines[2].split()[-1] == ":" and lines[3].split()[-1] == ".."
    assert lines[4].startswith("Source: 06947; updated 2025-06-12T06:00:00Z; fetched ")
    assert "Symbols: .. data not available; : not for publication (confidential)." in lines


def test_show_without_data_says_what_to_do(capsys, db):
    status, _, err = run(capsys, "--db", db, "indicators", "show", EU60)
    assert status == 1
    assert err.strip() == f"No figures for {EU60} yet; fetch or import them first."

