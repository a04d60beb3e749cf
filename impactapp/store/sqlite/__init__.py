"""The SQLite store: one database file per person, with migrations, backups and checks.

``Store`` implements ``CaseStore`` (``store/api.py``); ``SqliteMaintenance`` implements
``FileMaintenance`` for its file. Code outside ``impactapp.store`` reaches both through
``open_store`` and ``file_maintenance``, never through this package directly.
"""

from .maintenance import SqliteMaintenance
from .repository import Store

__all__ = ["SqliteMaintenance", "Store"]
