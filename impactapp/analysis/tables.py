"""From the store's plain rows to the tables the comparison and the portfolio are built from.

The input is what ``Store.comparison_rows`` returns: table name -> (column names, rows), with
the tables and columns of ``ROW_COLUMNS``. The ratings arrive long (one row per alternative
and criterion) and are laid out here once as a matrix (alternative x criterion, in catalog
order), which every later step reads with vectorised arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from impactapp.domain.comparison_columns import COMPARISON_COLUMNS, GOALS
from impactapp.domain.model import NOT_RELEVANT, UNKNOWN, Catalog

from .scales import criterion_factors

#: Plain rows as the store hands them over: table -> (column names, rows).
RowTables = Mapping[str, tuple[Sequence[str], Sequence[Sequence[Any]]]]

#: The tables and columns the analysis reads (``Store.comparison_rows`` returns them): the
#: domain's one definition, which the store reads its rows by.
ROW_COLUMNS = COMPARISON_COLUMNS

#: Text columns, with one dtype whatever pandas would infer (and pd.NA where a value is missing).
TEXT = pd.StringDtype()
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": ("title", "case_number", "unit", "decision_body", "status", "depth", "recommended"),
    "alternatives": ("alt_id", "name", "ghg_scope"),
}

#: ``Tables.state`` codes: a scale value or nothing rated, a knowledge gap, not relevant.
RATED, GAP, NOT_RELEVANT_STATE = 0, 1, 2


@dataclass(frozen=True)
class Tables:
    """The rows as frames, and the ratings of the alternatives as a matrix.

    ``alternatives`` holds every alternative the rows carry (one per case for a comparison of
    recommended alternatives; every measure when the rows were read per measure); row ``i``
    of ``raw``, ``normalised`` and ``state`` belongs to its row ``i``.
    """

    cases: pd.DataFrame
    alternatives: pd.DataFrame
    criteria: tuple[str, ...]  # the matrix's columns: the catalog's criteria, in its order
    raw: np.ndarray  # float: the scale value, NaN when there is none
    normalised: np.ndarray  # float: the value on −3..+3 (see scales), NaN when there is none
    state: np.ndarray  # int8: RATED, GAP or NOT_RELEVANT_STATE
    mitigated: np.ndarray  # bool: a mitigation is written for the rating
    goals: np.ndarray  # float (alternative x goal 1-17): 1 positive, -1 negative, 0 mixed, NaN
    sdg_links: pd.DataFrame
    handled_trade_offs: pd.DataFrame
    district_ratings: pd.DataFrame
    present: frozenset[str] = frozenset(ROW_COLUMNS)  # the tables the rows carried

    def require(self, table: str, purpose: str) -> None:
        """Refuse to count from a table the rows were read without."""
        if table not in self.present:
            raise ValueError(f"{purpose} needs the rows of {table!r}: read them for the "
                             "portfolio (Store.comparison_rows(portfolio=True))")


def _frame(rows: RowTables, table: str) -> pd.DataFrame:
    """One table as a DataFrame with exactly the expected columns (missing table: no rows)."""
    expected = ROW_COLUMNS[table]
    columns, data = rows.get(table, (expected, []))
    missing = [c for c in expected if c not in columns]
    if missing:
        raise ValueError(f"the rows of {table!r} lack the columns {', '.join(missing)}")
    frame = pd.DataFrame.from_records(list(data), columns=list(columns), nrows=len(data))
    if frame.empty:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return frame[list(expected)]


def _cases(rows: RowTables) -> pd.DataFrame:
    cases = _frame(rows, "cases")
    cases["case_id"] = cases["case_id"].astype("int64")
    cases["revision"] = cases["revision"].astype("int64")
    cases["exempt"] = cases["exempt"].fillna(0).astype(bool)
    cases["knowledge_gaps"] = cases["knowledge_gaps"].fillna(0).astype("int64")
    cases["decision_date"] = pd.to_datetime(
        cases["decision_date"], format="%Y-%m-%d", errors="coerce"
    ).astype("datetime64[ns]")
    for column in TEXT_COLUMNS["cases"]:
        cases[column] = cases[column].astype(TEXT)
    return cases.sort_values("case_id", kind="stable").reset_index(drop=True)


def _alternatives(rows: RowTables) -> pd.DataFrame:
    alts = _frame(rows, "alternatives")
    alts["case_id"] = alts["case_id"].astype("int64")
    alts["position"] = alts["position"].astype("int64")
    for column in TEXT_COLUMNS["alternatives"]:
        alts[column] = alts[column].astype(TEXT)
    alts["zero"] = alts["zero"].astype(bool)
    for column in ("ghg_tonnes", "investment_nok", "annual_nok"):
        alts[column] = pd.to_numeric(alts[column]).astype("Float64")
    alts["ghg_from_year"] = pd.to_numeric(alts["ghg_from_year"]).astype("Int64")
    alts["ghg_quantifiable"] = alts["ghg_quantifiable"].astype("boolean")
    return alts.sort_values(["case_id", "position"], kind="stable").reset_index(drop=True)


def _objects(values: list[Any]) -> np.ndarray:
    """A list as a one-dimensional object array (never split into a second dimension)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _matrix(
    rows: RowTables, alternatives: pd.DataFrame, criteria: tuple[str, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The long ratings as (raw values, states, mitigated), one row per alternative.

    A rating given twice for one criterion is a validation error; as in the domain's rules,
    the first one counts (it is written last).
    """
    shape = (len(alternatives), len(criteria))
    raw = np.full(shape, np.nan)
    state = np.zeros(shape, dtype=np.int8)
    mitigated = np.zeros(shape, dtype=bool)
    columns, data = rows.get("assessments", (ROW_COLUMNS["assessments"], []))
    if not len(data) or not len(criteria):
        return raw, state, mitigated
    c_case, c_alt, c_criterion, c_rating, c_mitigated = (
        list(columns).index(c) for c in ROW_COLUMNS["assessments"]
    )
    # Whole columns at a time (hash lookups in C): 260,000 ratings cost a tenth of a second.
    row = alternative_rows(alternatives, [r[c_case] for r in data], [r[c_alt] for r in data])
    col = pd.Index(criteria).get_indexer(_objects([r[c_criterion] for r in data]))
    ratings = _objects([r[c_rating] for r in data])
    special = {code: ratings == name for code, name in
               ((GAP, UNKNOWN), (NOT_RELEVANT_STATE, NOT_RELEVANT))}
    is_value = ~(special[GAP] | special[NOT_RELEVANT_STATE] | pd.isna(ratings))
    keep = (row >= 0) & (col >= 0)  # a criterion the catalog lacks belongs to no pillar
    first = slice(None, None, -1)
    values = keep & is_value
    raw[row[values][first], col[values][first]] = ratings[values][first].astype(float)
    for code, hit in special.items():
        hit &= keep
        state[row[hit], col[hit]] = code
    state[~np.isnan(raw)] = RATED
    flagged = keep & np.array([r[c_mitigated] for r in data], dtype=bool)
    mitigated[row[flagged], col[flagged]] = True
    return raw, state, mitigated


def _goals(rows: RowTables, alternatives: pd.DataFrame) -> np.ndarray:
    """Each alternative's goal contributions (NaN: no confirmed target under the goal)."""
    out = np.full((len(alternatives), len(GOALS)), np.nan)
    columns, data = rows.get("goal_contributions", (ROW_COLUMNS["goal_contributions"], []))
    if not len(data):
        return out
    where = [list(columns).index(c) for c in ROW_COLUMNS["goal_contributions"]]
    at = alternative_rows(alternatives, [r[where[0]] for r in data], [r[where[1]] for r in data])
    values = np.array(data, dtype=object)[:, where[2:]].astype(float)  # None becomes NaN
    out[at[at >= 0]] = values[at >= 0]
    return out


def alternative_rows(
    alternatives: pd.DataFrame, case_ids: Sequence[int], alt_ids: Sequence[str]
) -> np.ndarray:
    """For each (case_ids[k], alt_ids[k]), the row of that alternative in ``alternatives``,
    or −1 when the rows do not carry it."""
    count = len(case_ids)
    if not count or alternatives.empty:
        return np.full(count, -1, dtype=np.int64)
    # (case_id, alt_id) as one integer, so a sorted search does the lookup.
    codes = {a: k for k, a in enumerate(dict.fromkeys(alternatives["alt_id"].tolist()))}
    size = len(codes) + 1
    alt_code = np.fromiter((codes[a] for a in alternatives["alt_id"].tolist()), np.int64,
                           len(alternatives))
    known = alternatives["case_id"].to_numpy(np.int64) * size + alt_code
    order = np.argsort(known, kind="stable")  # the first of duplicate keys comes first
    ordered = known[order]
    wanted_code = pd.Index(list(codes)).get_indexer(_objects(list(alt_ids)))
    wanted = np.fromiter(case_ids, np.int64, count) * size + wanted_code
    at = np.minimum(np.searchsorted(ordered, wanted, side="left"), len(ordered) - 1)
    found = (ordered[at] == wanted) & (wanted_code >= 0)
    return np.where(found, order[at], -1)


def as_tables(rows: RowTables | Tables, catalog: Catalog) -> Tables:
    """The rows as ``Tables`` (given ``Tables``, returns them unchanged)."""
    if isinstance(rows, Tables):
        return rows
    criteria = tuple(catalog.criteria)
    alternatives = _alternatives(rows)
    raw, state, mitigated = _matrix(rows, alternatives, criteria)
    factors = np.asarray(criterion_factors(catalog, list(criteria)), dtype=float)
    return Tables(
        cases=_cases(rows),
        alternatives=alternatives,
        criteria=criteria,
        raw=raw,
        normalised=raw * factors if len(criteria) else raw,
        state=state,
        mitigated=mitigated,
        goals=_goals(rows, alternatives),
        sdg_links=_frame(rows, "sdg_links"),
        handled_trade_offs=_frame(rows, "handled_trade_offs"),
        district_ratings=_frame(rows, "district_ratings"),
        present=frozenset(t for t in ROW_COLUMNS if t in rows),
    )
