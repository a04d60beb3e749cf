"""What every subcommand needs: the database and the catalog, opened on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.clock import SYSTEM_CLOCK, Clock
from ..store import (
    CaseStore,
    FileMaintenance,
    Opener,
    StoreError,
    maintenance_at,
    store_opener,
)
from ..store.opener import as_location, default_location, shown_location

if TYPE_CHECKING:  # the catalog and the regions are loaded by the commands that use them
    from ..catalog.municipalities import RegionData
    from ..domain.model import Case, Catalog
    from ..domain.place import Place


class CliError(Exception):
    """A failure to report as plain lines on stderr, with an exit status."""

    def __init__(self, *lines: str, status: int = 1):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.status = status


class Context:
    """Lazily opened store and catalog, closed when the command ends."""

    def __init__(self, db: str | None = None, clock: Clock | None = None):
        #: A database file's path, or a database server's URI.
        self.location: Path | str = as_location(db) if db else default_location()
        self.clock: Clock = clock or SYSTEM_CLOCK  # the one clock every command reads
        #: Opens the store (the one way every command gets it).
        self.opener: Opener = store_opener(self.location, clock=self.clock)
        self._store: CaseStore | None = None
        self._catalog: Catalog | None = None
        self._placed: tuple[Place, Catalog] | None = None

    @property
    def store(self) -> CaseStore:
        if self._store is None:
            try:
                self._store = self.opener()
            except StoreError as exc:
                raise CliError(str(exc)) from None
            except OSError as exc:
                raise CliError(
                    f"Cannot open the database {shown_location(self.location)}: "
                    f"{exc.strerror}."
                ) from None
        return self._store

    def maintenance(self, what: str) -> FileMaintenance:
        """The database file's maintenance for ``what`` (a command's task: "back up"); a store
        without files refuses it in one sentence."""
        found = maintenance_at(self.location)
        if found is None:
            raise CliError(f"The database {shown_location(self.location)} is not a file, so "
                           f"ImpactApp cannot {what} it; use the database server's own tools.")
        return found

    def store_exists(self) -> bool:
        """Whether there is a store to read yet (a missing file is not created for asking)."""
        files = maintenance_at(self.location)
        return files is None or files.exists()

    @property
    def loaded_catalog(self) -> Catalog:
        """The catalog as shipped (or configured), before the database's municipality."""
        if self._catalog is None:
            from ..catalog import CatalogInvalid, load_catalog

            try:
                self._catalog = load_catalog()
            except CatalogInvalid as exc:
                raise CliError(
                    "The criteria catalog is invalid; fix these problems first:",
                    *(str(e) for e in exc.errors),
                ) from None
        return self._catalog

    @property
    def catalog(self) -> Catalog:
        """The catalog with the regions of the database's municipality, once one is chosen."""
        catalog = self.loaded_catalog
        # A command that has no database yet (catalog check) does not create one for this.
        place = self.place if self._store is not None or self.store_exists() else None
        if place is None:
            return catalog
        if self._placed is None or self._placed[0] != place:
            from ..catalog.municipalities import catalog_for_place

            self._placed = (place, catalog_for_place(catalog, place, self.regions))
        return self._placed[1]

    @property
    def regions(self) -> RegionData:
        """Every municipality, county and official district (the shipped regions/ folder)."""
        from ..catalog import CatalogInvalid
        from ..catalog.municipalities import region_data

        try:
            return region_data()
        except CatalogInvalid as exc:
            raise CliError("The region catalog is invalid; fix these problems first:",
                           *(str(e) for e in exc.errors)) from None

    @property
    def place(self) -> Place | None:
        """The database's municipality with its districts and comparison, None before chosen."""
        from ..store.place import database_place

        return database_place(self.store, self.regions)

    def import_catalog(self) -> tuple[Catalog, Place | None]:
        """The catalog to read case files with (every official district known, so that a case
        for another municipality is refused by ``fit_districts`` in one sentence), and the
        database's municipality."""
        from ..catalog.municipalities import catalog_with_all_districts

        place = self.place
        if place is None:
            return self.catalog, None
        return catalog_with_all_districts(self.loaded_catalog, self.regions), place

    def require_place(self) -> Place:
        place = self.place
        if place is None:
            raise CliError("No municipality is set for this database; choose it with "
                           "impactapp-cli municipality set CODE (e.g. 3405 for Lillehammer).",
                           status=2)
        return place

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def fit_districts(cases: list[Case], files: list[Path], place: Place | None, *,
                  drop: bool) -> list[Case]:
    """The cases to store in a database whose municipality is ``place``: refused (CliError,
    status 2, one sentence per file) when one rates another municipality's districts, unless
    ``drop`` asks to leave those ratings out."""
    from ..domain.district_check import (
        foreign_districts,
        foreign_districts_clause,
        without_districts,
    )

    if place is None:
        return cases
    problems = []
    fitted = []
    for case, path in zip(cases, files, strict=True):
        foreign = foreign_districts(case, place)
        if foreign and not drop:
            problems.append(f"{path}: {foreign_districts_clause(foreign, place)}, so nothing was "
                            "imported (--drop-districts imports it without those ratings).")
        fitted.append(without_districts(case, foreign) if foreign else case)
    if problems:
        raise CliError(*problems, status=2)
    return fitted
