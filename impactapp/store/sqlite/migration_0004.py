"""Migration 0004: the projections the comparison and the portfolio read, and their backfill.

The comparison table shows, for up to 10,000 cases, the recommended alternative, how many
knowledge gaps a case has, which negative effects are mitigated, which trade-offs have a
written handling, each alternative's contribution to the 17 SDGs, and ratings per bydel.
All of that lived only in the content JSON; this migration adds it as rows and fills them in
from the content of the cases already stored.

Like every released migration this module is frozen: it reads the content as the case format
``impactapp-case/1`` spells it (not through today's domain classes), so later changes to the
model cannot change what it does. Saves keep the rows current through ``projections``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .database import Database

STATEMENTS: tuple[str, ...] = (
    # One row per case: the recommended alternative (NULL when there is none yet) and the
    # number of `unknown` ratings over its measures (METHOD.md: a knowledge gap is an outcome).
    """CREATE TABLE case_facts (
        case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        recommended TEXT,
        knowledge_gaps INTEGER NOT NULL DEFAULT 0
    )""",
    # 1 when the rating has a written mitigation (what reduces or compensates the harm).
    "ALTER TABLE assessments ADD COLUMN mitigated INTEGER NOT NULL DEFAULT 0",
    # The comparison reads one alternative's ratings per case: find them without reading the
    # case's other alternatives.
    "CREATE INDEX assessments_alternative ON assessments (case_id, alt_id)",
    # A negative criterion whose trade-offs have a written handling, per alternative.
    """CREATE TABLE handled_trade_offs (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        alt_id TEXT NOT NULL,
        negative TEXT NOT NULL,
        PRIMARY KEY (case_id, alt_id, negative)
    )""",
    # A rating per bydel (dist.geography's `districts`), per alternative.
    """CREATE TABLE district_ratings (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        alt_id TEXT NOT NULL,
        criterion TEXT NOT NULL,
        district TEXT NOT NULL,
        value INTEGER NOT NULL
    )""",
    "CREATE INDEX district_ratings_case ON district_ratings (case_id)",
    # Each alternative's contribution to every SDG goal, derived from its confirmed targets
    # (all positive: 1, all negative: -1, else mixed: 0; NULL: no target under the goal). The
    # UN's 17 goals are fixed, so a column each: the comparison reads one short row per
    # alternative instead of every confirmed target.
    f"""CREATE TABLE goal_contributions (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        alt_id TEXT NOT NULL,
        {", ".join(f"goal_{n} INTEGER" for n in range(1, 18))},
        PRIMARY KEY (case_id, alt_id)
    )""",
)

GOALS = tuple(range(1, 18))
_CODES = {"positive": 1, "negative": -1}

_BATCH = 500  # cases per executemany batch


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def goal_row(case_id: int, alt_id: str, links: list[Any]) -> tuple[Any, ...] | None:
    """The alternative's row of goal contributions, or None when it has no confirmed target."""
    found: dict[int, set[Any]] = {}
    for link in links:
        target = str(link.get("target", "")) if isinstance(link, dict) else ""
        head = target.split(".", 1)[0]
        if head.isascii() and head.isdigit() and int(head) in GOALS:
            found.setdefault(int(head), set()).add(link.get("contribution"))
    if not found:
        return None
    codes = {g: _CODES.get(next(iter(c)), 0) if len(c) == 1 else 0 for g, c in found.items()}
    return (case_id, alt_id, *(codes.get(g) for g in GOALS))


def case_rows(case_id: int, data: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The new rows of one case, read from its content (the ``case:`` mapping)."""
    recommendation = data.get("recommendation") or {}
    recommended = recommendation.get("alternative")
    gaps = 0
    mitigated: list[tuple[Any, ...]] = []
    handled: set[tuple[Any, ...]] = set()
    districts: list[tuple[Any, ...]] = []
    goals: list[tuple[Any, ...]] = []
    for alt in data.get("alternatives") or []:
        alt_id = str(alt.get("id", ""))
        if (row := goal_row(case_id, alt_id, alt.get("sdg_targets") or [])) is not None:
            goals.append(row)
        for a in alt.get("assessments") or []:
            criterion = a.get("criterion")
            if a.get("rating") == "unknown" and not alt.get("zero", False):
                gaps += 1
            if not isinstance(criterion, str):
                continue
            if _text(a.get("mitigation")).strip():
                mitigated.append((case_id, alt_id, criterion))
            for district, value in (a.get("districts") or {}).items():
                if _is_int(value):
                    districts.append((case_id, alt_id, criterion, str(district), value))
        for t in alt.get("trade_offs") or []:
            if isinstance(t.get("negative"), str) and _text(t.get("handling")).strip():
                handled.add((case_id, alt_id, t.get("negative")))
    return {
        "case_facts": [(case_id, None if recommended is None else str(recommended), gaps)],
        "mitigated": mitigated,
        "handled_trade_offs": sorted(handled),
        "district_ratings": districts,
        "goal_contributions": goals,
    }


def _batches(db: Database) -> Iterator[list[tuple[int, str]]]:
    cursor = db.execute("SELECT id, content FROM cases ORDER BY id")
    while batch := cursor.fetchmany(_BATCH):
        yield batch


def backfill(db: Database) -> None:
    """Fill the new rows from the content of every stored case (also those in the bin)."""
    conn = db.conn
    conn.execute(
        "CREATE TEMP TABLE mitigated_0004 (case_id INTEGER, alt_id TEXT, criterion TEXT,"
        " PRIMARY KEY (case_id, alt_id, criterion)) WITHOUT ROWID"
    )
    for batch in _batches(db):
        rows: dict[str, list[tuple[Any, ...]]] = {
            "case_facts": [], "mitigated": [], "handled_trade_offs": [], "district_ratings": [],
            "goal_contributions": [],
        }
        for case_id, content in batch:
            for table, new in case_rows(case_id, json.loads(content)).items():
                rows[table].extend(new)
        conn.executemany("INSERT INTO case_facts VALUES (?, ?, ?)", rows["case_facts"])
        conn.executemany("INSERT OR IGNORE INTO mitigated_0004 VALUES (?, ?, ?)", rows["mitigated"])
        conn.executemany(
            "INSERT INTO handled_trade_offs VALUES (?, ?, ?)", rows["handled_trade_offs"]
        )
        conn.executemany(
            "INSERT INTO district_ratings VALUES (?, ?, ?, ?, ?)", rows["district_ratings"]
        )
        marks = ", ".join("?" for _ in range(2 + len(GOALS)))
        conn.executemany(f"INSERT OR IGNORE INTO goal_contributions VALUES ({marks})",
                         rows["goal_contributions"])
    # One pass over the ratings instead of an UPDATE per mitigated rating.
    conn.execute(
        "UPDATE assessments SET mitigated = 1 WHERE EXISTS (SELECT 1 FROM mitigated_0004 m"
        " WHERE m.case_id = assessments.case_id AND m.alt_id = assessments.alt_id"
        " AND m.criterion = assessments.criterion)"
    )
    conn.execute("DROP TABLE mitigated_0004")


def apply(db: Database) -> None:
    """Create the tables and columns, then backfill them."""
    for statement in STATEMENTS:
        db.execute(statement)
    backfill(db)
