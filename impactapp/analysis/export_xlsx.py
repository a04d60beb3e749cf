"""The comparison table as XLSX, with coloured ratings and a sheet of portfolio aggregates.

Ratings are numbers (sortable, filterable) shown with their sign (+2, −1) on UI.md's palette:
ColorBrewer RdBu from −3 to +3, white text on the two darkest classes, grey for ``?`` (a
knowledge gap), ``–`` for not relevant; a scale of another range maps onto the same ends.

The colours and the signed number format come from conditional formatting over the rating
columns, not from a style on each cell: a styled cell costs openpyxl about twice a plain one,
which would put 10,000 rows over ten seconds. It also keeps the colours right when someone
sorts or edits the sheet. Text is written as typed; formula-like text becomes a string cell
with the quote-prefix style (see ``cells``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from copy import copy
from datetime import datetime
from typing import Any, BinaryIO

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.styles.numbers import NumberFormat
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from impactapp.domain import palette
from impactapp.domain.model import NOT_RELEVANT, UNKNOWN, Catalog, Text

from .cells import (
    NOT_RELEVANT_MARK,
    UNKNOWN_MARK,
    column_kind,
    is_missing,
    looks_like_formula,
    word_value,
    xml_safe,
)
from .labels import column_labels

#: UI.md's palette (domain.palette) as openpyxl writes colours: RRGGBB without "#".
RATING_COLOURS: tuple[str, ...] = tuple(c.lstrip("#").upper() for c in palette.RATING_COLOURS)
UNKNOWN_COLOUR = palette.UNKNOWN_COLOUR.lstrip("#").upper()
HEADER_COLOUR = "E8E8E8"
#: +2, −1 (the real minus sign), 0; fractions (a scale of another range) keep their decimals.
SIGNED = '+General;"\u2212"General;0'
_SIGNED_ID = 200  # a number format id of our own for the conditional formats (custom: >= 164)
#: The value bounds of each palette class (a non-zero value never lands on the neutral class).
CLASS_BOUNDS: dict[int, str] = {
    -3: "{c}<=-2.5",
    -2: "AND({c}>-2.5,{c}<=-1.5)",
    -1: "AND({c}>-1.5,{c}<0)",
    0: "{c}=0",
    1: "AND({c}>0,{c}<1.5)",
    2: "AND({c}>=1.5,{c}<2.5)",
    3: "{c}>=2.5",
}
SHEETS: dict[str, Text] = {
    "comparison": Text("Sammenligning", "Comparison"),
    "portfolio": Text("Portefølje", "Portfolio"),
}
AGGREGATE_TITLES: dict[str, Text] = {
    "overview": Text("Nøkkeltall", "Key figures"),
    "sdg_goals": Text("Bærekraftsmål: saker som bidrar", "SDGs: cases that contribute"),
    "sdg_targets": Text("Delmål: saker som bidrar", "SDG targets: cases that contribute"),
    "climate_stages": Text("Klimabudsjett (godkjente og vedtatte) og saker under arbeid, "
                           "hver for seg",
                           "Climate budget (approved and decided) and the pipeline, apart"),
    "climate_by_year": Text("Klimabudsjett: virkning etter år (godkjente og vedtatte saker)",
                            "Climate budget: effect by year (approved and decided cases)"),
    "climate_by_unit": Text("Klimabudsjett: virkning etter enhet (godkjente og vedtatte saker)",
                            "Climate budget: effect by unit (approved and decided cases)"),
    "climate_not_quantified": Text("Klimaeffekt som ikke er tallfestet",
                                   "Climate effects not quantified"),
    "distribution": Text("Fordelingsvirkninger: negative virkninger og avbøtende tiltak",
                         "Distributional effects: harms and mitigation"),
    "districts": Text("Bydeler: virkninger på tvers av saker", "Districts: effects across cases"),
}
_RATING_KINDS = ("rating", "extreme")
_WIDTHS = {"title": 48, "alternative_name": 36, "unit": 24, "decision_body": 16,
           "goal_name": 34, "target_text": 60, "group_name": 34, "district_name": 20,
           "stage_name": 44}
_ILLEGAL_IN_SHEET_NAME = str.maketrans({c: "_" for c in "[]:*?/\\"})


class _Styles:
    """The few styled cells (header, dates, numbers, quoted text): named styles registered
    once, each cell given a copy of the style's index array."""

    def __init__(self, workbook: Workbook, sheet: WriteOnlyWorksheet, lang: str):
        self.lang = lang
        self._arrays: dict[str, Any] = {}
        styles: dict[str, dict[str, Any]] = {
            "head": {"font": Font(bold=True), "fill": PatternFill("solid", fgColor=HEADER_COLOUR),
                     "alignment": Alignment(wrap_text=True, vertical="top")},
            "table_title": {"font": Font(bold=True, size=12)},
            "date": {"number_format": "dd.mm.yyyy" if lang == "nb" else "yyyy-mm-dd"},
            "whole": {"number_format": "#,##0"},
            "decimal": {"number_format": "#,##0.0#"},
            "centred": {"alignment": Alignment(horizontal="center")},
        }
        for name, attributes in styles.items():
            style = NamedStyle(name=name)
            for attribute, value in attributes.items():
                setattr(style, attribute, value)
            workbook.add_named_style(style)
            probe = WriteOnlyCell(sheet)
            probe.style = name
            self._arrays[name] = probe._style

    def cell(self, sheet: WriteOnlyWorksheet, value: Any, name: str) -> WriteOnlyCell:
        """A cell holding ``value`` in the named style."""
        cell = WriteOnlyCell(sheet, value=value)
        cell._style = copy(self._arrays[name])
        return cell

    def text(self, sheet: WriteOnlyWorksheet, text: str) -> Any:
        """Text as typed; formula-like text as a string cell marked as text (quote prefix)."""
        text = xml_safe(text)
        if not looks_like_formula(text):
            return text
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # never a formula, whatever the first character
        cell.quotePrefix = True  # and text when edited: the spreadsheet's own leading '
        return cell


def _converter(
    kind: str, sheet: WriteOnlyWorksheet, styles: _Styles
) -> Callable[[Any], Any]:
    """How one column's values become cell values."""
    lang = styles.lang

    def rating(value: Any) -> Any:
        if value == UNKNOWN:
            return UNKNOWN_MARK
        if value == NOT_RELEVANT:
            return styles.cell(sheet, NOT_RELEVANT_MARK, "centred")
        return styles.text(sheet, value) if isinstance(value, str) else float(value)

    def named(value: Any) -> Any:
        return word_value(value, kind, lang)

    def day(value: Any) -> Any:
        moment = value.to_pydatetime() if isinstance(value, pd.Timestamp) else value
        return styles.cell(sheet, moment.date() if isinstance(moment, datetime) else moment,
                           "date")

    def number(value: Any) -> Any:
        value = float(value)
        return styles.cell(sheet, value, "whole" if value.is_integer() else "decimal")

    def text(value: Any) -> Any:
        return styles.text(sheet, str(value))

    if kind in ("rating", "raw", "extreme"):
        return rating
    if kind in ("status", "depth", "bool", "contribution"):
        return named
    if kind == "date":
        return day
    if kind in ("count", "integer"):
        return int
    if kind == "number":
        return number
    return text


def _cells(series: pd.Series, convert: Callable[[Any], Any]) -> list[Any]:
    return [None if is_missing(v) else convert(v) for v in series.tolist()]


def _blocks(kinds: list[str], wanted: tuple[str, ...]) -> list[tuple[int, int]]:
    """Runs of adjacent columns (1-based, inclusive) whose kind is in ``wanted``."""
    runs: list[tuple[int, int]] = []
    for i, kind in enumerate(kinds, start=1):
        if kind not in wanted:
            continue
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _signed_format() -> NumberFormat:
    return NumberFormat(numFmtId=_SIGNED_ID, formatCode=SIGNED)


def rating_rules() -> list[tuple[str, DifferentialStyle]]:
    """(formula on the cell ``{c}``, style) for each palette class and for a knowledge gap."""
    rules = [
        (f"AND(ISNUMBER({{c}}),{bound})", DifferentialStyle(
            fill=PatternFill("solid", bgColor=RATING_COLOURS[klass + 3]),
            font=Font(color="FFFFFF" if abs(klass) == 3 else "000000"),
            numFmt=_signed_format(),
        ))
        for klass, bound in CLASS_BOUNDS.items()
    ]
    rules.append((f'{{c}}="{UNKNOWN_MARK}"',
                  DifferentialStyle(fill=PatternFill("solid", bgColor=UNKNOWN_COLOUR))))
    return rules


def _format_ratings(sheet: WriteOnlyWorksheet, kinds: list[str], rows: int) -> None:
    """Colour and sign every rating cell with conditional formats, one set per column run."""
    if rows < 1:
        return
    last = rows + 1
    for first_col, last_col in _blocks(kinds, _RATING_KINDS):
        first, end = get_column_letter(first_col), get_column_letter(last_col)
        for formula, style in rating_rules():
            sheet.conditional_formatting.add(
                f"{first}2:{end}{last}",
                Rule(type="expression", dxf=style, formula=[formula.format(c=f"{first}2")]),
            )
    for first_col, last_col in _blocks(kinds, ("raw",)):
        first, end = get_column_letter(first_col), get_column_letter(last_col)
        sheet.conditional_formatting.add(
            f"{first}2:{end}{last}",
            Rule(type="expression", dxf=DifferentialStyle(numFmt=_signed_format()),
                 formula=[f"ISNUMBER({first}2)"]),
        )


def _write_table(
    sheet: WriteOnlyWorksheet, frame: pd.DataFrame, catalog: Catalog, styles: _Styles
) -> list[str]:
    """The header row and one row per frame row; returns the columns' kinds."""
    columns = [str(c) for c in frame.columns]
    kinds = [column_kind(c, catalog) for c in columns]
    labels = column_labels(columns, catalog, styles.lang)
    sheet.append([styles.cell(sheet, xml_safe(labels[c]), "head") for c in columns])
    values = [
        _cells(frame[c], _converter(kind, sheet, styles))
        for c, kind in zip(frame.columns, kinds, strict=True)
    ]
    for row in zip(*values, strict=True):
        sheet.append(list(row))
    return kinds


def _sheet_title(text: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return text.translate(_ILLEGAL_IN_SHEET_NAME)[:31]


def write_xlsx(
    frame: pd.DataFrame,
    fh: BinaryIO,
    catalog: Catalog,
    *,
    lang: str = "nb",
    aggregates: Mapping[str, pd.DataFrame] | None = None,
) -> None:
    """Write the comparison ``frame`` to the binary file ``fh`` as XLSX; with ``aggregates``
    (``portfolio.portfolio_aggregates``) also a sheet holding each of them under its title."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(SHEETS["comparison"].get(lang)))
    styles = _Styles(workbook, sheet, lang)
    kinds = [column_kind(str(c), catalog) for c in frame.columns]
    for i, (column, kind) in enumerate(zip(frame.columns, kinds, strict=True), start=1):
        narrow = kind in ("rating", "raw", "extreme", "count", "contribution")
        sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(
            str(column), 8 if narrow else 14
        )
    sheet.freeze_panes = "C2"  # the header row, the id and the title stay in view
    _format_ratings(sheet, kinds, len(frame))
    _write_table(sheet, frame, catalog, styles)
    if aggregates:
        portfolio = workbook.create_sheet(_sheet_title(SHEETS["portfolio"].get(lang)))
        portfolio.column_dimensions["A"].width = 18
        for i in range(2, 8):
            portfolio.column_dimensions[get_column_letter(i)].width = 22
        for name, table in aggregates.items():
            title = AGGREGATE_TITLES.get(name)
            portfolio.append([styles.cell(portfolio, title.get(lang) if title else name,
                                          "table_title")])
            _write_table(portfolio, table.reset_index(), catalog, styles)
            portfolio.append([])
    workbook.save(fh)
