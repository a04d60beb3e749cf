"""Catalog problems as data: each names its file, line and field so a person can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogError:
    """One problem in criteria/ or forms/, e.g. ``criteria/criteria.yaml:12: criteria[1].scale``."""

    file: str  # relative to the catalog folders' parent, e.g. "criteria/criteria.yaml"
    line: int | None
    field: str  # field path such as "criteria[3].sdg_targets[0].target"; "" for the whole file
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


class CatalogInvalid(Exception):
    """The catalog cannot be used; ``errors`` lists every problem found, in file order."""

    def __init__(self, errors: list[CatalogError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
