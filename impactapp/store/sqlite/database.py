"""sqlite-utils, imported without pandas and numpy.

sqlite-utils imports pandas and numpy when they are installed, only to map their column
types; the store never inserts pandas or numpy values, and importing them costs about half a
second of start-up. They are hidden while sqlite-utils is imported (and only then).
"""

from __future__ import annotations

import sys


def _import_without(hidden: tuple[str, ...]):
    absent = [name for name in hidden if name not in sys.modules]
    for name in absent:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        import sqlite_utils.db
        import sqlite_utils.migrations
    finally:
        for name in absent:
            del sys.modules[name]
    return sqlite_utils.db.Database, sqlite_utils.migrations.Migrations


Database, Migrations = _import_without(("pandas", "numpy"))

__all__ = ["Database", "Migrations"]
