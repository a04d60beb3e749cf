"""What every subcommand needs: the database and the catalog, opened on first use."""

from __future__ import annotations

from pathlib import Path

from ..catalog import CatalogInvalid, load_catalog
from ..domain.clock import SYSTEM_CLOCK, Clock
from ..domain.model import Catalog
from ..store import Store, StoreError, default_db_path


class CliError(Exception):
    """A failure to report as plain lines on stderr, with an exit status."""

    def __init__(self, *lines: str, status: int = 1):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.status = status


class Context:
    """Lazily opened store and catalog, closed when the command ends."""

    def __init__(self, db: str | None = None, clock: Clock | None = None):
        self.db_path = Path(db).expanduser() if db else default_db_path()
        self.clock: Clock = clock or SYSTEM_CLOCK  # the one clock every command reads
        self._store: Store | None = None
        self._catalog: Catalog | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            try:
                self._store = Store.open(self.db_path, clock=self.clock)
            except StoreError as exc:
                raise CliError(str(exc)) from None
            except OSError as exc:
                raise CliError(
                    f"Cannot open the database {self.db_path}: {exc.strerror}."
                ) from None
        return self._store

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            try:
                self._catalog = load_catalog()
            except CatalogInvalid as exc:
                raise CliError(
                    "The criteria catalog is invalid; fix these problems first:",
                    *(str(e) for e in exc.errors),
                ) from None
        return self._catalog

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
