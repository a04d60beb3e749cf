"""How tightly page 1 is set: the layout rules that make it hold everything it must.

Page 1 must always carry the header, the recommendation, the matrix, the goals, the climate
figures and the key figures. A long case is made to fit by rules, tried in order until the page
holds: a smaller matrix text with less padding, then shorter cuts of the free texts. A cut text
ends in "…" and a pointer to page 2, where the text follows in full; nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import one_line


@dataclass(frozen=True)
class Level:
    """One step of tightness: text limits in characters, matrix sizes in points."""

    title_limit: int
    field_limit: int
    recommendation_limit: int
    climate_limit: int
    names_limit: int
    column_limit: int
    matrix_size: float
    matrix_padding: float
    head_size: float
    swatch_height: float


#: From roomy to tight; the renderer takes the first that fits on one page.
LEVELS: tuple[Level, ...] = (
    Level(200, 160, 1200, 240, 320, 90, 7.8, 1.6, 7.5, 14),
    Level(160, 120, 800, 160, 240, 90, 7.2, 1.0, 7.0, 13),
    Level(140, 100, 560, 130, 200, 90, 6.8, 0.6, 6.6, 12),
    Level(100, 70, 320, 90, 140, 60, 6.3, 0.3, 6.2, 11),
    Level(70, 36, 200, 50, 90, 28, 6.0, 0.2, 5.8, 10),
)


@dataclass
class Fit:
    """A level, and the texts page 1 had to cut at it (label, full text) for page 2."""

    level: Level
    pointer: str
    cuts: list[tuple[str, str]] = field(default_factory=list)
    #: A column narrower than this (points) shows money in millions, the unit in the label.
    full_money_width: float = 62.0

    def cut(self, label: str, text: str, limit: int) -> str:
        """``text`` when it is at most ``limit`` characters; else its start, "…" and the
        pointer to page 2, where ``label`` and the full text are printed."""
        if len(text) <= limit:
            return text
        if (label, text) not in self.cuts:
            self.cuts.append((label, text))
        return f"{text[: max(1, limit)].rstrip()}… {self.pointer}"

    @staticmethod
    def cut_plain(text: str, limit: int) -> str:
        """``text`` on one line, cut with "…" past ``limit`` (for names printed in full
        elsewhere, such as the alternatives' names)."""
        flat = one_line(text)
        return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
