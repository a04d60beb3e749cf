"""The database's municipality through the CLI: set, show, compare, and case import."""

import json
from pathlib import Path

import pytest
import yaml

from impactapp.catalog.municipalities import region_data
from impactapp.cli import main
from impactapp.resources import resource_dir
from impactapp.store import Store
from impactapp.store.place import database_place

EXAMPLE = resource_dir("examples") / "lavutslippssone-tunge-kjoretoy.yaml"


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "muni.db")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_show_before_a_choice_says_how_to_choose(capsys, db):
    status, out, err = run(capsys, "--db", db, "municipality", "show")
    assert status == 2 and out == ""
    assert err.strip() == ("No municipality is set for this database; choose it with "
                           "impactapp-cli municipality set CODE (e.g. 3405 for Lillehammer).")


def test_set_lillehammer_is_kept_in_the_database_without_districts(capsys, db):
    status, out, _ = run(capsys, "--db", db, "municipality", "set", "3405")
    assert status == 0
    assert "Municipality: 3405 Lillehammer" in out
    assert "Districts: none (no official city districts)" in out
    with Store.open(db) as store:
        assert store.municipality_code() == "3405"
        place = database_place(store, region_data())
    assert place.districts == ()
    assert place.comparison[0] == "3411"  # Ringsaker, Innlandet's largest

    status, out, _ = run(capsys, "--db", db, "municipality", "show", "--json")
    shown = json.loads(out)
    assert (status, shown["code"], shown["name"], shown["districts"]) == (
        0, "3405", "Lillehammer", [])
    assert shown["comparison_is_default"] is True


def test_set_bergen_brings_its_eight_districts_and_kostra_peers(capsys, db):
    status, out, _ = run(capsys, "--db", db, "municipality", "set", "4601")
    assert status == 0
    assert "Districts (8): 460101 Arna, 460102 Bergenhus" in out
    assert "Compared with (suggested): 1103 Stavanger, 4204 Kristiansand" in out


def test_an_unknown_code_is_refused_and_nothing_changes(capsys, db):
    run(capsys, "--db", db, "municipality", "set", "3405")
    status, out, err = run(capsys, "--db", db, "municipality", "set", "1201")
    assert status == 2 and out == ""
    assert err.strip() == ("1201 is not a municipality number valid from 2024 (four digits, "
                           "e.g. 3405 for Lillehammer).")
    status, _, err = run(capsys, "--db", db, "municipality", "compare", "0301", "9998", "1601")
    assert status == 2 and "9998, 1601 are not municipality numbers" in err
    with Store.open(db) as store:
        assert store.municipality_code() == "3405"
        assert store.comparison_codes() is None


def test_the_comparison_can_be_chosen_and_reset(capsys, db):
    run(capsys, "--db", db, "municipality", "set", "3405")
    status, out, _ = run(capsys, "--db", db, "municipality", "compare", "3403", "3411")
    assert status == 0 and "Compared with (chosen): 3403 Hamar, 3411 Ringsaker" in out
    with Store.open(db) as store:
        assert database_place(store, region_data()).comparison == ("3403", "3411")
    status, out, _ = run(capsys, "--db", db, "municipality", "compare", "--default")
    assert status == 0 and "Compared with (suggested): 3411 Ringsaker, 0301 Oslo" in out
    status, _, err = run(capsys, "--db", db, "municipality", "compare")
    assert status == 2 and "--default" in err


def _district_codes(case_file: Path) -> set[str]:
    data = yaml.safe_load(case_file.read_text(encoding="utf-8"))["case"]
    return {code for alt in data["alternatives"] for a in alt.get("assessments", [])
            for code in a.get("districts", {})}


@pytest.mark.parametrize(("code", "own"), [("3405", "which has no official districts"),
                                          ("4601", "whose districts are 460101-460108")])
def test_an_oslo_case_is_refused_in_one_sentence_naming_the_codes(capsys, db, code, own):
    run(capsys, "--db", db, "municipality", "set", code)
    status, out, err = run(capsys, "--db", db, "case", "import", str(EXAMPLE))
    assert status == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    codes = sorted(_district_codes(EXAMPLE) | {"030101"})  # 030101 also in an indicator link
    name = region_data().municipality(code).name
    assert lines[0] == (f"{EXAMPLE}: the case rates districts {', '.join(codes)}, which are not "
                        f"in {name} ({code}, {own}), so nothing was imported "
                        "(--drop-districts imports it without those ratings).")
    with Store.open(db) as store:
        assert store.count_cases(include_deleted=True) == 0


def test_drop_districts_imports_the_case_without_its_district_ratings(capsys, db):
    run(capsys, "--db", db, "municipality", "set", "3405")
    status, out, err = run(capsys, "--db", db, "case", "import", "--drop-districts",
                           str(EXAMPLE))
    assert status == 0, err
    with Store.open(db) as store:
        case = store.get_case(int(out))
    assert case.title.startswith("Lavutslippssone")
    assert case.municipality == "0301"
    assert all(not a.districts for alt in case.alternatives for a in alt.assessments)
    assert all(len(link.region) == 4 for link in case.indicators)
    assert any(a.rating not in (0, None) for alt in case.measures for a in alt.assessments)


def test_in_oslo_the_example_keeps_its_district_ratings(capsys, db):
    run(capsys, "--db", db, "municipality", "set", "0301")
    status, out, err = run(capsys, "--db", db, "case", "import", str(EXAMPLE))
    assert status == 0, err
    with Store.open(db) as store:
        case = store.get_case(int(out))
    kept = {code for alt in case.alternatives for a in alt.assessments for code in a.districts}
    assert kept == _district_codes(EXAMPLE) and kept


def test_a_bergen_case_imports_into_bergen_and_is_refused_in_lillehammer(capsys, db, tmp_path):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["case"]["municipality"] = "4601"
    for alt in data["case"]["alternatives"]:
        for a in alt.get("assessments", []):
            if a.get("districts"):
                a["districts"] = {"460103": 1, "460108": -1}
    data["case"]["indicators"] = [i for i in data["case"]["indicators"]
                                  if len(i["region"]) == 4]
    bergen_case = tmp_path / "bergen.yaml"
    bergen_case.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    run(capsys, "--db", db, "municipality", "set", "4601")
    status, out, err = run(capsys, "--db", db, "case", "import", str(bergen_case))
    assert status == 0, err
    with Store.open(db) as store:
        case = store.get_case(int(out))
    assert {c for alt in case.alternatives for a in alt.assessments for c in a.districts} == {
        "460103", "460108"}
    assert case.municipality == "4601"

    other = str(tmp_path / "lillehammer.db")
    run(capsys, "--db", other, "municipality", "set", "3405")
    status, _, err = run(capsys, "--db", other, "case", "import", str(bergen_case))
    assert status == 2 and "districts 460103, 460108, which are not in Lillehammer" in err


def test_a_bad_municipality_field_in_a_case_file_names_its_line(capsys, db, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace('municipality: "0301"',
                                                       'municipality: "Oslo"')
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "--db", db, "case", "import", str(bad))
    assert status == 1
    assert "case.municipality: 'Oslo' is not a municipality number of 4 digits" in err


def test_demo_in_lillehammer_loads_the_examples_without_oslos_districts(capsys, db):
    run(capsys, "--db", db, "municipality", "set", "3405")
    status, _, err = run(capsys, "--db", db, "demo")
    assert status == 0, err
    with Store.open(db) as store:
        ids = [row.id for row in store.list_cases()]
        cases = store.get_cases(ids)
    assert len(cases) == len(list(resource_dir("examples").glob("*.yaml")))
    assert all(not a.districts for c in cases for alt in c.alternatives for a in alt.assessments)
