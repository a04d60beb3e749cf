"""Migration 0005: conflict copies, so an edit that lost against another save is never lost.

Two windows or two programs may edit the same case. When a save finds that the case was
saved elsewhere since it was loaded, the losing edit is kept here instead of being thrown
away; so is a saved version that a conflict copy replaced when someone took the copy over.
A copy stays until somebody takes it over or discards it (and goes with its case when the
case is erased for good).

Like every released migration this module is frozen.
"""

from __future__ import annotations

from .database import Database

STATEMENTS: tuple[str, ...] = (
    # AUTOINCREMENT: a discarded copy's id is never given to another copy, so a window still
    # writing to the copy it knows can never write into somebody else's.
    """CREATE TABLE conflict_copies (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('conflict', 'replaced')),
        base_version INTEGER NOT NULL,
        stored_version INTEGER NOT NULL,
        who TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL
    )""",
    "CREATE INDEX conflict_copies_case ON conflict_copies (case_id)",
)


def apply(db: Database) -> None:
    """Create the table of conflict copies (empty: no earlier program kept any)."""
    for statement in STATEMENTS:
        db.execute(statement)
