"""Read-only records the store hands out besides cases: frozen revisions and audit entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Revision:
    """A frozen, approved state of a case; ``Store.get_revision`` rebuilds its content."""

    case_id: int
    revision: int
    sha256: str
    approved_by: str
    approved_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit log: who did what to which case, and when."""

    at: datetime
    who: str
    action: str
    case_id: int | None
    detail: dict[str, Any] = field(default_factory=dict)


# Audit actions.
CREATE = "create"
UPDATE = "update"
STATUS = "status"
APPROVE = "approve"
NEW_REVISION = "new_revision"
DELETE = "delete"
RESTORE = "restore"
PURGE = "purge"
VERDICT = "verdict"
TAKE_OVER = "conflict_take_over"  # the same as conflicts.TAKE_OVER: a copy became the case
