"""The comparison table: every case (or every measure) with all its consequences in one row.

Like Oslo's climate budget, one table anyone can read: metadata, a summary per pillar (counts
and extremes, never a weighted sum), every criterion's rating, every SDG goal's contribution,
the climate effect, costs, knowledge gaps and trade-offs.

Columns are stable ids (``labels.column_label`` gives the header in a language):

- case: ``case_id title case_number unit decision_body status depth decision_date revision
  exempt`` (exempt from public disclosure: a report for a wider audience names it by number)
- the alternative shown: ``alternative`` (its id), ``alternative_name``, ``recommended``
- per pillar ``<pillar>:positive|negative|zero|unknown|min|max`` (min and max on −3..+3)
- per criterion ``<criterion id>``: the rating on −3..+3 as a float, ``"unknown"``,
  ``"not_relevant"``, or NA when not rated; for a criterion on another scale also
  ``<criterion id>@<scale id>``, the raw value (see ``scales``)
- per goal ``sdg:<n>``: ``positive``, ``negative``, ``mixed`` or ``none``, from the confirmed
  targets as ``domain.sdg.goal_contributions`` derives it (the store keeps it per alternative)
- ``ghg_tonnes`` (t CO2e per year against the zero alternative, NA when not quantified),
  ``ghg_from_year``, ``ghg_quantifiable``, ``investment_nok``, ``annual_nok``
- ``knowledge_gaps``: unknown ratings of the case over all its measures (METHOD.md), or of the
  measure in a table per measure
- ``trade_offs``, ``trade_offs_unhandled``, ``trade_offs_handled`` (all handled) of the
  alternative shown

A case without a recommendation keeps its row in the table of recommended alternatives, with
NA wherever a value would come from the alternative.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from impactapp.domain.model import NOT_RELEVANT, UNKNOWN, Catalog

from .labels import Labels, column_labels
from .scales import COMMON_EXTENT
from .tables import (
    GAP,
    GOALS,
    NOT_RELEVANT_STATE,
    TEXT,
    RowTables,
    Tables,
    as_tables,
)
from .tradeoffs import handled_matrix, trade_off_matrix

CASE_COLUMNS: tuple[str, ...] = (
    "case_id", "title", "case_number", "unit", "decision_body", "status", "depth",
    "decision_date", "revision", "exempt",
)
ALTERNATIVE_COLUMNS: tuple[str, ...] = ("alternative", "alternative_name", "recommended")
SUMMARY_PARTS: tuple[str, ...] = ("positive", "negative", "zero", "unknown", "min", "max")
CLIMATE_COLUMNS: tuple[str, ...] = (
    "ghg_tonnes", "ghg_from_year", "ghg_quantifiable", "investment_nok", "annual_nok",
)
TAIL_COLUMNS: tuple[str, ...] = (
    "knowledge_gaps", "trade_offs", "trade_offs_unhandled", "trade_offs_handled",
)
CONTRIBUTION = pd.CategoricalDtype(["positive", "negative", "mixed", "none"])


def raw_column(criterion: str, scale: str) -> str:
    """The column of a criterion's raw value on a scale other than impact7."""
    return f"{criterion}@{scale}"


def chosen_alternatives(tables: Tables, per_measure: bool) -> pd.DataFrame:
    """The cases, each with the alternative(s) the table shows; ``_row`` indexes the matrix
    (−1 for a case that has none)."""
    alts = tables.alternatives.assign(_row=np.arange(len(tables.alternatives)))
    if per_measure:
        alts = alts[~alts["zero"]]
    else:
        recommended = tables.cases.set_index("case_id")["recommended"]
        wanted = alts["case_id"].map(recommended)
        alts = alts[(alts["alt_id"] == wanted).fillna(False).astype(bool)]
        alts = alts.drop_duplicates("case_id")
    base = tables.cases.merge(alts, on="case_id", how="left", sort=False)
    base["_row"] = base["_row"].fillna(-1).astype(np.int64)
    return base


def _rows_of(matrix: np.ndarray, index: np.ndarray, fill: float | int) -> np.ndarray:
    """The matrix rows at ``index``; rows of ``fill`` where the index is −1."""
    out = np.full((len(index), matrix.shape[1]), fill, dtype=matrix.dtype)
    has = index >= 0
    out[has] = matrix[index[has]]
    return out


def _nullable(values: np.ndarray, has: np.ndarray, dtype: str) -> pd.Series:
    series = pd.Series(values).astype(dtype)
    series[~has] = pd.NA
    return series


def _pillar_columns(
    norm: np.ndarray, state: np.ndarray, has: np.ndarray, catalog: Catalog, criteria: list[str]
) -> dict[str, pd.Series]:
    out: dict[str, pd.Series] = {}
    for pillar in catalog.pillars:
        picked = [j for j, c in enumerate(criteria) if catalog.criteria[c].pillar == pillar]
        sub, sub_state = norm[:, picked], state[:, picked]
        rated = ~np.isnan(sub)
        counts = {
            "positive": (sub > 0).sum(axis=1),
            "negative": (sub < 0).sum(axis=1),
            "zero": (sub == 0).sum(axis=1),
            "unknown": (sub_state == GAP).sum(axis=1),
        }
        for part, values in counts.items():
            out[f"{pillar}:{part}"] = _nullable(values, has, "Int64")
        any_rated = rated.any(axis=1)
        low = np.where(rated, sub, np.inf).min(axis=1, initial=np.inf)
        high = np.where(rated, sub, -np.inf).max(axis=1, initial=-np.inf)
        out[f"{pillar}:min"] = _nullable(low, has & any_rated, "Float64")
        out[f"{pillar}:max"] = _nullable(high, has & any_rated, "Float64")
    return out


def _rating_values(values: np.ndarray, state: np.ndarray, as_int: bool) -> np.ndarray:
    """One criterion's column: numbers, "unknown", "not_relevant" or NA."""
    rated = ~np.isnan(values)
    out = np.full(len(values), pd.NA, dtype=object)
    numbers = values[rated].astype(np.int64) if as_int else values[rated]
    out[rated] = numbers.tolist()
    out[state == GAP] = UNKNOWN
    out[state == NOT_RELEVANT_STATE] = NOT_RELEVANT
    return out


def _rating_columns(
    raw: np.ndarray, norm: np.ndarray, state: np.ndarray, catalog: Catalog, criteria: list[str]
) -> dict[str, pd.Series]:
    out: dict[str, pd.Series] = {}
    for j, criterion in enumerate(criteria):
        values = _rating_values(norm[:, j], state[:, j], as_int=False)
        out[criterion] = pd.Series(values, dtype=object)
        scale = catalog.scales.get(catalog.criteria[criterion].scale)
        if scale is not None and max(abs(scale.minimum), abs(scale.maximum)) != COMMON_EXTENT:
            values = _rating_values(raw[:, j], state[:, j], as_int=True)
            out[raw_column(criterion, scale.id)] = pd.Series(values, dtype=object)
    return out


def goal_columns(goals: np.ndarray, has: np.ndarray, catalog: Catalog) -> dict[str, pd.Series]:
    """``sdg:<n>`` for every goal of the catalog: the contribution of each row's alternative
    (``goals`` holds the rows' codes for goals 1-17)."""
    words = np.array(["negative", "mixed", "positive"], dtype=object)
    out: dict[str, pd.Series] = {}
    for number in sorted(catalog.goals):
        if number not in GOALS:
            continue  # the UN's goals are 1-17; a catalog has no other
        codes = goals[:, GOALS.index(number)]
        cells = np.full(len(codes), "none", dtype=object)
        touched = ~np.isnan(codes)
        cells[touched] = words[codes[touched].astype(np.int64) + 1]
        cells[~has] = None
        out[f"sdg:{number}"] = pd.Series(cells, dtype=CONTRIBUTION)
    return out


def comparison_frame(
    rows: RowTables | Tables, catalog: Catalog, *, per_measure: bool = False, lang: str = "nb"
) -> pd.DataFrame:
    """One row per case with its recommended alternative, or per measure with ``per_measure``
    (then read the rows per measure too); ``attrs["labels"]`` holds the headers in ``lang``."""
    tables = as_tables(rows, catalog)
    criteria = list(tables.criteria)
    base = chosen_alternatives(tables, per_measure)
    index = base["_row"].to_numpy()
    has = index >= 0
    raw = _rows_of(tables.raw, index, np.nan)
    norm = _rows_of(tables.normalised, index, np.nan)
    state = _rows_of(tables.state, index, 0)

    out: dict[str, object] = {c: base[c] for c in CASE_COLUMNS}
    out["alternative"] = base["alt_id"].astype(TEXT)
    out["alternative_name"] = base["name"].astype(TEXT)
    out["recommended"] = (has & (base["alt_id"] == base["recommended"]).fillna(False)).astype(bool)
    out.update(_pillar_columns(norm, state, has, catalog, criteria))
    out.update(_rating_columns(raw, norm, state, catalog, criteria))
    out.update(goal_columns(_rows_of(tables.goals, index, np.nan), has, catalog))

    quantified = base["ghg_quantifiable"].fillna(False).astype(bool)
    out["ghg_tonnes"] = base["ghg_tonnes"].where(quantified, pd.NA).astype("Float64")
    out["ghg_from_year"] = base["ghg_from_year"].astype("Int64")
    out["ghg_quantifiable"] = base["ghg_quantifiable"].astype("boolean")
    out["investment_nok"] = base["investment_nok"].astype("Float64")
    out["annual_nok"] = base["annual_nok"].astype("Float64")

    if per_measure:
        out["knowledge_gaps"] = _nullable((state == GAP).sum(axis=1), has, "Int64")
    else:
        out["knowledge_gaps"] = base["knowledge_gaps"].astype("Int64")
    trade_offs = trade_off_matrix(raw, tables.criteria, catalog)
    handled = _rows_of(
        handled_matrix(tables.handled_trade_offs, tables.alternatives, tables.criteria),
        index, False,
    )
    unhandled = (trade_offs & ~handled).sum(axis=1)
    out["trade_offs"] = _nullable(trade_offs.sum(axis=1), has, "Int64")
    out["trade_offs_unhandled"] = _nullable(unhandled, has, "Int64")
    out["trade_offs_handled"] = _nullable(unhandled == 0, has, "boolean")

    frame = pd.DataFrame({
        k: (v if isinstance(v, pd.Series) else pd.Series(v)).reset_index(drop=True)
        for k, v in out.items()
    })
    frame.attrs["labels"] = Labels(column_labels(frame.columns, catalog, lang))
    return frame
