"""Step 10: indicators from the common set are chosen for Oslo or a bydel, with the expected
direction and the latest imported value."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from impactapp.domain.model import IndicatorLink
from impactapp.ui.fields.indicators import INDICATOR_ROLE, IndicatorsField
from impactapp.ui.wizard.page import StepPage

from .conftest import open_step_page, save_screenshot


def open_page(qtbot, draft, lang: str) -> tuple[StepPage, IndicatorsField]:
    return open_step_page(qtbot, draft, "indicators", lang)


def by_key(field: IndicatorsField, key: str) -> QWidget:
    found = [w for w in field.body.findChildren(QWidget)
             if w.property("focus_key") == key and w.isVisibleTo(field.body)]
    assert len(found) == 1, key
    return found[0]


def visible_indicators(field: IndicatorsField) -> list[str]:
    tree = field.catalogue
    return [group.child(c).data(0, INDICATOR_ROLE)
            for g in range(tree.topLevelItemCount())
            if not (group := tree.topLevelItem(g)).isHidden()
            for c in range(group.childCount()) if not group.child(c).isHidden()]


def choose(combo: QComboBox, data: str) -> None:
    """Pick an entry the way a person does: open the list, move to the entry, press Enter."""
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(combo.findData(data), 0))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                           Qt.KeyboardModifier.NoModifier))


def test_adds_an_indicator_for_a_district_and_removes_it(qtbot, lang_nb, draft, catalog):
    _page, field = open_page(qtbot, draft, "nb")
    before = list(draft.case.indicators)
    qtbot.mouseClick(field.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field.search, "barn lavinntekt")
    shown = visible_indicators(field)
    assert "ind.children_low_income" in shown
    assert "ind.ghg_emissions_total" not in shown
    assert field.current_indicator().id == shown[0]
    tree = field.catalogue
    item = next(tree.topLevelItem(g).child(c) for g in range(tree.topLevelItemCount())
                for c in range(tree.topLevelItem(g).childCount())
                if tree.topLevelItem(g).child(c).data(0, INDICATOR_ROLE)
                == "ind.children_low_income")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())
    assert field.current_indicator().id == "ind.children_low_income"
    # The indicator exists per bydel, so the 15 bydeler are offered beside Oslo.
    codes = [field.add_region.itemData(i) for i in range(field.add_region.count())]
    assert codes == ["0301"] + [r.code for r in catalog.districts_of("0301")]
    choose(field.add_region, "030101")
    assert field.add_region.currentData() == "030101"
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    added = IndicatorLink("ind.children_low_income", "030101", "down")
    assert draft.case.indicators == [*before, added]
    assert not field.add_button.isEnabled()  # the same indicator and bydel only once
    assert field.focusWidget() is by_key(field, f"{len(before)}|region")

    qtbot.mouseClick(by_key(field, f"{len(before)}|remove"), Qt.MouseButton.LeftButton)
    assert draft.case.indicators == before
    draft.undo_stack.undo()
    assert draft.case.indicators == [*before, added]
    draft.undo_stack.undo()
    assert draft.case.indicators == before


def test_a_municipal_indicator_offers_only_the_municipality(qtbot, lang_nb, draft, catalog):
    _page, field = open_page(qtbot, draft, "nb")
    indicator = catalog.indicators["ind.ghg_emissions_per_inhabitant"]
    assert indicator.levels == ("kommune",)
    assert field.region_options(indicator) == [("0301", "Oslo (hele kommunen)")]


def test_expected_direction_starts_at_the_desired_one_and_can_change(qtbot, lang_nb, draft):
    _page, field = open_page(qtbot, draft, "nb")
    expected = by_key(field, "0|expected")
    assert expected.currentData() == "down"
    assert "(ønsket retning)" in expected.currentText()
    choose(expected, "up")
    assert draft.case.indicators[0].expected == "up"
    assert field.focusWidget() is by_key(field, "0|expected")  # focus survives the rebuild
    choose(by_key(field, "0|region"), "030115")
    assert draft.case.indicators[0] == IndicatorLink("ind.low_income_households", "030115", "up")
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    assert draft.case.indicators[0] == IndicatorLink("ind.low_income_households", "0301", "down")


def test_shows_the_latest_value_when_data_is_imported(qtbot, lang_nb, draft, monkeypatch):
    def latest_value(indicator_id, region):
        if (indicator_id, region) == ("ind.low_income_households", "0301"):
            return 12.3, "2023", "SSB, tabell 06947"
        return None
    _page, field = open_page(qtbot, draft, "nb")
    texts = [label.text() for label in field.body.findChildren(QLabel)]
    assert "ingen data importert ennå" in texts

    monkeypatch.setattr(IndicatorsField, "latest_value", latest_value)
    _page, field = open_page(qtbot, draft, "nb")
    texts = [label.text() for label in field.body.findChildren(QLabel)]
    assert "12,3 prosent (2023)\nSSB, tabell 06947" in texts


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_screenshot(qtbot, request, draft, monkeypatch, lang):
    if lang == "nb":
        request.getfixturevalue("lang_nb")
    draft.edit("add", lambda case: case.indicators.append(
        IndicatorLink("ind.children_low_income", "030101", "down")))
    monkeypatch.setattr(IndicatorsField, "latest_value",
                        lambda ind, region: (14.2, "2023", "SSB 08764") if region == "0301"
                        else None)
    page, field = open_page(qtbot, draft, lang)
    texts = [label.text() for label in field.body.findChildren(QLabel)]
    number = "14,2 prosent" if lang == "nb" else "14.2 per cent"
    assert any(t.startswith(number) for t in texts)
    assert save_screenshot(page, f"indicators_{lang}").exists()


def test_tab_order_runs_through_the_rows_and_on_to_the_search(qtbot, lang_nb, draft):
    _page, field = open_page(qtbot, draft, "nb")
    field.catalogue.setCurrentItem(field.catalogue.topLevelItem(0).child(0))
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)  # rebuilds the rows
    assert len(draft.case.indicators) == 2
    by_key(field, "0|region").setFocus()
    seen = []
    for _ in range(6):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [by_key(field, f"{row}|{part}") for row in (0, 1)
                for part in ("region", "expected", "remove")]
    assert seen == expected
    assert QApplication.focusWidget() is field.search
