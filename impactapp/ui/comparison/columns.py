"""Which columns of the comparison frame the view shows, in which groups the chooser offers.

The frame (``analysis.frame``) names its columns by stable ids; the view shows most of them,
grouped as a caseworker thinks of them: the case, the pillar summaries, the criteria of each
pillar, the SDG goals, climate and costs, and what is still open (knowledge gaps, trade-offs).
A criterion's raw value on a scale of another range (``<criterion>@<scale>``) is no column of
its own on screen: its cell shows it, and an export carries it beside the criterion.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...analysis.cells import column_kind
from ...domain.model import Catalog

#: Always shown: what names the row.
FIXED: tuple[str, ...] = ("title", "case_number")
CASE_DETAILS: tuple[str, ...] = ("unit", "status", "decision_date", "alternative_name")
MORE_DETAILS: tuple[str, ...] = ("decision_body", "depth", "revision", "exempt")
CLIMATE: tuple[str, ...] = (
    "ghg_tonnes", "ghg_from_year", "ghg_quantifiable", "investment_nok", "annual_nok",
)
FOLLOW_UP: tuple[str, ...] = (
    "knowledge_gaps", "trade_offs", "trade_offs_unhandled", "trade_offs_handled",
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
#: Groups hidden until the user asks for them.
HIDDEN_AT_FIRST: frozenset[str] = frozenset({"more", "summary"})


@dataclass(frozen=True)
class ColumnGroup:
    """A set of columns the chooser shows or hides together."""

    key: str  # "case", "more", "summary", "criteria:env", "sdg", "climate", "follow_up"
    title: str
    columns: tuple[str, ...]



def is_raw(column: str, catalog: Catalog) -> bool:
    """A criterion's value on its own scale (shown inside the criterion's cell)."""
    return column_kind(column, catalog) == "raw"


def column_groups(columns: Iterable[str], catalog: Catalog, lang: str) -> list[ColumnGroup]:
    """The chooser's groups over the frame's ``columns`` (only those the frame has)."""
    present = set(columns)

    def keep(wanted: Iterable[str]) -> tuple[str, ...]:
        return tuple(c for c in wanted if c in present)

    title = {
        "case": translate("ColumnGroups", "Case details"),
        "more": translate("ColumnGroups", "More case details"),
        "summary": translate("ColumnGroups", "Pillar summaries"),
        "criteria": translate("ColumnGroups", "Criteria: %1"),
        "sdg": translate("ColumnGroups", "SDG goals"),
        "climate": translate("ColumnGroups", "Climate and costs"),
        "follow_up": translate("ColumnGroups", "Knowledge gaps and trade-offs"),
    }
    groups = [ColumnGroup("case", title["case"], keep(CASE_DETAILS)),
              ColumnGroup("more", title["more"], keep(MORE_DETAILS))]
    summary = [f"{p}:{part}" for p in catalog.pillars
               for part in ("positive", "negative", "zero", "unknown", "min", "max")]
    groups.append(ColumnGroup("summary", title["summary"], keep(summary)))
    for pillar in catalog.pillars.values():
        groups.append(ColumnGroup(f"criteria:{pillar.id}",
                                  title["criteria"].replace("%1", pillar.name.get(lang)),
                                  keep(c.id for c in catalog.criteria_in(pillar.id))))
    groups.append(ColumnGroup("sdg", title["sdg"],
                              keep(f"sdg:{g}" for g in sorted(catalog.goals))))
    groups.append(ColumnGroup("climate", title["climate"], keep(CLIMATE)))
    groups.append(ColumnGroup("follow_up", title["follow_up"], keep(FOLLOW_UP)))
    return [g for g in groups if g.columns]


def view_columns(columns: Iterable[str], catalog: Catalog, lang: str) -> list[str]:
    """The columns the view's model has, in order: the fixed ones, then every group's."""
    present = list(columns)
    out = [c for c in FIXED if c in present]
    for group in column_groups(present, catalog, lang):
        out.extend(group.columns)
    return out


def export_columns(shown: Iterable[str], frame_columns: Iterable[str],
                   catalog: Catalog) -> list[str]:
    """The frame columns an export of the shown columns writes: each shown column, and after a
    criterion its raw value when the frame has one."""
    raw_of: dict[str, str] = {}
    for column in frame_columns:
        if is_raw(column, catalog):
            raw_of[column.split("@", 1)[0]] = column
    out: list[str] = []
    for column in shown:
        out.append(column)
        if column in raw_of:
            out.append(raw_of[column])
    return out
