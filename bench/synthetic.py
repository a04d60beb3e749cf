"""Synthetic but plausible cases for benchmarks: every criterion rated for every measure."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from impactapp.domain.model import (
    Alternative,
    Assessment,
    Case,
    Catalog,
    Cost,
    GhgEstimate,
    Recommendation,
    TradeOffHandling,
)

UNITS = (
    "Bymiljøetaten",
    "Utdanningsetaten",
    "Boligbygg Oslo KF",
    "Bydel Grünerløkka",
    "Bydel Søndre Nordstrand",
    "Sykehjemsetaten",
    "Kultur- og idrettsbygg",
)
BODIES = ("Bystyret", "Byrådet", "Etatsdirektør")
STATUSES = ("draft", "draft", "in_review", "approved", "decided")


def make_case(i: int, catalog: Catalog, measures: int = 3, seed: int = 0) -> Case:
    """Case number ``i`` with ``measures`` measures beside the zero alternative."""
    rng = random.Random(seed * 1_000_003 + i)
    criteria = list(catalog.criteria.values())
    districts = [r.code for r in catalog.regions.values() if r.parent]
    alternatives = [Alternative(id="a0", name="Nullalternativ – dagens ordning", zero=True,
                                description="Videreføring av dagens ordning.")]
    for m in range(1, measures + 1):
        assessments = []
        for criterion in criteria:
            scale = catalog.scales[criterion.scale]
            roll = rng.random()
            rating: int | str
            if roll < 0.05:
                rating = "unknown"
            elif roll < 0.1:
                rating = "not_relevant"
            else:
                rating = rng.choice(scale.values)
            assessments.append(
                Assessment(
                    criterion=criterion.id,
                    rating=rating,
                    certainty=rng.choice(("low", "medium", "high")),
                    directness=rng.choice(("direct", "indirect")),
                    horizon=rng.choice(("short", "long")),
                    justification=f"Vurdering {i}.{m} av {criterion.name.nb.lower()}.",
                    mitigation="Avbøtende tiltak vurderes." if rating in (-1, -2, -3) else "",
                    districts=(
                        {code: rng.choice((-1, 0, 1, 2)) for code in rng.sample(districts, 3)}
                        if criterion.id == "dist.geography" and districts and rating != "unknown"
                        else {}
                    ),
                )
            )
        negatives = [a.criterion for a in assessments if isinstance(a.rating, int) and a.rating < 0]
        alternatives.append(
            Alternative(
                id=f"a{m}",
                name=f"Tiltak {m} for sak {i}",
                description="Beskrivelse av tiltaket.",
                cost=Cost(investment_nok=rng.randrange(0, 50_000_000, 1000),
                          annual_nok=rng.randrange(0, 5_000_000, 1000)),
                ghg=GhgEstimate(tonnes_co2e_per_year=rng.randrange(-5000, 500), from_year=2027,
                                quantifiable=True, scope="direct", method="Anslag."),
                assessments=assessments,
                trade_offs=[TradeOffHandling(negative=n, handling="Håndteres gjennom tiltak.")
                            for n in negatives[:2]],
            )
        )
    status = rng.choice(STATUSES)
    locked = status in ("approved", "decided")
    return Case(
        title=f"Syntetisk sak {i}: tiltak for bedre byliv",
        case_number=f"{24 + i % 3}/{i:05d}",
        unit=rng.choice(UNITS),
        caseworker="Kari Nordmann",
        decision_body=rng.choice(BODIES),
        decision_date=date(2026 + i % 3, 1 + i % 12, 1 + i % 28),
        depth=rng.choice(("minimum", "simplified", "full")),
        status=status,
        approved_by="Ola Leder" if locked else "",
        approved_at=datetime(2026, 1, 1 + i % 28, 12, tzinfo=UTC) if locked else None,
        problem="Problembeskrivelse.",
        goals="Mål for tiltaket.",
        alternatives=alternatives,
        recommendation=Recommendation(alternative="a1", justification="Best samlet sett."),
        prerequisites="Finansiering i budsjettet.",
    )
