"""Where a PostgreSQL store lives: a libpq URI, checked and completed before connecting.

A URI names the server (``postgresql://host/dbname``), a local socket folder
(``postgresql:///dbname?host=/socket/dir``) or a service of the service file
(``postgresql:///?service=NAME``). The program never keeps a password: authentication is
libpq's own (pgpass file, service file, Kerberos/GSSAPI), so a URI that carries a password is
refused. A server on another host is reached over TLS with its certificate verified:
``sslmode=verify-full`` is added unless the URI chooses a mode itself.
"""

from __future__ import annotations

from pathlib import Path

from impactapp.domain.model import Text

from ..errors import DatabaseUnusable

SCHEMES = ("postgresql://", "postgres://")


def is_uri(location: object) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


class LocationRefused(DatabaseUnusable):
    """A URI the program will not connect with (a password in it, or not parseable)."""

    def __init__(self, location: str, why: Text):
        from ..opener import shown_location

        shown = shown_location(location)
        super().__init__(Path(shown), "refused", why.en)
        self.location = shown
        self.why = why

    @property
    def text(self) -> Text:
        return Text(nb=f"Tilkoblingen {self.location} kan ikke brukes: {self.why.nb}.",
                    en=f"The connection {self.location} cannot be used: {self.why.en}.")


def parse(location: str) -> dict[str, str]:
    """The URI's libpq parameters (LocationRefused when libpq cannot read it)."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(location.strip())
    except ProgrammingError:
        raise LocationRefused(location, Text(
            nb="adressen er ikke en gyldig PostgreSQL-adresse (postgresql://maskin/database)",
            en="it is not a valid PostgreSQL address (postgresql://host/database)")) from None
    return {k: str(v) for k, v in params.items() if v is not None}


def is_socket(host: str) -> bool:
    """Whether libpq's ``host`` names a local socket folder (every entry of a list must)."""
    return bool(host) and all(h.startswith("/") or h.startswith("@") for h in host.split(","))


def conninfo(location: str) -> str:
    """The conninfo string to connect with: no password, TLS verified for a remote host."""
    params = parse(location)
    if "password" in params:
        raise LocationRefused(location, Text(
            nb="passordet skal ikke stå i adressen; bruk passordfilen (.pgpass), en "
               "tjenestefil eller Kerberos",
            en="a password must not be part of the address; use the password file (.pgpass),"
               " a service file or Kerberos"))
    host = params.get("host", "") or params.get("hostaddr", "")
    if host and not is_socket(host) and "sslmode" not in params:
        params["sslmode"] = "verify-full"
    params.setdefault("application_name", "impactapp")
    return " ".join(f"{key}={_quoted(value)}" for key, value in params.items())


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def server_name(location: str) -> str:
    """The server a person would recognise in a message: its host, socket or service."""
    try:
        params = parse(location)
    except LocationRefused:
        return location
    if "service" in params and "host" not in params:
        return f"service {params['service']}"
    host = params.get("host") or params.get("hostaddr") or "localhost"
    return host if is_socket(host) else f"{host}:{params.get('port', '5432')}"

