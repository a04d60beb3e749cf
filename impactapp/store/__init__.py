"""SQLite persistence: migrations, the case repository, revisions and the audit log."""

from .content import canonical_json, content_hash
from .errors import (
    ConflictError,
    DatabaseFailure,
    DatabaseUnusable,
    LockedError,
    NotFound,
    NotInBin,
    RevisionDamaged,
    StatusError,
    StoreError,
)
from .paths import default_db_path
from .profiles import Profile
from .records import AuditEntry, Revision
from .repository import Store

__all__ = [
    "AuditEntry",
    "ConflictError",
    "DatabaseFailure",
    "DatabaseUnusable",
    "LockedError",
    "NotFound",
    "NotInBin",
    "Profile",
    "Revision",
    "RevisionDamaged",
    "StatusError",
    "Store",
    "StoreError",
    "canonical_json",
    "content_hash",
    "default_db_path",
]
