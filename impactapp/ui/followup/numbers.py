"""Reading and writing figures the way people type them (1 200,5 or −300) in the UI."""

from __future__ import annotations

import math


def parse_number(text: str) -> float | None:
    """The number typed, or None when the field is empty; ValueError for anything else."""
    cleaned = (text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
               .replace(",", "."))
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def show_number(value: float | None, lang: str, decimals: int = 0) -> str:
    """``value`` as bokmål (1 200,5; −300) or English (1,200.5) writes it; "" for None."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if lang == "nb":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text.replace("-", "\u2212")
