"""The memo's indicator lines show the gap to the municipality's target and, for a decided
case, the observed change since the decision against the expected direction."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

from impactapp.domain.indicator_targets import IndicatorTarget
from impactapp.domain.observation import Observation
from impactapp.indicators.latest import LatestFigure
from impactapp.indicators.steering import with_steering
from impactapp.report import build_memo
from impactapp.report.pdfa import render_memo_pdf

from .conftest import flat, pdf_text

EU60 = "ind.low_income_households"
FIGURES = {"2020": 10.1, "2021": 10.4, "2022": 10.9, "2023": 11.2}


def observations_of(indicator, regions):
    return [Observation(indicator, region, period, value, "", "prosent", "06947", "",
                        datetime(2026, 11, 2, tzinfo=UTC))
            for region in regions if indicator == EU60 and region == "0301"
            for period, value in FIGURES.items()]


def memo_of(case, catalog, lang="nb", targets=None):
    latest = {(EU60, "0301"): LatestFigure(11.2, "2023", "prosent", "SSB", "06947",
                                           date(2026, 11, 2), "")}
    values = with_steering(latest, case.indicators, observations_of,
                           targets if targets is not None else {
                               EU60: IndicatorTarget(EU60, 9.5, 2030, "lower")})
    return build_memo(case, catalog, lang, indicator_values=values)


def decided(full):
    case = copy.deepcopy(full)
    case.status = "decided"
    case.decision_date = date(2021, 5, 4)
    assert (case.indicators[0].indicator, case.indicators[0].region) == (EU60, "0301")
    case.indicators[0].expected = "down"
    return case


def test_a_decided_case_shows_gap_and_change_since_the_decision(full, catalog):
    memo = memo_of(decided(full), catalog)
    line = memo.indicators[0]
    assert line.follow_up == ("Mål: høyst 9,5 innen 2030; avstand 1,7; ikke i rute. "
                              "Siden vedtaket (2021–2023): +0,8, mot forventet retning.")
    assert memo.indicators[1].follow_up == ""
    english = memo_of(decided(full), catalog, "en").indicators[0].follow_up
    assert english.endswith("Since the decision (2021–2023): +0.8, against the expected "
                            "direction.")
    text = flat(pdf_text(render_memo_pdf(memo)))
    assert "Siden vedtaket (2021–2023): +0,8, mot forventet retning." in text


def test_a_case_not_decided_shows_only_the_gap_and_no_target_nothing(full, catalog):
    case = copy.deepcopy(full)
    case.status = "draft"
    assert memo_of(case, catalog).indicators[0].follow_up == (
        "Mål: høyst 9,5 innen 2030; avstand 1,7; ikke i rute.")
    assert memo_of(case, catalog, targets={}).indicators[0].follow_up == ""
