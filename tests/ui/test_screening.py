"""Screening: questions that suggest a depth, and criteria marked (not) relevant with reasons."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt

from impactapp.domain.model import Case
from impactapp.domain.screening import relevant_criteria, screened_out
from impactapp.store import Store

from .test_alternatives import field_of, make_page, open_draft, parking_case, save_full, type_text


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ui.db") as s:
        yield s


def tick(qtbot, box) -> None:
    """Click a check box or radio button where its indicator is drawn."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def answer(field, question: str, answer_id: str):
    return next(b for b, qa in field._answers.items() if qa == (question, answer_id))


def test_answers_change_the_suggested_depth_shown(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak", depth="minimum"))
    page = make_page(qtbot, draft, "screening", "nb")
    field = field_of(page, "screening_questions")
    assert field.suggested_label.text() == "Svar på spørsmålene for å få et forslag til " \
                                           "utredningsnivå."
    tick(qtbot, answer(field, "people_affected", "few"))
    assert draft.case.screening_answers == {"people_affected": "few"}
    assert field.suggested_label.text() == "Foreslått utredningsnivå: minimum"
    assert field.differs_label.text() == "Valgt nivå, minimum, følger forslaget."
    tick(qtbot, answer(field, "children_affected", "yes"))
    assert field.suggested_label.text() == "Foreslått utredningsnivå: forenklet"
    assert field.meaning_label.text().startswith("Forenklet: hvert relevant kriterium")
    assert "Begrunnelse for valgt nivå" in field.differs_label.text()
    assert field.use_button.isVisible() and field.reason_button.isVisible()
    qtbot.mouseClick(field.reason_button, Qt.MouseButton.LeftButton)
    reason = field_of(page, "textarea").editor
    assert reason.hasFocus()
    # Arrow keys move within a question's answers, as with any radio group.
    button = answer(field, "people_affected", "few")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Down)
    assert draft.case.screening_answers["people_affected"] == "many"
    tick(qtbot, answer(field, "irreversible_nature", "yes"))
    assert field.suggested_label.text() == "Foreslått utredningsnivå: full"
    qtbot.mouseClick(field.use_button, Qt.MouseButton.LeftButton)
    assert draft.case.depth == "full"
    assert not field.use_button.isVisible()
    assert draft.flush()
    assert store.get_case(draft.case.id).screening_answers == {
        "people_affected": "many", "children_affected": "yes", "irreversible_nature": "yes"}
    draft.undo_stack.undo()
    assert draft.case.depth == "minimum"
    assert field.suggested_label.text() == "Foreslått utredningsnivå: full"


def test_undo_clears_an_answer(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "screening", "nb")
    field = field_of(page, "screening_questions")
    yes = answer(field, "principled", "yes")
    tick(qtbot, yes)
    assert yes.isChecked()
    draft.undo_stack.undo()
    assert draft.case.screening_answers == {}
    assert not any(b.isChecked() for b in field.groups["principled"].buttons())


def test_a_pillar_not_relevant_with_one_reason(qtbot, lang_nb, store, catalog, case_file):
    draft = open_draft(store, catalog, parking_case(catalog, case_file))
    page = make_page(qtbot, draft, "screening", "nb")
    group = field_of(page, "screening").pillars["econ"]
    assert group.count_label.text() == "· 2 av 3 relevante"
    tick(qtbot, group.whole)
    assert group.whole_reason.isVisible() and group.whole_reason.hasFocus()
    type_text(group.whole_reason, "Ingen økonomiske virkninger – forskrift for Sámi")
    entries = {s.criterion: s for s in draft.case.screening}
    assert (entries["econ"].relevant, entries["econ"].reason) == (
        False, "Ingen økonomiske virkninger – forskrift for Sámi")
    assert not any(c.pillar == "econ" for c in relevant_criteria(draft.case, catalog))
    assert all(not check.isVisible() for check, _r, _i in group.rows.values())
    assert group.count_label.text() == "· 0 av 3 relevante"
    assert draft.flush()
    saved = store.get_case(draft.case.id)
    assert not any(c.pillar == "econ" for c in relevant_criteria(saved, catalog))
    assert screened_out(saved, catalog)["econ.business"] == (
        "Ingen økonomiske virkninger – forskrift for Sámi")
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    assert "econ" not in {s.criterion for s in draft.case.screening}
    assert not group.whole.isChecked() and group.whole_reason.isHidden()
    assert group.rows["econ.business"][0].isVisible()


def test_an_unticked_criterion_needs_a_reason_shown_beside_it(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "screening", "nb")
    group = field_of(page, "screening").pillars["env"]
    check, reason, issue = group.rows["env.noise"]
    assert check.isChecked() and reason.isHidden()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert [(s.criterion, s.relevant) for s in draft.case.screening] == [("env.noise", False)]
    assert reason.isVisible() and check.hasFocus()
    qtbot.waitUntil(issue.isVisible)
    assert issue.text() == "Skriv kort hvorfor «Støy» ikke er relevant."
    qtbot.keyClick(check, Qt.Key.Key_Tab)
    assert reason.hasFocus()
    type_text(reason, "Tiltaket endrer ikke trafikken – gjelder bare Čáhcesuolu")
    qtbot.waitUntil(lambda: not issue.isVisible())
    assert draft.case.screening[0].reason == "Tiltaket endrer ikke trafikken – gjelder bare " \
                                             "Čáhcesuolu"
    assert draft.flush()
    assert store.get_case(draft.case.id).screening[0].reason.endswith("Čáhcesuolu")
    tick(qtbot, check)  # relevant again: the entry goes
    assert draft.case.screening == [] and reason.isHidden()
    draft.undo_stack.undo()
    assert draft.case.screening[0].reason.endswith("Čáhcesuolu")
    assert reason.text().endswith("Čáhcesuolu")


def test_several_criteria_get_one_reason_at_once(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "screening", "nb")
    group = field_of(page, "screening").pillars["env"]
    assert group.bulk.isHidden()
    for cid in ("env.nature", "env.water", "env.land_use"):
        tick(qtbot, group.rows[cid][0])
    assert group.bulk.isVisible()
    assert group.bulk_label.text() == "3 kriterier uten begrunnelse:"
    assert group.bulk_button.text() == "Bruk for alle 3"
    type_text(group.bulk_reason, "Tiltaket er bare en avgiftsendring.")
    steps = draft.undo_stack.count()
    qtbot.mouseClick(group.bulk_button, Qt.MouseButton.LeftButton)
    assert draft.undo_stack.count() == steps + 1
    assert [(s.criterion, s.reason) for s in draft.case.screening] == [
        ("env.nature", "Tiltaket er bare en avgiftsendring."),
        ("env.land_use", "Tiltaket er bare en avgiftsendring."),
        ("env.water", "Tiltaket er bare en avgiftsendring."),
    ]  # in catalog order, whatever order they were unticked in
    assert group.bulk.isHidden() and group.bulk_reason.text() == ""
    assert group.rows["env.water"][1].text() == "Tiltaket er bare en avgiftsendring."
    draft.undo_stack.undo()
    assert all(s.reason == "" for s in draft.case.screening)


def test_focus_on_a_criterion_shows_its_guidance(qtbot, lang_nb, store, catalog):
    draft = open_draft(store, catalog, Case(title="Ny sak"))
    page = make_page(qtbot, draft, "screening", "nb")
    field = field_of(page, "screening")
    topics = []
    field.help_requested.connect(topics.append)
    field.pillars["env"].rows["env.climate_mitigation"][0].setFocus()
    criterion = catalog.criteria["env.climate_mitigation"]
    assert topics[-1].title == criterion.name.nb
    assert topics[-1].targets == criterion.target_ids


def test_a_locked_case_cannot_be_changed(qtbot, lang_nb, store, catalog, case_file):
    draft = open_draft(store, catalog, replace(parking_case(catalog, case_file)))
    draft.case.status = "approved"
    page = make_page(qtbot, draft, "screening", "nb")
    group = field_of(page, "screening").pillars["env"]
    assert not group.rows["env.noise"][0].isEnabled()
    assert group.rows["env.nature"][1].isReadOnly()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshot_screening_step(qtbot, request, store, catalog, case_file, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    case = replace(parking_case(catalog, case_file), depth="full", language=lang,
                   screening_answers={"people_affected": "many", "costs": "small"})
    draft = open_draft(store, catalog, case)
    page = make_page(qtbot, draft, "screening", lang)
    group = field_of(page, "screening").pillars["soc"]
    tick(qtbot, group.rows["soc.safety"][0])
    tick(qtbot, group.rows["soc.participation"][0])
    draft.revalidate()
    assert group.bulk.isVisible()
    save_full(page, f"screening_{lang}")
