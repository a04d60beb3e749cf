"""The district grid: the effect of a measure in each bydel, kept in the geography assessment."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from impactapp.domain.model import Region, ScreeningEntry
from impactapp.store import Store
from impactapp.ui.fields.districts import DistrictsField, district_groups
from impactapp.ui.fields.rating_grid import ISSUES_ROLE

from .conftest import save_screenshot
from .rating_driver import go_to_cell, grid, make_draft, make_page, press, rate, wizard_window

GEOGRAPHY = "dist.geography"


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


def districts_of(draft, alt_id: str = "a1") -> dict[str, int]:
    return dict(draft.case.alternative(alt_id).assessment(GEOGRAPHY).districts)


def test_rows_are_the_fifteen_bydeler_of_oslo(qtbot, lang_nb, store, catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    assert [r.key for r in field.model.rows] == [d.code for d in catalog.districts_of("0301")]
    assert len(field.model.rows) == 15
    assert field.model.headerData(0, Qt.Orientation.Horizontal) == \
        "Avgiftsøkning på 40 prosent (samlet \u22121)"
    assert field.model.position("a1", "030115").data() == "\u22122"


def test_writes_three_bydeler_and_clears_one(qtbot, lang_nb, store, catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    assert districts_of(draft) == {"030101": -1, "030105": 1, "030115": -2}
    rate(qtbot, field, "a1", "030102", "2")  # Grünerløkka
    rate(qtbot, field, "a1", "030103", "-1", finish=Qt.Key.Key_Tab)  # Sagene
    rate(qtbot, field, "a1", "030111", "\u22123")  # Stovner, typed with a real minus sign
    go_to_cell(qtbot, field, "a1", "030101")  # Gamle Oslo
    press(qtbot, Qt.Key.Key_Delete)
    assert districts_of(draft) == {"030102": 2, "030103": -1, "030105": 1, "030111": -3,
                                   "030115": -2}
    assert draft.case.alternative("a1").assessment(GEOGRAPHY).rating == -1  # untouched
    draft.undo_stack.undo()
    assert districts_of(draft)["030101"] == -1


def test_a_district_takes_no_special_value_nor_a_value_off_the_scale(qtbot, lang_nb, store,
                                                                    catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    rate(qtbot, field, "a1", "030102", "?")
    press(qtbot, Qt.Key.Key_Escape)
    rate(qtbot, field, "a1", "030102", "7")
    press(qtbot, Qt.Key.Key_Escape)
    assert "030102" not in districts_of(draft)
    assert "«7» er ikke på kriteriets skala (\u22123 … +3)" in field.hint.text()


def test_rating_geography_in_the_grid_above_adds_the_measures_column(qtbot, lang_nb, store,
                                                                    catalog, case_file):
    def unrated(case):
        alt = case.alternative("a1")
        alt.assessments = [a for a in alt.assessments if a.criterion != GEOGRAPHY]
    draft = make_draft(store, catalog, case_file, unrated)
    page = make_page(qtbot, draft, "distribution")
    ratings, field = grid(page), grid(page, DistrictsField)
    assert not field.view.isVisible()
    assert "Vurder «Forskjeller mellom bydeler» for et tiltak" in field.note.text()
    rate(qtbot, ratings, "a1", GEOGRAPHY, "-2")
    assert field.view.isVisible()
    rate(qtbot, field, "a1", "030112", "-3")  # Alna
    assert draft.case.alternative("a1").assessment(GEOGRAPHY).districts == {"030112": -3}


def test_screened_out_geography_shows_a_one_line_note(qtbot, lang_nb, store, catalog,
                                                     case_file):
    def screen_out(case):
        case.screening.append(ScreeningEntry(GEOGRAPHY, False, "Gjelder bare indre by."))
    draft = make_draft(store, catalog, case_file, screen_out)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    assert not field.view.isVisible()
    assert field.note.text() == ("«Forskjeller mellom bydeler» er avgrenset bort som ikke "
                                 "relevant, så virkning per bydel etterspørres ikke.")


def test_missing_districts_at_full_depth_are_reported_with_the_measure(qtbot, lang_nb, store,
                                                                       catalog, case_file):
    def full_without_districts(case):
        case.depth = "full"
        case.alternative("a1").assessment(GEOGRAPHY).districts = {}
    draft = make_draft(store, catalog, case_file, full_without_districts)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    assert ("Avgiftsøkning på 40 prosent: Angi virkningen for hver berørt bydel."
            in field.issue_label.text())
    rate(qtbot, field, "a1", "030110", "-1")
    draft.revalidate()
    assert not field.issue_label.isVisible()
    assert field.model.position("a1", "030110").data(ISSUES_ROLE) == []


def test_another_municipality_with_districts_gets_its_own_heading(catalog):
    regions = dict(catalog.regions)
    regions["4601"] = Region("4601", "Bergen", "kommune")
    regions["460101"] = Region("460101", "Arna", "bydel", "4601")
    groups = district_groups(replace(catalog, regions=regions))
    assert [(k.name, [d.name for d in ds][:1]) for k, ds in groups] == [
        ("Oslo", ["Gamle Oslo"]), ("Bergen", ["Arna"])]


def test_two_municipalities_show_heading_rows(qtbot, lang_nb, store, catalog, case_file):
    regions = dict(catalog.regions)
    regions["4601"] = Region("4601", "Bergen", "kommune")
    regions["460101"] = Region("460101", "Arna", "bydel", "4601")
    two = replace(catalog, regions=regions)
    draft = make_draft(store, two, case_file)
    page = make_page(qtbot, draft, "distribution")
    field = grid(page, DistrictsField)
    headings = [r.title for r in field.model.rows if r.heading]
    assert headings == ["Oslo", "Bergen"]
    rate(qtbot, field, "a1", "460101", "1")
    assert districts_of(draft)["460101"] == 1


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshot_of_the_district_grid(qtbot, request, store, catalog, case_file, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    draft = make_draft(store, catalog, case_file)
    window = wizard_window(qtbot, draft, lang)
    window.go_to(1)
    page = window.page("distribution")
    field = grid(page, DistrictsField)
    rate(qtbot, field, "a1", "030112", "-2")
    go_to_cell(qtbot, field, "a1", "030104")
    page.ensureWidgetVisible(field, 0, 0)
    qtbot.wait(50)
    save_screenshot(window, f"districts_{lang}")
    assert districts_of(draft)["030112"] == -2


def test_the_district_model_keeps_qts_model_contract(qtbot, keep_alive, qtmodeltester, lang_nb,
                                                     store, catalog, case_file):
    draft = make_draft(store, catalog, case_file)
    page = make_page(qtbot, draft, "distribution")
    keep_alive.append(page)
    field = grid(page, DistrictsField)
    qtmodeltester.check(field.model, force_py=True)
    assert field.model.columnCount() == 1
