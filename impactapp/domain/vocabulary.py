"""The one vocabulary: the words for the method's stable ids (status, depth, verdict, rating,
certainty, follow-up) and the step titles, in every language, for every layer that shows them."""

from __future__ import annotations

from .lang import Text

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

#: The one table of words for the method's stable ids: kind -> id -> the word in each language.
#: Every layer (store errors, UI, memo, CLI) takes these words from here; a test checks that
#: no other module spells them out again.
VOCABULARY: dict[str, dict[str, Text]] = {
    "status": {
        "draft": Text("utkast", "draft"),
        "in_review": Text("til godkjenning", "in review"),
        "approved": Text("godkjent", "approved"),
        "decided": Text("vedtatt", "decided"),
    },
    "depth": {
        "minimum": Text("minimum", "minimum"),
        "simplified": Text("forenklet", "simplified"),
        "full": Text("full", "full"),
    },
    "verdict": {
        "ok": Text("i orden", "OK"),
        "improve": Text("bør forbedres", "improve"),
        "redo": Text("må gjøres om", "redo"),
    },
    "rating": {
        "not_relevant": Text("ikke relevant", "not relevant"),
        "unknown": Text("ukjent", "unknown"),
    },
    "certainty": {
        "low": Text("lav", "low"),
        "medium": Text("middels", "medium"),
        "high": Text("høy", "high"),
    },
    "followup": {
        "not_started": Text("ikke startet", "not started"),
        "in_progress": Text("i gang", "in progress"),
        "done": Text("gjennomført", "done"),
        "stopped": Text("stanset", "stopped"),
    },
}

STATUS_LABELS: dict[str, Text] = VOCABULARY["status"]
DEPTH_LABELS: dict[str, Text] = VOCABULARY["depth"]
VERDICT_LABELS: dict[str, Text] = VOCABULARY["verdict"]
RATING_LABELS: dict[str, Text] = VOCABULARY["rating"]
CERTAINTY_LABELS: dict[str, Text] = VOCABULARY["certainty"]
FOLLOWUP_LABELS: dict[str, Text] = VOCABULARY["followup"]


def word(kind: str, key: str, lang: str) -> str:
    """The word for ``key`` of ``kind`` in ``lang``; an unknown id as it is."""
    found = VOCABULARY[kind].get(key)
    return found.get(lang) if found else key


def capitalised(text: Text) -> Text:
    """The text with its first letter upper case in every language, as a heading or cell."""
    return Text({lang: s[:1].upper() + s[1:] for lang, s in text.items()})


def label(labels: dict[str, Text], key: str) -> Text | str:
    """The label for ``key``, or the key itself when it is not a known id."""
    return labels.get(key, key)
