"""User text made safe for reportlab's Paragraph markup, and plain text made safe for the canvas.

Whatever a caseworker typed must appear as typed: ``<b>``, ``&amp;`` or an unbalanced tag is
text, never markup. Control characters have no glyph and no meaning in print, so they are
dropped; line breaks are kept. A character the embedded fonts have no glyph for (some emoji)
is shown as U+FFFD: drawing it would select the .notdef glyph, which PDF/A forbids. Long
words are wrapped by the paragraph styles (``splitLongWords``), so a 20,000-character word
flows across lines and pages.
"""

from __future__ import annotations

import re
import unicodedata

from .fonts import uncovered_pattern

REPLACEMENT = "\ufffd"
#: Line separators other than \n: CR LF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
#: Control characters (tab and line feed aside), surrogates and noncharacters.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane | 0xFFFE)}{chr(plane | 0xFFFF)}"
              for plane in range(0, 0x110000, 0x10000))
    + "]"
)


def plain_text(text: str) -> str:
    """``text`` in NFC with unified line breaks, tabs as spaces, and no control characters."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    return _UNPRINTABLE.sub("", text).replace("\t", " ")


def one_line(text: str) -> str:
    """``plain_text`` on a single line (for metadata and outline entries)."""
    return " ".join(plain_text(text).split())


def printable(text: str) -> str:
    """``plain_text`` with every character the fonts cannot draw replaced by U+FFFD."""
    return uncovered_pattern().sub(REPLACEMENT, plain_text(text))


def escape_text(text: str) -> str:
    """``text`` as Paragraph markup that shows exactly the characters typed (line breaks kept)."""
    cleaned = printable(text)
    escaped = cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")
