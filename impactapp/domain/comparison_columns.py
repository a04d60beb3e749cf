"""The rows behind the comparison and the portfolio: which tables, with which columns.

One definition that the store reads its rows by (``Store.comparison_rows``) and the analysis
lays them out by (``analysis.tables``), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: The UN's 17 Sustainable Development Goals, one column each in ``goal_contributions``.
GOALS: tuple[int, ...] = tuple(range(1, 18))
GOAL_COLUMNS: tuple[str, ...] = tuple(f"goal_{g}" for g in GOALS)

#: Table name -> its columns, in the order the rows carry them.
COMPARISON_COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType({
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
})
#: The tables only the portfolio needs (``comparison_rows(portfolio=True)``).
PORTFOLIO_TABLES: tuple[str, ...] = ("sdg_links", "district_ratings")
