"""Step 10 of a decided case: each linked indicator shows the observed change since the
decision against the direction the case expected."""

from datetime import date

from PySide6.QtWidgets import QLabel

from impactapp.domain.model import IndicatorLink
from impactapp.ui.fields.indicators import IndicatorsField

from .conftest import open_step_page

SERIES = {("ind.low_income_households", "0301"): [("2020", 10.1), ("2021", 10.4),
                                                  ("2022", 10.9), ("2023", 11.2)],
          ("ind.employment_rate", "0301"): [("2021", 70.0), ("2023", 71.5)],
          ("ind.children_low_income", "0301"): [("2021", 14.0)]}


def labels(field):
    return [label.text() for label in field.body.findChildren(QLabel)]


def test_a_decided_case_shows_the_change_since_its_decision(qtbot, lang_nb, draft, monkeypatch):
    monkeypatch.setattr(IndicatorsField, "series_of", lambda ind, region: SERIES.get(
        (ind, region), []))
    monkeypatch.setattr(IndicatorsField, "latest_value", lambda ind, region: (
        SERIES[(ind, region)][-1][1], SERIES[(ind, region)][-1][0], "SSB")
        if (ind, region) in SERIES else None)
    case = draft.case
    case.indicators[:] = [IndicatorLink("ind.low_income_households", "0301", "down"),
                          IndicatorLink("ind.employment_rate", "0301", "up"),
                          IndicatorLink("ind.children_low_income", "0301", "down")]
    case.decision_date = date(2021, 6, 15)
    _page, field = open_step_page(qtbot, draft, "indicators", "nb")
    assert not any("Siden vedtaket" in t for t in labels(field))  # not decided yet

    case.status = "decided"
    _page, field = open_step_page(qtbot, draft, "indicators", "nb")
    texts = labels(field)
    assert ("11,2 prosent (2023)\nSiden vedtaket (2021 → 2023): +0,8, mot forventet retning\n"
            "SSB") in texts
    assert any("Siden vedtaket (2021 → 2023): +1,5, som forventet" in t for t in texts)
    assert any("Siden vedtaket: ingen tall etter 2021 ennå" in t for t in texts)
