"""impactapp-cli targets and plans: set, list (with where each target comes from), remove;
plans add, list, import (all or none), export (round trip), remove."""

from __future__ import annotations

import pytest

from impactapp.cli import main
from impactapp.resources import CONFIG_ENV_VAR

POVERTY = "ind.child_poverty"
PLAN_FILE = """\
format: impactapp-plans
version: 1
plans:
  - name: Klimastrategi for Oslo mot 2030
    kind: strategy
    unit: Klimaetaten
    start_year: 2020
    end_year: 2030
    reference: https://www.oslo.kommune.no/klima
    sdg_targets: ["13.2", "11.6"]
    indicators: [ind.ghg_emissions_total]
  - name: Boligsosial handlingsplan
    unit: Velferdsetaten
    sdg_targets: ["1.2"]
"""


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


@pytest.fixture(autouse=True)
def config(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "targets.yaml").write_text(
        "schema_version: 1\nindicators:\n"
        f"  - {{indicator: {POVERTY}, value: 10, year: 2030}}\n"
        "  - {indicator: ind.employment_rate, value: 72, year: 2030}\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(folder))
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_target_set_in_the_program_wins_and_removing_it_restores_the_configuration(
        capsys, db):
    status, out, _ = run(capsys, "--db", db, "targets", "list")
    assert status == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == [
        POVERTY, "ind.employment_rate"]
    assert "configuration (targets.yaml)" in out.splitlines()[0]

    status, _, err = run(capsys, "--db", db, "targets", "set", POVERTY, "--value", "8.5",
                         "--year", "2028")
    assert status == 0 and "lower than 8.5 by 2028" in err
    _, out, _ = run(capsys, "--db", db, "targets", "list")
    line = out.splitlines()[0].split("\t")
    assert line[:2] == [POVERTY, "lower than 8.5 by 2028"]
    assert line[2].startswith("set in the program; replaces the configuration's 10 by ")

    status, _, err = run(capsys, "--db", db, "targets", "remove", POVERTY)
    assert status == 0 and "configuration's target" in err
    _, out, _ = run(capsys, "--db", db, "targets", "list")
    assert out.splitlines()[0].split("\t")[1] == "lower than 10 by 2030"


@pytest.mark.parametrize("argv, message", [
    (["ind.nope", "--value", "1", "--year", "2030"], "no indicator ind.nope"),
    ([POVERTY, "--value", "1", "--year", "30"], "--year: 30 is not a year"),
    ([POVERTY, "--value", "1", "--year", "2030", "--direction", "higher"],
     "--direction: 'higher' goes against the indicator"),
])
def test_a_bad_target_is_refused_with_one_sentence_and_status_2(capsys, db, argv, message):
    status, _, err = run(capsys, "--db", db, "targets", "set", *argv)
    assert status == 2 and message in err
    _, out, _ = run(capsys, "--db", db, "targets", "list")
    assert "set in the program" not in out


def test_removing_a_target_never_set_is_refused(capsys, db):
    status, _, err = run(capsys, "--db", db, "targets", "remove", POVERTY)
    assert status == 2 and "No target" in err


def test_plans_add_list_remove(capsys, db):
    status, out, _ = run(capsys, "--db", db, "plans", "add", "Grøntplan", "--unit", "PBE",
                         "--start", "2024", "--end", "2034", "--target", "11.7",
                         "--indicator", "ind.recreation_area_access")
    assert status == 0
    plan_id = out.strip()
    _, out, _ = run(capsys, "--db", db, "plans", "list")
    assert out.split("\t")[:7] == [plan_id, "Grøntplan", "plan", "PBE", "2024-2034", "11.7",
                                   "ind.recreation_area_access"]
    assert run(capsys, "--db", db, "plans", "remove", plan_id)[0] == 0
    assert run(capsys, "--db", db, "plans", "list")[1] == ""
    status, _, err = run(capsys, "--db", db, "plans", "remove", plan_id)
    assert status == 2 and f"no plan with id {plan_id}" in err


def test_a_plan_with_an_unknown_target_is_not_added(capsys, db):
    status, _, err = run(capsys, "--db", db, "plans", "add", "X", "--target", "99.1")
    assert status == 2 and "unknown SDG target '99.1'" in err
    assert run(capsys, "--db", db, "plans", "list")[1] == ""


def test_a_plan_file_round_trips(capsys, db, tmp_path):
    source = tmp_path / "planer.yaml"
    source.write_text(PLAN_FILE, encoding="utf-8")
    status, out, _ = run(capsys, "--db", db, "plans", "import", str(source))
    assert status == 0 and len(out.split()) == 2
    exported = tmp_path / "ut.yaml"
    assert run(capsys, "--db", db, "plans", "export", "-o", str(exported))[0] == 0
    other = str(tmp_path / "other.db")
    assert run(capsys, "--db", other, "plans", "import", str(exported))[0] == 0
    assert run(capsys, "--db", other, "plans", "export")[1] == exported.read_text("utf-8")
    _, listed, _ = run(capsys, "--db", other, "plans", "list")
    assert [line.split("\t")[1:6] for line in listed.splitlines()] == [
        ["Boligsosial handlingsplan", "plan", "Velferdsetaten", "", "1.2"],
        ["Klimastrategi for Oslo mot 2030", "strategy", "Klimaetaten", "2020-2030", "13.2,11.6"],
    ]


def test_a_bad_plan_file_names_every_problem_and_imports_nothing(capsys, db, tmp_path):
    source = tmp_path / "planer.yaml"
    source.write_text(PLAN_FILE.replace('"11.6"', '"11.66"').replace(
        "end_year: 2030", "end_year: 2010").replace("    unit: Velferdsetaten\n",
                                                    "    owner: Velferdsetaten\n"),
        encoding="utf-8")
    status, _, err = run(capsys, "--db", db, "plans", "import", str(source))
    assert status == 2
    lines = err.splitlines()
    assert lines[-1] == "Nothing was imported."
    assert f"{source}:8: plans[0].end_year: ends (2010) before it starts (2020)" in lines
    assert any(line.startswith(f"{source}:10: plans[0].sdg_targets[1]: unknown SDG target")
               for line in lines)
    assert f"{source}:13: plans[1].owner: unknown key" in "\n".join(lines)
    assert run(capsys, "--db", db, "plans", "list")[1] == ""
