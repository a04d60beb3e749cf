"""Errors of a case file, as data: where (file, line, field) and what, one plain sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaseFileError:
    """One problem in a case file; ``line`` is 1-based, or None where it is not known (JSON)."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where = f"{where}:{self.line}" if where else str(self.line)
        return ": ".join(part for part in (where, self.field, self.message) if part)


class CaseFileInvalid(Exception):
    """A case file was refused; ``errors`` lists every problem found, in document order."""

    def __init__(self, errors: list[CaseFileError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
