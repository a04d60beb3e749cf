"""Telling a PostgreSQL URI from a file path, and the connection string libpq gets for it.

The program never stores or asks for a password: authentication is libpq's (pgpass file,
service file, Kerberos/GSSAPI). A connection to another computer must verify the server's
certificate: ``sslmode=verify-full`` is added unless the URI (or PGSSLMODE) chooses a mode.
"""

from __future__ import annotations

import os

from psycopg import conninfo

SCHEMES = ("postgresql://", "postgres://")


class LocationRefused(ValueError):
    """A URI this program will not connect with, as one sentence for the user."""


def is_postgres_uri(location: str) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than a file."""
    return location.strip().lower().startswith(SCHEMES)


def _over_network(host: str) -> bool:
    """Whether any of libpq's (comma-separated) hosts is reached over TCP, not a socket."""
    return any(h and not h.startswith("/") and not h.startswith("@")
               for h in host.split(","))


def libpq_conninfo(location: str) -> str:
    """The connection string for ``location`` (a postgresql:// URI), safe to connect with.

    LocationRefused for a URI that is not one, carries a password, or cannot be parsed.
    """
    if not is_postgres_uri(location):
        raise LocationRefused(f"{location} is not a postgresql:// URI.")
    try:
        params = conninfo.conninfo_to_dict(location.strip())
    except Exception as exc:  # psycopg.ProgrammingError, with libpq's reason
        raise LocationRefused(f"The database URI cannot be read: {_reason(exc)}.") from None
    if params.get("password"):
        raise LocationRefused("The database URI contains a password; ImpactApp never keeps "
                              "one: put it in a pgpass or service file instead.")
    host = str(params.get("host") or os.environ.get("PGHOST", ""))
    hostaddr = str(params.get("hostaddr") or os.environ.get("PGHOSTADDR", ""))
    chosen = params.get("sslmode") or os.environ.get("PGSSLMODE")
    if not chosen and (_over_network(host) or hostaddr):
        params["sslmode"] = "verify-full"
    return conninfo.make_conninfo("", **params)


def describe(location: str) -> str:
    """The URI as shown in messages (it holds no password: those are refused)."""
    return location.strip()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].rstrip(".") if text else type(exc).__name__


def is_socket(host: str) -> bool:
    """Whether libpq's ``host`` names local socket folders only (no TCP connection)."""
    return bool(host) and not _over_network(host)


def server_name(location: str) -> str:
    """The server a person would recognise in a message: its host, socket or service."""
    try:
        params = conninfo.conninfo_to_dict(location.strip())
    except Exception:  # psycopg.ProgrammingError: the URI itself is shown instead
        return describe(location)
    host = str(params.get("host") or params.get("hostaddr") or "")
    if not host and params.get("service"):
        return f"service {params['service']}"
    if not host or is_socket(host):
        return host or "localhost"
    return f"{host}:{params.get('port') or 5432}"
