"""A small hand-built Catalog for the case file tests (the real catalog loader is separate)."""

from __future__ import annotations

from impactapp.domain.model import (
    Catalog,
    Criterion,
    CriterionSdgLink,
    Pillar,
    Region,
    Scale,
    ScaleStep,
    SdgGoal,
    SdgTarget,
    Text,
)

OSLO_DISTRICTS = {
    "030101": "Gamle Oslo",
    "030102": "Grünerløkka",
    "030103": "Sagene",
    "030104": "St. Hanshaugen",
    "030105": "Frogner",
    "030106": "Ullern",
    "030107": "Vestre Aker",
    "030108": "Nordre Aker",
    "030109": "Bjerke",
    "030110": "Grorud",
    "030111": "Stovner",
    "030112": "Alna",
    "030113": "Østensjø",
    "030114": "Nordstrand",
    "030115": "Søndre Nordstrand",
}


def _text(nb: str, en: str | None = None) -> Text:
    return Text(nb=nb, en=en or nb)


def _scale(scale_id: str, reach: int) -> Scale:
    steps = tuple(ScaleStep(v, _text(f"{v:+d}")) for v in range(-reach, reach + 1))
    return Scale(id=scale_id, name=_text(scale_id), steps=steps)


def _criterion(crit_id: str, scale: str, nb: str, en: str, *targets: str) -> Criterion:
    return Criterion(
        id=crit_id,
        pillar=crit_id.split(".")[0],
        scale=scale,
        name=_text(nb, en),
        description=_text(nb, en),
        questions=(),
        sdg_links=tuple(CriterionSdgLink(t, _text("kobling", "link")) for t in targets),
    )


def _target(target_id: str, relevance: str = "high") -> SdgTarget:
    return SdgTarget(
        id=target_id,
        goal=int(target_id.split(".")[0]),
        text=_text(f"Delmål {target_id}", f"Target {target_id}"),
        unofficial_nb=True,
        local_relevance=relevance,
        evidence="test fixture",
    )


def build_catalog() -> Catalog:
    """impact7 (-3..3) and dfo9 (-4..4), criteria in all four pillars, some SDGs, Oslo."""
    criteria = [
        _criterion("env.climate_mitigation", "impact7", "Klimagassutslipp", "GHG emissions",
                   "13.2", "11.6"),
        _criterion("env.noise", "impact7", "Støy", "Noise", "3.9", "11.6"),
        _criterion("env.air_quality", "impact7", "Luftkvalitet", "Air quality", "3.9", "11.6"),
        _criterion("soc.public_health", "impact7", "Folkehelse", "Public health", "3.9"),
        _criterion("soc.housing", "impact7", "Bolig", "Housing", "11.1"),
        _criterion("dist.low_income", "impact7", "Lavinntektshusholdninger",
                   "Low-income households", "1.2", "10.2"),
        _criterion("dist.children_youth", "impact7", "Barn og unge", "Children and youth", "1.2"),
        _criterion("dist.geography", "impact7", "Geografi", "Geography", "10.2", "11.a"),
        _criterion("econ.municipal_budget", "dfo9", "Kommunens budsjett", "Municipal budget"),
        _criterion("econ.business", "dfo9", "Næringsliv", "Business", "8.3"),
    ]
    goals = [
        SdgGoal(1, _text("Utrydde fattigdom", "No poverty"), _text("Fattigdom", "Poverty"),
                "#E5243B"),
        SdgGoal(3, _text("God helse", "Good health"), _text("Helse", "Health"), "#4C9F38"),
        SdgGoal(8, _text("Anstendig arbeid", "Decent work"), _text("Arbeid", "Work"), "#A21942"),
        SdgGoal(10, _text("Mindre ulikhet", "Reduced inequalities"), _text("Ulikhet",
                "Inequality"), "#DD1367"),
        SdgGoal(11, _text("Bærekraftige byer", "Sustainable cities"), _text("Byer", "Cities"),
                "#FD9D24"),
        SdgGoal(13, _text("Stoppe klimaendringene", "Climate action"), _text("Klima",
                "Climate"), "#3F7E44"),
    ]
    target_ids = ["1.2", "3.9", "8.3", "10.2", "11.1", "11.2", "11.6", "11.a", "13.2"]
    regions = {"0301": Region("0301", "Oslo", "kommune")}
    regions |= {code: Region(code, name, "bydel", "0301") for code, name in OSLO_DISTRICTS.items()}
    regions["5501"] = Region("5501", "Tromsø – Romsa", "kommune")
    return Catalog(
        scales={"impact7": _scale("impact7", 3), "dfo9": _scale("dfo9", 4)},
        pillars={
            "env": Pillar("env", _text("Miljø", "Environment")),
            "soc": Pillar("soc", _text("Sosialt", "Social")),
            "dist": Pillar("dist", _text("Fordeling", "Distribution")),
            "econ": Pillar("econ", _text("Økonomi", "Economy")),
        },
        criteria={c.id: c for c in criteria},
        goals={g.number: g for g in goals},
        targets={t: _target(t) for t in target_ids},
        regions=regions,
    )
