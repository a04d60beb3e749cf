"""UI state remembered between runs (QSettings): geometry, UI language, recent cases.

Nothing that changes an assessment is kept here; that lives in criteria/, forms/ or the
database.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

RECENT_MAX = 8


class UiSettings:
    """A typed view of the program's QSettings."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings("ImpactApp", "ImpactApp")

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings, for views that keep UI choices of their own."""
        return self._s

    @property
    def language(self) -> str:
        value = self._s.value("ui/language", "nb")
        return value if value in ("nb", "en") else "nb"

    @language.setter
    def language(self, lang: str) -> None:
        self._s.setValue("ui/language", lang)

    @property
    def shared_database(self) -> str:
        """The address of the shared database last connected to ("" for none)."""
        value = self._s.value("database/shared_uri", "")
        return value if isinstance(value, str) else ""

    @shared_database.setter
    def shared_database(self, uri: str) -> None:
        """Remember the address (never one holding a password: it is forgotten instead)."""
        from .shared_db import has_password

        self._s.setValue("database/shared_uri", "" if has_password(uri) else uri.strip())

    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", value)

    def recent(self, db_key: str) -> list[int]:
        """Recently opened case ids in the database ``db_key``, newest first."""
        raw = self._s.value(f"recent/{db_key}", [])
        if isinstance(raw, str):
            raw = [raw]
        out: list[int] = []
        for item in raw or []:
            try:
                out.append(int(item))
            except (TypeError, ValueError):
                continue
        return out[:RECENT_MAX]

    def add_recent(self, db_key: str, case_id: int) -> None:
        ids = [case_id] + [i for i in self.recent(db_key) if i != case_id]
        self._s.setValue(f"recent/{db_key}", [str(i) for i in ids[:RECENT_MAX]])

    def remove_recent(self, db_key: str, case_id: int) -> None:
        ids = [i for i in self.recent(db_key) if i != case_id]
        self._s.setValue(f"recent/{db_key}", [str(i) for i in ids])

    def sync(self) -> None:
        self._s.sync()
