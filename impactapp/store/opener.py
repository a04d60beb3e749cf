"""Opening a store from its location: the one place that knows which kinds of store exist.

A location is a file path (the SQLite store) or a libpq URI (``postgresql://...``, the shared
store of a municipality). The composition roots (``app.py``, the CLI) build one ``Opener``
with ``store_opener`` and hand it to windows and background workers, which call it to get a
connection of their own; nothing else opens a store by its location.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from impactapp.domain.clock import Clock
from impactapp.domain.lang import Text

from .api import CaseStore, FileMaintenance
from .errors import StoreUnavailable
from .sqlite.paths import ENV_VAR, default_db_path

#: A zero-argument factory of connections to one store: each call opens a new one.
Opener = Callable[[], CaseStore]

#: The URI schemes of a shared PostgreSQL store (libpq accepts both).
POSTGRES_SCHEMES: tuple[str, ...] = ("postgresql", "postgres")

_NO_POSTGRES = Text(
    nb="Denne maskinen mangler PostgreSQL-klientbiblioteket (libpq) som trengs for en felles "
       "database; be IT installere det (på Debian og Ubuntu: pakken libpq5)",
    en="This computer lacks the PostgreSQL client library (libpq) a shared database needs; "
       "ask IT to install it (on Debian and Ubuntu: the package libpq5)",
)


def is_database_uri(location: Path | str) -> bool:
    """Whether ``location`` names a database server (a libpq URI) rather than a file."""
    if isinstance(location, Path):
        return False
    scheme, colon, _ = location.partition(":")
    return bool(colon) and scheme.lower() in POSTGRES_SCHEMES


def as_location(text: Path | str) -> Path | str:
    """A location as given on the command line or in the environment: a database URI as it
    is, anything else as a file path (``~`` expanded)."""
    return text if is_database_uri(text) else Path(text).expanduser()


def default_location() -> Path | str:
    """``$IMPACTAPP_DB`` (a file path or a database URI) if set, else the user's data file."""
    configured = os.environ.get(ENV_VAR, "").strip()
    return as_location(configured) if configured else default_db_path()


def shown_location(location: Path | str) -> str:
    """The location as it may be shown or logged: a URI without any password in it."""
    if not is_database_uri(location):
        return str(location)
    parts = urlsplit(str(location))
    if parts.password is None:
        return str(location)
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def open_store(location: Path | str, *, who: str | None = None,
               clock: Clock | None = None) -> CaseStore:
    """Open the store at ``location`` (a database file, created or migrated as needed);
    ``who`` signs its audit log and ``clock`` dates every change.

    Raises DatabaseUnusable for a file or server that cannot be used, and StoreUnavailable
    for a kind of store this build cannot open. On a database server the login acts, so
    ``who`` is not used there.
    """
    if is_database_uri(location):
        try:
            from .postgres.store import PgStore
        except ImportError:  # psycopg (or libpq) is missing from this build
            raise StoreUnavailable(shown_location(location), _NO_POSTGRES) from None
        return PgStore.open(str(location), who=who, clock=clock)
    from .sqlite import Store

    return Store.open(Path(location).expanduser(), who=who, clock=clock)


def store_opener(location: Path | str, *, who: str | None = None,
                 clock: Clock | None = None) -> Opener:
    """The factory the program hands around: each call opens the store at ``location``
    again (a connection per thread), signed by ``who`` and dated by ``clock``."""
    return functools.partial(open_store, location, who=who, clock=clock)


def reopener(store: CaseStore) -> Opener:
    """An opener of further connections to the store ``store`` is connected to, for the same
    login and clock (for a part of the program that was handed a store but no opener)."""
    return store_opener(as_location(store.location), who=store.who, clock=store.time_source)


def maintenance_at(location: Path | str) -> FileMaintenance | None:
    """The file maintenance of the store at ``location`` without opening it (a check or a
    backup must not create or migrate the file), or None for a store without files."""
    if is_database_uri(location):
        return None
    from .sqlite import SqliteMaintenance

    return SqliteMaintenance(Path(location).expanduser())
