"""The portfolio report's steering tables: the gap to each indicator target, and what
addresses each locally relevant SDG target (plans, decided measures, pipeline)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from impactapp.domain.model import Text
from impactapp.domain.numbers import format_number
from impactapp.domain.vocabulary import RATING_LABELS

from .portfolio import PortfolioTable

WORDS: dict[str, Text] = {
    "gaps": Text("Indikatormål: hvor vi står", "Indicator targets: where we stand"),
    "gaps_note": Text(
        "Kommunens siste tall mot målet. Avstand: det som gjenstår i målets retning. I rute: "
        "takten de tre siste periodene når målet innen målåret. Kilde: K = kommunens "
        "konfigurasjon, P = satt i programmet (går foran konfigurasjonen).",
        "The municipality's latest figure against the target. Gap: what remains in the "
        "target's direction. On path: the pace of the last three periods reaches the target "
        "by its year. Source: C = the municipality's configuration, P = set in the program "
        "(wins over the configuration).",
    ),
    "indicator": Text("Indikator", "Indicator"),
    "target": Text("Mål", "Target"),
    "latest": Text("Siste tall", "Latest"),
    "gap": Text("Avstand", "Gap"),
    "path": Text("Utvikling", "Path"),
    "no_targets": Text("Ingen indikatormål er satt.", "No indicator targets are set."),
    "at_most": Text("høyst", "at most"),
    "at_least": Text("minst", "at least"),
    "by": Text("innen", "by"),
    "configuration": Text("K", "C"),
    "database": Text("P", "P"),
    "met": Text("nådd", "met"),
    "on_path": Text("i rute", "on path"),
    "off_path": Text("ikke i rute", "not on path"),
    "unknown": RATING_LABELS["unknown"],
    "coverage": Text("Hva tar tak i de lokalt relevante delmålene",
                     "What addresses the locally relevant SDG targets"),
    "coverage_note": Text(
        "{empty} av {total} lokalt relevante delmål har ingenting som tar tak i dem (merket "
        "«–»). Vedtatte tiltak (godkjente og vedtatte saker) og saker under arbeid holdes "
        "fra hverandre.",
        "{empty} of {total} locally relevant SDG targets are addressed by nothing (marked "
        "“–”). Decided measures (approved and decided cases) and the pipeline are kept apart.",
    ),
    "sdg_target": Text("Delmål", "Target"),
    "plans": Text("Planer", "Plans"),
    "decided": Text("Vedtatte tiltak", "Decided measures"),
    "pipeline": Text("Under arbeid", "Pipeline"),
}


def _number(value: object, lang: str) -> str:
    return "" if value is None or pd.isna(value) else format_number(
        round(float(value), 6), lang)


def steering_tables(aggregates: Mapping[str, pd.DataFrame], lang: str) -> tuple[
        PortfolioTable, ...]:
    """The two tables, when the aggregates carry them (none otherwise)."""
    w = {key: text.get(lang) for key, text in WORDS.items()}
    out: list[PortfolioTable] = []
    gaps = aggregates.get("target_gaps")
    if gaps is not None:
        rows = []
        for _, row in gaps.iterrows():
            word = w["at_most"] if row["direction"] == "lower" else w["at_least"]
            target = f"{word} {_number(row['target'], lang)} {w['by']} {row['year']} " \
                     f"({w[str(row['source'])]})"
            latest = f"{_number(row['latest'], lang)} ({row['period']})" if row["period"] else ""
            gap = _number(max(float(row["gap"]), 0.0), lang) if pd.notna(row["gap"]) else ""
            rows.append((str(row["name"]), target, latest, gap, w[str(row["status"])]))
        out.append(PortfolioTable(
            w["gaps"], w["gaps_note"], (w["indicator"], w["target"], w["latest"], w["gap"],
                                        w["path"]),
            tuple(rows), (0.36, 0.24, 0.14, 0.1, 0.16), (False, False, True, True, False),
            w["no_targets"]))
    cover = aggregates.get("target_coverage")
    if cover is not None:
        empty = int((~cover["addressed"].astype(bool)).sum()) if len(cover) else 0
        rows = [(str(target), str(row["plans"]) or "–", str(row["decided"]) or "–",
                 str(row["pipeline"]) or "–") for target, row in cover.iterrows()]
        out.append(PortfolioTable(
            w["coverage"], w["coverage_note"].format(empty=empty, total=len(cover)),
            (w["sdg_target"], w["plans"], w["decided"], w["pipeline"]), tuple(rows),
            (0.1, 0.3, 0.3, 0.3), (False, False, False, False), ""))
    return tuple(out)
