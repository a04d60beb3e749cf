"""The portfolio's aggregates (``analysis.portfolio``) as the rows the charts draw, in words too.

Pure translations of DataFrames into chart rows: nothing is counted here, so the charts show
exactly what the XLSX sheet and the PDF report show.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication

from ...domain.model import Catalog
from ...domain.numbers import format_number
from ...domain.palette import MINUS
from ..fields.rating_style import RDBU7
from .charts import BarStyle, ChartRow, Segment
from .climate_chart import YearBar

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

NEUTRAL = "#606060"



def _count(value: object) -> int:
    return 0 if pd.isna(value) else int(value)


def fill_in(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced by ``values``."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def signed(value: float, lang: str) -> str:
    """+1 200 / −4 200 (the sign always written: a cut is a negative figure)."""
    text = format_number(abs(value), lang, decimals=0)
    if text == "0":
        return text
    return ("+" if value > 0 else MINUS) + text


def goal_styles() -> tuple[BarStyle, ...]:
    return (BarStyle("positive", translate("PortfolioCharts", "Positive"), NEUTRAL),
            BarStyle("negative", translate("PortfolioCharts", "Negative"), NEUTRAL, hatched=True))


def goal_rows(table: pd.DataFrame, catalog: Catalog) -> list[ChartRow]:
    """One row per SDG goal: cases contributing negatively (left), positively (right), and
    the number with a mixed contribution as a note."""
    words = translate("PortfolioCharts", "Goal %1 %2 – cases contributing positively: %3, "
                                         "negatively: %4, mixed: %5.")
    rows = []
    for goal, row in table.iterrows():
        number = int(goal)
        colour = catalog.goals[number].colour if number in catalog.goals else NEUTRAL
        positive, negative = _count(row["positive_cases"]), _count(row["negative_cases"])
        mixed = _count(row["mixed_cases"])
        name = str(row["goal_name"])
        rows.append(ChartRow(
            key=str(number), label=name,
            left=(Segment(negative, "negative", colour),) if negative else (),
            right=(Segment(positive, "positive", colour),) if positive else (),
            note=f"\u00b1{mixed}" if mixed else "", swatch=colour, swatch_text=str(number),
            description=fill_in(words, number, name, positive, negative, mixed),
        ))
    return rows


def year_bars(table: pd.DataFrame, lang: str) -> list[YearBar]:
    """One column per year an effect starts (a quantified effect without a year last)."""
    bars = []
    for year, row in table.iterrows():
        known = not pd.isna(year)
        tonnes = 0.0 if pd.isna(row["tonnes_co2e"]) else float(row["tonnes_co2e"])
        in_force = None if pd.isna(row["tonnes_in_force"]) else float(row["tonnes_in_force"])
        cases = _count(row["cases"])
        label = str(int(year)) if known else translate("PortfolioCharts", "no year")
        words = translate("PortfolioCharts", "%1: %2 t CO2e per year (cases: %3)")
        description = fill_in(words, label, signed(tonnes, lang), cases)
        if in_force is not None:
            description += "; " + fill_in(translate("PortfolioCharts", "in force from then %1"),
                                          signed(in_force, lang))
        bars.append(YearBar(int(year) if known else None, label, tonnes, in_force, cases,
                            signed(tonnes, lang), description))
    return bars


def group_styles() -> tuple[BarStyle, ...]:
    # Dark solid, hatched and light solid: told apart in greyscale too.
    return (
        BarStyle("not_mitigated", translate("PortfolioCharts", "Harm, not mitigated"),
                 RDBU7[0]),
        BarStyle("mitigated", translate("PortfolioCharts", "Harm, mitigated"), RDBU7[0],
                 hatched=True),
        BarStyle("gains", translate("PortfolioCharts", "Gain"), RDBU7[5]),
    )


def group_rows(table: pd.DataFrame) -> list[ChartRow]:
    """One row per distributional group: harms split by mitigation (left), gains (right)."""
    words = translate("PortfolioCharts", "%1 – cases harming it: %2 (without mitigation: %3); "
                                         "cases benefiting it: %4.")
    rows = []
    for group, row in table.iterrows():
        harmed, mitigated = _count(row["negative_cases"]), _count(row["mitigated"])
        unmitigated, gains = _count(row["not_mitigated"]), _count(row["positive_cases"])
        left = tuple(s for s in (Segment(unmitigated, "not_mitigated"),
                                 Segment(mitigated, "mitigated")) if s.value)
        rows.append(ChartRow(
            key=str(group), label=str(row["group_name"]), left=left,
            right=(Segment(gains, "gains"),) if gains else (),
            description=fill_in(words, row["group_name"], harmed, unmitigated, gains),
        ))
    return rows


def district_styles() -> tuple[BarStyle, ...]:
    return (BarStyle("positive", translate("PortfolioCharts", "Positive"), RDBU7[5]),
            BarStyle("negative", translate("PortfolioCharts", "Negative"), RDBU7[0],
                     hatched=True))


def district_rows(table: pd.DataFrame, lang: str) -> list[ChartRow]:
    """One row per bydel rated in any case: negative and positive cases, and the net."""
    words = translate("PortfolioCharts", "%1 – cases positive: %2, negative: %3; net %4.")
    net_words = translate("PortfolioCharts", "net %1")
    rows = []
    for district, row in table.iterrows():
        positive, negative = _count(row["positive_cases"]), _count(row["negative_cases"])
        net = signed(0.0 if pd.isna(row["net"]) else float(row["net"]), lang)
        name = str(row["district_name"])
        rows.append(ChartRow(
            key=str(district), label=name,
            left=(Segment(negative, "negative"),) if negative else (),
            right=(Segment(positive, "positive"),) if positive else (),
            note=fill_in(net_words, net),
            description=fill_in(words, name, positive, negative, net),
        ))
    return rows


def key_figures(table: pd.DataFrame, lang: str) -> list[tuple[str, str]]:
    """(what, figure) of the overview, as leadership reads it first."""
    out = []
    for measure, row in table.iterrows():
        value = row["value"]
        if str(measure).startswith("tonnes_"):
            text = "" if pd.isna(value) else signed(float(value), lang)
        else:
            text = format_number(_count(value), lang, decimals=0)
        out.append((str(row["measure_name"]), text))
    return out
