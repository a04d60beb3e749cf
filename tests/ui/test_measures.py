"""Climate quantity and costs per measure, typed in Norwegian number format like a caseworker."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt

from impactapp.domain.model import Alternative, Case
from impactapp.store import Store
from impactapp.ui.fields.measures import parse_amount, parse_year

from .test_alternatives import field_of, make_page, open_draft, parking_case, save_full, type_text

NBSP = "\u00a0"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ui.db") as s:
        yield s


def enter(qtbot, number_input, text: str) -> None:
    """Replace the field's text and leave it with Tab, as a caseworker does."""
    number_input.edit.setFocus()
    number_input.edit.selectAll()
    qtbot.keyClick(number_input.edit, Qt.Key.Key_Backspace)
    type_text(number_input.edit, text)
    qtbot.keyClick(number_input.edit, Qt.Key.Key_Tab)


def tick(qtbot, box) -> None:
    """Click the check box where its box is drawn (the widget may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def case_with_a_bare_measure() -> Case:
    return Case(title="Ny sak", alternatives=[
        Alternative(id="a0", name="Nullalternativ", zero=True),
        Alternative(id="a1", name="Gratis buss for barn"),
    ])


def test_ghg_entry_with_minus_sign_and_spaces_is_stored_and_shown_norwegian(qtbot, lang_nb,
                                                                            store, catalog):
    draft = open_draft(store, catalog, case_with_a_bare_measure())
    page = make_page(qtbot, draft, "environment", "nb")
    field = field_of(page, "ghg")
    assert list(field.sections) == ["a1"]  # the zero alternative gets no figures
    section = field.sections["a1"]
    enter(qtbot, section.tonnes, "−1 234,5")
    assert draft.case.alternative("a1").ghg.tonnes_co2e_per_year == -1234.5
    assert section.tonnes.edit.text() == f"−1{NBSP}234,5"
    assert not section.tonnes.edit.hasFocus()
    enter(qtbot, section.year, "2027")
    assert draft.case.alternative("a1").ghg.from_year == 2027
    assert draft.flush()
    saved = store.get_case(draft.case.id).alternative("a1").ghg
    assert (saved.tonnes_co2e_per_year, saved.from_year) == (-1234.5, 2027)
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    assert draft.case.alternative("a1").ghg is None  # nothing left: no estimate at all
    assert section.tonnes.edit.text() == ""


@pytest.mark.parametrize("typed", ["1234.5", "1 234,5", "1234,5"])
def test_both_decimal_signs_are_accepted(qtbot, lang_nb, store, catalog, typed):
    draft = open_draft(store, catalog, case_with_a_bare_measure())
    page = make_page(qtbot, draft, "environment", "nb")
    section = field_of(page, "ghg").sections["a1"]
    enter(qtbot, section.tonnes, typed)
    assert draft.case.alternative("a1").ghg.tonnes_co2e_per_year == 1234.5
    assert section.tonnes.edit.text() == f"1{NBSP}234,5"


def test_an_invalid_number_shows_a_message_and_stores_nothing(qtbot, lang_nb, store, catalog,
                                                             case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "environment", "nb")
    section = field_of(page, "ghg").sections["a1"]
    assert section.tonnes.edit.text() == "−850"
    enter(qtbot, section.tonnes, "ca. 900")
    assert section.tonnes.error_label.isVisible()
    assert section.tonnes.error_label.text() == (
        "«ca. 900» er ikke et tall. Skriv for eksempel −850, 1 234,5 eller 1234.5.")
    assert draft.case.alternative("a1").ghg.tonnes_co2e_per_year == -850
    assert draft.undo_stack.count() == 0
    assert section.tonnes.edit.text() == "ca. 900"  # kept for the user to correct
    enter(qtbot, section.year, "27")
    assert section.year.error_label.text() == "Skriv året med fire sifre, for eksempel 2027."
    assert draft.case.alternative("a1").ghg.from_year == 2027
    enter(qtbot, section.tonnes, "-900")
    assert not section.tonnes.error_label.isVisible()
    assert draft.case.alternative("a1").ghg.tonnes_co2e_per_year == -900


def test_not_quantifiable_needs_a_reason_and_keeps_no_figure(qtbot, lang_nb, store, catalog,
                                                            case_file):
    draft = open_draft(store, catalog, replace(parking_case(catalog, case_file), depth="full"))
    page = make_page(qtbot, draft, "environment", "nb")
    section = field_of(page, "ghg").sections["a1"]
    assert section.reason.isHidden()
    tick(qtbot, section.unquantifiable)
    ghg = draft.case.alternative("a1").ghg
    assert (ghg.quantifiable, ghg.tonnes_co2e_per_year) == (False, None)
    assert section.reason.isVisible() and section.reason.hasFocus()
    assert not section.tonnes.edit.isEnabled()
    qtbot.waitUntil(lambda: section.issue_label.isVisible())
    assert section.issue_label.text() == "Skriv hvorfor klimaeffekten ikke kan tallfestes."
    type_text(section.reason, "Avhenger av reisevaner i Kárášjohka – ukjent")
    qtbot.waitUntil(lambda: not section.issue_label.isVisible())
    assert draft.flush()
    saved = store.get_case(draft.case.id).alternative("a1").ghg
    assert (saved.quantifiable, saved.reason) == (
        False, "Avhenger av reisevaner i Kárášjohka – ukjent")
    assert saved.method == "Trafikkmodell (RTM) med priselastisitet −0,3."
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    assert draft.case.alternative("a1").ghg.tonnes_co2e_per_year == -850
    assert not section.unquantifiable.isChecked() and section.reason.isHidden()


def test_scope_and_method(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, case_with_a_bare_measure())
    page = make_page(qtbot, draft, "environment", "nb")
    section = field_of(page, "ghg").sections["a1"]
    section.scope.setFocus()
    qtbot.keyClick(section.scope, Qt.Key.Key_Down)
    assert draft.case.alternative("a1").ghg.scope == "direct"
    assert section.scope.currentText() == "direkte, innenfor kommunegrensen"
    type_text(section.method, "Klimakost-modellen")
    assert draft.case.alternative("a1").ghg.method == "Klimakost-modellen"
    assert draft.undo_stack.count() == 2  # typing the method merged into one step


def test_cost_entry_in_kroner(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, case_with_a_bare_measure())
    page = make_page(qtbot, draft, "economy", "nb")
    section = field_of(page, "cost").sections["a1"]
    assert section.investment.unit.text() == "kr"
    assert section.annual.unit.text() == "kr per år (negativt tall = innsparing)"
    enter(qtbot, section.investment, "12 000 000")
    enter(qtbot, section.annual, "−250 000,50")
    cost = draft.case.alternative("a1").cost
    assert (cost.investment_nok, cost.annual_nok) == (12_000_000, -250_000.5)
    assert section.annual.edit.text() == f"−250{NBSP}000,5"
    assert draft.flush()
    saved = store.get_case(draft.case.id).alternative("a1").cost
    assert (saved.investment_nok, saved.annual_nok) == (12_000_000, -250_000.5)
    enter(qtbot, section.investment, "")
    enter(qtbot, section.annual, "")
    assert draft.case.alternative("a1").cost is None  # emptied fields leave no cost behind


def test_full_depth_asks_for_costs_next_to_the_measure(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, replace(case_with_a_bare_measure(), depth="full"))
    page = make_page(qtbot, draft, "economy", "nb")
    field = field_of(page, "cost")
    section = field.sections["a1"]
    assert field.label.text() == "Kostnader i kroner *"
    assert section.issue_label.text().startswith("Oppgi kostnadene i kroner")
    enter(qtbot, section.investment, "0")
    enter(qtbot, section.annual, "0")
    qtbot.waitUntil(lambda: not section.issue_label.isVisible())
    assert draft.case.alternative("a1").cost.investment_nok == 0


def test_english_display_can_be_read_back(qtbot, store, catalog, case_file):
    case = replace(parking_case(catalog, case_file), language="en")
    draft = open_draft(store, catalog, case)
    page = make_page(qtbot, draft, "economy", "en")
    section = field_of(page, "cost").sections["a1"]
    assert section.annual.edit.text() == "-18,000,000"
    enter(qtbot, section.annual, "-18,500,000")
    assert draft.case.alternative("a1").cost.annual_nok == -18_500_000


def test_sections_follow_the_measures(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "environment", "nb")
    field = field_of(page, "ghg")
    assert field.empty_note.isVisible() and not field.sections
    draft.edit("add", lambda c: c.alternatives.append(Alternative(id="a1", name="Sykkelvei")))
    assert field.sections["a1"].title.text() == "Sykkelvei"
    assert not field.empty_note.isVisible()
    assert field.sections["a1"].tonnes.edit.accessibleName() == "Endring i utslipp – Sykkelvei"


def test_number_parsing_helpers():
    assert parse_amount("−1 234,5", "nb") == -1234.5
    assert parse_amount("1,234.5", "en") == 1234.5
    assert parse_amount("1,5", "en") == 1.5
    assert parse_year(" 2030 ") == 2030 and parse_year("") is None
    with pytest.raises(ValueError):
        parse_year("230")
    with pytest.raises(ValueError):
        parse_amount("1.234,5", "nb")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshots_environment_and_economy(qtbot, request, store, catalog, case_file, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    case = replace(parking_case(catalog, case_file), depth="full", language=lang)
    case.alternatives.append(Alternative(id="a2", name="Beboerparkering"))
    draft = open_draft(store, catalog, case)
    environment = make_page(qtbot, draft, "environment", lang)
    section = field_of(environment, "ghg").sections["a2"]
    tick(qtbot, section.unquantifiable)
    enter(qtbot, field_of(environment, "ghg").sections["a1"].year, "20277")
    draft.revalidate()
    assert section.issue_label.isVisible()
    save_full(environment, f"environment_ghg_{lang}")
    economy = make_page(qtbot, draft, "economy", lang)
    draft.revalidate()
    assert field_of(economy, "cost").sections["a2"].issue_label.isVisible()
    save_full(economy, f"economy_cost_{lang}")
