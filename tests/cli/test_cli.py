"""impactapp-cli end to end: a hand-written case imports, lists, shows and exports back equal."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from impactapp.casefile import read_case_file
from impactapp.cli import main
from impactapp.domain.serialize import content_equal
from impactapp.resources import resource_dir


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_catalog_check_passes_on_the_shipped_catalog(capsys, db):
    status, out, err = run(capsys, "--db", db, "catalog", "check")
    assert (status, err) == (0, "")
    assert out.startswith("Catalog OK: ")
    assert "169 targets" in out and "17 SDG goals" in out


def test_catalog_check_lists_every_problem_and_exits_1(capsys, db, tmp_path):
    criteria = tmp_path / "criteria"
    shutil.copytree(resource_dir("criteria"), criteria)
    text = (criteria / "sdg.yaml").read_text(encoding="utf-8")
    (criteria / "sdg.yaml").write_text(text.replace("#E5243B", "red", 1), encoding="utf-8")
    (criteria / "scales.yaml").write_text("", encoding="utf-8")
    status, out, err = run(capsys, "--db", db, "catalog", "check", "--criteria", str(criteria))
    assert status == 1 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("The catalog has ") and lines[0].endswith("problems:")
    assert any(line.startswith("criteria/scales.yaml") for line in lines[1:])
    assert any(line.startswith("criteria/sdg.yaml:") and "colour" in line for line in lines[1:])
    assert "Traceback" not in err


def test_a_hand_written_case_imports_lists_shows_and_exports_back_equal(
        capsys, db, case_file, tmp_path, catalog):
    status, out, err = run(capsys, "--db", db, "case", "import", str(case_file))
    assert status == 0, err
    case_id = int(out.strip())

    status, out, _ = run(capsys, "--db", db, "case", "list", "--json")
    rows = json.loads(out)
    assert status == 0 and len(rows) == 1
    row = rows[0]
    assert {"id", "title", "case_number", "status", "depth", "updated"} <= row.keys()
    assert (row["id"], row["title"], row["case_number"], row["status"], row["depth"]) == (
        case_id, "Økte parkeringsavgifter i indre by", "26/00412", "draft", "simplified")

    status, out, _ = run(capsys, "--db", db, "case", "list")
    assert status == 0 and "26/00412" in out and "Økte parkeringsavgifter" in out

    status, out, _ = run(capsys, "--db", db, "case", "show", str(case_id))
    assert status == 0
    assert out.startswith("Økte parkeringsavgifter i indre by\n")
    assert "Ánde Bierŋa Čuđe" in out
    assert "Trade-offs: " in out and "Knowledge gaps: 1" in out

    exported = tmp_path / "out.yaml"
    status, _, err = run(capsys, "--db", db, "case", "export", str(case_id), "-o", str(exported))
    assert status == 0, err
    assert content_equal(read_case_file(exported, catalog), read_case_file(case_file, catalog))


def test_a_bad_file_prints_its_errors_and_imports_nothing(capsys, db, case_file, tmp_path):
    bad = tmp_path / "bad.yaml"
    text = case_file.read_text(encoding="utf-8").replace("rating: 2,", "rating: 9,")
    bad.write_text(text.replace("  status: draft", "  status: drafted"), encoding="utf-8")
    status, out, err = run(capsys, "--db", db, "case", "import", str(case_file), str(bad))
    assert status == 1 and out == ""
    assert f"{bad}:" in err and "rating" in err and "status" in err
    assert err.rstrip().endswith("Nothing was imported.")
    assert "Traceback" not in err
    status, out, _ = run(capsys, "--db", db, "case", "list", "--json")
    assert json.loads(out) == []


def test_errors_are_one_sentence_without_traceback(capsys, db, tmp_path):
    status, _, err = run(capsys, "--db", db, "case", "show", "99")
    assert (status, err) == (1, "There is no case with id 99.\n")
    status, _, err = run(capsys, "--db", db, "case", "import", str(tmp_path / "missing.yaml"))
    assert status == 1 and "missing.yaml: no such file." in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    status, _, err = run(capsys, "--db", str(junk), "case", "list")
    assert status == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_console_script_prints_each_id_on_its_own_line(tmp_path, case_file):
    env = dict(os.environ, IMPACTAPP_DB=str(tmp_path / "env.db"))
    result = subprocess.run(
        [sys.executable, "-m", "impactapp.cli", "case", "import", str(case_file),
         str(case_file)],
        capture_output=True, text=True, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    ids = result.stdout.splitlines()
    assert len(ids) == 2 and all(i.isdigit() for i in ids) and ids[0] != ids[1]
    assert Path(env["IMPACTAPP_DB"]).exists()
