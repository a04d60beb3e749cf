"""SSB's symbols for figures that are not published as numbers, and what each one means."""

from __future__ import annotations

from impactapp.domain.model import Text

#: Symbol -> its meaning (SSB's standard symbols in tables).
SSB_SYMBOLS: dict[str, Text] = {
    ".": Text(nb="lar seg ikke føre", en="not applicable"),
    "..": Text(nb="oppgave mangler", en="data not available"),
    "...": Text(nb="oppgave mangler foreløpig", en="data not yet available"),
    ":": Text(nb="vises ikke av konfidensialitetshensyn", en="not for publication (confidential)"),
    "-": Text(nb="null", en="nil"),
}


def symbol_meaning(symbol: str, lang: str = "en") -> str:
    """What ``symbol`` means, or the symbol itself when it is not one of SSB's."""
    meaning = SSB_SYMBOLS.get(symbol)
    return meaning.get(lang) if meaning else symbol


def format_value(value: float | None, status: str = "") -> str:
    """A figure as a table shows it: the number (no needless decimals), its symbol if any."""
    if value is None:
        return status
    text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.10g}"
    return f"{text} {status}" if status else text
