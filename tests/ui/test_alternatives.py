"""The alternatives step: the zero alternative first and kept, measures added, renamed, moved and
removed like a caseworker would, with the draft, the store and undo checked afterwards.

The helpers here (open_draft, make_page, type_text, press) are shared by the screening and
measures tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from impactapp.casefile import read_case_file
from impactapp.domain.model import Case, Recommendation
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.fields.alternatives import AlternativesField
from impactapp.ui.fields.base import FieldContext
from impactapp.ui.fields.registry import FIELD_WIDGETS
from impactapp.ui.wizard.page import StepPage

from .conftest import save_screenshot

# --- helpers shared by the step tests -------------------------------------------------------


def open_draft(store: Store, catalog, case: Case) -> CaseDraft:
    """The case saved in ``store`` and opened for editing, as the case window does."""
    return CaseDraft(store.add_case(case), store, catalog)


def parking_case(catalog, case_file) -> Case:
    return read_case_file(case_file, catalog)


def make_page(qtbot, draft: CaseDraft, step_id: str, lang: str) -> StepPage:
    """The step's page with the fields whose widgets exist so far, shown at 780x800."""
    step = draft.catalog.form.step(step_id)
    step = replace(step, fields=tuple(f for f in step.fields if f.type in FIELD_WIDGETS))
    page = StepPage(step, draft, FieldContext(draft.catalog, lang))
    qtbot.addWidget(page)
    page.resize(780, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def field_of(page: StepPage, field_type: str):
    return next(f for f in page.fields if f.field.type == field_type)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, one key event per character (works for á ŋ č – too)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


def save_full(page: StepPage, name: str) -> None:
    """The page's viewport and, for a person to read everything, its whole body."""
    QApplication.processEvents()  # let the layouts settle first
    save_screenshot(page, name)
    body = page.widget()
    body.resize(page.viewport().width(), body.sizeHint().height())
    QApplication.processEvents()
    save_screenshot(body, name + "_full")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ui.db") as s:
        yield s


# --- the tests ------------------------------------------------------------------------------


def test_a_new_case_gets_the_zero_alternative_first_and_saved(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    zero = draft.case.alternatives[0]
    assert (zero.id, zero.zero, zero.name) == ("a0", True, "Nullalternativ – dagens situasjon")
    assert field.cards["a0"].title.text() == "Nullalternativ"
    assert not field.cards["a0"].remove_button.isVisible()
    assert "fortsette som i dag eller som allerede vedtatt" in field.note.text()
    assert draft.flush()
    assert store.get_case(draft.case.id).alternatives[0].name == zero.name


def test_the_zero_alternative_is_named_in_the_memo_language(qtbot, store, catalog):
    draft = open_draft(store, catalog, Case(title="New case", language="en"))
    page = make_page(qtbot, draft, "alternatives", "en")
    name = "Zero alternative – as today"
    assert field_of(page, "alternatives").cards["a0"].name_edit.text() == name
    assert draft.case.zero_alternative.name == name


def test_adding_two_measures_and_removing_one(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field: AlternativesField = field_of(page, "alternatives")
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    first = field.cards["a1"]
    assert first.name_edit.hasFocus() and first.name_edit.selectedText() == "Tiltak 1"
    type_text(first.name_edit, "Bysykkel i Guovdageaidnu – Čáhppes")
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    type_text(field.cards["a2"].name_edit, "Gratis buss")
    type_text(field.cards["a2"].description_edit, "Prøveordning i to år.")
    assert [(a.id, a.name) for a in draft.case.alternatives] == [
        ("a0", "Nullalternativ – dagens situasjon"),
        ("a1", "Bysykkel i Guovdageaidnu – Čáhppes"),
        ("a2", "Gratis buss"),
    ]
    assert field.cards["a2"].title.text() == "Tiltak 2"

    qtbot.mouseClick(first.remove_button, Qt.MouseButton.LeftButton)
    assert first.confirm_bar.isVisible()
    assert "Bysykkel i Guovdageaidnu – Čáhppes" in first.confirm_label.text()
    assert len(draft.case.alternatives) == 3  # nothing removed before the confirmation
    qtbot.mouseClick(first.confirm_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in draft.case.alternatives] == ["a0", "a2"]
    assert field.cards["a2"].title.text() == "Tiltak 1"
    assert draft.flush()
    saved = store.get_case(draft.case.id)
    assert [(a.id, a.description) for a in saved.alternatives] == [
        ("a0", ""), ("a2", "Prøveordning i to år.")]

    draft.undo_stack.undo()
    assert [a.id for a in draft.case.alternatives] == ["a0", "a1", "a2"]
    assert field.cards["a1"].name_edit.text() == "Bysykkel i Guovdageaidnu – Čáhppes"
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    assert draft.case.alternatives[-1].id == "a3"  # ids are not handed out twice


def test_cancelling_the_confirmation_keeps_the_measure(qtbot, lang_nb, store, catalog, case_file):
    draft = open_draft(store, catalog, replace(parking_case(catalog, case_file),
                                                recommendation=None))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    card = field.cards["a1"]
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    assert not card.confirm_bar.isVisible()
    assert [a.id for a in draft.case.alternatives] == ["a0", "a1"]


def test_the_zero_alternative_cannot_be_deleted(qtbot, lang_nb, store, catalog, case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    zero_card = field.cards["a0"]
    assert not zero_card.remove_button.isVisible()
    assert field.cards["a1"].remove_button.isVisible()
    field.remove("a0")  # even asked directly, the field refuses
    assert draft.case.alternatives[0].id == "a0" and draft.case.alternatives[0].zero
    assert draft.undo_stack.count() == 0


def test_the_recommended_measure_is_not_removed_and_the_card_says_why(qtbot, lang_nb, store,
                                                                      catalog, case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    card = field.cards["a1"]
    assert card.badge.isVisible() and card.badge.text() == "Anbefalt"
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert card.confirm_bar.isVisible() and not card.confirm_button.isVisible()
    assert "er det anbefalte alternativet og kan ikke fjernes" in card.confirm_label.text()
    field.remove("a1")
    assert [a.id for a in draft.case.alternatives] == ["a0", "a1"]
    draft.edit("other", lambda c: setattr(c, "recommendation", Recommendation("a0")))
    assert not card.badge.isVisible()
    assert field.cards["a0"].badge.isVisible()


def test_renaming_is_one_undo_step_and_saved(qtbot, lang_nb, store, catalog, case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    edit = field.cards["a1"].name_edit
    edit.selectAll()
    type_text(edit, "Avgift på 60 prosent – Sámi")
    assert draft.case.alternative("a1").name == "Avgift på 60 prosent – Sámi"
    assert draft.undo_stack.count() == 1
    draft.flush()
    assert store.get_case(draft.case.id).alternative("a1").name == "Avgift på 60 prosent – Sámi"
    draft.undo_stack.undo()
    assert draft.case.alternative("a1").name == "Avgiftsøkning på 40 prosent"
    assert field.cards["a1"].name_edit.text() == "Avgiftsøkning på 40 prosent"


def test_measures_move_up_and_down_behind_the_zero_alternative(qtbot, lang_nb, store, catalog,
                                                              case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    type_text(field.cards["a2"].name_edit, "Beboerparkering")
    new = field.cards["a2"]
    assert not field.cards["a1"].up_button.isEnabled() and not new.down_button.isEnabled()
    qtbot.mouseClick(new.up_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in draft.case.alternatives] == ["a0", "a2", "a1"]
    assert field.cards_layout.indexOf(new) == 1
    assert new.title.text() == "Tiltak 1" and new.down_button.hasFocus()
    qtbot.mouseClick(new.down_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in draft.case.alternatives] == ["a0", "a1", "a2"]
    draft.undo_stack.undo()
    assert [a.id for a in draft.case.alternatives] == ["a0", "a2", "a1"]


def test_tab_goes_from_name_to_description_to_the_next_card(qtbot, lang_nb, store, catalog,
                                                            case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    zero, measure = field.cards["a0"], field.cards["a1"]
    zero.name_edit.setFocus()
    press(qtbot, zero.name_edit, Qt.Key.Key_Tab)
    assert zero.description_edit.hasFocus()
    press(qtbot, zero.description_edit, Qt.Key.Key_Tab)
    assert measure.remove_button.hasFocus()  # moving is disabled for the only measure
    press(qtbot, measure.remove_button, Qt.Key.Key_Tab)
    assert measure.name_edit.hasFocus()


def test_each_alternative_shows_its_own_issues(qtbot, lang_nb, store, catalog, case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    field.cards["a1"].name_edit.selectAll()
    qtbot.keyClick(field.cards["a1"].name_edit, Qt.Key.Key_Delete)
    assert draft.case.alternative("a1").name == ""
    qtbot.waitUntil(lambda: field.cards["a1"].issue_label.isVisible())
    assert field.cards["a1"].issue_label.text() == "Feltet må fylles ut."
    assert not field.cards["a0"].issue_label.isVisible()
    assert not field.issue_label.isVisible()  # rating issues of other steps are not shown here


def test_a_simplified_case_without_measures_asks_for_one(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak", depth="simplified"))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    wanted = "Legg til minst ett tiltak i tillegg til nullalternativet."
    qtbot.waitUntil(lambda: field.issue_label.text() == wanted)  # after revalidation
    assert field.issue_label.isVisible()
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not field.issue_label.isVisible())
    assert len(draft.case.measures) == 1


def test_an_undone_zero_alternative_can_be_added_again(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "alternatives", "nb")
    field = field_of(page, "alternatives")
    draft.undo_stack.undo()
    assert draft.case.zero_alternative is None
    assert field.add_zero_button.isVisible()
    qtbot.mouseClick(field.add_zero_button, Qt.MouseButton.LeftButton)
    assert draft.case.alternatives[0].zero and not field.add_zero_button.isVisible()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshot_alternatives_step(qtbot, request, store, catalog, case_file, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    case = parking_case(catalog, case_file)
    if lang == "en":
        case = replace(case, language="en")
    draft = open_draft(store, catalog, case)
    page = make_page(qtbot, draft, "alternatives", lang)
    field = field_of(page, "alternatives")
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field.cards["a1"].remove_button, Qt.MouseButton.LeftButton)
    draft.revalidate()
    assert field.cards["a2"].issue_label.isHidden()
    save_full(page, f"alternatives_{lang}")
