"""Projection tables: a case's alternatives, ratings and SDG links as rows for fast SQL.

The content column is the truth; these rows are rewritten from it on every save, so the
comparison and portfolio views can aggregate ratings across thousands of cases in SQL.
"""

from __future__ import annotations

from typing import Any

from impactapp.domain.model import SPECIAL_RATINGS, Case, Rating

from .sqlite import Database

PROJECTION_TABLES: tuple[str, ...] = ("alternatives", "assessments", "sdg_links")

_INSERT_ALTERNATIVE = (
    "INSERT INTO alternatives (case_id, position, alt_id, name, zero, ghg_tonnes, ghg_from_year,"
    " ghg_quantifiable, ghg_scope, investment_nok, annual_nok)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ASSESSMENT = (
    "INSERT INTO assessments (case_id, alt_id, criterion, value, special, certainty)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_SDG_LINK = (
    "INSERT INTO sdg_links (case_id, alt_id, target, contribution) VALUES (?, ?, ?, ?)"
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
    alternatives: list[tuple[Any, ...]] = []
    assessments: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
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
            assessments.append((case_id, alt.id, a.criterion, value, special, a.certainty))
        for link in alt.sdg_targets:
            links.append((case_id, alt.id, link.target, link.contribution))
    return {"alternatives": alternatives, "assessments": assessments, "sdg_links": links}


def write_projections(db: Database, case_id: int, case: Case) -> None:
    """Replace the case's projection rows; call inside the transaction that saves the case."""
    clear_projections(db, case_id)
    rows = rows_for(case_id, case)
    db.conn.executemany(_INSERT_ALTERNATIVE, rows["alternatives"])
    db.conn.executemany(_INSERT_ASSESSMENT, rows["assessments"])
    db.conn.executemany(_INSERT_SDG_LINK, rows["sdg_links"])


def clear_projections(db: Database, case_id: int) -> None:
    """Remove the case's projection rows."""
    for table in PROJECTION_TABLES:
        db.execute(f"DELETE FROM {table} WHERE case_id = ?", [case_id])
