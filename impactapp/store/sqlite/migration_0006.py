"""Migration 0006: municipal targets per indicator and the register of plans.

A target set by an admin in the program is one row per indicator (the configuration's targets
live in ``targets.yaml`` and are never copied here). A plan, strategy or initiative is one row,
with the SDG targets and indicators it serves as link rows.

Like every released migration this module is frozen.
"""

from __future__ import annotations

from .database import Database

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE indicator_targets (
        indicator TEXT PRIMARY KEY,
        value REAL NOT NULL,
        year INTEGER NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('lower', 'higher')),
        set_by TEXT NOT NULL DEFAULT '',
        set_at TEXT NOT NULL
    )""",
    # AUTOINCREMENT: a removed plan's id is never given to another (the audit log names it).
    """CREATE TABLE plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('plan', 'strategy', 'initiative')),
        start_year INTEGER,
        end_year INTEGER,
        reference TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    """CREATE TABLE plan_links (
        plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('target', 'indicator')),
        ref TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (plan_id, kind, ref)
    )""",
    "CREATE INDEX plan_links_ref ON plan_links (kind, ref)",
)


def apply(db: Database) -> None:
    """Create the (empty) tables of indicator targets and plans."""
    for statement in STATEMENTS:
        db.execute(statement)
