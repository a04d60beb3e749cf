"""What a text field may hold: plain text, with line feeds and tabs but no other control
characters, shared by the case file checks (which refuse them) and the wizard (which drops
them, e.g. from pasted text, so a case can always be exported and imported again)."""

from __future__ import annotations

import re
from typing import Any

# Unicode's control characters (category Cc) other than tab and line feed, and lone surrogates
# (Cs): one regular-expression search, as a look-up per character takes seconds on a 5 MB text.
BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# A carriage return is a line break written the Windows or old Mac way.
_CARRIAGE_RETURN = re.compile("\r\n?")


def line_breaks(text: str) -> str:
    """``text`` with CR LF and lone CR line breaks written as LF."""
    return _CARRIAGE_RETURN.sub("\n", text) if "\r" in text else text


def plain_text(text: str) -> str:
    """``text`` with line breaks as LF and every other control character removed."""
    return BAD_CHARACTER.sub("", line_breaks(text))


def is_plain(value: Any) -> bool:
    """Whether ``value`` (plain data) holds only plain text: what ``plain_data`` leaves as is.
    A search per string and no copies, as the wizard asks on every keystroke."""
    if isinstance(value, str):
        return "\r" not in value and BAD_CHARACTER.search(value) is None
    if isinstance(value, dict):
        return all(map(is_plain, value.values()))
    if isinstance(value, list):
        return all(map(is_plain, value))
    return True


def plain_data(value: Any) -> Any:
    """``value`` (plain data: dicts, lists, scalars) with every string made plain text; the
    same object when it already is (``is_plain``)."""
    if is_plain(value):
        return value
    return _cleaned(value)


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value
