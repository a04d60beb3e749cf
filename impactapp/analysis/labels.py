"""Headers and value words of the comparison and portfolio tables, in bokmål and English.

The frames keep stable ids as column names (``title``, ``env.climate_mitigation``,
``env:positive``, ``sdg:13``) so code and tests never depend on the language; these labels are
what a person reads: the header row of an export, the UI's column titles.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from impactapp.domain.model import Catalog, Text
from impactapp.domain.vocabulary import DEPTH_LABELS, RATING_LABELS, STATUS_LABELS

LABELS: dict[str, Text] = {
    # the comparison table
    "case_id": Text("Id", "Id"),
    "title": Text("Tittel", "Title"),
    "case_number": Text("Saksnr.", "Case no."),
    "unit": Text("Enhet", "Unit"),
    "decision_body": Text("Vedtaksorgan", "Decision body"),
    "status": Text("Status", "Status"),
    "depth": Text("Utredningsnivå", "Depth"),
    "decision_date": Text("Planlagt vedtak", "Planned decision"),
    "revision": Text("Revisjon", "Revision"),
    "exempt": Text("Unntatt offentlighet", "Exempt from disclosure"),
    "alternative": Text("Alternativ-id", "Alternative id"),
    "alternative_name": Text("Tiltak", "Measure"),
    "recommended": Text("Anbefalt", "Recommended"),
    "ghg_tonnes": Text("Klimagassutslipp (tonn CO2e per år)",
                       "Greenhouse gas emissions (t CO2e per year)"),
    "ghg_from_year": Text("Virkning fra år", "Effect from year"),
    "ghg_quantifiable": Text("Klimaeffekt tallfestet", "Climate effect quantified"),
    "investment_nok": Text("Investering (kr)", "Investment (NOK)"),
    "annual_nok": Text("Årlig kostnad (kr)", "Annual cost (NOK)"),
    "knowledge_gaps": Text("Kunnskapshull", "Knowledge gaps"),
    "trade_offs": Text("Avveininger", "Trade-offs"),
    "trade_offs_unhandled": Text("Avveininger uten håndtering", "Trade-offs without handling"),
    "trade_offs_handled": Text("Alle avveininger håndtert", "All trade-offs handled"),
    # pillar summaries: "<pillar name>: <part>"
    "positive": Text("positive", "positive"),
    "negative": Text("negative", "negative"),
    "zero": Text("null", "zero"),
    "unknown": RATING_LABELS["unknown"],
    "min": Text("laveste", "lowest"),
    "max": Text("høyeste", "highest"),
    # the portfolio
    "goal": Text("Bærekraftsmål", "SDG"),
    "goal_name": Text("Mål", "Goal"),
    "target": Text("Delmål", "Target"),
    "target_text": Text("Delmålets tekst", "Target text"),
    "cases": Text("Saker", "Cases"),
    "mixed_cases": Text("Saker med blandet virkning", "Cases with a mixed effect"),
    "year": Text("År", "Year"),
    "tonnes_co2e": Text("Tonn CO2e per år, nye tiltak", "t CO2e per year, new measures"),
    "tonnes_in_force": Text("Tonn CO2e per år, samlet virkning",
                            "t CO2e per year, total in force"),
    "not_quantified": Text("Saker med klimaeffekt som ikke er tallfestet",
                           "Cases with an unquantified climate effect"),
    "group": Text("Gruppe", "Group"),
    "group_name": Text("Fordelingsvirkning for", "Distributional effect on"),
    "negative_cases": Text("Saker med negativ virkning", "Cases with a negative effect"),
    "mitigated": Text("… med avbøtende tiltak", "… with mitigation"),
    "not_mitigated": Text("… uten avbøtende tiltak", "… without mitigation"),
    "positive_cases": Text("Saker med positiv virkning", "Cases with a positive effect"),
    "district": Text("Bydel", "District"),
    "district_name": Text("Bydelens navn", "District name"),
    "net": Text("Netto (sum av vurderinger)", "Net (sum of ratings)"),
    "measure": Text("Nøkkeltall", "Key figure"),
    "measure_name": Text("Hva", "What"),
    "value": Text("Verdi", "Value"),
    "recommended_cases": Text("Saker med anbefalt alternativ", "Cases with a recommendation"),
    "budget_cases": Text("Godkjente og vedtatte saker", "Approved and decided cases"),
    "tonnes_budget": Text("Klimabudsjett: tonn CO2e per år, direkte virkning (godkjente og "
                          "vedtatte saker)",
                          "Climate budget: t CO2e per year, direct effects (approved and "
                          "decided cases)"),
    "pipeline_cases": Text("Saker under arbeid (utkast og til behandling)",
                           "Cases in the pipeline (draft and in review)"),
    "tonnes_pipeline": Text("Under arbeid: tonn CO2e per år, direkte virkning (ikke i "
                            "klimabudsjettet)",
                            "Pipeline: t CO2e per year, direct effects (not in the climate "
                            "budget)"),
    "stage": Text("Fase", "Stage"),
    "stage_name": Text("Hvilke saker", "Which cases"),
    "stage_decided": Text("Godkjente og vedtatte saker (klimabudsjettet)",
                          "Approved and decided cases (the climate budget)"),
    "stage_pipeline": Text("Saker under arbeid (utkast og til behandling)",
                           "Cases in the pipeline (draft and in review)"),
    "tonnes_direct": Text("Direkte virkning, tonn CO2e per år (telles)",
                          "Direct effects, t CO2e per year (counted)"),
    "cases_direct": Text("Saker med direkte virkning", "Cases with a direct effect"),
    "tonnes_indirect": Text("Indirekte virkning, tonn CO2e per år (vises ved siden av, "
                            "legges ikke til)",
                            "Indirect effects, t CO2e per year (shown beside, never added)"),
    "cases_indirect": Text("Saker med indirekte virkning", "Cases with an indirect effect"),
    "tonnes_unstated": Text("Virkning uten oppgitt omfang, tonn CO2e per år (legges ikke til)",
                            "Effects of unstated scope, t CO2e per year (never added)"),
    "cases_unstated": Text("Saker uten oppgitt omfang", "Cases of unstated scope"),
    "cases_not_quantified": Text("Saker der klimaeffekten ikke er tallfestet",
                                 "Cases whose climate effect is not quantified"),
    "cases_unhandled": Text("Saker med avveininger uten håndtering",
                            "Cases with trade-offs without handling"),
    # words for values
    "yes": Text("Ja", "Yes"),
    "no": Text("Nei", "No"),
    "none": Text("", ""),
    "raw_value": Text("{name} ({scale}, opprinnelig verdi)", "{name} ({scale}, original value)"),
    "normalised": Text("{name} (omregnet til −3..+3)", "{name} (converted to −3..+3)"),
    "sdg_column": Text("Mål {number}: {short}", "Goal {number}: {short}"),
}

#: The words for an SDG goal's contribution in a cell.
CONTRIBUTION_WORDS: dict[str, Text] = {
    "positive": Text("positiv", "positive"),
    "negative": Text("negativ", "negative"),
    "mixed": Text("blandet", "mixed"),
    "none": Text("", ""),
}


def word(key: str, lang: str) -> str:
    """One fixed word in ``lang``."""
    return LABELS[key].get(lang)


def capitalised(text: str) -> str:
    """The text with its first letter in upper case, as a cell starts."""
    return text[:1].upper() + text[1:]


def status_word(status: str, lang: str) -> str:
    """ "Til godkjenning", "Decided"; an unknown status as it is."""
    label = STATUS_LABELS.get(status)
    return capitalised(label.get(lang)) if label else status


def depth_word(depth: str, lang: str) -> str:
    """ "Forenklet", "Full"; an unknown depth as it is."""
    label = DEPTH_LABELS.get(depth)
    return capitalised(label.get(lang)) if label else depth


def column_label(column: str, catalog: Catalog, lang: str = "nb") -> str:
    """The header of one comparison or portfolio column in ``lang``."""
    if column in LABELS:
        return word(column, lang)
    if column in catalog.criteria:
        criterion = catalog.criteria[column]
        name = criterion.name.get(lang)
        scale = catalog.scales.get(criterion.scale)
        if scale is not None and max(abs(scale.minimum), abs(scale.maximum)) != 3:
            return LABELS["normalised"].get(lang).format(name=name)
        return name
    if "@" in column:  # a raw value: "<criterion>@<scale>"
        criterion_id, scale_id = column.split("@", 1)
        criterion = catalog.criteria.get(criterion_id)
        scale = catalog.scales.get(scale_id)
        if criterion is not None and scale is not None:
            return LABELS["raw_value"].get(lang).format(
                name=criterion.name.get(lang), scale=scale.name.get(lang)
            )
    head, _, tail = column.partition(":")
    if head == "sdg" and tail.isdigit() and int(tail) in catalog.goals:
        goal = catalog.goals[int(tail)]
        return LABELS["sdg_column"].get(lang).format(number=goal.number, short=goal.short.get(lang))
    if head in catalog.pillars and tail in LABELS:
        return f"{catalog.pillars[head].name.get(lang)}: {word(tail, lang)}"
    return column


class Labels(Mapping[str, str]):
    """Column id -> header, read-only. A comparison frame keeps one in ``attrs["labels"]``;
    pandas deep-copies a frame's ``attrs`` into every column and row taken from it, so a
    mapping nobody can change is handed on as it is instead of copied (that copying took a
    quarter of writing a comparison file)."""

    __slots__ = ("_by_column",)

    def __init__(self, by_column: Mapping[str, str]):
        self._by_column = dict(by_column)

    def __getitem__(self, column: str) -> str:
        return self._by_column[column]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_column)

    def __len__(self) -> int:
        return len(self._by_column)

    def __deepcopy__(self, memo: dict) -> Labels:
        return self

    def __repr__(self) -> str:
        return f"Labels({self._by_column!r})"


def column_labels(columns: Iterable[str], catalog: Catalog, lang: str = "nb") -> dict[str, str]:
    """Column id -> header in ``lang``, for every column."""
    return {c: column_label(c, catalog, lang) for c in columns}
