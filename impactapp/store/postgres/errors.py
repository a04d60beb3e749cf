"""Why a PostgreSQL database cannot be used, as one plain sentence (nb and en).

They are DatabaseUnusable, so every caller that already reports an unusable database file
(the CLI, the start-up dialog) reports these too.
"""

from __future__ import annotations

from pathlib import Path

from impactapp.domain.model import Text

from ..errors import DatabaseUnusable

UNREACHABLE = "unreachable"
NO_SCHEMA = "no_schema"
NEWER = "newer_schema"
NOT_ENCRYPTED = "not_encrypted"
REFUSED = "refused"


class ServerUnusable(DatabaseUnusable):
    """The server cannot be reached, has no ImpactApp schema, or is newer than the program."""

    def __init__(self, location: str, server: str, reason: str, detail: str = ""):
        super().__init__(Path(location), reason, detail)
        self.location = location
        self.server = server

    @property
    def text(self) -> Text:
        detail = f" ({self.detail})" if self.detail else ""
        if self.reason == UNREACHABLE:
            return Text(
                nb=f"Databaseserveren {self.server} svarer ikke{detail}; sjekk adressen og "
                   "nettverket, eller spør IT om tjenesten kjører.",
                en=f"The database server {self.server} cannot be reached{detail}; check the "
                   "address and the network, or ask IT whether the service is running.")
        if self.reason == NO_SCHEMA:
            return Text(
                nb=f"Databasen {self.location} har ingen ImpactApp-tabeller ennå; kjør "
                   f"`impactapp-cli --db {self.location} db init` som eier av databasen.",
                en=f"The database {self.location} has no ImpactApp schema yet; run "
                   f"`impactapp-cli --db {self.location} db init` as the database's owner.")
        if self.reason == REFUSED:  # the detail is the whole sentence (no password in it)
            return Text(nb=self.detail, en=self.detail)
        if self.reason == NOT_ENCRYPTED:
            return Text(
                nb=f"Tilkoblingen til {self.server} er ikke kryptert; en server på en annen "
                   "maskin må brukes med TLS (sslmode=verify-full).",
                en=f"The connection to {self.server} is not encrypted; a server on another "
                   "machine must be used with TLS (sslmode=verify-full).")
        return Text(
            nb=f"Databasen {self.location} er laget av en nyere versjon av ImpactApp{detail}.",
            en=f"The database {self.location} was made by a newer version of "
               f"ImpactApp{detail}.")


def first_line(message: str) -> str:
    """libpq's message without its trailing lines and hints (one sentence stays one)."""
    lines = [line.strip() for line in str(message).strip().splitlines() if line.strip()]
    first = lines[0].rstrip(".") if lines else ""
    return first.removeprefix("connection is bad: ")
