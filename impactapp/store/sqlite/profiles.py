"""The user's own defaults for new cases (name, unit, municipality), kept per OS user."""

from __future__ import annotations

from dataclasses import dataclass

from .core import StoreCore, guarded


@dataclass(frozen=True)
class Profile:
    """Who the user is, as new cases should say it."""

    name: str = ""
    unit: str = ""
    municipality: str = ""


class Profiles(StoreCore):
    """Reading and writing the profile of the store's user (``who``)."""

    @guarded
    def profile(self) -> Profile:
        row = self._db.execute(
            "SELECT name, unit, municipality FROM profiles WHERE who = ?", [self._who]
        ).fetchone()
        return Profile(*row) if row else Profile()

    @guarded
    def save_profile(self, profile: Profile) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM profiles WHERE who = ?", [self._who])
            self._db.execute(
                "INSERT INTO profiles (who, name, unit, municipality) VALUES (?, ?, ?, ?)",
                [self._who, profile.name, profile.unit, profile.municipality],
            )
