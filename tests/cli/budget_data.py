"""A small database for the follow-up and budget tests: decided, approved, stopped, pipeline."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from impactapp.domain.clock import FixedClock
from impactapp.domain.model import Confidentiality, Cost, GhgEstimate, Recommendation, SdgLink
from impactapp.store import Store
from tests.store.conftest import make_case

DECIDED_ON = date(2027, 1, 20)
APPROVED_AT = datetime(2027, 1, 15, 9, tzinfo=UTC)


def _case(title: str, status: str, tonnes: float, scope: str = "direct", unit: str = "BYM",
          from_year: int = 2027):
    case = make_case(title)
    case.status, case.unit = status, unit
    case.confidentiality = Confidentiality()
    if status in ("approved", "decided"):
        case.approved_by, case.approved_at = "Leder Lund", APPROVED_AT
    case.decision_date = DECIDED_ON
    measure = case.alternatives[1]
    measure.ghg = GhgEstimate(tonnes, from_year, True, scope)
    measure.cost = Cost(1_000_000, 100_000)
    measure.sdg_targets = [SdgLink("13.2", "positive")]
    case.recommendation = Recommendation(measure.id)
    return case


def build(path: Path) -> dict[str, int]:
    """The cases, by name: ids to use in the tests."""
    clock = FixedClock(datetime(2027, 2, 1, 9, tzinfo=UTC))
    with Store.open(path, who="kari", clock=clock) as store:
        ids = {
            "zone": store.add_case(_case("Lavutslippssone", "decided", -1000)).id,
            "bus": store.add_case(_case("=SUM(A1:A9) bussfelt", "decided", -200,
                                        unit="Sporveien")).id,
            "stopped": store.add_case(_case("Ladepunkter", "decided", -500)).id,
            "indirect": store.add_case(_case("Innkjøpskrav", "approved", -300, "indirect")).id,
            "approved": store.add_case(_case("Fjernvarme", "approved", -50, from_year=2029)).id,
            "draft": store.add_case(_case("Nullutslippssone", "draft", -4000)).id,
        }
        secret = _case("Tomtekjøp", "in_review", -7, unit="EBY")
        secret.confidentiality = Confidentiality(True, "Offl. § 23")
        ids["secret"] = store.add_case(secret).id
        store.report_followup(ids["stopped"], "a1", "stopped", reason="Vedtaket ble opphevet.")
        store.report_followup(ids["bus"], "a1", "in_progress", effect_tonnes=-20)
    return ids
