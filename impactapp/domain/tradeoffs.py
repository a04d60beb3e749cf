"""Trade-offs: a measure that does good in one respect and harm in another must say how it
handles the harm.

For one measure, every pair (A rated >= +1, B rated <= -1) where A and B are in different
pillars, or where B is a distributional (``dist``) criterion, is a trade-off. Pairs that share
the negative criterion B are one TradeOff, handled by one text. Ratings compare by sign, so
criteria on different scales combine.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Alternative, Case, Catalog
from .ratings import rating_sign

DISTRIBUTION = "dist"


@dataclass(frozen=True)
class TradeOff:
    """The positives that come at the cost of one negative effect, and its written handling."""

    alternative: str
    negative: str  # criterion id rated <= -1
    positives: tuple[str, ...]  # criterion ids rated >= +1, in catalog order
    handling: str = ""

    @property
    def handled(self) -> bool:
        return bool(self.handling.strip())


def _handling(alternative: Alternative, negative: str) -> str:
    """The first non-empty handling written for ``negative`` (empty when there is none)."""
    for entry in alternative.trade_offs:
        text = entry.handling if isinstance(entry.handling, str) else ""
        if entry.negative == negative and text.strip():
            return text
    return ""


def detect_trade_offs(alternative: Alternative, catalog: Catalog) -> list[TradeOff]:
    """The alternative's trade-offs, one per negative criterion, in catalog order.

    Assessments of criteria missing from the catalog are ignored: without a pillar they cannot
    be placed (validation reports them).
    """
    signs: dict[str, int] = {}
    for a in alternative.assessments:
        sign = rating_sign(a.rating)
        if sign and a.criterion in catalog.criteria:
            signs.setdefault(a.criterion, sign)  # a duplicate rating is a validation issue
    order = [c for c in catalog.criteria.values() if c.id in signs]
    positives = [c for c in order if signs[c.id] > 0]
    found: list[TradeOff] = []
    for negative in (c for c in order if signs[c.id] < 0):
        paired = tuple(
            p.id for p in positives
            if p.pillar != negative.pillar or negative.pillar == DISTRIBUTION
        )
        if paired:
            found.append(
                TradeOff(
                    alternative=alternative.id,
                    negative=negative.id,
                    positives=paired,
                    handling=_handling(alternative, negative.id),
                )
            )
    return found


def case_trade_offs(case: Case, catalog: Catalog) -> list[TradeOff]:
    """The trade-offs of every measure (the zero alternative is the reference and has none)."""
    return [t for alt in case.measures for t in detect_trade_offs(alt, catalog)]


def unhandled_trade_offs(case: Case, catalog: Catalog) -> list[TradeOff]:
    """The case's trade-offs that still lack a written handling (they block review)."""
    return [t for t in case_trade_offs(case, catalog) if not t.handled]
