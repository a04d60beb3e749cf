"""Shape checks for one loaded catalog file that collect every problem with its line.

Each getter reports what is wrong and returns None instead of raising, so one pass over a file
finds all its problems; callers build a domain object only from values that passed.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from impactapp.domain.lang import LANGUAGE_CODE
from impactapp.domain.model import Text

from .errors import CatalogError
from .yamlload import Document, PathPart, format_path

_LANGUAGE_NAMES = {"nb": "Norwegian", "en": "English"}

Path = tuple[PathPart, ...]


def kind_of(value: Any) -> str:
    """What a YAML value is, in the words used by the messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, date):
        return "date"
    return type(value).__name__


def _expected(what: str, value: Any) -> str:
    message = f"{what} expected, found {kind_of(value)}"
    # YAML turns unquoted 11.6, 0301 or no into numbers and booleans: say how to keep the text.
    if what == "string" and isinstance(value, int | float | date):
        message += " (put it in quotes)"
    return message


def one_of(value: str, allowed: tuple[str, ...]) -> str:
    """The message for a value outside a fixed vocabulary."""
    return f"'{value}' is not one of {', '.join(allowed)}"


@dataclass
class Known:
    """Ids one file defines; incomplete when some id was unreadable, so absence proves nothing."""

    # Reference checks ask ``lacks``: against an incomplete set they stay silent instead of
    # reporting every reference into a broken file as unknown.

    ids: set[Hashable] = field(default_factory=set)
    complete: bool = True

    @classmethod
    def of_list(cls, container: dict[str, Any], key: str) -> Known:
        """An empty set to fill from ``container[key]``; incomplete unless a list of mappings."""
        items = container.get(key)
        return cls(complete=isinstance(items, list) and all(isinstance(i, dict) for i in items))

    def lacks(self, value: Hashable) -> bool:
        """Whether ``value`` is certainly not defined."""
        return self.complete and value not in self.ids


class FileCheck:
    """Collects the problems of one file, each with the line its field starts on."""

    def __init__(self, file: str, doc: Document, errors: list[CatalogError]):
        self.file = file
        self.doc = doc
        self.errors = errors

    def error(self, path: Path, message: str) -> None:
        self.errors.append(CatalogError(self.file, self.doc.line(path), format_path(path), message))

    def line(self, path: Path) -> int | None:
        return self.doc.line(path)

    def mapping(
        self, value: Any, path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any] | None:
        """``value`` as a mapping with exactly the allowed keys (unknown and missing reported)."""
        if not isinstance(value, dict):
            self.error(path, _expected("mapping", value))
            return None
        allowed = required + optional
        for key in value:
            if key not in allowed:
                self.error((*path, str(key)), f"unknown key (allowed: {', '.join(allowed)})")
        for key in required:
            if key not in value:
                self.error((*path, key), "missing required key")
        return value

    def string(self, m: dict[str, Any], path: Path, key: str) -> str | None:
        """The string at ``m[key]``; absent keys give None silently (``mapping`` reported them)."""
        if key not in m:
            return None
        value = m[key]
        if not isinstance(value, str):
            self.error((*path, key), _expected("string", value))
            return None
        if not value.strip():
            self.error((*path, key), "must not be empty")
            return None
        return value

    def integer(self, m: dict[str, Any], path: Path, key: str) -> int | None:
        if key not in m:
            return None
        value = m[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.error((*path, key), _expected("integer", value))
            return None
        return value

    def boolean(self, m: dict[str, Any], path: Path, key: str) -> bool | None:
        if key not in m:
            return None
        value = m[key]
        if not isinstance(value, bool):
            self.error((*path, key), _expected("true or false", value))
            return None
        return value

    def choice(
        self, m: dict[str, Any], path: Path, key: str, allowed: tuple[str, ...]
    ) -> str | None:
        value = self.string(m, path, key)
        if value is None:
            return None
        if value not in allowed:
            self.error((*path, key), one_of(value, allowed))
            return None
        return value

    def sequence(self, m: dict[str, Any], path: Path, key: str) -> list[Any] | None:
        if key not in m:
            return None
        value = m[key]
        if not isinstance(value, list):
            self.error((*path, key), _expected("list", value))
            return None
        return value

    def strings(self, m: dict[str, Any], path: Path, key: str) -> list[tuple[Path, str]] | None:
        """A list of non-empty strings, each with its path; None when the list itself is wrong."""
        items = self.sequence(m, path, key)
        if items is None:
            return None
        out: list[tuple[Path, str]] = []
        for i, item in enumerate(items):
            p = (*path, key, i)
            if not isinstance(item, str):
                self.error(p, _expected("string", item))
            elif not item.strip():
                self.error(p, "must not be empty")
            else:
                out.append((p, item))
        return out

    def entries(
        self,
        m: dict[str, Any],
        path: Path,
        key: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> Iterator[tuple[Path, dict[str, Any]]]:
        """Each mapping of the list ``m[key]`` with its path; non-mappings are reported."""
        for i, item in enumerate(self.sequence(m, path, key) or ()):
            p = (*path, key, i)
            entry = self.mapping(item, p, required, optional)
            if entry is not None:
                yield p, entry

    def text(self, m: dict[str, Any], path: Path, key: str) -> Text | None:
        """The ``{nb: ..., en: ...}`` text at ``m[key]``; absent keys give None silently."""
        if key not in m:
            return None
        return self.text_value(m[key], (*path, key))

    def text_value(self, value: Any, p: Path) -> Text | None:
        """``value`` as a text: nb and en non-empty, other language codes (nn, se) optional."""
        if not isinstance(value, dict):
            self.error(p, _expected("mapping", value) + " (write {nb: ..., en: ...})")
            return None
        before = len(self.errors)
        for lang in value:
            if not isinstance(lang, str) or not LANGUAGE_CODE.match(lang):
                self.error(
                    (*p, str(lang)), "unknown key (allowed: nb, en or another language code)"
                )
        parts: dict[str, str] = {}
        for lang, language in (("nb", "Norwegian"), ("en", "English")):
            if lang not in value:
                self.error((*p, lang), f"the {language} text is missing")
        for lang, s in value.items():
            language = _LANGUAGE_NAMES.get(lang, f"'{lang}'")
            if not isinstance(s, str):
                self.error((*p, str(lang)), _expected("string", s))
            elif not s.strip():
                self.error((*p, str(lang)), f"the {language} text is empty")
            else:
                parts[lang] = s
        if len(self.errors) != before:
            return None
        return Text(parts)

    def texts(self, m: dict[str, Any], path: Path, key: str) -> list[Text] | None:
        """A list of texts; the readable ones are returned, the others reported."""
        items = self.sequence(m, path, key)
        if items is None:
            return None
        out = [self.text_value(item, (*path, key, i)) for i, item in enumerate(items)]
        return [t for t in out if t is not None]


class Unique:
    """Reports the second and later uses of an id within one file, naming the first line."""

    def __init__(self, check: FileCheck, what: str):
        self.check = check
        self.what = what
        self.first: dict[Hashable, int | None] = {}

    def add(self, value: Hashable, path: Path) -> bool:
        """Record ``value`` at ``path``; False (and an error) if it was seen before."""
        if value in self.first:
            shown = f"'{value}'" if isinstance(value, str) else str(value)
            where = self.first[value]
            suffix = f" (first at line {where})" if where is not None else ""
            self.check.error(path, f"duplicate {self.what} {shown}{suffix}")
            return False
        self.first[value] = self.check.line(path)
        return True
