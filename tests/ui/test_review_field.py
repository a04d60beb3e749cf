"""Step 12: the reviewer's verdict per step, the caseworker's answers, and what blocks the next
status, in plain sentences."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from impactapp.casefile import read_case_file
from impactapp.domain.approval import review_steps
from impactapp.domain.model import ReviewVerdict
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.fields.review import ReviewField
from impactapp.ui.wizard.page import StepPage

from .conftest import open_step_page, save_screenshot


def make_draft(tmp_path, catalog, case_file, status: str) -> tuple[Store, CaseDraft]:
    case = read_case_file(case_file, catalog)
    case.status = status
    if status in ("approved", "decided"):  # an approved case carries its approval record
        case.approved_by, case.approved_at = "Leder", datetime(2026, 3, 12, 9, 15, tzinfo=UTC)
    if status == "in_review":  # reviewed so far: "ok" on every step
        case.review = [ReviewVerdict(step, "ok") for step in review_steps(catalog)]
    store = Store.open(tmp_path / f"review_{status}.db")
    return store, CaseDraft(store.add_case(case), store, catalog)


@pytest.fixture
def in_review(tmp_path, catalog, case_file):
    store, draft = make_draft(tmp_path, catalog, case_file, "in_review")
    with store:
        yield draft


@pytest.fixture
def drafted(tmp_path, catalog, case_file):
    store, draft = make_draft(tmp_path, catalog, case_file, "draft")
    with store:
        yield draft


def open_page(qtbot, draft, lang: str) -> tuple[StepPage, ReviewField]:
    return open_step_page(qtbot, draft, "review", lang)


def choose(combo: QComboBox, data: str) -> None:
    """Pick an entry the way a person does: open the list, move to the entry, press Enter."""
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(combo.findData(data), 0))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                           Qt.KeyboardModifier.NoModifier))


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard; letters such as å go in as key events with text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                      char))


def test_an_improve_verdict_needs_a_note_and_blocks_approval_until_answered(
        qtbot, lang_nb, in_review):
    draft = in_review
    _page, field = open_page(qtbot, draft, "nb")
    assert field.status_heading.text() == "Status: Til godkjenning"
    assert field.blockers == []
    assert field.blocker_intro.text() == "✓ Ingenting hindrer at saken godkjennes."

    assert not field.notes["distribution"].isReadOnly()  # "ok" may carry a note too
    choose(field.verdicts["distribution"], "improve")
    assert field.verdict_of("distribution") == ReviewVerdict("distribution", "improve")
    # The domain asks for a note: it shows on the row once validation has run.
    qtbot.waitUntil(lambda: field.row_issues["distribution"].isVisible())
    assert field.row_issues["distribution"].text() == "Skriv hva som bør forbedres."
    assert field.blockers == [
        "Sosiale konsekvenser og fordeling: Skriv hva som bør forbedres.",
        "Svar på merknaden til steget «Sosiale konsekvenser og fordeling» før saken "
        "kan godkjennes.",
    ]
    assert field.blocker_intro.text() == "Før saken kan godkjennes:"

    note = field.notes["distribution"]
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, note, "Vurder virkningen for eldre i ytre bydeler nærmere.")
    assert field.verdict_of("distribution").note == (
        "Vurder virkningen for eldre i ytre bydeler nærmere.")
    qtbot.waitUntil(lambda: not field.row_issues["distribution"].isVisible())
    assert len(field.blockers) == 1 and "Svar på merknaden" in field.blockers[0]

    answer = field.answers["distribution"]
    assert answer.isEnabled()
    qtbot.mouseClick(answer.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, answer, "Utdypet i steg 6; TT-takster dekker de fleste.")
    assert field.verdict_of("distribution").answer == (
        "Utdypet i steg 6; TT-takster dekker de fleste.")
    assert field.blockers == []
    assert field.blocker_intro.text() == "✓ Ingenting hindrer at saken godkjennes."

    draft.undo_stack.undo()  # the answer, typed as one step
    assert field.verdict_of("distribution").answer == ""
    assert answer.toPlainText() == ""
    assert len(field.blockers) == 1


def test_redo_blocks_approval_and_clearing_the_verdict_removes_it(qtbot, lang_nb, in_review):
    draft = in_review
    _page, field = open_page(qtbot, draft, "nb")
    draft.edit("start", lambda case: setattr(case, "review", []))
    choose(field.verdicts["sdg"], "redo")
    assert draft.case.review == [ReviewVerdict("sdg", "redo")]
    assert "Steget «Bærekraftsmål» skal gjøres om før saken kan godkjennes." in field.blockers
    choose(field.verdicts["details"], "ok")
    assert [v.step for v in draft.case.review] == ["details", "sdg"]  # kept in step order
    choose(field.verdicts["sdg"], "")
    assert draft.case.review == [ReviewVerdict("details", "ok")]
    assert "Steget «Bærekraftsmål» mangler vurdering." in field.blockers
    assert not any("gjøres om" in b for b in field.blockers)
    draft.undo_stack.undo()
    assert field.verdicts["sdg"].currentData() == "redo"


def test_a_draft_is_blocked_from_review_by_an_unhandled_trade_off(qtbot, lang_nb, drafted):
    draft = drafted
    _page, field = open_page(qtbot, draft, "nb")
    assert field.blocker_intro.text() == "✓ Ingenting hindrer at saken sendes til godkjenning."

    def harm_noise(case):
        case.alternative("a1").assessment("env.noise").rating = -1
    draft.edit("rating", harm_noise)
    assert field.blocker_intro.text() == "Før saken kan sendes til godkjenning:"
    assert len(field.blockers) == 1
    assert field.blockers[0].startswith("Avveininger: Avveiningen mellom den negative virkningen")
    assert field.blocker_list.text() == "• " + field.blockers[0]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshot(qtbot, request, in_review, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    draft = in_review
    given = {"distribution": ReviewVerdict("distribution", "improve",
                                           note="Vurder eldre i ytre bydeler nærmere."),
             "economy": ReviewVerdict("economy", "redo", note="Driftskostnadene mangler.")}
    draft.edit("review", lambda case: setattr(case, "review", [
        given.get(v.step, v) for v in case.review]))
    page, field = open_page(qtbot, draft, lang)
    assert len(field.blockers) == 2
    assert save_screenshot(page, f"review_{lang}").exists()


def test_an_approved_case_shows_its_review_read_only(qtbot, lang_nb, tmp_path, catalog,
                                                     case_file):
    store, draft = make_draft(tmp_path, catalog, case_file, "approved")
    with store:
        _page, field = open_page(qtbot, draft, "nb")
        assert field.status_heading.text() == "Status: Godkjent"
        assert field.blocker_intro.text() == "✓ Ingenting hindrer at vedtaket registreres."
        assert not any(combo.isEnabled() for combo in field.verdicts.values())
        assert field.set_verdict("details", "ok") is False
        assert draft.case.review == []
