"""Hostile text in every text field survives the whole path unchanged: the store, case file
export and import, the memo, and the comparison's CSV and XLSX files (where text a spreadsheet
would run as a formula is written so that it does not). Everything goes through
``impactapp-cli``, as a caseworker's files do; typing into the wizard is tests/ui's part
(test_hostile_text_ui.py).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from impactapp.analysis.labels import column_labels
from impactapp.casefile import read_case_file
from impactapp.domain.model import Case
from impactapp.report import graphics
from impactapp.report.fonts import register_fonts
from impactapp.store import Store
from tests.conftest import DATA

from .corpus import run_cli
from .hostile_texts import (
    FIELDS,
    TABLE_COLUMNS,
    TEXTS,
    body_text,
    case_with,
    found_in_pdf,
    get_path,
    nfc,
    tagged,
)

#: Text a spreadsheet runs as a formula when a cell begins with it (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The fields the memo prints (MEMO.md): all but the reason for the depth, and the reason a
#: greenhouse gas effect cannot be quantified (printed only when it cannot; here it can).
MEMO_FIELDS = tuple(f for f in FIELDS if f not in ("depth_reason", "alternatives[1].ghg.reason"))


@dataclass(frozen=True)
class Stored:
    name: str
    text: str
    case: Case
    db: Path
    case_id: int
    folder: Path


@pytest.fixture(scope="module", params=sorted(TEXTS))
def stored(request, tmp_path_factory, catalog) -> Stored:
    """The hand-written case with one hostile text in every text field, in its own database."""
    name = request.param
    case = case_with(read_case_file(DATA / "parking_fees.yaml", catalog), TEXTS[name])
    folder = tmp_path_factory.mktemp(name)
    db = folder / "impactapp.db"
    with Store.open(db) as store:
        case_id = store.add_case(case).id
    return Stored(name, TEXTS[name], case, db, case_id, folder)


def _cli(stored: Stored, catalog, monkeypatch, capsys, *argv: str) -> str:
    status, out, err = run_cli(["--db", str(stored.db), *argv], catalog, monkeypatch, capsys)
    assert status == 0, err
    return out


def test_every_text_field_is_stored_and_read_back_as_typed(stored):
    with Store.open(stored.db) as store:
        got = store.get_case(stored.case_id)
        summary = store.list_cases()
    assert {f: get_path(got, f) for f in FIELDS} == {f: tagged(stored.text, f) for f in FIELDS}
    assert [s.title for s in summary] == [tagged(stored.text, "title")]
    with sqlite3.connect(stored.db) as conn:  # the SQL-like text ran nowhere
        assert conn.execute("SELECT COUNT(*) FROM cases").fetchone() == (1,)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_every_text_field_survives_case_file_export_and_import(stored, suffix, catalog,
                                                               monkeypatch, capsys, tmp_path):
    exported = tmp_path / f"case{suffix}"
    _cli(stored, catalog, monkeypatch, capsys, "case", "export", str(stored.case_id), "-o",
         str(exported))
    fresh = tmp_path / "fresh.db"
    status, out, err = run_cli(["--db", str(fresh), "case", "import", str(exported)], catalog,
                               monkeypatch, capsys)
    assert (status, err) == (0, ""), err
    with Store.open(fresh) as store:
        again = store.get_case(int(out))
    assert {f: get_path(again, f) for f in FIELDS} == {
        f: nfc(tagged(stored.text, f)) for f in FIELDS}


def test_the_memo_prints_every_text_literally(stored, catalog, monkeypatch, capsys, tmp_path):
    memo = tmp_path / "memo.pdf"
    _cli(stored, catalog, monkeypatch, capsys, "memo", str(stored.case_id), "-o", str(memo))
    text = body_text(memo)
    missing = [f for f in MEMO_FIELDS if not found_in_pdf(tagged(stored.text, f), text)]
    assert missing == []


def csv_cell(text: str) -> str:
    """A text as the CSV must hold it: a quote before formula-like text (OWASP)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@pytest.mark.parametrize("per_measure", [False, True])
def test_the_csv_keeps_every_text_and_quotes_formulas(stored, per_measure, catalog,
                                                      monkeypatch, capsys, tmp_path):
    table = tmp_path / "table.csv"
    extra = ["--per-measure"] if per_measure else []
    _cli(stored, catalog, monkeypatch, capsys, "compare", *extra, "-o", str(table))
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    header, body = rows[0], rows[1:]
    labels = column_labels(list(TABLE_COLUMNS), catalog, "nb")
    measure = next(r for r in body if r[header.index(labels["alternative_name"])] != "")
    for column, field in TABLE_COLUMNS.items():
        assert measure[header.index(labels[column])] == csv_cell(tagged(stored.text, field))


def test_a_filter_on_the_hostile_unit_finds_the_case(stored, catalog, monkeypatch, capsys,
                                                     tmp_path):
    table = tmp_path / "table.csv"
    unit = tagged(stored.text, "unit")
    _cli(stored, catalog, monkeypatch, capsys, "compare", "--unit", unit, "-o", str(table))
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert len(rows) == 2


def test_the_xlsx_stores_every_text_as_a_string_and_no_formula(stored, catalog, monkeypatch,
                                                               capsys, tmp_path):
    table = tmp_path / "table.xlsx"
    _cli(stored, catalog, monkeypatch, capsys, "compare", "-o", str(table))
    workbook = load_workbook(table)
    sheet = workbook.worksheets[0]
    header = [c.value for c in sheet[1]]
    labels = column_labels(list(TABLE_COLUMNS), catalog, "nb")
    for column, field in TABLE_COLUMNS.items():
        cell = sheet.cell(row=2, column=header.index(labels[column]) + 1)
        text = tagged(stored.text, field)
        assert (cell.value, cell.data_type) == (text, "s")
        assert bool(cell.quotePrefix) == text.startswith(FORMULA_STARTS)
    formulas = [c.coordinate for s in workbook.worksheets for row in s.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []


# --- control characters and Windows line breaks ------------------------------------------------

CONTROL = "Bjelle\x07 null\x00 escape\x1b[31m slutt"


@pytest.fixture(scope="module")
def control(tmp_path_factory, catalog) -> Stored:
    case = case_with(read_case_file(DATA / "parking_fees.yaml", catalog), CONTROL)
    folder = tmp_path_factory.mktemp("control")
    with Store.open(folder / "impactapp.db") as store:
        case_id = store.add_case(case).id
    return Stored("control", CONTROL, case, folder / "impactapp.db", case_id, folder)


def test_control_characters_are_stored_but_a_case_file_holding_them_is_refused_by_field(
    control, catalog, monkeypatch, capsys, tmp_path
):
    with Store.open(control.db) as store:
        assert store.get_case(control.case_id).problem == tagged(CONTROL, "problem")
    exported = tmp_path / "case.yaml"
    _cli(control, catalog, monkeypatch, capsys, "case", "export", str(control.case_id), "-o",
         str(exported))
    status, out, err = run_cli(["--db", str(tmp_path / "fresh.db"), "case", "import",
                                str(exported)], catalog, monkeypatch, capsys)
    assert (status, out) == (1, "")
    refused = [line for line in err.splitlines() if "control character U+0007" in line]
    assert sorted(line.split(": ")[1] for line in refused) == sorted(f"case.{f}" for f in FIELDS)
    assert err.rstrip().endswith("Nothing was imported.")


def test_the_memo_drops_control_characters_and_the_xlsx_marks_them(control, catalog,
                                                                   monkeypatch, capsys,
                                                                   tmp_path):
    memo, table = tmp_path / "memo.pdf", tmp_path / "table.xlsx"
    _cli(control, catalog, monkeypatch, capsys, "memo", str(control.case_id), "-o", str(memo))
    text = "\n".join(page.extract_text() for page in PdfReader(memo).pages)
    assert found_in_pdf(tagged(CONTROL, "problem"), text)
    assert "\x07" not in text and "\x1b" not in text
    _cli(control, catalog, monkeypatch, capsys, "compare", "-o", str(table))
    sheet = load_workbook(table).worksheets[0]
    header = [c.value for c in sheet[1]]
    title = sheet.cell(row=2, column=header.index("Tittel") + 1).value
    assert title == tagged(CONTROL, "title").translate(
        {0x07: "\ufffd", 0x00: "\ufffd", 0x1b: "\ufffd"})


def test_windows_line_breaks_are_stored_as_typed_and_read_back_from_a_case_file_as_lf(
    catalog, monkeypatch, capsys, tmp_path
):
    case = case_with(read_case_file(DATA / "parking_fees.yaml", catalog), "Linje 1\r\nLinje 2\r")
    with Store.open(tmp_path / "a.db") as store:
        case_id = store.add_case(case).id
    exported = tmp_path / "case.json"
    status, _, err = run_cli(["--db", str(tmp_path / "a.db"), "case", "export", str(case_id),
                              "-o", str(exported)], catalog, monkeypatch, capsys)
    assert status == 0, err
    again = read_case_file(exported, catalog)
    assert again.problem == tagged("Linje 1\nLinje 2\n", "problem")


def test_a_very_long_text_is_cut_to_fit_a_footer_in_a_few_measurements(monkeypatch):
    """A case number thousands of characters long is cut for the footer and running head of
    every page; measuring it one character shorter at a time made a memo take minutes."""
    font = register_fonts().regular
    measured: list[str] = []

    def measuring(text: str, name: str, size: float) -> float:
        measured.append(text)
        return stringWidth(text, name, size)

    monkeypatch.setattr(graphics, "stringWidth", measuring)
    text = "26/" + "0123456789" * 2000
    shown = graphics.fitted(text, font, 8, 120)
    assert len(measured) < 25
    assert shown.endswith("…") and text.startswith(shown[:-1])
    assert stringWidth(shown, font, 8) <= 120 < stringWidth(text[:len(shown)] + "…", font, 8)
