"""Step 9: trade-offs appear live as ratings change, are flagged until handled, and handled in
writing."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from impactapp.domain.tradeoffs import unhandled_trade_offs
from impactapp.ui.fields.trade_offs import TradeOffsField
from impactapp.ui.wizard.page import StepPage

from .conftest import open_step_page, save_screenshot


def open_page(qtbot, draft, lang: str) -> tuple[StepPage, TradeOffsField]:
    return open_step_page(qtbot, draft, "trade_offs", lang)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard; letters such as ø go in as key events with text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                      char))


def rate(draft, criterion: str, rating) -> None:
    """Change a rating as the rating grid does: one edit of the draft."""
    def change(case):
        case.alternative("a1").assessment(criterion).rating = rating
    draft.edit(f"rate {criterion}", change)


def handlings(draft) -> dict[str, str]:
    return {e.negative: e.handling for e in draft.case.alternative("a1").trade_offs}


def test_a_new_trade_off_appears_flagged_and_typing_a_handling_clears_the_flag(
        qtbot, lang_nb, draft, catalog):
    _page, field = open_page(qtbot, draft, "nb")
    assert unhandled_trade_offs(draft.case, catalog) == []
    assert field.summary.text() == "✓ Alle avveininger er håndtert."
    assert ("a1", "env.noise") not in field.editors

    rate(draft, "env.noise", -1)  # noise now harms, against the social and economic gains
    key = ("a1", "env.noise")
    assert key in field.editors
    flag = field.flags[key]
    assert flag.text() == "! Mangler håndtering"
    assert "#b2182b" in flag.styleSheet()
    assert field.summary.text() == "! 1 avveining mangler håndtering"

    editor = field.editors[key]
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, editor, "Støyskjerming langs Ring 1 (avbøtende tiltak).")
    assert handlings(draft)["env.noise"] == "Støyskjerming langs Ring 1 (avbøtende tiltak)."
    assert unhandled_trade_offs(draft.case, catalog) == []
    assert flag.text() == "✓ Håndtert"
    assert field.summary.text() == "✓ Alle avveininger er håndtert."
    assert editor.hasFocus()  # the flag changed in place; the editor was not rebuilt

    draft.undo_stack.undo()  # the typing is one undo step
    assert "env.noise" not in handlings(draft)
    assert editor.toPlainText() == ""
    assert flag.text() == "! Mangler håndtering"
    draft.undo_stack.undo()  # and the rating
    assert ("a1", "env.noise") not in field.editors
    assert field.summary.text() == "✓ Alle avveininger er håndtert."


def test_clearing_a_handling_flags_the_trade_off_again(qtbot, lang_nb, draft, catalog):
    _page, field = open_page(qtbot, draft, "nb")
    editor = field.editors[("a1", "dist.elderly")]
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert "dist.elderly" not in handlings(draft)
    assert [t.negative for t in unhandled_trade_offs(draft.case, catalog)] == ["dist.elderly"]
    assert field.flags[("a1", "dist.elderly")].text() == "! Mangler håndtering"
    draft.revalidate()
    # The unhandled trade-off is flagged on its own card, not repeated under the field.
    assert field.issue_label.isHidden()


def test_a_handling_left_over_after_a_rating_change_is_kept_and_can_be_removed(
        qtbot, lang_nb, draft):
    _page, field = open_page(qtbot, draft, "nb")
    rate(draft, "dist.elderly", 0)
    assert ("a1", "dist.elderly") not in field.editors
    assert handlings(draft)["dist.elderly"] == "Egne takster for TT-brukere."
    remove = next(b for b in field.body.findChildren(QPushButton)
                  if b.property("focus_key") == "a1|dist.elderly|remove"
                  and b.isVisibleTo(field.body))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert "dist.elderly" not in handlings(draft)
    draft.undo_stack.undo()
    assert handlings(draft)["dist.elderly"] == "Egne takster for TT-brukere."


def test_ratings_show_sign_and_number_beside_their_colour(qtbot, lang_nb, draft):
    _page, field = open_page(qtbot, draft, "nb")
    rate(draft, "econ.municipal_budget", 3)
    chip = field.chip(draft.case.alternative("a1"), "econ.municipal_budget")
    assert "+3" in chip and "#2166ac" in chip and "#ffffff" in chip
    assert "\u22121" in field.chip(draft.case.alternative("a1"), "dist.low_income")


def test_undo_inside_the_editor_keeps_the_draft_in_step(qtbot, lang_nb, draft):
    _page, field = open_page(qtbot, draft, "nb")
    editor = field.editors[("a1", "econ.business")]
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " Evaluering i 2028.")
    assert handlings(draft)["econ.business"].endswith("Evaluering i 2028.")
    qtbot.keySequence(editor, QKeySequence(QKeySequence.StandardKey.Undo))
    assert not editor.toPlainText().endswith("Evaluering i 2028.")
    assert handlings(draft)["econ.business"] == editor.toPlainText()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshot(qtbot, request, draft, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    rate(draft, "env.noise", -1)
    page, field = open_page(qtbot, draft, lang)
    expected = "! Mangler håndtering" if lang == "nb" else "! Handling missing"
    assert field.flags[("a1", "env.noise")].text() == expected
    assert save_screenshot(page, f"trade_offs_{lang}").exists()


@pytest.fixture
def two_measure_draft(tmp_path, catalog):
    """The bicycle example: both measures cost the municipality, so both have that trade-off."""
    from impactapp.casefile import read_case_file
    from impactapp.examples import examples_dir
    from impactapp.store import Store
    from impactapp.ui.draft import CaseDraft

    path = examples_dir() / "sykkelvei-trondheimsveien.yaml"
    with Store.open(tmp_path / "two.db") as store:
        yield CaseDraft(store.add_case(read_case_file(path, catalog)), store, catalog)


def test_handling_editors_of_different_measures_are_told_apart_by_name(
        qtbot, lang_nb, two_measure_draft):
    _page, field = open_page(qtbot, two_measure_draft, "nb")
    shared = [key for key in field.editors if key[1] == "econ.municipal_budget"]
    assert {alt for alt, _ in shared} == {"a1", "a2"}
    names = {key: editor.accessibleName() for key, editor in field.editors.items()}
    assert len(set(names.values())) == len(names)  # no two editors share a name
    for (alt_id, _negative), name in names.items():
        assert two_measure_draft.case.alternative(alt_id).name in name
    assert names[("a1", "econ.municipal_budget")].startswith(
        "Håndtering av den negative virkningen på Kommunens økonomi – Sykkelvei")
