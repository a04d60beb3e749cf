"""The SQLite store: one database file per person, with migrations, backups and checks.

``Store`` implements ``CaseStore`` (``store/api.py``); ``SqliteMaintenance`` implements
``FileMaintenance`` for its file. Code outside ``impactapp.store`` reaches both through
``open_store`` and ``file_maintenance``, never through this package directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .repository import Store

if TYPE_CHECKING:
    from .maintenance import SqliteMaintenance

__all__ = ["SqliteMaintenance", "Store"]


def __getattr__(name: str) -> Any:
    """``SqliteMaintenance`` is imported on first use: a command that only reads cases does
    not load the backup, check and restore code."""
    if name == "SqliteMaintenance":
        from .maintenance import SqliteMaintenance

        return SqliteMaintenance
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
