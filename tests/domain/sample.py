"""A small hand-built catalog and a case complete at full depth, for the domain's tests."""

from __future__ import annotations

from impactapp.domain.model import (
    Alternative,
    Assessment,
    Case,
    Catalog,
    Cost,
    Criterion,
    CriterionSdgLink,
    GhgEstimate,
    IndicatorLink,
    Pillar,
    Recommendation,
    Region,
    Scale,
    ScaleStep,
    ScreeningEntry,
    SdgGoal,
    SdgTarget,
    Text,
    TradeOffHandling,
)


def _t(word: str) -> Text:
    return Text(nb=f"{word} (nb)", en=word)


def _scale(scale_id: str, bound: int) -> Scale:
    steps = tuple(ScaleStep(v, _t(f"step {v:+d}")) for v in range(-bound, bound + 1))
    return Scale(id=scale_id, name=_t(scale_id), steps=steps)


# criterion id -> (scale, linked targets)
CRITERIA: dict[str, tuple[str, tuple[str, ...]]] = {
    "env.climate_mitigation": ("impact7", ("13.2", "11.6")),
    "env.nature": ("dfo9", ("15.1", "15.5")),
    "env.noise": ("impact7", ("11.6", "3.9")),
    "soc.public_health": ("impact7", ("3.4", "3.9")),
    "soc.housing": ("impact7", ("11.1",)),
    "dist.low_income": ("impact7", ("1.2", "10.2")),
    "dist.children_youth": ("impact7", ("4.2", "10.2")),
    "dist.geography": ("impact7", ("10.2", "11.3")),
    "econ.municipal_budget": ("impact7", ("16.6",)),
    "econ.employment": ("dfo9", ("8.5",)),
}
GOALS = {
    1: "#E5243B", 3: "#4C9F38", 4: "#C5192D", 8: "#A21942", 10: "#DD1367", 11: "#FD9D24",
    13: "#3F7E44", 15: "#56C02B", 16: "#00689D",
}
TARGETS = ("1.2", "3.4", "3.9", "4.2", "8.5", "10.2", "11.1", "11.3", "11.6", "13.2", "15.1",
           "15.5", "16.6")
DISTRICTS = {"030101": "Gamle Oslo", "030102": "Grünerløkka", "030110": "Grorud"}


def build_catalog() -> Catalog:
    """Four pillars, ten criteria on two scales (impact7, dfo9), 13 targets, Oslo's districts."""
    criteria = {
        cid: Criterion(
            id=cid,
            pillar=cid.split(".")[0],
            scale=scale,
            name=_t(cid.split(".")[1].replace("_", " ")),
            description=_t("description"),
            questions=(),
            sdg_links=tuple(CriterionSdgLink(t, _t("reason")) for t in targets),
        )
        for cid, (scale, targets) in CRITERIA.items()
    }
    regions = {"0301": Region("0301", "Oslo", "kommune")}
    regions |= {code: Region(code, name, "bydel", "0301") for code, name in DISTRICTS.items()}
    return Catalog(
        scales={"impact7": _scale("impact7", 3), "dfo9": _scale("dfo9", 4)},
        pillars={p: Pillar(p, _t(p)) for p in ("env", "soc", "dist", "econ")},
        criteria=criteria,
        goals={n: SdgGoal(n, _t(f"goal {n}"), _t(f"g{n}"), c) for n, c in GOALS.items()},
        targets={
            t: SdgTarget(t, int(t.split(".")[0]), _t(f"target {t}"), False, "high", "evidence")
            for t in TARGETS
        },
        regions=regions,
    )


CATALOG = build_catalog()

# The measure's ratings in the complete case; env.noise is screened out.
RATINGS: dict[str, int] = {
    "env.climate_mitigation": 2,
    "env.nature": -1,
    "soc.public_health": 1,
    "soc.housing": 0,
    "dist.low_income": -1,
    "dist.children_youth": 1,
    "dist.geography": -1,
    "econ.municipal_budget": -2,
    "econ.employment": 1,
}
NEGATIVES = tuple(c for c, r in RATINGS.items() if r < 0)


def _assessment(criterion: str, rating: int) -> Assessment:
    return Assessment(
        criterion=criterion,
        rating=rating,
        certainty="medium",
        directness="direct",
        horizon="long",
        justification=f"Why {criterion} is {rating}.",
        mitigation="Compensation." if rating < 0 else "",
        districts={"030101": -1, "030110": -2, "030102": 1} if criterion == "dist.geography"
        else {},
    )


def complete_case() -> Case:
    """A case that meets every rule at every depth (full included)."""
    measure = Alternative(
        id="a1",
        name="Bompenger i rushtiden",
        description="Toll at peak hours.",
        cost=Cost(investment_nok=12_000_000, annual_nok=3_000_000),
        ghg=GhgEstimate(tonnes_co2e_per_year=-4200.0, from_year=2027, scope="direct",
                        method="Traffic model."),
        assessments=[_assessment(c, r) for c, r in RATINGS.items()],
        trade_offs=[TradeOffHandling(c, f"Handling of {c}.") for c in NEGATIVES],
    )
    return Case(
        title="Rush-hour toll",
        unit="Bymiljøetaten",
        caseworker="Kari Nordmann",
        decision_body="Bystyret",
        language="nb",
        depth="full",
        problem="Too much traffic.",
        goals="Less traffic.",
        screening_answers={"people_affected": "very_many"},
        screening=[ScreeningEntry("env.noise", False, "No change in traffic noise.")],
        alternatives=[Alternative(id="a0", name="Dagens ordning", zero=True), measure],
        indicators=[IndicatorLink("ind.ghg_per_inhabitant", "0301", "down")],
        recommendation=Recommendation("a1", "It cuts emissions."),
        prerequisites="Funding from the state.",
    )
