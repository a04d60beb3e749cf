"""Case persistence behind one interface (``CaseStore``), opened through ``open_store``.

The SQLite implementation (``store/sqlite/``) is the embedded default: migrations, the case
repository, revisions, the audit log and the file's backups.
"""

from typing import TYPE_CHECKING, Any

from .api import CaseStore, FileMaintenance, file_maintenance
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
    StoreUnavailable,
)
from .opener import Opener, maintenance_at, open_store, reopener, store_opener
from .records import AuditEntry, Revision
from .refusals import CaseWithheld, NotAllowed
from .sqlite.conflicts import ConflictCopy, CopyNotFound, DraftSaved
from .sqlite.connection import DatabaseReadOnly
from .sqlite.paths import default_db_path
from .sqlite.profiles import Profile
from .sqlite.repository import Store
from .sqlite.steering import PlanNotFound, SteeringRefused

if TYPE_CHECKING:
    from .sqlite.backup import (
        DAILY as BACKUP_DAILY,
    )
    from .sqlite.backup import (
        MANUAL as BACKUP_MANUAL,
    )
    from .sqlite.backup import (
        MIGRATION as BACKUP_MIGRATION,
    )
    from .sqlite.backup import (
        RESTORE as BACKUP_RESTORE,
    )
    from .sqlite.backup import (
        BackupError,
        BackupFile,
        BackupSummary,
    )
    from .sqlite.check import CheckReport
    from .sqlite.restore import Restored

#: Names of the file maintenance (backups, check, restore), imported on first use, so a
#: command that only reads cases does not load that code: name -> (module, its name there).
_ON_USE = {
    "BACKUP_DAILY": ("backup", "DAILY"),
    "BACKUP_MANUAL": ("backup", "MANUAL"),
    "BACKUP_MIGRATION": ("backup", "MIGRATION"),
    "BACKUP_RESTORE": ("backup", "RESTORE"),
    "BackupError": ("backup", "BackupError"),
    "BackupFile": ("backup", "BackupFile"),
    "BackupSummary": ("backup", "BackupSummary"),
    "CheckReport": ("check", "CheckReport"),
    "Restored": ("restore", "Restored"),
}


def __getattr__(name: str) -> Any:
    if name not in _ON_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _ON_USE[name]
    return getattr(importlib.import_module(f"{__name__}.sqlite.{module}"), attribute)


__all__ = [
    "BACKUP_DAILY",
    "BACKUP_MANUAL",
    "BACKUP_MIGRATION",
    "BACKUP_RESTORE",
    "AuditEntry",
    "BackupError",
    "BackupFile",
    "BackupSummary",
    "CaseStore",
    "CaseWithheld",
    "CheckReport",
    "ConflictCopy",
    "ConflictError",
    "CopyNotFound",
    "DatabaseFailure",
    "DatabaseReadOnly",
    "DatabaseUnusable",
    "DraftSaved",
    "FileMaintenance",
    "LockedError",
    "NotAllowed",
    "NotFound",
    "NotInBin",
    "Opener",
    "PlanNotFound",
    "Profile",
    "Restored",
    "Revision",
    "RevisionDamaged",
    "StatusError",
    "SteeringRefused",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "canonical_json",
    "content_hash",
    "default_db_path",
    "file_maintenance",
    "maintenance_at",
    "open_store",
    "reopener",
    "store_opener",
]
