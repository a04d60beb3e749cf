"""``case import`` never invents an approver; ``case history`` shows what happened."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from impactapp.cli import main
from impactapp.examples import examples_dir

APPROVED_EXAMPLE = examples_dir() / "beboerparkering-prismodell.yaml"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _without_record(tmp_path: Path) -> Path:
    """The approved example with its approval record cut off."""
    text = APPROVED_EXAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "uten-godkjenning.yaml"
    path.write_text(text[: text.index("  approval:\n")], encoding="utf-8")
    return path


def test_an_approved_file_without_its_record_is_refused_naming_the_file(capsys, db, tmp_path):
    path = _without_record(tmp_path)
    status, out, err = run(capsys, "--db", db, "case", "import", str(path))
    assert status != 0 and out == ""
    first = err.splitlines()[0]
    line = path.read_text(encoding="utf-8").splitlines().index("  status: approved") + 1
    assert first.startswith(f"{path}:{line}: case.status: the case is marked approved but has "
                            "no approval record")
    assert "Traceback" not in err
    status, out, _ = run(capsys, "--db", db, "case", "list", "--json")
    assert json.loads(out) == []


def test_as_draft_imports_it_as_a_draft_without_any_approver(capsys, db, tmp_path):
    path = _without_record(tmp_path)
    status, out, err = run(capsys, "--db", db, "case", "import", "--as-draft", str(path))
    assert status == 0, err
    case_id = out.strip()
    _, out, _ = run(capsys, "--db", db, "case", "list", "--json")
    assert [row["status"] for row in json.loads(out)] == ["draft"]
    _, out, _ = run(capsys, "--db", db, "case", "history", case_id, "--json", "--lang", "en")
    entries = json.loads(out)
    assert [e["kind"] for e in entries] == ["import"]
    assert entries[0]["summary"] == "Imported as draft"


def test_history_json_names_the_approver_from_the_file_and_the_files_sha256(capsys, db):
    status, out, err = run(capsys, "--db", db, "case", "import", str(APPROVED_EXAMPLE))
    assert status == 0, err
    case_id = out.strip()
    status, out, err = run(capsys, "--db", db, "case", "history", case_id, "--json")
    assert status == 0, err
    imported, approved = json.loads(out)
    digest = hashlib.sha256(APPROVED_EXAMPLE.read_bytes()).hexdigest()
    assert imported["kind"] == "import" and approved["kind"] == "approve"
    assert approved["summary"] == "Godkjent av Kristin Aas (revisjon 1)"
    assert approved["detail"]["approved_by"] == "Kristin Aas"
    assert approved["detail"]["approved_at"] == "2026-09-02T12:20:00.000000+00:00"
    assert approved["detail"]["imported_from"] == APPROVED_EXAMPLE.name
    assert approved["detail"]["file_sha256"] == digest
    assert f"importert fra {APPROVED_EXAMPLE.name} (SHA-256 {digest})" in approved["lines"]
    assert approved["who"] != "Kristin Aas"  # the row names who imported, the detail who approved


def test_history_as_text_and_for_an_unknown_case(capsys, db):
    _, out, _ = run(capsys, "--db", db, "case", "import", str(APPROVED_EXAMPLE))
    status, out, err = run(capsys, "--db", db, "case", "history", out.strip(), "--lang", "en")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("Imported as approved")
    assert "Approved by Kristin Aas (revision 1)" in lines[2]
    assert lines[3].strip() == "approved 2026-09-02 12:20 UTC"
    status, out, err = run(capsys, "--db", db, "case", "history", "99")
    assert (status, out, err) == (1, "", "There is no case with id 99.\n")


def test_export_then_import_keeps_the_approval_record(capsys, db, tmp_path):
    _, out, _ = run(capsys, "--db", db, "case", "import", str(APPROVED_EXAMPLE))
    exported = tmp_path / "ut.yaml"
    assert run(capsys, "--db", db, "case", "export", out.strip(), "-o", str(exported))[0] == 0
    text = exported.read_text(encoding="utf-8")
    assert "  approval:\n    by: Kristin Aas\n    at: '2026-09-02T12:20:00+00:00'\n" \
           "    revision: 1\n" in text
    other = str(tmp_path / "other.db")
    status, out, err = run(capsys, "--db", other, "case", "import", str(exported))
    assert status == 0, err
    _, out, _ = run(capsys, "--db", other, "case", "history", out.strip(), "--json")
    assert json.loads(out)[1]["detail"]["approved_by"] == "Kristin Aas"
