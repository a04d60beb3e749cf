"""The portfolio report for leadership: a pure view model of the sustainability portfolio.

``build_portfolio`` takes the aggregates ``impactapp.analysis.portfolio_aggregates`` returns
(DataFrames, read here by their column names only: the report does not import the analysis
package) and lays every figure out as text in the report's language. ``portfolio_render``
draws it with the memo's fonts and finishes it as tagged PDF/A-2a and PDF/UA-1.

An exempt case is named by its case number only: the report is meant to travel further than
the case list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from impactapp.domain.clock import local_today
from impactapp.domain.model import LANGUAGES, Catalog, Text
from impactapp.domain.vocabulary import STATUS_LABELS

from .formats import format_date, format_number
from .glance import METADATA_LANGUAGE
from .model import DocumentInfo, Field, Swatch

WORDS: dict[str, Text] = {
    "title": Text("Bærekraftsportefølje", "Sustainability portfolio"),
    "subject": Text(
        "Konsekvenser for miljø, fordeling og økonomi, og bærekraftsmål, på tvers av saker",
        "Environmental, distributional and economic consequences and SDGs across cases",
    ),
    "made": Text("Laget {date}", "Made {date}"),
    "scope": Text("Utvalg: {scope}", "Selection: {scope}"),
    "all_cases": Text("alle saker", "all cases"),
    "intro": Text(
        "Hver sak teller med sitt anbefalte alternativ. Tallene er antall saker, aldri "
        "vektede summer; klimabudsjettet teller bare direkte virkning i godkjente og vedtatte "
        "saker, og saker under arbeid (utkast, til behandling) vises for seg.",
        "Each case counts with its recommended alternative. Figures are numbers of cases, never "
        "weighted sums; the climate budget counts direct effects of approved and decided cases "
        "only, and the pipeline (draft, in review) is shown apart.",
    ),
    "key_figures": Text("Nøkkeltall", "Key figures"),
    "sdg_goals": Text("Bærekraftsmål", "Sustainable Development Goals"),
    "sdg_goals_note": Text(
        "Antall saker som bidrar positivt, negativt eller blandet til hvert mål, ut fra "
        "bekreftede delmål.",
        "Cases contributing positively, negatively or mixed to each goal, from confirmed targets.",
    ),
    "sdg_targets": Text("Delmål", "Targets"),
    "stages": Text("Klimabudsjett og saker under arbeid", "Climate budget and pipeline"),
    "stages_note": Text(
        "Tonn CO2e per år mot nullalternativet. Bare direkte virkning legges sammen; indirekte "
        "virkning og virkning uten oppgitt omfang vises ved siden av og legges aldri til. "
        "Godkjente og vedtatte saker og saker under arbeid legges aldri sammen.",
        "t CO2e per year against the zero alternative. Only direct effects are added up; "
        "indirect effects and effects of unstated scope are shown beside and never added. "
        "Approved and decided cases and the pipeline are never added together.",
    ),
    "stage_decided": Text("Godkjent og vedtatt (klimabudsjettet)",
                          "Approved and decided (the climate budget)"),
    "stage_pipeline": Text("Under arbeid (utkast, til behandling)",
                           "Pipeline (draft, in review)"),
    "direct": Text("Direkte (totalen)", "Direct (the total)"),
    "indirect": Text("Indirekte (ikke lagt til)", "Indirect (not added)"),
    "unstated": Text("Omfang ikke oppgitt (ikke lagt til)", "Scope not stated (not added)"),
    "not_quantified_cases": Text("Ikke tallfestet", "Not quantified"),
    "climate": Text("Klimabudsjett", "Climate budget"),
    "no_budget": Text("Ingen godkjente eller vedtatte saker med tallfestet direkte virkning.",
                      "No approved or decided case with a quantified direct effect."),
    "climate_note": Text(
        "Endring i tonn CO2e per år mot nullalternativet (negativt tall er kutt), etter året "
        "virkningen starter, og samlet virkning fra og med det året: direkte virkning i "
        "godkjente og vedtatte saker.",
        "Change in t CO2e per year against the zero alternative (a negative figure is a cut), by "
        "the year the effect starts, and the total in force from that year on: direct effects "
        "of approved and decided cases.",
    ),
    "climate_unit": Text("Klimabudsjett etter enhet", "Climate budget by unit"),
    "not_quantified": Text("Klimaeffekt som ikke er tallfestet", "Climate effects not quantified"),
    "distribution": Text("Fordelingsvirkninger", "Distributional effects"),
    "distribution_note": Text(
        "Saker med negativ virkning for gruppen, og hvor mange av dem som har avbøtende tiltak.",
        "Cases with a negative effect on the group, and how many of them have mitigation.",
    ),
    "districts": Text("Bydeler", "Districts"),
    "districts_note": Text(
        "Saker med positiv og negativ virkning i bydelen, og netto: summen av vurderingene "
        "(−3 til +3) på tvers av saker.",
        "Cases with a positive and a negative effect in the district, and the net: the sum of "
        "ratings (−3 to +3) across cases.",
    ),
    "none": Text("Ingen saker.", "No cases."),
    "goal": Text("Mål", "Goal"),
    "target": Text("Delmål", "Target"),
    "positive": Text("Positivt", "Positive"),
    "negative": Text("Negativt", "Negative"),
    "mixed": Text("Blandet", "Mixed"),
    "year": Text("År", "Year"),
    "year_unknown": Text("år ikke oppgitt", "year not given"),
    "unit": Text("Enhet", "Unit"),
    "cases": Text("Saker", "Cases"),
    "new_effect": Text("Ny virkning, t CO2e/år", "New effect, t CO2e/yr"),
    "in_force": Text("Samlet, t CO2e/år", "In force, t CO2e/yr"),
    "tonnes": Text("t CO2e/år", "t CO2e/yr"),
    "case_number": Text("Saksnr.", "Case no."),
    "case": Text("Sak", "Case"),
    "status": Text("Status", "Status"),
    "exempt": Text("(unntatt offentlighet)", "(exempt from disclosure)"),
    "group": Text("Gruppe", "Group"),
    "harmed": Text("Negativ virkning", "Harmed"),
    "mitigated": Text("med avbøtende tiltak", "with mitigation"),
    "not_mitigated": Text("uten avbøtende tiltak", "without mitigation"),
    "gains": Text("Positiv virkning", "Gains"),
    "district": Text("Bydel", "District"),
    "net": Text("Netto", "Net"),
    "page_of": Text("side {page} av {pages}", "page {page} of {pages}"),
}

Cell = str | Swatch


@dataclass(frozen=True)
class PortfolioTable:
    """One table of the report: every cell already text (or a coloured swatch)."""

    title: str
    note: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width
    numeric: tuple[bool, ...]  # right-aligned columns
    empty: str = ""  # said instead of the table when it has no rows


@dataclass(frozen=True)
class PortfolioReport:
    """Everything the report shows, in its language, ready to lay out."""

    info: DocumentInfo
    title: str
    lines: tuple[str, ...]  # under the title: when made, which cases, how to read it
    key_figures: tuple[Field, ...]
    tables: tuple[PortfolioTable, ...]
    labels: Mapping[str, str]


def _count(value: object) -> str:
    return "" if pd.isna(value) else str(int(value))


def _tonnes(value: object, lang: str) -> str:
    return "" if pd.isna(value) else format_number(float(value), lang, decimals=0, signed=True)


def _goals(table: pd.DataFrame, catalog: Catalog, w: dict[str, str]) -> PortfolioTable:
    rows = []
    for goal, row in table.iterrows():
        colour = catalog.goals[int(goal)].colour if int(goal) in catalog.goals else "#808080"
        rows.append((Swatch(str(goal), colour, "#ffffff"), str(row["goal_name"]),
                     _count(row["positive_cases"]), _count(row["negative_cases"]),
                     _count(row["mixed_cases"])))
    return PortfolioTable(
        w["sdg_goals"], w["sdg_goals_note"],
        (w["goal"], "", w["positive"], w["negative"], w["mixed"]), tuple(rows),
        (0.07, 0.57, 0.12, 0.12, 0.12), (False, False, True, True, True), w["none"],
    )


def _targets(table: pd.DataFrame, w: dict[str, str]) -> PortfolioTable:
    rows = tuple(
        (str(target), str(row["target_text"]), _count(row["positive_cases"]),
         _count(row["negative_cases"]), _count(row["mixed_cases"]))
        for target, row in table.iterrows()
    )
    return PortfolioTable(
        w["sdg_targets"], "", (w["target"], "", w["positive"], w["negative"], w["mixed"]), rows,
        (0.07, 0.57, 0.12, 0.12, 0.12), (False, False, True, True, True), w["none"],
    )


def _stages(table: pd.DataFrame, lang: str, w: dict[str, str]) -> PortfolioTable:
    """The climate budget and the pipeline, one row each, never a sum of the two."""
    rows = tuple(
        (w[f"stage_{stage}"], _count(row["cases"]), _tonnes(row["tonnes_direct"], lang),
         _beside(row, "indirect", lang), _beside(row, "unstated", lang),
         _count(row["cases_not_quantified"]))
        for stage, row in table.iterrows()
    )
    return PortfolioTable(
        w["stages"], w["stages_note"],
        ("", w["cases"], w["direct"], w["indirect"], w["unstated"], w["not_quantified_cases"]),
        rows, (0.26, 0.1, 0.16, 0.17, 0.17, 0.14), (False, True, True, True, True, True),
        w["none"],
    )


def _beside(row: pd.Series, scope: str, lang: str) -> str:
    """An effect shown beside the total: its tonnes, or a dash when no case has one."""
    return _tonnes(row[f"tonnes_{scope}"], lang) if int(row[f"cases_{scope}"]) else "–"


def _climate(table: pd.DataFrame, lang: str, w: dict[str, str]) -> PortfolioTable:
    rows = tuple(
        (w["year_unknown"] if pd.isna(year) else str(int(year)), _count(row["cases"]),
         _tonnes(row["tonnes_co2e"], lang), _tonnes(row["tonnes_in_force"], lang))
        for year, row in table.iterrows()
    )
    return PortfolioTable(
        w["climate"], w["climate_note"], (w["year"], w["cases"], w["new_effect"], w["in_force"]),
        rows, (0.25, 0.15, 0.3, 0.3), (False, True, True, True), w["no_budget"],
    )


def _climate_units(table: pd.DataFrame, lang: str, w: dict[str, str]) -> PortfolioTable:
    rows = tuple(
        (str(unit), _count(row["cases"]), _tonnes(row["tonnes_co2e"], lang))
        for unit, row in table.iterrows()
    )
    return PortfolioTable(w["climate_unit"], "", (w["unit"], w["cases"], w["tonnes"]), rows,
                          (0.6, 0.15, 0.25), (False, True, True), w["no_budget"])


def _not_quantified(table: pd.DataFrame, lang: str, w: dict[str, str]) -> PortfolioTable:
    rows = []
    for _, row in table.iterrows():
        title = w["exempt"] if bool(row.get("exempt", False)) else str(row["title"])
        status = STATUS_LABELS.get(str(row["status"]))
        word = status.get(lang) if status else str(row["status"])
        rows.append((str(row["case_number"]), title, str(row["unit"]), word[:1].upper() + word[1:]))
    return PortfolioTable(w["not_quantified"], "", (w["case_number"], w["case"], w["unit"],
                                                    w["status"]), tuple(rows),
                          (0.12, 0.5, 0.24, 0.14), (False, False, False, False), w["none"])


def _distribution(table: pd.DataFrame, w: dict[str, str]) -> PortfolioTable:
    rows = tuple(
        (str(row["group_name"]), _count(row["negative_cases"]), _count(row["mitigated"]),
         _count(row["not_mitigated"]), _count(row["positive_cases"]))
        for _, row in table.iterrows()
    )
    return PortfolioTable(
        w["distribution"], w["distribution_note"],
        (w["group"], w["harmed"], w["mitigated"], w["not_mitigated"], w["gains"]), rows,
        (0.4, 0.15, 0.15, 0.15, 0.15), (False, True, True, True, True), w["none"],
    )


def _districts(table: pd.DataFrame, lang: str, w: dict[str, str]) -> PortfolioTable:
    rows = tuple(
        (str(row["district_name"]), _count(row["positive_cases"]), _count(row["negative_cases"]),
         "" if pd.isna(row["net"]) else format_number(float(row["net"]), lang, signed=True))
        for _, row in table.iterrows()
    )
    return PortfolioTable(
        w["districts"], w["districts_note"], (w["district"], w["positive"], w["negative"],
                                              w["net"]), rows,
        (0.46, 0.18, 0.18, 0.18), (False, True, True, True), w["none"],
    )


def _key_figures(table: pd.DataFrame, lang: str) -> tuple[Field, ...]:
    out = []
    for measure, row in table.iterrows():
        value = row["value"]
        text = _tonnes(value, lang) if str(measure).startswith("tonnes_") else _count(value)
        out.append(Field(str(row["measure_name"]), text))
    return tuple(out)


def _steering(aggregates: Mapping[str, pd.DataFrame], lang: str) -> tuple[PortfolioTable, ...]:
    from .steering_tables import steering_tables  # it builds on PortfolioTable above

    return steering_tables(aggregates, lang)


def build_portfolio(
    aggregates: Mapping[str, pd.DataFrame],
    catalog: Catalog,
    *,
    lang: str = "nb",
    scope: str = "",
    made: date | None = None,
) -> PortfolioReport:
    """The report's view model; ``scope`` says in words which cases it covers (the filters)."""
    if lang not in LANGUAGES:
        raise ValueError(f"the report language must be one of {', '.join(LANGUAGES)}")
    w = {key: text.get(lang) for key, text in WORDS.items()}
    made = made or local_today()
    tables = (
        _goals(aggregates["sdg_goals"], catalog, w),
        _stages(aggregates["climate_stages"], lang, w),
        _climate(aggregates["climate_by_year"], lang, w),
        _climate_units(aggregates["climate_by_unit"], lang, w),
        _not_quantified(aggregates["climate_not_quantified"], lang, w),
        _distribution(aggregates["distribution"], w),
        _districts(aggregates["districts"], lang, w),
        _targets(aggregates["sdg_targets"], w),
        *_steering(aggregates, lang),
    )
    targets = tuple(str(t) for t in aggregates["sdg_targets"].index)
    return PortfolioReport(
        info=DocumentInfo(title=w["title"], author="ImpactApp", subject=w["subject"],
                          keywords=targets, language=METADATA_LANGUAGE[lang]),
        title=w["title"],
        lines=(w["made"].format(date=format_date(made, lang)),
               w["scope"].format(scope=scope or w["all_cases"]), w["intro"]),
        key_figures=_key_figures(aggregates["overview"], lang),
        tables=tables,
        labels={"page_of": w["page_of"], "key_figures": w["key_figures"], "title": w["title"]},
    )
