"""Hostile text typed into the wizard's text fields (key by key, as a keyboard sends it, or
pasted) is saved by autosave and comes back unchanged from the store, from a case file, in the
memo and in the comparison's spreadsheet files.

What a field takes (tests/hostile/hostile_texts.py): any text but control characters other
than line feed and tab. Qt drops a typed control character; a pasted one is the subject of the
expected failure at the end.
"""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from impactapp.casefile import read_case_file, write_case_file
from impactapp.domain.model import Confidentiality
from impactapp.store import Store
from impactapp.ui.autosave import SynchronousSaver
from impactapp.ui.draft import CaseDraft
from tests.hostile.corpus import run_cli
from tests.hostile.hostile_texts import TEXTS, body_text, found_in_pdf, nfc

from .conftest import open_step_page, save_screenshot
from .driving import click, press, type_text

#: Text fields of each kind, by wizard step: one line (QLineEdit) and several (QPlainTextEdit).
LINE_FIELDS = {"details": ("title", "case_number", "unit", "caseworker", "decision_body",
                           "confidentiality.basis")}
AREA_FIELDS = {"problem": ("problem", "goals", "principled_questions"),
               "recommendation": ("recommendation.justification", "prerequisites")}
CARD_FIELDS = ("name", "description")  # of the measure's card on the alternatives step
#: Typed key by key; the others are pasted (a keyboard's Tab moves on; a long text is pasted).
PASTED = ("long_line", "leading_tab", "tabs_and_lines")
MULTI_LINE = ("tabs_and_lines",)


@pytest.fixture
def autosaved(qtbot, tmp_path, catalog, case_file):
    """The hand-written case, exempt, open for editing with a saver of its own connection."""
    path = tmp_path / "ui.db"
    store = Store.open(path)
    case = read_case_file(case_file, catalog)
    case.confidentiality = Confidentiality(exempt=True, basis="offl. § 13")
    case = store.add_case(case)
    saver = SynchronousSaver(lambda: Store.open(path), case.id, case.version)
    draft = CaseDraft(case, store, catalog, saver=saver)
    yield path, draft
    draft.close()
    store.close()


def _editor(page, field_id: str) -> QWidget:
    return next(f for f in page.fields if f.field.id == field_id).editor


def _enter(qtbot, editor: QWidget, text: str, paste: bool) -> None:
    """Replace the editor's text as a person does: click, select all, type or paste."""
    click(qtbot, editor)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if paste:
        QGuiApplication.clipboard().setText(text)
        press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    else:
        type_text(qtbot, text)
    QApplication.processEvents()


def _fill(qtbot, draft: CaseDraft, name: str, lang: str = "nb") -> dict[str, str]:
    """Enter the text ``name`` (tagged per field) in every text field; field path -> text."""
    text, paste = TEXTS[name], name in PASTED
    entered: dict[str, str] = {}
    fields = {**({} if name in MULTI_LINE else LINE_FIELDS), **AREA_FIELDS}
    for step, field_ids in fields.items():
        page, _ = open_step_page(qtbot, draft, step, lang)
        for field_id in field_ids:
            entered[field_id] = f"{text} [{field_id}]"
            _enter(qtbot, _editor(page, field_id), entered[field_id], paste)
        page.close()
    page, alternatives = open_step_page(qtbot, draft, "alternatives", lang)
    card = alternatives.cards["a1"]
    for attribute, editor in zip(CARD_FIELDS, (card.name_edit, card.description_edit),
                                 strict=True):
        if attribute == "name" and name in MULTI_LINE:
            continue
        entered[f"alternatives[1].{attribute}"] = f"{text} [{attribute}]"
        _enter(qtbot, editor, entered[f"alternatives[1].{attribute}"], paste)
    page.close()
    return entered


def _read(case, path: str) -> str:
    if path.startswith("alternatives[1]."):
        return getattr(case.alternatives[1], path.split(".", 1)[1])
    obj = case
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_hostile_text_entered_in_the_wizard_comes_back_unchanged_everywhere(
    name, qtbot, autosaved, catalog, monkeypatch, capsys, tmp_path
):
    path, draft = autosaved
    entered = _fill(qtbot, draft, name)
    assert {f: _read(draft.case, f) for f in entered} == entered  # the widgets' edits
    draft.autosave.save()  # the autosave's moment
    assert not draft.autosave.dirty
    with Store.open(path) as other:
        stored = other.get_case(draft.case.id)
    assert {f: _read(stored, f) for f in entered} == entered
    exported = tmp_path / "case.yaml"
    write_case_file(stored, exported)
    again = read_case_file(exported, catalog)
    assert {f: _read(again, f) for f in entered} == {f: nfc(t) for f, t in entered.items()}

    memo, table, sheet = tmp_path / "memo.pdf", tmp_path / "t.csv", tmp_path / "t.xlsx"
    for argv in (["memo", str(stored.id), "-o", str(memo)], ["compare", "-o", str(table)],
                 ["compare", "-o", str(sheet)]):
        status, _, err = run_cli(["--db", str(path), *argv], catalog, monkeypatch, capsys)
        assert status == 0, err
    printed = body_text(memo)
    assert [f for f, t in entered.items() if not found_in_pdf(t, printed)] == []
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    cells = dict(zip(rows[0], rows[1], strict=True))
    title = entered.get("title", stored.title)
    quoted = "'" + title if title.startswith(("=", "+", "-", "@", "\t", "\r")) else title
    assert cells["Tittel"] == quoted
    workbook = load_workbook(sheet)
    first = workbook.worksheets[0]
    header = [c.value for c in first[1]]
    cell = first.cell(row=2, column=header.index("Tittel") + 1)
    assert (cell.value, cell.data_type) == (title, "s")


def test_typed_control_characters_never_reach_the_case(qtbot, autosaved):
    path, draft = autosaved
    page, _ = open_step_page(qtbot, draft, "problem", "nb")
    _enter(qtbot, _editor(page, "problem"), "Bjelle\x07 null\x00 escape\x1b slutt", False)
    assert draft.case.problem == "Bjelle null escape slutt"
    assert draft.flush()
    with Store.open(path) as other:
        assert other.get_case(draft.case.id).problem == "Bjelle null escape slutt"


def test_pasted_control_characters_never_reach_the_case(qtbot, autosaved):
    _, draft = autosaved
    page, _ = open_step_page(qtbot, draft, "details", "nb")
    _enter(qtbot, _editor(page, "title"), "Tittel\x07 med\x1b[31m farge", True)
    assert draft.case.title == "Tittel med[31m farge"


def test_screenshot_of_hostile_text_in_the_details_step(qtbot, autosaved):
    _, draft = autosaved
    page, _ = open_step_page(qtbot, draft, "details", "nb")
    for field_id, name in (("title", "right_to_left"), ("case_number", "sql"),
                           ("unit", "emoji"), ("caseworker", "sami"),
                           ("decision_body", "hyperlink_formula"),
                           ("confidentiality.basis", "markup")):
        _enter(qtbot, _editor(page, field_id), TEXTS[name], False)
    assert draft.case.title == TEXTS["right_to_left"]
    save_screenshot(page, "hostile_text_details_nb")
