"""The rows behind the comparison table and the portfolio, read from the projection tables.

Reads only the cases' search columns and the projections (never the content JSON), so 10,000
cases come back as plain tuples in well under a second. Each table is returned as
``(column names, rows)``; ``impactapp.analysis`` turns them into DataFrames.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .core import StoreCore, guarded
from .projections import GOAL_COLUMNS

#: A table as plain data: its column names and its rows.
Table = tuple[tuple[str, ...], list[tuple[Any, ...]]]

#: The tables ``comparison_rows`` returns, with their columns (the analysis layer's input).
COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": (
        "case_id", "title", "case_number", "unit", "decision_body", "status", "depth",
        "decision_date", "revision", "exempt", "recommended", "knowledge_gaps",
    ),
    "alternatives": (
        "case_id", "alt_id", "position", "name", "zero", "ghg_tonnes", "ghg_from_year",
        "ghg_quantifiable", "ghg_scope", "investment_nok", "annual_nok",
    ),
    # rating: a scale value, or "unknown" / "not_relevant" (as in the case file);
    # mitigated: 1 when a mitigation is written for it
    "assessments": ("case_id", "alt_id", "criterion", "rating", "mitigated"),
    # per SDG goal 1-17: 1 positive, -1 negative, 0 mixed, None no confirmed target under it
    "goal_contributions": ("case_id", "alt_id", *GOAL_COLUMNS),
    "handled_trade_offs": ("case_id", "alt_id", "negative"),
    # read only for the portfolio:
    "sdg_links": ("case_id", "alt_id", "target", "contribution"),
    "district_ratings": ("case_id", "alt_id", "criterion", "district", "value"),
}
#: The tables only the portfolio needs (``comparison_rows(portfolio=True)``).
PORTFOLIO_TABLES: tuple[str, ...] = ("sdg_links", "district_ratings")

_CASES = (
    "SELECT c.id, c.title, c.case_number, c.unit, c.decision_body, c.status, c.depth,"
    " c.decision_date, c.revision, c.exempt, f.recommended, COALESCE(f.knowledge_gaps, 0)"
    " FROM cases c LEFT JOIN case_facts f ON f.case_id = c.id"
)
# The alternatives a comparison shows: the recommended one per case, or every measure.
_SHOWN_RECOMMENDED = (
    "SELECT f.case_id, f.recommended AS alt_id FROM chosen"
    " JOIN case_facts f ON f.case_id = chosen.id WHERE f.recommended IS NOT NULL"
)
_SHOWN_MEASURES = (
    "SELECT a.case_id, a.alt_id FROM chosen"
    " JOIN alternatives a ON a.case_id = chosen.id WHERE a.zero = 0"
)
_PER_ALTERNATIVE = {
    "alternatives": (
        "SELECT a.case_id, a.alt_id, a.position, a.name, a.zero, a.ghg_tonnes, a.ghg_from_year,"
        " a.ghg_quantifiable, a.ghg_scope, a.investment_nok, a.annual_nok FROM shown"
        " JOIN alternatives a ON a.case_id = shown.case_id AND a.alt_id = shown.alt_id"
    ),
    "assessments": (
        "SELECT s.case_id, s.alt_id, s.criterion, COALESCE(s.value, s.special), s.mitigated"
        " FROM shown"
        " JOIN assessments s ON s.case_id = shown.case_id AND s.alt_id = shown.alt_id"
    ),
    "goal_contributions": (
        f"SELECT g.case_id, g.alt_id, {', '.join(f'g.{c}' for c in GOAL_COLUMNS)} FROM shown"
        " JOIN goal_contributions g ON g.case_id = shown.case_id AND g.alt_id = shown.alt_id"
    ),
    "sdg_links": (
        "SELECT l.case_id, l.alt_id, l.target, l.contribution FROM shown"
        " JOIN sdg_links l ON l.case_id = shown.case_id AND l.alt_id = shown.alt_id"
    ),
    "handled_trade_offs": (
        "SELECT h.case_id, h.alt_id, h.negative FROM shown"
        " JOIN handled_trade_offs h ON h.case_id = shown.case_id AND h.alt_id = shown.alt_id"
    ),
    "district_ratings": (
        "SELECT d.case_id, d.alt_id, d.criterion, d.district, d.value FROM shown"
        " JOIN district_ratings d ON d.case_id = shown.case_id AND d.alt_id = shown.alt_id"
    ),
}


def _in(column: str, values: list[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


def case_filter(
    statuses: Iterable[str] = (), units: Iterable[str] = (), years: Iterable[int] = ()
) -> tuple[str, list[Any]]:
    """The WHERE clause (on ``cases`` as ``c``) choosing the cases outside the bin that match
    every given filter (any of the values within one filter), and its parameters."""
    params: list[Any] = []
    where = ["c.deleted_at IS NULL"]
    if statuses := list(statuses):
        where.append(_in("c.status", statuses, params))
    if units := list(units):
        where.append(_in("c.unit", units, params))
    if years := [f"{int(y):04d}" for y in years]:
        where.append(_in("substr(c.decision_date, 1, 4)", years, params))
    return " WHERE " + " AND ".join(where), params


def comparison_queries(
    *,
    per_measure: bool = False,
    statuses: Iterable[str] = (),
    units: Iterable[str] = (),
    years: Iterable[int] = (),
    portfolio: bool = False,
) -> dict[str, tuple[str, list[Any]]]:
    """The SQL and parameters of every table ``comparison_rows`` reads (benchmarks time the
    same statements through plain sqlite3)."""
    where, params = case_filter(statuses, units, years)
    shown = _SHOWN_MEASURES if per_measure else _SHOWN_RECOMMENDED
    prefix = f"WITH chosen AS (SELECT c.id FROM cases c{where}), shown AS ({shown}) "
    queries = {"cases": (f"{_CASES}{where} ORDER BY c.id", list(params))}
    for table, select in _PER_ALTERNATIVE.items():
        if portfolio or table not in PORTFOLIO_TABLES:
            queries[table] = (prefix + select, list(params))
    return queries


class Comparison(StoreCore):
    """The comparison table's and the portfolio's rows."""

    @guarded
    def comparison_rows(
        self,
        *,
        per_measure: bool = False,
        statuses: Iterable[str] = (),
        units: Iterable[str] = (),
        years: Iterable[int] = (),
        portfolio: bool = False,
    ) -> dict[str, Table]:
        """Table name -> (columns, rows) for the cases outside the bin that pass the filters.

        ``cases`` has one row per case. The other tables hold the rows of the alternatives the
        comparison shows: the recommended alternative of each case (none for a case without a
        recommendation), or with ``per_measure`` every measure (the zero alternative aside).
        ``years`` filters on the year of the planned decision date. The confirmed targets and
        the ratings per bydel, which only the portfolio needs, come with ``portfolio``.
        """
        queries = comparison_queries(
            per_measure=per_measure, statuses=statuses, units=units, years=years,
            portfolio=portfolio,
        )
        out: dict[str, Table] = {}
        with self._db.atomic():  # one read transaction: every table sees the same cases
            for table, (sql, params) in queries.items():
                out[table] = (COLUMNS[table], self._db.execute(sql, params).fetchall())
        return out

    @guarded
    def comparison_choices(self) -> dict[str, list[Any]]:
        """The values the comparison's filters can take: statuses, units and decision years in
        use by cases outside the bin."""
        def values(sql: str) -> list[Any]:
            return [row[0] for row in self._db.execute(sql).fetchall()]

        live = "FROM cases WHERE deleted_at IS NULL"
        return {
            "statuses": values(f"SELECT DISTINCT status {live} ORDER BY status"),
            "units": values(f"SELECT DISTINCT unit {live} ORDER BY unit"),
            "years": [
                int(y) for y in values(
                    f"SELECT DISTINCT substr(decision_date, 1, 4) AS y {live}"
                    " AND decision_date IS NOT NULL ORDER BY y"
                ) if str(y).isdigit()
            ],
        }
