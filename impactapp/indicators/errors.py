"""What can go wrong with indicator data, as data that turns into one plain sentence.

Files (JSON-stat, CSV) raise ``IndicatorDataError`` naming the file, the place and the problem;
the SSB client raises ``SsbError`` with a bilingual sentence (``error.text.get(lang)``).
``str(error)`` is always the English sentence.
"""

from __future__ import annotations

from impactapp.domain.model import Text


class IndicatorDataError(Exception):
    """A JSON-stat or CSV file (or response) that cannot be read as indicator data.

    ``source`` names the file or URL, ``field`` the place in it (a JSON path such as
    ``dimension.Tid.category.index``, or ``line 12``), ``message`` what is wrong.
    """

    def __init__(self, source: str, field: str, message: str):
        super().__init__(source, field, message)
        self.source = source
        self.field = field
        self.message = message

    def __str__(self) -> str:
        sentence = ": ".join(part for part in (self.source, self.field, self.message) if part)
        return sentence if sentence.endswith(".") else sentence + "."


class JsonStatError(IndicatorDataError):
    """The text is not a JSON-stat 2.0 dataset this program can read."""


class CsvFormatError(IndicatorDataError):
    """The CSV file does not follow the documented layout (criteria/README.md)."""


class ObservationError(IndicatorDataError):
    """A readable dataset that does not fit an indicator (no region or period, several
    categories left in another dimension, a different table)."""


# Kinds of SsbError.
OFFLINE = "offline"
TIMEOUT = "timeout"
HTTP = "http"
TOO_LARGE = "too_large"
RATE_LIMITED = "rate_limited"
NOT_FOUND = "not_found"
BAD_QUERY = "bad_query"
SERVER = "server"
INSECURE = "insecure"
BAD_RESPONSE = "bad_response"


class SsbError(Exception):
    """A request to SSB's PxWebApi that did not give usable data."""

    def __init__(self, kind: str, text: Text, *, status: int | None = None, detail: str = ""):
        super().__init__(kind, text.en)
        self.kind = kind
        self.status = status
        self.detail = detail
        self._text = text

    @property
    def text(self) -> Text:
        return self._text

    def __str__(self) -> str:
        return self._text.en
