"""Every fixed word the memo prints, in Norwegian bokmål and English.

Names of the method's ids (steps, pillars, criteria, goals) come from the domain vocabulary and
the catalog; this table holds only what is particular to the memo.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from impactapp.domain.model import LANGUAGES, Text
from impactapp.domain.vocabulary import (
    CERTAINTY_LABELS,
    RATING_LABELS,
    VERDICT_LABELS,
    capitalised,
)

LABELS: dict[str, Text] = {
    "memo": Text("Beslutningsnotat", "Decision memo"),
    "subject": Text(
        "Beslutningsnotat: konsekvenser for miljø, fordeling og økonomi, og bærekraftsmål",
        "Decision memo: environmental, distributional and economic consequences, and SDGs",
    ),
    "case_number": Text("Saksnummer", "Case number"),
    "unit": Text("Enhet", "Unit"),
    "decision_body": Text("Vedtaksorgan", "Decision body"),
    "decision_date": Text("Planlagt vedtak", "Planned decision"),
    "status": Text("Status", "Status"),
    "revision": Text("Revisjon", "Revision"),
    "caseworker": Text("Saksbehandler", "Caseworker"),
    "depth": Text("Utredningsnivå", "Depth"),
    "memo_date": Text("Notatets dato", "Memo date"),
    "title": Text("Tittel", "Title"),
    "draft_banner": Text("UTKAST – ikke godkjent", "DRAFT – not approved"),
    "review_banner": Text("TIL GODKJENNING – ikke godkjent", "IN REVIEW – not approved"),
    "none": Text("ingen", "none"),
    "exempt": Text("Unntatt offentlighet, {basis}", "Exempt from public disclosure, {basis}"),
    "exempt_no_basis": Text("Unntatt offentlighet", "Exempt from public disclosure"),
    "not_given": Text("ikke oppgitt", "not given"),
    "none_stated": Text("Ikke besvart.", "Not answered."),
    # page 1
    "at_a_glance": Text("Beslutningsnotat – sammendrag", "Decision memo – at a glance"),
    "recommendation": Text("Anbefaling", "Recommendation"),
    "recommended_alternative": Text("Anbefalt alternativ", "Recommended alternative"),
    "no_recommendation": Text(
        "Ingen anbefaling er gitt ennå.", "No recommendation has been made yet."
    ),
    "matrix": Text(
        "Konsekvenser mot nullalternativet", "Consequences against the zero alternative"
    ),
    "matrix_criterion": Text("Tema og kriterium", "Pillar and criterion"),
    "matrix_note": Text(
        "Skala fra −3 (svært negativ) til +3 (svært positiv); ? kunnskapshull; – ikke relevant "
        "eller ikke vurdert. Temalinjene viser laveste og høyeste vurdering og antall, aldri et "
        "gjennomsnitt. Kriteriene som vises, er vurdert til noe annet enn 0 for minst ett tiltak.",
        "Scale from −3 (very negative) to +3 (very positive); ? knowledge gap; – not relevant or "
        "not rated. Pillar lines show the lowest and highest rating and the counts, never an "
        "average. The criteria shown are rated other than 0 for at least one measure.",
    ),
    "reference": Text("ref.", "ref."),
    "reference_column": Text("referanse", "reference"),
    "recommended_marker": Text("anbefalt", "recommended"),
    "count_positive": Text("{n} pos.", "{n} pos."),
    "count_negative": Text("{n} neg.", "{n} neg."),
    "count_zero": Text("{n} null", "{n} zero"),
    "count_unknown": Text("{n} ukjent", "{n} unknown"),
    "sdg_heading": Text(
        "Bærekraftsmål som berøres av anbefalt alternativ",
        "SDGs affected by the recommended alternative",
    ),
    "sdg_none_confirmed": Text(
        "Ingen delmål er bekreftet for anbefalt alternativ, så notatet viser ingen bærekraftsmål.",
        "No targets are confirmed for the recommended alternative, so the memo shows no goals.",
    ),
    "sdg_no_recommendation": Text(
        "Ingen anbefalt alternativ, derfor ingen mål å vise.",
        "No recommended alternative, so no goals to show.",
    ),
    "sdg_legend": Text(
        "+ positivt bidrag   − negativt bidrag   ± både positivt og negativt   blek: ikke berørt",
        "+ positive   − negative   ± mixed   pale: not affected",
    ),
    "goal": Text("Mål", "Goal"),
    "climate": Text("Klima", "Climate"),
    "climate_heading": Text(
        "Klima sammenlignet med nullalternativet", "Climate compared with the zero alternative"
    ),
    "money_heading": Text("Kostnader i kroner", "Costs in NOK"),
    "climate_value": Text("{value}\u00a0t\u00a0CO2e per år", "{value}\u00a0t\u00a0CO2e per year"),
    "climate_from": Text("fra {year}", "from {year}"),
    "not_quantifiable": Text("ikke kvantifiserbart", "not quantifiable"),
    "scope_direct": Text("direkte utslipp i kommunen", "direct emissions in the municipality"),
    "scope_indirect": Text("indirekte utslipp", "indirect emissions"),
    "method": Text("Metode", "Method"),
    "key_figures": Text("Nøkkeltall", "Key figures"),
    "trade_offs_count": Text("Avveininger: {n}", "Trade-offs: {n}"),
    "all_handled": Text("alle håndtert", "all handled"),
    "unhandled_count": Text("{n} uten håndtering", "{n} without handling"),
    "gaps_count": Text("Kunnskapshull: {n}", "Knowledge gaps: {n}"),
    "negative_distribution_count": Text(
        "Negative fordelingsvirkninger: {n}", "Negative distributional effects: {n}"
    ),
    "negative_groups": Text(
        "Grupper med negative virkninger: {names}", "Groups with negative effects: {names}"
    ),
    "negative_districts": Text(
        "Bydeler med negative virkninger: {names}", "Districts with negative effects: {names}"
    ),
    "full_text_pointer": Text("(hele teksten på side 2)", "(full text on page 2)"),
    "full_texts": Text("Fulltekst til side 1", "Page 1 in full"),
    # following pages
    "problem_goals": Text("Problem og mål", "Problem and goals"),
    "problem": Text("Problem", "Problem"),
    "goals": Text("Mål", "Goals"),
    "principled": Text("Prinsipielle spørsmål", "Principled questions"),
    "alternatives": Text("Alternativer", "Alternatives"),
    "zero_alternative": Text("Nullalternativ", "Zero alternative"),
    "measure": Text("Tiltak", "Measure"),
    "investment": Text("Investering", "Investment"),
    "annual_cost": Text("Årlig drift", "Annual operating cost"),
    "money": Text("{value}\u00a0kr", "NOK\u00a0{value}"),
    "money_millions": Text("{label} (mill.\u00a0kr)", "{label} (NOK\u00a0m)"),
    "criterion": Text("Kriterium", "Criterion"),
    "rating": Text("Vurdering", "Rating"),
    "certainty": Text("Sikkerhet", "Certainty"),
    **{f"certainty_{key}": text for key, text in CERTAINTY_LABELS.items()},
    "justification": Text("Begrunnelse", "Justification"),
    "mitigation": Text("Avbøtende tiltak", "Mitigation"),
    "screened_out": capitalised(RATING_LABELS["not_relevant"]),
    "gap": Text("Kunnskapshull", "Knowledge gap"),
    "not_rated": Text("Ikke vurdert", "Not rated"),
    "no_ratings": Text("Ingen vurderinger.", "No ratings."),
    "districts": Text("Virkninger per bydel", "Effects per district"),
    "districts_none": Text("Ingen vurderinger per bydel.", "No ratings per district."),
    "districts_note": Text("Bydeler uten vurdering står blanke.", "Districts not rated are blank."),
    "sdg_targets": Text("Bærekraftsmål og delmål", "SDG targets"),
    "target": Text("Delmål", "Target"),
    "unofficial": Text("uoffisiell oversettelse", "unofficial translation"),
    "no_targets": Text("Ingen bekreftede delmål.", "No confirmed targets."),
    "note": Text("Merknad", "Note"),
    "contribution_positive": Text("positivt bidrag", "positive"),
    "contribution_negative": Text("negativt bidrag", "negative"),
    "contribution_mixed": Text("både positivt og negativt", "mixed"),
    "trade_offs": Text("Avveininger", "Trade-offs"),
    "trade_off_against": Text("{negative} mot {positives}", "{negative} against {positives}"),
    "against": Text("mot", "against"),
    "handling": Text("Håndtering", "Handling"),
    "unhandled": Text("Ikke håndtert.", "Not handled."),
    "no_trade_offs": Text("Ingen avveininger.", "No trade-offs."),
    "indicators": Text("Indikatorer", "Indicators"),
    "indicator": Text("Indikator", "Indicator"),
    "no_indicators": Text("Ingen indikatorer valgt.", "No indicators chosen."),
    "region": Text("Område", "Area"),
    "expected": Text("Ønsket utvikling", "Desired direction"),
    "direction_up": Text("opp", "up"),
    "direction_down": Text("ned", "down"),
    "latest_value": Text("Siste verdi", "Latest value"),
    "no_data": Text("ingen data importert", "no data imported"),
    # Follow-up under an indicator line: the gap to the target, the change since the decision.
    "target_line": Text("Mål: {direction} {value} innen {year}; avstand {gap}; {status}.",
                        "Target: {direction} {value} by {year}; gap {gap}; {status}."),
    "target_at_most": Text("høyst", "at most"),
    "target_at_least": Text("minst", "at least"),
    "target_met": Text("nådd", "met"),
    "target_on_path": Text("i rute", "on path"),
    "target_off_path": Text("ikke i rute", "not on path"),
    "target_unknown": Text("ukjent om i rute", "path unknown"),
    "since_decision": Text("Siden vedtaket ({base}–{latest}): {change}, {verdict}.",
                           "Since the decision ({base}–{latest}): {change}, {verdict}."),
    "change_as_expected": Text("som forventet", "as expected"),
    "change_against": Text("mot forventet retning", "against the expected direction"),
    "change_no_change": Text("ingen endring", "no change"),
    "source": Text("Kilde: {source}", "Source: {source}"),
    "source_table": Text(", tabell {table}", ", table {table}"),
    "source_fetched": Text(", hentet {fetched}", ", retrieved {fetched}"),
    "source_unconfirmed": Text(" (kilde ikke bekreftet)", " (source not confirmed)"),
    "prerequisites": Text("Forutsetninger for gjennomføring", "Prerequisites for implementation"),
    "review": Text("Gjennomgang og godkjenning", "Review and approval"),
    "no_review": Text("Ingen kontroll er registrert.", "No review is recorded."),
    **{f"verdict_{key}": text for key, text in VERDICT_LABELS.items()},
    "answer": Text("Svar", "Answer"),
    "approved_by": Text("Godkjent av {name}", "Approved by {name}"),
    "not_approved": Text("Ikke godkjent ennå.", "Not approved yet."),
    "same_person_approved": Text(
        "Saken er vurdert og godkjent av samme person ({name}); kommunen har slått av kravet om "
        "at en annen person godkjenner.",
        "The case was assessed and approved by the same person ({name}); the municipality has "
        "switched off the rule that another person approves.",
    ),
    "page_of": Text("side {page} av {pages}", "page {page} of {pages}"),
}


def labels_for(lang: str) -> Mapping[str, str]:
    """Every label in ``lang`` (nb or en), read-only."""
    if lang not in LANGUAGES:
        raise ValueError(f"the memo language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return MappingProxyType({key: text.get(lang) for key, text in LABELS.items()})
