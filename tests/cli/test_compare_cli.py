"""impactapp-cli compare and portfolio: files written, filters applied, formulas neutralised."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import page
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from impactapp.cli import main
from impactapp.store import Store

from ..analysis.cases import hand_made_cases
from ..analysis.test_exports import FORMULAS, _titled


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        for case in hand_made_cases():
            store.add_case(case)
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _csv_rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def test_compare_writes_an_owner_only_csv_with_a_row_per_case(capsys, db, tmp_path):
    out = tmp_path / "sammenligning.csv"
    status, _, err = run(capsys, "--db", db, "compare", "-o", str(out))
    assert status == 0, err
    assert err.strip() == f"3 rows written to {out}."
    rows = _csv_rows(out)
    assert [r["Saksnr."] for r in rows] == ["26/00001", "27/00002", ""]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


@pytest.mark.parametrize(("filters", "numbers"), [
    (["--status", "decided"], ["26/00001"]),
    (["--status", "decided", "--status", "approved"], ["26/00001", "27/00002"]),
    (["--unit", "Utdanningsetaten"], ["27/00002"]),
    (["--year", "2026"], ["26/00001"]),
    (["--year", "2030"], []),
])
def test_compare_filters_by_status_unit_and_year(capsys, db, tmp_path, filters, numbers):
    out = tmp_path / "utvalg.csv"
    status, _, err = run(capsys, "--db", db, "compare", *filters, "-o", str(out))
    assert status == 0, err
    assert [r["Saksnr."] for r in _csv_rows(out)] == numbers


def test_compare_per_measure_writes_xlsx_with_the_portfolio_sheet(capsys, db, tmp_path):
    out = tmp_path / "tiltak.xlsx"
    status, _, err = run(capsys, "--db", db, "compare", "--per-measure", "--lang", "en",
                         "-o", str(out))
    assert status == 0, err
    book = load_workbook(out)
    assert book.sheetnames == ["Comparison", "Portfolio"]
    sheet = book["Comparison"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Id", "Title"]
    assert [row[header.index("Alternative id")] for row in
            sheet.iter_rows(min_row=2, values_only=True)] == ["a1", "a2", "a1", "a2", "a1"]


def test_formula_like_titles_are_neutralised_in_csv_and_xlsx(capsys, tmp_path):
    path = tmp_path / "hostile.db"
    with Store.open(path) as store:
        for title in FORMULAS:
            store.add_case(_titled(title))
    csv_out, xlsx_out = tmp_path / "t.csv", tmp_path / "t.xlsx"
    for out in (csv_out, xlsx_out):
        status, _, err = run(capsys, "--db", str(path), "compare", "-o", str(out))
        assert status == 0, err
    assert [r["Tittel"] for r in _csv_rows(csv_out)] == ["'" + t for t in FORMULAS]
    sheet = load_workbook(xlsx_out)["Sammenligning"]
    cells = [sheet.cell(row=r, column=2) for r in range(2, 2 + len(FORMULAS))]
    assert [(c.value, c.data_type) for c in cells] == [(t, "s") for t in FORMULAS]


def test_a_wrong_file_name_is_a_usage_error(capsys, db, tmp_path):
    status, _, err = run(capsys, "--db", db, "compare", "-o", str(tmp_path / "x.txt"))
    assert status == 2
    assert err.strip() == f"{tmp_path / 'x.txt'}: the file name must end in .csv or .xlsx."
    assert not (tmp_path / "x.txt").exists()


def test_portfolio_writes_a_pdfa_report_that_hides_exempt_titles(capsys, db, tmp_path):
    out = tmp_path / "portefolje.pdf"
    status, _, err = run(capsys, "--db", db, "portfolio", "-o", str(out))
    assert status == 0, err
    assert err.strip() == f"Portfolio of 3 cases written to {out}."
    data = out.read_bytes()
    assert page.validate_pdf_bytes(data, profile="2a").is_compliant
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Bærekraftsportefølje" in text and "Klimabudsjett" in text
    assert "27/00002" in text  # the exempt school case is listed by its number...
    assert "Sammenslåing av to skoler" not in text  # ...never by its title
    assert "(unntatt offentlighet)" in text


def test_portfolio_in_english_with_a_filter_says_so(capsys, db, tmp_path):
    out = tmp_path / "portfolio.pdf"
    status, _, err = run(capsys, "--db", db, "portfolio", "--lang", "en", "--status", "decided",
                         "-o", str(out))
    assert status == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Sustainability portfolio" in text and "Selection: decided" in text
