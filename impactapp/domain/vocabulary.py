"""Names of the method's stable ids in both languages, for messages the domain writes itself."""

from __future__ import annotations

from .model import Text

#: The wizard step where a pillar's criteria are rated.
PILLAR_STEPS: dict[str, str] = {
    "env": "environment",
    "soc": "distribution",
    "dist": "distribution",
    "econ": "economy",
}

#: The step titles as forms/wizard.yaml gives them (a test keeps the two the same).
STEP_LABELS: dict[str, Text] = {
    "details": Text("Saksopplysninger", "Case details"),
    "screening": Text("Avgrensning og utredningsnivå", "Screening and depth"),
    "problem": Text("Problem og mål", "Problem and goals"),
    "alternatives": Text("Alternativer", "Alternatives"),
    "environment": Text("Miljøkonsekvenser", "Environmental consequences"),
    "distribution": Text(
        "Sosiale konsekvenser og fordeling", "Social and distributional consequences"
    ),
    "economy": Text("Økonomiske konsekvenser", "Economic consequences"),
    "sdg": Text("Bærekraftsmål", "SDG targets"),
    "trade_offs": Text("Avveininger", "Trade-offs"),
    "indicators": Text("Indikatorer", "Indicators"),
    "recommendation": Text("Anbefaling og forutsetninger", "Recommendation and prerequisites"),
    "review": Text("Gjennomgang og godkjenning", "Review and approval"),
}

DEPTH_LABELS: dict[str, Text] = {
    "minimum": Text("minimum", "minimum"),
    "simplified": Text("forenklet", "simplified"),
    "full": Text("full", "full"),
}

STATUS_LABELS: dict[str, Text] = {
    "draft": Text("utkast", "draft"),
    "in_review": Text("til godkjenning", "in review"),
    "approved": Text("godkjent", "approved"),
    "decided": Text("vedtatt", "decided"),
}


def label(labels: dict[str, Text], key: str) -> Text | str:
    """The label for ``key``, or the key itself when it is not a known id."""
    return labels.get(key, key)
