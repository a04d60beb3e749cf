"""A command that only reads a few rows does not load the heavy libraries: they are imported
where they are used (rendering, tables, archive files), never by the CLI as a whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from impactapp.casefile import read_case_file
from impactapp.store import Store

#: Libraries only writing a PDF, a spreadsheet or an archive filing needs (and Qt, never).
HEAVY = ("pandas", "numpy", "reportlab", "pikepdf", "openpyxl", "lxml", "PySide6")

_PROBE = """
import contextlib, io, json, sys
from impactapp.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(sys.argv[2:])
heavy = json.loads(sys.argv[1])
print(json.dumps({"status": status, "listing": out.getvalue(),
                  "loaded": [name for name in heavy if name in sys.modules],
                  "modules": sorted(sys.modules)}))
"""


def _run(*argv: str) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    result = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(HEAVY), *argv],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _database(tmp_path: Path, case_file: Path, catalog) -> tuple[Path, int, str]:
    """A database holding the hand-written case; its path, the case's id and title."""
    db = tmp_path / "cases.db"
    with Store.open(db) as store:
        case = store.add_case(read_case_file(case_file, catalog))
    return db, case.id, case.title


def test_case_list_loads_none_of_the_heavy_libraries(tmp_path: Path, case_file, catalog):
    db, _, title = _database(tmp_path, case_file, catalog)
    report = _run("--db", str(db), "case", "list")
    assert report["status"] == 0
    assert title in report["listing"]  # it really listed the stored case
    assert report["loaded"] == []


def test_the_probe_sees_a_library_a_command_does_load(tmp_path: Path, case_file, catalog):
    """The same probe on a command that renders a PDF finds reportlab and pikepdf loaded, so
    an empty list above means they were not imported, not that the probe looks wrongly."""
    db, case_id, _ = _database(tmp_path, case_file, catalog)
    report = _run("--db", str(db), "memo", str(case_id), "-o", str(tmp_path / "memo.pdf"))
    assert report["status"] == 0
    assert {"reportlab", "pikepdf"} <= set(report["loaded"])


#: What a listing needs none of: the other commands, the catalog and region files, case files,
#: the backup code, the data model, the log file's rotation machinery and the history reader.
NOT_FOR_A_LISTING = ("impactapp.cli.indicators_cmd", "impactapp.cli.memo_cmd",
                     "impactapp.cli.db_cmd", "impactapp.catalog", "impactapp.casefile",
                     "impactapp.store.sqlite.backup", "impactapp.domain.history",
                     "impactapp.domain.model", "logging.handlers", "yaml")


def test_case_list_loads_only_its_own_command(tmp_path: Path, case_file, catalog):
    db, _, title = _database(tmp_path, case_file, catalog)
    report = _run("--db", str(db), "case", "list")
    assert title in report["listing"]
    assert "impactapp.cli.case_cmd" in report["modules"]
    assert [name for name in NOT_FOR_A_LISTING if name in report["modules"]] == []


def test_every_command_is_listed_and_registered_with_the_help_line_of_the_table():
    from impactapp.cli import build_parser
    from impactapp.cli.commands import COMMANDS

    def commands_of(parser) -> dict[str, str]:
        action = next(a for a in parser._actions if a.dest == "command")
        return {choice.dest: choice.help for choice in action._choices_actions}

    listed = commands_of(build_parser(["--help"]))
    registered = commands_of(build_parser())
    expected = {name: help_line for name, (_, help_line) in COMMANDS.items()}
    assert listed == expected
    assert registered == expected
