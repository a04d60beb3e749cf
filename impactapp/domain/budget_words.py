"""The sustainability budget's words in bokmål and English (spreadsheet, PDF)."""

from __future__ import annotations

from .model import Text

WORDS: dict[str, Text] = {
    "title": Text("Bærekraftsbudsjett {year}", "Sustainability budget {year}"),
    "sheet": Text("Tiltak", "Measures"),
    "path_sheet": Text("Målbane", "Target path"),
    "case_number": Text("Saksnr.", "Case no."),
    "case": Text("Sak", "Case"),
    "measure": Text("Tiltak", "Measure"),
    "unit": Text("Ansvarlig enhet", "Responsible unit"),
    "status": Text("Status", "Status"),
    "stage": Text("Del", "Part"),
    "followup": Text("Oppfølging", "Follow-up"),
    "stop_reason": Text("Grunn til stans", "Why stopped"),
    "scope": Text("Omfang", "Scope"),
    "tonnes_year": Text("t CO2e {year}", "t CO2e {year}"),
    "reported": Text("Rapportert t CO2e/år", "Reported t CO2e/yr"),
    "reported_short": Text("rapportert", "reported"),
    "investment": Text("Investering, kr", "Investment, NOK"),
    "annual": Text("Årlig kostnad, kr", "Annual cost, NOK"),
    "nok_per_tonne": Text("Kr per tonn", "NOK per tonne"),
    "targets": Text("Delmål (bekreftet)", "SDG targets (confirmed)"),
    "decided": Text("Vedtatt og godkjent (budsjettet)", "Decided and approved (the budget)"),
    "pipeline": Text("Under arbeid (utkast, til behandling)", "Pipeline (draft, in review)"),
    "stopped": Text("Stanset (ute av summen)", "Stopped (out of the sum)"),
    "total_decided": Text("Sum vedtatte tiltak, direkte virkning",
                          "Total of decided measures, direct effects"),
    "total_pipeline": Text("Sum tiltak under arbeid, direkte virkning (aldri lagt til budsjettet)",
                           "Total of the pipeline, direct effects (never added to the budget)"),
    "indirect_beside": Text("Indirekte virkning vises, men legges aldri til",
                            "Indirect effects are shown, never added"),
    "direct": Text("direkte", "direct"),
    "indirect": Text("indirekte", "indirect"),
    "unstated": Text("ikke oppgitt", "not stated"),
    "year": Text("År", "Year"),
    "reference": Text("Referansebane", "Reference path"),
    "decided_cut": Text("Vedtatte tiltak", "Decided measures"),
    "pipeline_cut": Text("Under arbeid (for seg)", "Pipeline (apart)"),
    "with_decided": Text("Utslipp etter vedtatte tiltak", "Emissions after decided measures"),
    "target_path": Text("Målbane", "Target path"),
    "gap": Text("Gap til målbanen", "Gap to the target path"),
    "no_target": Text("Ingen klimamål er satt: sett det i klimakonfigurasjonen eller med "
                      "«impactapp-cli budget target».",
                      "No climate target is set: set it in the climate configuration or with "
                      "'impactapp-cli budget target'."),
    "target_line": Text("Klimamål: {cut} % kutt innen {year} mot {base_year} "
                        "({base} t CO2e); målnivå {level} t CO2e.",
                        "Climate target: {cut} % cut by {year} against {base_year} "
                        "({base} t CO2e); target level {level} t CO2e."),
    "nok_note": Text("Kr per tonn = (årlig kostnad + investering fordelt på {years} år) per tonn "
                     "kuttet per år, der begge er kjent.",
                     "NOK per tonne = (annual cost + investment spread over {years} years) per "
                     "tonne cut a year, where both are known."),
    "none": Text("Ingen tiltak.", "No measures."),
    "made": Text("Laget {date}", "Made {date}"),
    "page_of": Text("side {page} av {pages}", "page {page} of {pages}"),
    "chart": Text("Utslipp mot målbanen, t CO2e", "Emissions against the target path, t CO2e"),
    "stopped_list": Text("Stansede tiltak", "Stopped measures"),
    "key_figures": Text("Nøkkeltall", "Key figures"),
    "measures_by_unit": Text("Tiltak etter ansvarlig enhet", "Measures by responsible unit"),
    "path_title": Text("Referansebane, tiltak og gap til målet", "Reference path, measures and "
                       "the gap to the target"),
    "investment_total": Text("Investering, kr", "Investment, NOK"),
    "annual_total": Text("Årlig kostnad, kr", "Annual cost, NOK"),
    "measures_count": Text("Tiltak", "Measures"),
    "exempt": Text("(unntatt offentlighet)", "(exempt from disclosure)"),
    "subject": Text("Tiltak, klimavirkning, kostnad og oppfølging, og gapet til klimamålet",
                    "Measures, climate effect, cost and follow-up, and the gap to the "
                    "climate target"),
    "intro": Text(
        "Tonn CO2e per år mot nullalternativet (negativt tall er kutt). Bare direkte virkning "
        "legges sammen. Vedtatte og godkjente tiltak (budsjettet) og tiltak under arbeid legges "
        "aldri sammen. Et stanset tiltak står utenfor summen, med grunnen. Et tiltak uten "
        "startår regnes fra budsjettåret.",
        "t CO2e per year against the zero alternative (a negative figure is a cut). Only direct "
        "effects are added up. Decided and approved measures (the budget) and the pipeline are "
        "never added together. A stopped measure is left out of the sum, with its reason. A "
        "measure without a start year counts from the budget year."),
}


def case_name(line: object, lang: str) -> str:
    """The case as a published list names it: its case number only when exempt."""
    number = getattr(line, "case_number", "")
    if getattr(line, "exempt", False):
        return f"{number} {word('exempt', lang)}".strip()
    return getattr(line, "title", "")


def word(key: str, lang: str, **values: object) -> str:
    """The word in ``lang`` with ``values`` filled in."""
    text = WORDS[key].get(lang)
    return text.format(**values) if values else text
