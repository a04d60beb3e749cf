"""Hand-made cases for the comparison and portfolio tests, with the figures worked out by hand.

Case 1 (decided, Bymiljøetaten, 2026): a toll; the recommended a1 cuts 4,200 t CO2e from 2027,
harms low-income households (mitigated, trade-off handled) and some districts (not mitigated).
Case 2 (approved, Utdanningsetaten, 2027): a school merger; the recommended a2 saves money,
harms children (no mitigation), has an unquantified climate effect and mixed effects on goal 4.
Case 3 (draft, no recommendation yet): one measure with a knowledge gap.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from impactapp.domain.model import (
    Alternative,
    Assessment,
    Case,
    Confidentiality,
    Cost,
    GhgEstimate,
    Recommendation,
    SdgLink,
    TradeOffHandling,
)

ZERO = Alternative(id="a0", name="Nullalternativ", zero=True)


def toll_case() -> Case:
    a1 = Alternative(
        id="a1",
        name="Bompenger i rushtiden",
        cost=Cost(investment_nok=12_000_000, annual_nok=3_000_000),
        ghg=GhgEstimate(tonnes_co2e_per_year=-4200, from_year=2027, quantifiable=True,
                        scope="direct"),
        assessments=[
            Assessment("env.climate_mitigation", 2, justification="Mindre trafikk."),
            Assessment("env.noise", "not_relevant", justification="Ingen endring."),
            Assessment("soc.public_health", "unknown", justification="Mangler data."),
            Assessment("dist.low_income", -1, justification="Dyrere å kjøre.",
                       mitigation="Rabatt for lav inntekt."),
            Assessment("dist.geography", -1, justification="Trafikk flyttes.",
                       districts={"030110": -1, "030111": -2, "030105": 1}),
            Assessment("econ.municipal_budget", 0),
        ],
        sdg_targets=[SdgLink("11.6", "positive"), SdgLink("10.2", "negative"),
                     SdgLink("13.2", "positive")],
        trade_offs=[TradeOffHandling("dist.low_income", "Rabattordning.")],
    )
    a2 = Alternative(
        id="a2",
        name="Parkeringsavgift",
        assessments=[
            Assessment("env.climate_mitigation", 1, justification="Litt mindre trafikk."),
            Assessment("soc.public_health", "unknown", justification="Mangler data."),
            Assessment("econ.municipal_budget", -2, justification="Dyr drift."),
        ],
    )
    return Case(
        title="Bompenger for tunge kjøretøy – forsøk på Grorud (á č đ ŋ š ŧ ž)",
        case_number="26/00001", unit="Bymiljøetaten", decision_body="Bystyret",
        decision_date=date(2026, 3, 1), depth="simplified", status="decided",
        approved_by="Leder", approved_at=datetime(2026, 2, 20, 10, 0, tzinfo=UTC),
        alternatives=[ZERO, a1, a2], recommendation=Recommendation("a1", "Best effekt."),
    )


def school_case() -> Case:
    a1 = Alternative(
        id="a1",
        name="Sammenslåing på Bislett",
        ghg=GhgEstimate(tonnes_co2e_per_year=25, from_year=2028, quantifiable=True),
        assessments=[
            Assessment("soc.education", -1, justification="Lengre skolevei."),
            Assessment("dist.children_youth", -2, justification="Større skole.",
                       mitigation="Skolevei sikres."),
            Assessment("env.climate_mitigation", 1, justification="Færre bygg."),
        ],
    )
    a2 = Alternative(
        id="a2",
        name="Sammenslåing på Ullevål",
        ghg=GhgEstimate(quantifiable=False, reason="Avhenger av transport."),
        assessments=[
            Assessment("econ.municipal_budget", 2, justification="Lavere drift."),
            Assessment("dist.children_youth", -1, justification="Lengre skolevei."),
        ],
        sdg_targets=[SdgLink("4.a", "positive"), SdgLink("4.5", "negative"),
                     SdgLink("11.1", "negative")],
    )
    return Case(
        title="Sammenslåing av to skoler",
        case_number="27/00002", unit="Utdanningsetaten", decision_body="Bystyret",
        decision_date=date(2027, 1, 15), depth="full", status="approved",
        approved_by="Leder", approved_at=datetime(2027, 1, 5, 10, 0, tzinfo=UTC),
        confidentiality=Confidentiality(exempt=True, basis="offl. § 23"),
        alternatives=[ZERO, a1, a2], recommendation=Recommendation("a2", "Billigst."),
    )


def draft_case() -> Case:
    a1 = Alternative(
        id="a1", name="Nye boliger",
        assessments=[Assessment("soc.housing", "unknown", justification="Ukjent pris.")],
    )
    return Case(title="Utkast uten anbefaling", unit="Boligbygg Oslo KF", status="draft",
                alternatives=[ZERO, a1])


def hand_made_cases() -> list[Case]:
    return [toll_case(), school_case(), draft_case()]
