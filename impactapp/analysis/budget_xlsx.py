"""The sustainability budget as XLSX: one row per measure, autofilter, totals rows apart.

Finance loads the sheet into its budget system (Framsikt, Stratsys and similar), so each
measure is one row with plain numbers; the totals of the decided measures and of the pipeline
sit below the filtered range on rows of their own (never one sum of both), direct effects
only. Text that a spreadsheet would take for a formula is written as text, as the comparison
export does. A second sheet holds the path toward the climate target.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from impactapp.domain.budget_words import case_name, word
from impactapp.domain.climate_budget import DECIDED, PIPELINE, counts_in_total, scope_group
from impactapp.domain.followup import status_label
from impactapp.domain.sustainability_budget import Budget, BudgetLine, counted, nok_per_tonne
from impactapp.domain.vocabulary import STATUS_LABELS, label

from .cells import looks_like_formula, xml_safe

HEAD_FILL = PatternFill("solid", fgColor="E8E8E8")
BOLD = Font(bold=True)


def _text(sheet: Worksheet, row: int, column: int, value: str) -> None:
    """Text as typed; formula-like text stays text (string cell, quote prefix)."""
    cell = sheet.cell(row=row, column=column)
    cell.value = xml_safe(value)
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _status(status: str, lang: str) -> str:
    found = label(STATUS_LABELS, status)
    return found.get(lang) if hasattr(found, "get") else str(found)


def columns(budget: Budget, lang: str) -> list[str]:
    """The header of the measures sheet."""
    return [word(k, lang) for k in ("case_number", "case", "measure", "unit", "status", "stage",
                                    "followup", "stop_reason", "scope")] + [
        word("tonnes_year", lang, year=y) for y in budget.years] + [
        word(k, lang) for k in ("reported", "investment", "annual", "nok_per_tonne", "targets")]


def line_values(budget: Budget, line: BudgetLine, lang: str) -> list[Any]:
    """One measure's cells: text, then numbers (None where unknown)."""
    first = budget.year
    tonnes = [line.in_force(y, first) if line.tonnes is not None else None for y in budget.years]
    return [
        line.case_number, case_name(line, lang), f"{line.measure} {line.measure_name}", line.unit,
        _status(line.case_status, lang),
        word("stopped" if line.stopped else (line.stage or DECIDED), lang),
        status_label(line.followup_status, lang), line.stop_reason,
        word(scope_group(line.scope), lang), *tonnes, line.reported_tonnes,
        line.investment_nok, line.annual_nok, nok_per_tonne(line, budget.lifetime_years),
        ", ".join(line.targets),
    ]


def _totals_row(budget: Budget, stage: str, lang: str, width: int) -> list[Any]:
    """The direct, counted sum of one stage per year and its costs."""
    lines = [ln for ln in budget.lines if ln.stage == stage and counted(ln)]
    direct = [ln for ln in lines if counts_in_total(ln.scope)]
    per_year = [sum(ln.in_force(y, budget.year) for ln in direct) for y in budget.years]
    investment = budget.totals.investment[stage]
    annual = budget.totals.annual[stage]
    head = word("total_decided" if stage == DECIDED else "total_pipeline", lang)
    row: list[Any] = [head] + [None] * 8 + per_year + [None, investment, annual, None, None]
    return row[:width]


def write_budget_xlsx(budget: Budget, fh: BinaryIO, lang: str = "nb") -> None:
    """Write the budget to ``fh``: the measures sheet and the path sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = word("sheet", lang)[:31]
    header = columns(budget, lang)
    for c, text in enumerate(header, start=1):
        _text(sheet, 1, c, text)
        sheet.cell(row=1, column=c).font = BOLD
        sheet.cell(row=1, column=c).fill = HEAD_FILL
        sheet.column_dimensions[get_column_letter(c)].width = 14
    for c in (2, 3, 4, 8):
        sheet.column_dimensions[get_column_letter(c)].width = 32
    numeric = range(10, 10 + len(budget.years) + 4)
    for r, line in enumerate(budget.lines, start=2):
        for c, value in enumerate(line_values(budget, line, lang), start=1):
            if isinstance(value, str):
                _text(sheet, r, c, value)
            else:
                sheet.cell(row=r, column=c, value=value)
                if c in numeric:
                    sheet.cell(row=r, column=c).number_format = "#,##0.0"
    last = 1 + len(budget.lines)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(last, 2)}"
    sheet.freeze_panes = "C2"
    row = last + 2  # one empty row: the totals stay outside the filtered range
    for stage in (DECIDED, PIPELINE):
        for c, value in enumerate(_totals_row(budget, stage, lang, len(header)), start=1):
            if isinstance(value, str):
                _text(sheet, row, c, value)
            elif value is not None:
                sheet.cell(row=row, column=c, value=value).number_format = "#,##0.0"
            sheet.cell(row=row, column=c).font = BOLD
        row += 1
    _write_path(workbook, budget, lang)
    workbook.save(fh)


def _write_path(workbook: Workbook, budget: Budget, lang: str) -> None:
    sheet = workbook.create_sheet(word("path_sheet", lang)[:31])
    if budget.target is None:
        _text(sheet, 1, 1, word("no_target", lang))
        return
    keys = ("year", "reference", "decided_cut", "with_decided", "target_path", "gap",
            "pipeline_cut")
    for c, key in enumerate(keys, start=1):
        _text(sheet, 1, c, word(key, lang))
        sheet.cell(row=1, column=c).font = BOLD
        sheet.column_dimensions[get_column_letter(c)].width = 22
    for r, p in enumerate(budget.path, start=2):
        for c, value in enumerate((p.year, p.reference, p.decided, p.with_decided, p.target,
                                   p.gap, p.pipeline), start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if c > 1:
                cell.number_format = "#,##0"
