"""Lifecycle steps as plain SQL, the way any client could send them (no store in between)."""

from __future__ import annotations

import hashlib
from typing import Any

from tests.store.pg.conftest import content

APPROVED_AT = "2026-11-27T12:00:00.000000+00:00"
VERDICT = {"step": "distribution", "verdict": "ok", "note": "", "by": "Rita Revisor"}


def update(conn: Any, case_id: int, **columns: Any) -> int:
    """UPDATE the case's columns (version + 1); returns the number of rows changed."""
    sets = ", ".join(f"{name} = %s" for name in columns)
    cursor = conn.execute(f"UPDATE cases SET {sets}, version = version + 1 WHERE id = %s",
                          [*columns.values(), case_id])
    return int(cursor.rowcount)


def to_review(conn: Any, case_id: int, title: str = "Sak", **more: Any) -> int:
    return update(conn, case_id, status="in_review", content=content(title, "in_review", **more))


def give_verdict(conn: Any, case_id: int, title: str = "Sak",
                 status: str = "in_review") -> int:
    return update(conn, case_id, content=content(title, status, [VERDICT]))


def approve(conn: Any, case_id: int, title: str = "Sak", *, revision: int = 1,
            review: list[dict[str, Any]] | None = None, **more: Any) -> int:
    """Approve and freeze in one transaction, as the store does; rows changed (0 or 1)."""
    text = content(title, "approved", review, **more)
    with conn.transaction():
        changed = update(conn, case_id, status="approved", content=text,
                         approved_by="Rita Revisor", approved_at=APPROVED_AT)
        if changed:
            conn.execute(
                "INSERT INTO revisions (case_id, revision, content, sha256, approved_by,"
                " approved_at) VALUES (%s, %s, %s, %s, %s, %s)",
                [case_id, revision, text, hashlib.sha256(text.encode()).hexdigest(),
                 "Rita Revisor", APPROVED_AT])
    return changed


def case_row(conn: Any, case_id: int) -> dict[str, Any]:
    """The case's row as the superuser sees it."""
    cursor = conn.execute("SELECT * FROM cases WHERE id = %s", [case_id])
    names = [d.name for d in cursor.description]
    row = cursor.fetchone()
    return dict(zip(names, row, strict=True))
