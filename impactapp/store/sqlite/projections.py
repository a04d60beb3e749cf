"""Projection tables: a case's alternatives, ratings and SDG links as rows for fast SQL.

The content column is the truth; these rows are rewritten from it on every save, so the
comparison and portfolio views can aggregate ratings across thousands of cases in SQL. Besides
the ratings: the recommended alternative and the knowledge gaps per case, whether a rating has
a mitigation, which trade-offs are handled, each alternative's contribution to the 17 SDGs,
and the ratings per bydel (migration 0004).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from impactapp.domain.comparison_columns import GOAL_COLUMNS, GOALS
from impactapp.domain.ids import SPECIAL_RATINGS

from .database import Database

if TYPE_CHECKING:
    from impactapp.domain.ids import Rating
    from impactapp.domain.model import Case

PROJECTION_TABLES: tuple[str, ...] = (
    "alternatives",
    "assessments",
    "sdg_links",
    "case_facts",
    "handled_trade_offs",
    "district_ratings",
    "goal_contributions",
)
_GOAL_CODES = {"positive": 1, "negative": -1, "mixed": 0}
#: The top-level parts of a case's content that ``rows_for`` reads: a save that changes none
#: of them (text typed into the problem, the goals, ...) leaves the projection rows as they are.
PROJECTED = frozenset({"alternatives", "recommendation"})

_INSERT_ALTERNATIVE = (
    "INSERT INTO alternatives (case_id, position, alt_id, name, zero, ghg_tonnes, ghg_from_year,"
    " ghg_quantifiable, ghg_scope, investment_nok, annual_nok)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ASSESSMENT = (
    "INSERT INTO assessments (case_id, alt_id, criterion, value, special, certainty, mitigated)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_SDG_LINK = (
    "INSERT INTO sdg_links (case_id, alt_id, target, contribution) VALUES (?, ?, ?, ?)"
)
_INSERT_CASE_FACTS = (
    "INSERT INTO case_facts (case_id, recommended, knowledge_gaps) VALUES (?, ?, ?)"
)
_INSERT_HANDLED = (
    "INSERT INTO handled_trade_offs (case_id, alt_id, negative) VALUES (?, ?, ?)"
    " ON CONFLICT DO NOTHING"
)
_INSERT_GOALS = (
    f"INSERT INTO goal_contributions (case_id, alt_id, {', '.join(GOAL_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in range(len(GOALS) + 2))}) ON CONFLICT DO NOTHING"
)
_INSERT_DISTRICT = (
    "INSERT INTO district_ratings (case_id, alt_id, criterion, district, value)"
    " VALUES (?, ?, ?, ?, ?)"
)


def split_rating(rating: Rating) -> tuple[int | None, str | None]:
    """A rating as (value, special): a scale value or one of the special ratings."""
    if isinstance(rating, str):
        return None, rating if rating in SPECIAL_RATINGS else None
    if isinstance(rating, bool) or not isinstance(rating, int):
        return None, None
    return rating, None


def rows_for(case_id: int, case: Case) -> dict[str, list[tuple[Any, ...]]]:
    """The projection rows of ``case``, per table."""
    from impactapp.domain.sdg import goal_contributions
    from impactapp.domain.summary import knowledge_gaps

    alternatives: list[tuple[Any, ...]] = []
    assessments: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    handled: list[tuple[Any, ...]] = []
    districts: list[tuple[Any, ...]] = []
    goals: list[tuple[Any, ...]] = []
    for position, alt in enumerate(case.alternatives):
        ghg, cost = alt.ghg, alt.cost
        alternatives.append((
            case_id,
            position,
            alt.id,
            alt.name,
            int(alt.zero),
            None if ghg is None else ghg.tonnes_co2e_per_year,
            None if ghg is None else ghg.from_year,
            None if ghg is None else int(ghg.quantifiable),
            None if ghg is None else ghg.scope,
            None if cost is None else cost.investment_nok,
            None if cost is None else cost.annual_nok,
        ))
        for a in alt.assessments:
            value, special = split_rating(a.rating)
            mitigated = int(bool(a.mitigation.strip()))
            assessments.append(
                (case_id, alt.id, a.criterion, value, special, a.certainty, mitigated)
            )
            districts.extend(
                (case_id, alt.id, a.criterion, code, rating)
                for code, rating in a.districts.items()
            )
        for link in alt.sdg_targets:
            links.append((case_id, alt.id, link.target, link.contribution))
        contributions = goal_contributions(alt.sdg_targets)
        if any(g in contributions for g in GOALS):
            goals.append((case_id, alt.id, *(
                None if g not in contributions else _GOAL_CODES[contributions[g]] for g in GOALS
            )))
        # Handled as the domain reads it: the first non-blank handling of a negative criterion.
        handled.extend(
            (case_id, alt.id, negative)
            for negative in dict.fromkeys(t.negative for t in alt.trade_offs if t.handling.strip())
        )
    recommended = None if case.recommendation is None else case.recommendation.alternative
    return {
        "alternatives": alternatives,
        "assessments": assessments,
        "sdg_links": links,
        "case_facts": [(case_id, recommended, knowledge_gaps(case))],
        "handled_trade_offs": handled,
        "district_ratings": districts,
        "goal_contributions": goals,
    }


def write_projections(db: Database, case_id: int, case: Case) -> None:
    """Replace the case's projection rows; call inside the transaction that saves the case."""
    clear_projections(db, case_id)
    rows = rows_for(case_id, case)
    db.conn.executemany(_INSERT_ALTERNATIVE, rows["alternatives"])
    db.conn.executemany(_INSERT_ASSESSMENT, rows["assessments"])
    db.conn.executemany(_INSERT_SDG_LINK, rows["sdg_links"])
    db.conn.executemany(_INSERT_CASE_FACTS, rows["case_facts"])
    db.conn.executemany(_INSERT_HANDLED, rows["handled_trade_offs"])
    db.conn.executemany(_INSERT_DISTRICT, rows["district_ratings"])
    db.conn.executemany(_INSERT_GOALS, rows["goal_contributions"])


def clear_projections(db: Database, case_id: int) -> None:
    """Remove the case's projection rows (through ``executemany``, which answers nothing, so
    a database server may send them together with the inserts that follow)."""
    for table in PROJECTION_TABLES:
        db.conn.executemany(f"DELETE FROM {table} WHERE case_id = ?", [(case_id,)])
