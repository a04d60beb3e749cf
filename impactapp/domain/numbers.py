"""Numbers as Norwegian caseworkers type and read them: "1 234,5" and "1234.5" alike."""

from __future__ import annotations

import math
import re

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_MINUS = "\u2212"


class NumberFormatError(ValueError):
    """Text that is not a number; the message says what is wrong."""


def parse_number(text: str) -> float | None:
    """Parse "1 234,5", "1234.5", "−850", "12 000 000"; empty text gives None.

    A comma is the decimal sign (Norwegian), and so is a point when there is no comma; a
    number with both is refused as ambiguous rather than guessed.
    """
    cleaned = _SPACES.sub("", text.strip()).replace(_MINUS, "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        raise NumberFormatError(f"'{text.strip()}' has both a comma and a point")
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise NumberFormatError(f"'{text.strip()}' is not a number")
    value = float(cleaned)
    if not math.isfinite(value) or abs(value) > 1e15:
        raise NumberFormatError(f"'{text.strip()}' is too large")
    return value


def format_number(value: float | int | None, lang: str = "nb", decimals: int | None = None) -> str:
    """1 234,5 in Norwegian (no-break space, comma, real minus), 1,234.5 in English."""
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(2, _decimals(value))
    text = f"{abs(value):,.{decimals}f}"
    if lang == "nb":
        text = text.replace(",", "\u00a0").replace(".", ",")
    if value < 0 and any(ch in text for ch in "123456789"):  # no sign on a rounded "0"
        text = (_MINUS if lang == "nb" else "-") + text
    return text


def _decimals(value: float) -> int:
    text = repr(float(value))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 2
