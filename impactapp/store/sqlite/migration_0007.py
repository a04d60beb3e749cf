"""Migration 0007: follow-up of decided measures, so leadership sees what was decided but not done.

Each measure of a decided case has at most one follow-up record (its latest state: responsible
unit, status, the reason when stopped, the reported effect and cost) and any number of reports,
oldest first, which are also written to the audit log as the case's history. A stopped record
without a reason is refused by the database too. Amounts are double precision (PostgreSQL's
``real`` keeps only 4 bytes).

Like every released migration this module is frozen.
"""

from __future__ import annotations

from .database import Database

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE followups (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        measure TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL
            CHECK (status IN ('not_started', 'in_progress', 'done', 'stopped')),
        reason TEXT NOT NULL DEFAULT '',
        effect_tonnes DOUBLE PRECISION,
        cost_nok DOUBLE PRECISION,
        updated TEXT NOT NULL,
        PRIMARY KEY (case_id, measure),
        CHECK (status <> 'stopped' OR reason <> '')
    )""",
    """CREATE TABLE followup_reports (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        measure TEXT NOT NULL,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        effect_tonnes DOUBLE PRECISION,
        cost_nok DOUBLE PRECISION,
        reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX followup_reports_case ON followup_reports (case_id, measure)",
)


def apply(db: Database) -> None:
    """Create the follow-up tables (empty: no earlier program followed measures up)."""
    for statement in STATEMENTS:
        db.execute(statement)
