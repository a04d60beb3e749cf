"""The assessment grid: a caseworker rates measures on criteria with the keyboard and the inline
editor, and the draft holds exactly what was typed."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit

from impactapp.domain.serialize import case_to_data
from impactapp.store import Store
from impactapp.ui.fields.districts import DistrictsField
from impactapp.ui.fields.rating_grid import ISSUES_ROLE
from impactapp.ui.fields.rating_style import RDBU7, UNKNOWN_COLOUR, colour_class, rating_text

from .conftest import save_screenshot
from .rating_driver import (
    assessment,
    focused,
    go_to_cell,
    grid,
    make_draft,
    make_page,
    press,
    rate,
    send_text,
    shown_keys,
    type_keys,
    wizard_window,
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ui.db") as s:
        yield s


@pytest.fixture
def keep_alive():
    """Objects that must outlive the test function (until later fixtures are torn down)."""
    kept: list = []
    yield kept
    kept.clear()


# --- rating with the keyboard -------------------------------------------------------------------


def test_typed_rating_justification_and_certainty_land_in_the_draft_and_undo(
        qtbot, lang_nb, store, catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    noise = assessment(draft, "a1", "env.noise")
    original = (noise.rating, noise.certainty, noise.justification)
    assert original[:2] == (1, "low")

    rate(qtbot, field, "a1", "env.noise", "-2")
    assert assessment(draft, "a1", "env.noise").rating == -2
    assert field.view.model().index(field.view.currentIndex().row(), 0).data() == "\u22122"

    press(qtbot, Qt.Key.Key_Tab)  # from the grid into the inline editor
    assert focused() is field.editor.justification
    field.editor.justification.selectAll()
    type_keys(qtbot, "Mer støy for Ánde Bierŋa Čuđe på Tøyen")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is field.editor.certainty
    press(qtbot, Qt.Key.Key_Down)  # low -> medium

    a = assessment(draft, "a1", "env.noise")
    assert a.justification == "Mer støy for Ánde Bierŋa Čuđe på Tøyen"
    assert a.certainty == "medium"
    assert field.editor.mitigation.isVisible()  # a negative rating asks for mitigation

    draft.undo_stack.undo()
    assert assessment(draft, "a1", "env.noise").certainty == "low"
    draft.undo_stack.undo()  # all the typing is one step
    assert assessment(draft, "a1", "env.noise").justification == original[2]
    assert field.editor.justification.toPlainText() == original[2]
    draft.undo_stack.undo()
    assert assessment(draft, "a1", "env.noise").rating == 1
    draft.undo_stack.redo()
    assert assessment(draft, "a1", "env.noise").rating == -2


def test_tab_commits_a_typed_rating_and_a_new_assessment_keeps_catalog_order(
        qtbot, lang_nb, store, catalog, case_file):
    def add_measure(case):
        case.alternatives.append(replace(case.alternatives[1], id="a2", name="Beboerparkering",
                                         assessments=[], sdg_targets=[], trade_offs=[]))
    draft = make_draft(store, catalog, case_file, add_measure)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    rate(qtbot, field, "a2", "env.noise", "3", finish=Qt.Key.Key_Tab)
    rate(qtbot, field, "a2", "env.climate_mitigation", "0", finish=Qt.Key.Key_Tab)
    alt = draft.case.alternative("a2")
    assert [(a.criterion, a.rating) for a in alt.assessments] == [
        ("env.climate_mitigation", 0), ("env.noise", 3)]


def test_list_editor_offers_the_scale_with_labels_and_sets_the_choice(
        qtbot, lang_nb, store, catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    go_to_cell(qtbot, field, "a1", "env.air_quality")
    press(qtbot, Qt.Key.Key_Return)
    combo = field.view.findChild(QComboBox)
    assert combo is not None
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[:7] == ["+3 Svært positiv", "+2 Positiv", "+1 Noe positiv",
                         "0 Ingen eller ubetydelig", "\u22121 Noe negativ", "\u22122 Negativ",
                         "\u22123 Svært negativ"]
    assert "? Ukjent (kunnskapshull)" in items and "\u2013 Ikke relevant" in items
    qtbot.waitUntil(lambda: combo.view().isVisible())
    assert combo.currentText() == "+1 Noe positiv"
    qtbot.keyClick(combo.view(), Qt.Key.Key_Up)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: assessment(draft, "a1", "env.air_quality").rating == 2)


def test_delete_removes_a_rating_and_undo_brings_it_back(qtbot, lang_nb, store, catalog,
                                                         case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    go_to_cell(qtbot, field, "a1", "env.air_quality")
    press(qtbot, Qt.Key.Key_Delete)
    assert assessment(draft, "a1", "env.air_quality") is None
    assert field.model.index(field.view.currentIndex().row(), 0).data() == ""
    draft.undo_stack.undo()
    assert assessment(draft, "a1", "env.air_quality").justification.startswith("Mindre trafikk")


# --- what the grid shows ---------------------------------------------------------------------


def test_zero_alternative_has_no_column_and_the_note_says_why(qtbot, lang_nb, store, catalog,
                                                             case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page)
    model = field.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Avgiftsøkning på 40 prosent"]
    assert "Nullalternativ – dagens avgifter" in field.note.text()
    assert "referansen" in field.note.text()


def test_screened_out_criteria_are_hidden_until_show_all(qtbot, lang_nb, store, catalog,
                                                         case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    assert shown_keys(field) == ["env.climate_mitigation", "env.air_quality", "env.noise",
                                 "env.green_spaces"]
    assert field.show_all.text() == "Vis alle kriterier (6 avgrenset bort)"
    field.show_all.setFocus()
    qtbot.keyClick(field.show_all, Qt.Key.Key_Space)
    assert shown_keys(field) == [c.id for c in catalog.criteria_in("env")]
    row = shown_keys(field).index("env.nature") + 1  # after the pillar heading
    assert field.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).italic()
    rate(qtbot, field, "a1", "env.nature", "-1")
    assert assessment(draft, "a1", "env.nature").rating == -1


def test_a_dfo9_criterion_accepts_four_and_refuses_five(qtbot, lang_nb, store, catalog,
                                                         case_file):
    criteria = dict(catalog.criteria)
    criteria["env.noise"] = replace(criteria["env.noise"], scale="dfo9")
    dfo_catalog = replace(catalog, criteria=criteria)
    draft = make_draft(store, dfo_catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    rate(qtbot, field, "a1", "env.noise", "+4")
    assert assessment(draft, "a1", "env.noise").rating == 4
    rate(qtbot, field, "a1", "env.noise", "+5")
    assert assessment(draft, "a1", "env.noise").rating == 4
    assert "«+5» er ikke på kriteriets skala (\u22124 … +4)" in field.hint.text()
    press(qtbot, Qt.Key.Key_Escape)
    rate(qtbot, field, "a1", "env.air_quality", "4")  # impact7 stops at 3
    assert assessment(draft, "a1", "env.air_quality").rating == 1


def cell_colours(field, alt_id: str, key: str) -> set[str]:
    index = field.model.position(alt_id, key)
    image = field.view.viewport().grab(field.view.visualRect(index)).toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width())
            for y in range(image.height())}


def test_unknown_and_not_relevant_are_painted_as_question_mark_and_dash(
        qtbot, lang_nb, store, catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    rate(qtbot, field, "a1", "env.air_quality", "?")
    rate(qtbot, field, "a1", "env.noise", "\u2013")
    rate(qtbot, field, "a1", "env.green_spaces", "n")
    assert assessment(draft, "a1", "env.air_quality").rating == "unknown"
    assert assessment(draft, "a1", "env.noise").rating == "not_relevant"
    assert assessment(draft, "a1", "env.green_spaces").rating == "not_relevant"
    model = field.model
    text = {key: model.position("a1", key).data() for key in ("env.air_quality", "env.noise",
                                                               "env.climate_mitigation")}
    assert text == {"env.air_quality": "?", "env.noise": "\u2013",
                    "env.climate_mitigation": "+1"}
    field.view.clearFocus()
    field.view.setCurrentIndex(model.position("a1", "env.green_spaces"))
    assert UNKNOWN_COLOUR in cell_colours(field, "a1", "env.air_quality")
    signed = set(RDBU7) - {RDBU7[3]}  # the colours of negative and positive ratings
    assert not signed & cell_colours(field, "a1", "env.noise")
    assert UNKNOWN_COLOUR not in cell_colours(field, "a1", "env.noise")
    assert RDBU7[4] in cell_colours(field, "a1", "env.climate_mitigation")  # +1 of impact7


def test_a_focused_cell_asks_for_its_criterions_guidance(qtbot, lang_nb, store, catalog,
                                                         case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page)
    topics = []
    page.help_requested.connect(topics.append)
    go_to_cell(qtbot, field, "a1", "dist.low_income")
    criterion = catalog.criteria["dist.low_income"]
    topic = topics[-1]
    assert topic.title == criterion.name.nb
    assert topic.questions == tuple(q.nb for q in criterion.questions)
    assert topic.questions and topic.targets == criterion.target_ids
    assert topic.guide == "rating"


def test_cells_with_issues_are_marked_and_the_editor_explains(qtbot, lang_nb, store, catalog,
                                                             case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    rate(qtbot, field, "a1", "env.noise", "-2")
    draft.revalidate()
    index = field.model.position("a1", "env.noise")
    assert index.data(ISSUES_ROLE) == []  # the file's justification still stands
    field.view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    field.editor.justification.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    draft.revalidate()
    messages = [i.message.nb for i in index.data(ISSUES_ROLE)]
    assert messages == ["Begrunn vurderingen av «Støy»."]
    assert "! Begrunn vurderingen av «Støy»." in field.editor.issue_label.text()
    assert "Vurderinger som trenger oppfølging: 1, merket med !" in field.issue_label.text()
    assert "!" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    type_keys(qtbot, "Trafikken flyttes")
    draft.revalidate()
    assert index.data(ISSUES_ROLE) == []
    assert not field.issue_label.isVisible()


def test_read_only_case_cannot_be_rated(qtbot, lang_nb, store, catalog, case_file):
    def approved(case) -> None:
        case.status, case.approved_by = "approved", "Leder"
        case.approved_at = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)

    draft = make_draft(store, catalog, case_file, approved)
    assert draft.read_only
    page = make_page(qtbot, draft, "environment")
    field = grid(page)
    before = case_to_data(draft.case)
    go_to_cell(qtbot, field, "a1", "env.noise")
    send_text(field.view, "3")
    press(qtbot, Qt.Key.Key_Delete)
    assert field.view.findChild(QLineEdit) is None
    assert field.editor.justification.isReadOnly()
    assert not field.editor.certainty.isEnabled()
    assert case_to_data(draft.case) == before


# --- screenshots ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshots_of_the_environment_and_distribution_steps(qtbot, request, store, catalog,
                                                               case_file, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")

    def prepare(case):
        second = replace(case.alternatives[1], id="a2", name="Avgift bare i rushtiden",
                         description="", assessments=[], sdg_targets=[], trade_offs=[])
        case.alternatives.append(second)
    draft = make_draft(store, catalog, case_file, prepare)
    window = wizard_window(qtbot, draft, lang)
    env = grid(window.page("environment"))
    rate(qtbot, env, "a2", "env.climate_mitigation", "2")
    rate(qtbot, env, "a2", "env.air_quality", "?")
    rate(qtbot, env, "a2", "env.noise", "-1")
    go_to_cell(qtbot, env, "a2", "env.noise")
    draft.revalidate()
    assert env.model.position("a2", "env.noise").data(ISSUES_ROLE)
    qtbot.wait(50)  # let the pending layout requests run, as the event loop would
    save_screenshot(window, f"ratings_environment_{lang}")

    window.go_to(1)
    dist = grid(window.page("distribution"))
    districts = grid(window.page("distribution"), DistrictsField)
    go_to_cell(qtbot, dist, "a1", "dist.low_income")
    assert districts.view.isVisible()
    qtbot.wait(50)
    save_screenshot(window, f"ratings_distribution_{lang}")


def test_the_grid_model_keeps_qts_model_contract(qtbot, keep_alive, qtmodeltester, lang_nb, store,
                                                 catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    keep_alive.append(page)
    field = grid(page)
    qtmodeltester.check(field.model, force_py=True)
    field.show_all.setChecked(True)
    qtmodeltester.check(field.model, force_py=True)
    assert field.model.rowCount() == 2 + len(catalog.criteria_in("soc")) + len(
        catalog.criteria_in("dist"))


def test_scales_of_other_ranges_map_onto_the_same_colour_ends(catalog):
    impact7, dfo9 = catalog.scales["impact7"], catalog.scales["dfo9"]
    assert [colour_class(v, impact7) for v in impact7.values] == [-3, -2, -1, 0, 1, 2, 3]
    assert [colour_class(v, dfo9) for v in dfo9.values] == [-3, -2, -2, -1, 0, 1, 2, 2, 3]
    assert [rating_text(v) for v in (-4, 0, 4, "unknown", "not_relevant", None)] == [
        "\u22124", "0", "+4", "?", "\u2013", ""]
