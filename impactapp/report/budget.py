"""The sustainability budget report: a pure view model of ``domain.sustainability_budget``.

Every figure becomes text in the report's language: the key figures (the decided total and the
pipeline total on lines of their own, never one sum), the path toward the climate target year
by year (with the chart's series), the measures grouped by responsible unit, and the stopped
measures with their reasons. ``budget_render`` lays it out as PDF/A-2u.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from impactapp.domain.budget_words import case_name, word
from impactapp.domain.climate_budget import DECIDED, StageTotal
from impactapp.domain.climate_target import REFERENCE_METHOD
from impactapp.domain.followup import status_label
from impactapp.domain.model import LANGUAGES
from impactapp.domain.sustainability_budget import Budget, BudgetLine, nok_per_tonne
from impactapp.domain.vocabulary import STATUS_LABELS

from .formats import format_date, format_number
from .glance import METADATA_LANGUAGE
from .model import DocumentInfo, Field
from .portfolio import PortfolioReport, PortfolioTable


@dataclass(frozen=True)
class ChartSeries:
    """One line of the chart: its name, colour, dash pattern and (year, t CO2e) points."""

    name: str
    colour: str
    points: tuple[tuple[int, float], ...]
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class BudgetReport(PortfolioReport):
    """The portfolio report's parts, plus the chart placed after the path table."""

    chart_title: str = ""
    chart: tuple[ChartSeries, ...] = ()
    chart_after: int = 0  # the index of the table the chart follows


def _t(value: float | None, lang: str, signed: bool = True) -> str:
    return "" if value is None else format_number(value, lang, decimals=0, signed=signed)


def _nok(value: float | None, lang: str) -> str:
    return "" if value is None else format_number(value, lang, decimals=0)


def _stage_line(total: StageTotal, lang: str) -> str:
    text = _t(total.direct, lang)
    if total.indirect_cases or total.unstated_cases:
        beside = format_number(total.indirect + total.unstated, lang, decimals=0, signed=True)
        text += f" ({word('indirect', lang)}/{word('unstated', lang)}: {beside}, " \
                f"{'ikke lagt til' if lang == 'nb' else 'not added'})"
    return text


def _key_figures(budget: Budget, lang: str) -> tuple[Field, ...]:
    totals = budget.totals
    out = [
        Field(word("total_decided", lang), _stage_line(totals.decided, lang)),
        Field(word("total_pipeline", lang), _stage_line(totals.pipeline, lang)),
        Field(f"{word('investment_total', lang)}: {word('decided', lang)}",
              _nok(totals.investment[DECIDED], lang)),
        Field(f"{word('annual_total', lang)}: {word('decided', lang)}",
              _nok(totals.annual[DECIDED], lang)),
        Field(word("stopped", lang), str(len(totals.stopped))),
    ]
    return tuple(out)


def _path_table(budget: Budget, lang: str) -> PortfolioTable:
    header = tuple(word(k, lang) for k in ("year", "reference", "decided_cut", "with_decided",
                                             "target_path", "gap", "pipeline_cut"))
    rows = tuple((str(p.year), _t(p.reference, lang, False), _t(p.decided, lang),
                  _t(p.with_decided, lang, False), _t(p.target, lang, False),
                  _t(p.gap, lang), _t(p.pipeline, lang)) for p in budget.path)
    note = REFERENCE_METHOD.get(lang)
    target = budget.target
    if target is not None:
        note = word("target_line", lang, cut=format_number(target.cut_percent, lang),
                    year=target.year, base_year=target.base_year,
                    base=_t(target.base_tonnes, lang, False),
                    level=_t(target.target_tonnes, lang, False)) + " " + note
    return PortfolioTable(
        title=word("path_title", lang), note=note, header=header, rows=rows,
        widths=(0.1, 0.15, 0.15, 0.16, 0.14, 0.14, 0.16), numeric=(False, *[True] * 6),
        empty=word("no_target", lang))


def _measure_row(budget: Budget, line: BudgetLine, lang: str) -> tuple[str, ...]:
    status = STATUS_LABELS.get(line.case_status)
    follow = status_label(line.followup_status, lang)
    if line.stopped and line.stop_reason:
        follow = f"{follow}: {line.stop_reason}"
    if line.reported_tonnes is not None:
        follow += f" ({word('reported_short', lang)} {_t(line.reported_tonnes, lang)})"
    tonnes = [_t(line.in_force(y, budget.year), lang) if line.tonnes is not None else ""
              for y in budget.years]
    scope = "" if line.scope == "direct" or line.tonnes is None else \
        f" ({word('indirect' if line.scope == 'indirect' else 'unstated', lang)})"
    return (f"{case_name(line, lang)} ({line.case_number})" if line.case_number
            and not line.exempt else case_name(line, lang),
            f"{line.measure_name}{scope}", status.get(lang) if status else line.case_status,
            follow, *tonnes, _nok(line.investment_nok, lang), _nok(line.annual_nok, lang),
            _nok(nok_per_tonne(line, budget.lifetime_years), lang), ", ".join(line.targets))


def _unit_tables(budget: Budget, lang: str) -> list[PortfolioTable]:
    header = (word("case", lang), word("measure", lang), word("status", lang),
              word("followup", lang), *(str(y) for y in budget.years),
              word("investment", lang), word("annual", lang), word("nok_per_tonne", lang),
              word("targets", lang))
    years = len(budget.years)
    widths = (0.15, 0.14, 0.09, 0.12, *([0.05] * years), 0.085, 0.09, 0.065, 0.095)
    total = sum(widths)
    widths = tuple(w / total for w in widths)
    numeric = (False, False, False, False, *([True] * years), True, True, True, False)
    tables = []
    for unit in budget.units():
        rows = tuple(_measure_row(budget, ln, lang) for ln in budget.lines if ln.unit == unit)
        tables.append(PortfolioTable(title=unit or "–", note="", header=header, rows=rows,
                                     widths=widths, numeric=numeric))
    if not tables:
        tables.append(PortfolioTable(title=word("measures_by_unit", lang), note="",
                                     header=header, rows=(), widths=widths, numeric=numeric,
                                     empty=word("none", lang)))
    return tables


def _stopped(budget: Budget, lang: str) -> PortfolioTable:
    rows = tuple((case_name(ln, lang), ln.measure_name, ln.unit, ln.stop_reason,
                  _t(ln.tonnes, lang))
                 for ln in budget.totals.stopped)
    return PortfolioTable(
        title=word("stopped_list", lang), note="", rows=rows,
        header=(word("case", lang), word("measure", lang), word("unit", lang),
                word("stop_reason", lang), word("tonnes_year", lang, year="").strip()),
        widths=(0.25, 0.2, 0.15, 0.28, 0.12), numeric=(False, False, False, False, True),
        empty=word("none", lang))


def _chart(budget: Budget, lang: str) -> tuple[ChartSeries, ...]:
    if not budget.path:
        return ()
    return (
        ChartSeries(word("reference", lang), "#7F7F7F",
                    tuple((p.year, p.reference) for p in budget.path), (4, 2)),
        ChartSeries(word("with_decided", lang), "#2166AC",
                    tuple((p.year, p.with_decided) for p in budget.path)),
        ChartSeries(word("target_path", lang), "#1A9850",
                    tuple((p.year, p.target) for p in budget.path), (1, 2)),
    )


def build_budget_report(budget: Budget, lang: str = "nb", made: date | None = None
                        ) -> BudgetReport:
    """The report's view model of ``budget`` in ``lang``, dated ``made``."""
    if lang not in LANGUAGES:
        raise ValueError(f"the report language must be one of {', '.join(LANGUAGES)}")
    title = word("title", lang, year=budget.year)
    targets = tuple(sorted({t for line in budget.lines for t in line.targets}))
    lines = [word("intro", lang),
             word("nok_note", lang, years=budget.lifetime_years)]
    if made is not None:
        lines.insert(0, word("made", lang, date=format_date(made, lang)))
    tables = [_path_table(budget, lang), *_unit_tables(budget, lang), _stopped(budget, lang)]
    return BudgetReport(
        info=DocumentInfo(title=title, author="ImpactApp", subject=word("subject", lang),
                          keywords=targets, language=METADATA_LANGUAGE[lang]),
        title=title, lines=tuple(lines), key_figures=_key_figures(budget, lang),
        tables=tuple(tables),
        labels={"page_of": word("page_of", lang), "key_figures": word("key_figures", lang),
                "title": title},
        chart_title=word("chart", lang), chart=_chart(budget, lang), chart_after=0,
    )

