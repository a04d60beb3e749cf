"""SQLite persistence: migrations, the case repository, revisions and the audit log."""

from .backup import BackupError
from .conflicts import ConflictCopy, CopyNotFound, DraftSaved
from .connection import DatabaseReadOnly
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
    "BackupError",
    "ConflictCopy",
    "ConflictError",
    "CopyNotFound",
    "DatabaseFailure",
    "DatabaseReadOnly",
    "DatabaseUnusable",
    "DraftSaved",
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
