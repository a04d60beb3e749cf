"""A text in several languages: a mapping from language code to string.

Bokmål and English are the languages every text has today; a third (nynorsk ``nn``, Northern
Sami ``se``) is data: a catalog YAML may carry it and ``Text.get("nn")`` returns it, falling back
to bokmål and then English where a text has no such version.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

#: The order tried when a text lacks the language asked for.
FALLBACK: tuple[str, ...] = ("nb", "en")

#: What a language key looks like: an ISO 639 code (``nb``, ``nn``, ``se``, ``smj``).
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}\Z")


class Text:
    """A text in several languages, keyed by language code (at least ``nb`` and ``en``).

    Build it from a mapping, ``Text({"nb": "Ja", "en": "Yes", "nn": "Ja"})``, or with the
    convenience form ``Text("Ja", "Yes")`` / ``Text(nb="Ja", en="Yes", nn="Ja")``. Empty strings
    count as missing. It is immutable and hashable, and always true (like the dataclass it was).
    """

    __slots__ = ("_parts",)
    _parts: tuple[tuple[str, str], ...]

    def __init__(
        self, nb: str | Mapping[str, str] = "", en: str = "", **more: str
    ) -> None:
        parts: dict[str, str] = {}
        if isinstance(nb, Mapping):
            parts.update(nb)
        else:
            parts["nb"] = nb
        if en:
            parts["en"] = en
        parts.update(more)
        object.__setattr__(
            self, "_parts", tuple((lang, s) for lang, s in parts.items() if s)
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Text is immutable")

    def __reduce__(self) -> tuple[type[Text], tuple[dict[str, str]]]:
        return (Text, (dict(self._parts),))

    def get(self, lang: str) -> str:
        """The text in ``lang``; else bokmål, then English, then any language it has."""
        parts = dict(self._parts)
        for code in (lang, *FALLBACK):
            if parts.get(code):
                return parts[code]
        return next(iter(parts.values()), "")

    def has(self, lang: str) -> bool:
        """Whether the text has its own (non-empty) version in ``lang``."""
        return any(code == lang for code, _ in self._parts)

    @property
    def nb(self) -> str:
        """The bokmål text, exactly ("" when there is none)."""
        return dict(self._parts).get("nb", "")

    @property
    def en(self) -> str:
        """The English text, exactly ("" when there is none)."""
        return dict(self._parts).get("en", "")

    @property
    def languages(self) -> tuple[str, ...]:
        """The language codes this text has, in the order given."""
        return tuple(code for code, _ in self._parts)

    def as_dict(self) -> dict[str, str]:
        """The text as a plain mapping from language code to string."""
        return dict(self._parts)

    def items(self) -> Iterator[tuple[str, str]]:
        """(language, text) pairs in the order given."""
        return iter(self._parts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return dict(self._parts) == dict(other._parts)

    def __hash__(self) -> int:
        return hash(frozenset(self._parts))

    def __repr__(self) -> str:
        inner = ", ".join(f"{code}={s!r}" for code, s in self._parts)
        return f"Text({inner})"
