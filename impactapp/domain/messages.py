"""Sentences as data: a code and its values, rendered through a template in each language.

Validation issues, store errors and the pure layers' refusals all carry a stable code and the
values that fill its template, so the UI can show the sentence in bokmål and the CLI in
English, and a test can check that every code reads in both. Values given as ``Text`` (a
status word from the vocabulary, a criterion's name) are filled in per language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from .lang import Text

_LONGEST_VALUE = 60  # user values quoted in a message are cut to this many characters

Value = Text | str | int | float | Sequence[Text | str]


class Verbatim:
    """A value filled in whole: a name, a path or a list of ids is never shortened."""

    def __init__(self, value: object) -> None:
        self.value = str(value)

    def __str__(self) -> str:
        return self.value


def value_in(value: Any, lang: str) -> str:
    """``value`` as text in ``lang``: a Text picks its language, a sequence is comma-joined."""
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, str):
        return value if len(value) <= _LONGEST_VALUE else value[: _LONGEST_VALUE - 1] + "…"
    if isinstance(value, Sequence):
        return ", ".join(value_in(v, lang) for v in value)
    return str(value)


def render(template: Text, values: Mapping[str, Any]) -> Text:
    """``template`` filled in with ``values`` in every language the template has."""
    return Text(
        {
            lang: text.format(**{k: value_in(v, lang) for k, v in values.items()})
            for lang, text in template.items()
        }
    )


class CodedError(Exception):
    """An error that is a code and values; its sentence comes from the class's ``MESSAGES``.

    ``str(error)`` is the English sentence (what the CLI prints); ``error.text.get(lang)``
    gives it in the UI language.
    """

    MESSAGES: ClassVar[Mapping[str, Text]] = {}

    def __init__(self, code: str, **params: Any) -> None:
        if code not in self.MESSAGES:
            raise KeyError(f"{type(self).__name__} has no message for code {code!r}")
        super().__init__(code, params)
        self.code = code
        self.params = params

    @property
    def text(self) -> Text:
        """The sentence in every language."""
        return render(self.MESSAGES[self.code], self.params)

    def message(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return self.text.get(lang)

    def __str__(self) -> str:
        return self.text.get("en")


class Phrase(str):
    """A refusal's sentence: the English as the string (the CLI and file errors print it as
    before) with the sentence in every language in ``text``, for a bokmål window."""

    text: Text

    def __new__(cls, template: Text, **values: Any) -> Phrase:
        text = render(template, values)
        phrase = super().__new__(cls, text.get("en"))
        phrase.text = text
        return phrase

    def get(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return self.text.get(lang)


def in_language(message: str, lang: str) -> str:
    """``message`` in ``lang`` when it is a Phrase, else as it is."""
    return message.get(lang) if isinstance(message, Phrase) else message
