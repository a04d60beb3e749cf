"""impactapp-cli budget: the climate target in meta, the budget as PDF/A and as XLSX."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime

import page
import pikepdf
import pytest
from openpyxl import load_workbook

from impactapp.cli import main
from impactapp.domain.clock import FixedClock
from impactapp.store import Store
from tests.report.conftest import flat, pdf_text

from .budget_data import build

MINUS, SPACE = "\u2212", " "  # flat() turns the no-break spaces of figures into spaces
CLOCK = FixedClock(datetime(2027, 3, 1, 9, tzinfo=UTC))


@pytest.fixture
def db(tmp_path, monkeypatch):
    (tmp_path / "config").mkdir()  # an empty configuration: everything as shipped
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "b.db"
    ids = build(path)
    assert main(["--db", str(path), "budget", "target", "--cut", "95", "--year", "2030",
                 "--base-year", "2009", "--base-tonnes", "10000"]) == 0
    return path, ids


def test_the_target_is_stored_and_shown(db, capsys) -> None:
    path, _ = db
    capsys.readouterr()
    assert main(["--db", str(path), "budget", "target"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Cut 95 % by 2030 against 2009 (10,000 t CO2e), from the database.")
    with Store.open(path) as store:
        assert store.climate_target().target_tonnes == pytest.approx(500)


@pytest.mark.parametrize(("args", "message"), [
    (["--cut", "120", "--year", "2030", "--base-year", "2009", "--base-tonnes", "1"],
     "The climate target is refused: the cut must be a percentage above 0 and at most 100"),
    (["--cut", "95"], "Give all four: --cut, --year, --base-year and --base-tonnes."),
])
def test_a_bad_target_is_refused(db, capsys, args, message) -> None:
    path, _ = db
    capsys.readouterr()
    assert main(["--db", str(path), "budget", "target", *args]) == 2
    assert capsys.readouterr().err.strip().startswith(message)


def test_the_target_from_climate_yaml(tmp_path, monkeypatch, capsys) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "climate.yaml").write_text(
        "target:\n  cut_percent: 95\n  year: 2030\n  base_year: 2009\n  base_tonnes: 1254000\n")
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(config))
    assert main(["--db", str(tmp_path / "x.db"), "budget", "target"]) == 0
    assert "from " + str(config / "climate.yaml") in capsys.readouterr().out
    (config / "climate.yaml").write_text("target:\n  cut_percent: many\n")
    assert main(["--db", str(tmp_path / "x.db"), "budget", "target"]) == 1
    assert "climate.yaml:2: target.cut_percent: must be a number" in capsys.readouterr().err


def _pdf(db, tmp_path, lang: str = "nb") -> bytes:
    path, _ = db
    out = tmp_path / "budsjett.pdf"
    assert main(["--db", str(path), "budget", "--year", "2027", "-o", str(out), "--lang", lang],
                clock=CLOCK) == 0
    return out.read_bytes()


def test_the_pdf_is_tagged_pdfa_2a_and_pdfua_1(db, tmp_path) -> None:
    from tests.report.structure_text import structure_outline, untagged_text

    data = _pdf(db, tmp_path)
    for profile in (page.ValidationProfile.PDF_A_2A, page.ValidationProfile.PDF_UA_1):
        report = page.validate_pdf_bytes(data, profile=profile)
        assert [(f.rule_id, f.message) for f in report.failures] == [], profile
    assert untagged_text(data) == []  # nothing painted outside the structure tree
    outline = structure_outline(data, page=0)
    assert "Figure" in outline and "Diagram over utslipp" in outline  # the chart as text
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = {str(f.get("/BaseFont")) for p in pdf.pages
                 for f in p.Resources.get("/Font", {}).values()}
        assert fonts and all("DejaVuSans" in f for f in fonts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils)")
def test_the_pdf_keeps_decided_and_pipeline_apart_and_shows_the_stopped_reason(
        db, tmp_path) -> None:
    text = flat(pdf_text(_pdf(db, tmp_path)))
    # Decided: zone −1000, bus −200, approved −50 (from 2029); not the stopped −500, not the
    # indirect −300. Pipeline: draft −4000 and the exempt case −7, on a line of their own.
    assert f"Sum vedtatte tiltak, direkte virkning {MINUS}1{SPACE}250" in text
    assert (f"Sum tiltak under arbeid, direkte virkning (aldri lagt til budsjettet) "
            f"{MINUS}4{SPACE}007") in text
    assert "Stansede tiltak" in text and "Vedtaket ble opphevet." in text
    # The path: 2027 reference 10 000, decided −1 200, after 8 800; the gap to the target path.
    target_2027 = round(10000 - 9500 * 18 / 21)
    gap = 8800 - (10000 - 9500 * 18 / 21)
    assert (f"2027 10{SPACE}000 {MINUS}1{SPACE}200 8{SPACE}800 {target_2027:,}".replace(",", SPACE)
            + f" +{round(gap):,}".replace(",", SPACE)) in text
    assert "Tomtekjøp" not in text and "(unntatt offentlighet)" in text
    assert "Utslipp mot målbanen, t CO2e" in text
    assert f"i gang (rapportert {MINUS}20)" in text  # beside the expected −200


def test_the_xlsx_has_one_row_per_measure_an_autofilter_and_totals_apart(db, tmp_path) -> None:
    path, _ = db
    out = tmp_path / "budsjett.xlsx"
    assert main(["--db", str(path), "budget", "--year", "2027", "-o", str(out)]) == 0
    book = load_workbook(out)
    sheet = book["Tiltak"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Saksnr.", "Sak", "Tiltak", "Ansvarlig enhet")
    assert header[9:13] == ("t CO2e 2027", "t CO2e 2028", "t CO2e 2029", "t CO2e 2030")
    measures = rows[1:8]
    assert len(measures) == 7 and rows[8] == (None,) * len(header)
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}8"
    decided, pipeline = rows[9], rows[10]
    assert decided[0] == "Sum vedtatte tiltak, direkte virkning"
    assert decided[9:13] == (-1200, -1200, -1250, -1250)
    assert pipeline[0].startswith("Sum tiltak under arbeid")
    assert pipeline[9] == -4007
    nok = header.index("Kr per tonn")
    zone = next(r for r in measures if r[1] == "Lavutslippssone")
    assert zone[nok] == pytest.approx((100_000 + 100_000) / 1000)
    stopped = next(r for r in measures if r[1] == "Ladepunkter")
    assert (stopped[5], stopped[6], stopped[7]) == (
        "Stanset (ute av summen)", "stanset", "Vedtaket ble opphevet.")
    bus = sheet.cell(row=1 + [r[1] for r in measures].index("=SUM(A1:A9) bussfelt") + 1,
                     column=2)
    assert bus.data_type == "s" and bus.value == "=SUM(A1:A9) bussfelt"
    assert book["Målbane"].cell(2, 1).value == 2027


def test_a_wrong_file_type_is_refused(db, tmp_path, capsys) -> None:
    path, _ = db
    assert main(["--db", str(path), "budget", "--year", "2027", "-o",
                 str(tmp_path / "b.csv")]) == 2
    assert "write the budget to a .pdf or an .xlsx file" in capsys.readouterr().err
