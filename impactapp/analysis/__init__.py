"""Comparison and portfolio frames (pandas) built from the store's plain rows; pure functions.

``Store.comparison_rows`` reads the rows; ``comparison_frame`` lays them out as one row per
case (or per measure); the functions of ``portfolio`` add them up across cases; ``write_csv``
and ``write_xlsx`` turn a frame into a file's bytes. Nothing here reads the database.
"""

from .export_csv import write_csv
from .export_xlsx import write_xlsx
from .frame import comparison_frame
from .labels import column_label, column_labels
from .portfolio import (
    BUDGET_STATUSES,
    PIPELINE_STATUSES,
    climate_by_unit,
    climate_by_year,
    climate_not_quantified,
    climate_stages,
    distribution_groups,
    district_effects,
    portfolio_aggregates,
    portfolio_overview,
    restrict,
    sdg_goal_counts,
    sdg_target_counts,
)
from .tables import ROW_COLUMNS, RowTables, Tables, as_tables

__all__ = [
    "BUDGET_STATUSES",
    "PIPELINE_STATUSES",
    "ROW_COLUMNS",
    "RowTables",
    "Tables",
    "as_tables",
    "climate_by_unit",
    "climate_by_year",
    "climate_not_quantified",
    "climate_stages",
    "column_label",
    "column_labels",
    "comparison_frame",
    "distribution_groups",
    "district_effects",
    "portfolio_aggregates",
    "portfolio_overview",
    "restrict",
    "sdg_goal_counts",
    "sdg_target_counts",
    "write_csv",
    "write_xlsx",
]
