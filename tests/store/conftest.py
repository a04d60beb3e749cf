"""A fresh database per test, and a small but complete case to store in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from impactapp.domain.model import (
    Alternative,
    Assessment,
    Case,
    Confidentiality,
    Cost,
    GhgEstimate,
    IndicatorLink,
    Recommendation,
    ReviewVerdict,
    ScreeningEntry,
    SdgLink,
    TradeOffHandling,
)
from impactapp.store import Store

SAMI = "á č đ ŋ š ŧ ž"


def make_case(title: str = "Lavutslippssone for tunge kjøretøy i indre by") -> Case:
    """A case with a zero alternative and two measures, every kind of rating and number."""
    zero = Alternative(
        id="a0",
        name="Nullalternativ – dagens ordning",
        zero=True,
        description="Dagens ordning videreføres.",
    )
    zone = Alternative(
        id="a1",
        name="Lavutslippssone fra 2027",
        description=f"Sone i indre by; skilting også på nordsamisk ({SAMI}).",
        cost=Cost(investment_nok=12_000_000, annual_nok=3_000_000.5),
        ghg=GhgEstimate(
            tonnes_co2e_per_year=-4200,
            from_year=2027,
            quantifiable=True,
            scope="direct",
            method="Trafikkmodell for Oslo.",
        ),
        assessments=[
            Assessment(
                "env.climate_mitigation", 2, certainty="medium", directness="direct",
                horizon="long", justification="Færre tunge dieselkjøretøy.",
            ),
            Assessment(
                "dist.low_income", -1, certainty="low",
                justification="Høyere kostnader for små transportører.",
                mitigation="Overgangsordning for små bedrifter.",
            ),
            Assessment(
                "dist.geography", -1, justification="Trafikk flyttes til ytre by.",
                districts={"030110": -1, "030111": -2, "030105": 1},
            ),
            Assessment("env.noise", "not_relevant", justification="Ingen endring i støy."),
            Assessment("soc.public_health", "unknown", justification="Mangler helsedata."),
        ],
        sdg_targets=[
            SdgLink("11.6", "positive", note="Bedre luft i byen."),
            SdgLink("10.2", "negative"),
        ],
        trade_offs=[TradeOffHandling("dist.low_income", "Overgangsordning i to år.")],
    )
    toll = Alternative(
        id="a2",
        name="Bompenger i rushtiden (forsøk)",
        cost=Cost(investment_nok=2_500_000),
        ghg=GhgEstimate(quantifiable=False, reason="Effekten avhenger av takstene."),
        assessments=[
            Assessment("env.climate_mitigation", 1, certainty="high", justification="Mindre kø."),
            Assessment("econ.municipal_budget", 0),
        ],
        sdg_targets=[SdgLink("13.2", "positive")],
    )
    return Case(
        title=title,
        unit="Bymiljøetaten",
        caseworker="Kari Nordmann",
        decision_body="Bystyret",
        case_number="25/01234",
        decision_date=date(2026, 3, 1),
        confidentiality=Confidentiality(exempt=True, basis="offl. § 14"),
        depth="full",
        depth_reason="Store kostnader og mange berørte.",
        problem="For mye lokal luftforurensning i indre by; særlig ved skoler i Grønland og Tøyen.",
        goals="Renere luft og lavere utslipp.",
        screening_answers={"affected": "many"},
        screening=[ScreeningEntry("env.noise", False, "Tiltaket endrer ikke trafikkmengden.")],
        alternatives=[zero, zone, toll],
        indicators=[IndicatorLink("ind.ghg_per_inhabitant", "0301", "down")],
        recommendation=Recommendation("a1", "Størst effekt på utslipp til akseptabel kostnad."),
        prerequisites="Vedtak om skilting og kontroll.",
        review=[ReviewVerdict("distribution", "improve", note="Utdyp bydelene.", answer="Gjort.")],
    )


@pytest.fixture
def new_case() -> Callable[..., Case]:
    """The case factory: ``new_case(title)`` makes a fresh, complete case."""
    return make_case


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "impactapp.db"


@pytest.fixture
def store(db_path: Path, clock) -> Iterator[Store]:
    """The store, dating its changes by the test's fixed clock."""
    with Store.open(db_path, who="kari", clock=clock) as opened:
        yield opened
