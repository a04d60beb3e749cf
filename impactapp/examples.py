"""The example cases shipped with the program: realistic Oslo decisions to learn and demo from.

They live as ``impactapp-case/1`` files in the shipped ``examples`` folder, found the same way as
``criteria/`` and ``forms/``. Pure: no Qt and no database; the CLI's ``demo`` command stores them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .casefile import import_case_file, read_case_file
from .catalog.municipalities import catalog_with_all_districts, region_data
from .domain.district_check import foreign_districts, without_districts
from .domain.history import ImportOrigin
from .domain.model import Case, CaseSummary, Catalog
from .domain.place import Place
from .resources import resource_dir

#: File endings read as case files (the format is YAML or JSON).
CASE_FILE_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".json")


def examples_dir() -> Path:
    """The folder the example case files are shipped in."""
    return resource_dir("examples")


def example_paths() -> list[Path]:
    """The shipped example case files, sorted by name (empty when the folder is missing)."""
    folder = examples_dir()
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in CASE_FILE_SUFFIXES
    )


def load_examples(catalog: Catalog, place: Place | None = None) -> list[Case]:
    """Every example case, read and validated against ``catalog``, in file name order; for a
    database whose municipality is ``place``, without the ratings of other districts (the
    examples are Oslo's).

    Raises CaseFileInvalid for an example that does not import (a packaging fault, not a user
    error) and OSError for one that cannot be read.
    """
    if place is None:
        return [read_case_file(path, catalog) for path in example_paths()]
    everywhere = catalog_with_all_districts(catalog, region_data())
    cases = [read_case_file(path, everywhere) for path in example_paths()]
    return [without_districts(case, foreign_districts(case, place)) for case in cases]


def example_origins(catalog: Catalog) -> dict[tuple[str, str], ImportOrigin]:
    """(title, case number) -> the example's file name and SHA-256, for the history."""
    everywhere = catalog_with_all_districts(catalog, region_data())  # any municipality's
    found = (import_case_file(path, everywhere) for path in example_paths())
    return {(i.case.title, i.case.case_number): i.origin for i in found}


def missing_examples(examples: Iterable[Case], present: Iterable[CaseSummary]) -> list[Case]:
    """The examples not already among ``present`` (matched by title and case number).

    Loading only these makes loading the examples idempotent, and an example the user has
    deleted comes back.
    """
    have = {(row.title, row.case_number) for row in present}
    return [case for case in examples if (case.title, case.case_number) not in have]
