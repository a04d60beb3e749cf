"""``impactapp-cli memo``: a stored case written as an owner-only PDF/A file."""

from __future__ import annotations

import stat

import page
import pytest

from impactapp.cli import main

from .conftest import DATA, flat, pdf_text


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> str:
    """A database holding the hand-written parking case as case 1."""
    db = str(tmp_path_factory.mktemp("memo_cli") / "cli.db")
    assert main(["--db", db, "case", "import", str(DATA / "parking_fees.yaml")]) == 0
    return db


def test_memo_writes_an_owner_only_pdfa_file(stored, tmp_path, capsys):
    out = tmp_path / "memo.pdf"
    assert main(["--db", stored, "memo", "1", "-o", str(out), "--lang", "en"]) == 0
    assert "written to" in capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    assert page.validate_pdf_bytes(data, profile="2a").is_compliant
    assert "Recommended alternative: Avgiftsøkning på 40 prosent" in flat(pdf_text(data))
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]  # no temporary file left


def test_unknown_case_is_one_sentence(stored, tmp_path, capsys):
    assert main(["--db", stored, "memo", "99", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.strip() == "There is no case with id 99."
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_target_is_one_sentence(stored, tmp_path, capsys):
    target = tmp_path / "missing" / "memo.pdf"
    assert main(["--db", stored, "memo", "1", "-o", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Cannot write {target}:") and "\n" not in err
    assert "Traceback" not in err
