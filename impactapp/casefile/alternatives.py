"""Checks for the alternatives of a case: ids, the zero alternative, ratings on their scales."""

from __future__ import annotations

import difflib
import unicodedata
from typing import Any

from impactapp.domain.model import (
    CERTAINTIES,
    CONTRIBUTIONS,
    DIRECTNESS,
    HORIZONS,
    SCOPES,
    SPECIAL_RATINGS,
    Catalog,
    Scale,
)

from .checks import Checker, Path, listing, show
from .followup import check_followup

GEOGRAPHY = "dist.geography"


def scale_range(scale: Scale) -> str:
    """``-3..3`` for a scale without gaps, else the values listed."""
    values = sorted(scale.values)
    if values and values == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}..{values[-1]}"
    return listing(values)


class AlternativeChecks:
    """The alternative-level part of the case validator, plus checks shared with the case level."""

    def __init__(self, ck: Checker, catalog: Catalog):
        self.ck = ck
        self.catalog = catalog

    # --- shared -------------------------------------------------------------------------------

    def criterion(self, path: Path, value: Any) -> str | None:
        """A criterion id that exists in the catalog."""
        crit = self.ck.identifier(path, value)
        if crit is None:
            return None
        if crit not in self.catalog.criteria:
            close = difflib.get_close_matches(crit, list(self.catalog.criteria), n=1, cutoff=0.8)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.ck.error(path, f"{show(crit)} is not a criterion in the catalog{hint}")
            return None
        return crit

    def unique(
        self, seen: dict[str, int], item: Path, key: str, entry: dict[Any, Any], list_name: str
    ) -> None:
        """Report ``entry[key]`` when an earlier entry of the same list has the same value."""
        value = entry.get(key)
        if not isinstance(value, str) or not isinstance(item[-1], int):
            return
        value = unicodedata.normalize("NFC", value)
        if value in seen:
            self.ck.error(
                (*item, key), f"{show(value)} appears twice (first in {list_name}[{seen[value]}])"
            )
        else:
            seen[value] = item[-1]

    # --- alternatives -------------------------------------------------------------------------

    def alternatives(self, path: Path, value: Any) -> None:
        alts = self.ck.sequence(path, value)
        if alts is None:
            return
        ids: dict[str, int] = {}
        zero_at: int | None = None
        for i, alt in enumerate(alts):
            item = (*path, i)
            self._alternative(item, alt)
            if not isinstance(alt, dict):
                continue
            self.unique(ids, item, "id", alt, "alternatives")
            if alt.get("zero") is True:
                if zero_at is None:
                    zero_at = i
                else:
                    self.ck.error(
                        (*item, "zero"),
                        "only one alternative can be the zero alternative, "
                        f"and alternatives[{zero_at}] already is",
                    )
        if zero_at is None:
            self.ck.error(
                path, "exactly one alternative must have zero: true (the zero alternative)"
            )

    def _alternative(self, path: Path, value: Any) -> None:
        ck = self.ck
        ck.mapping(
            path,
            value,
            {
                "id": ck.identifier,
                "name": ck.text,
                "zero": ck.boolean,
                "description": ck.text,
                "cost": self._cost,
                "ghg": self._ghg,
                "assessments": self._assessments,
                "sdg_targets": self._sdg_targets,
                "trade_offs": self._trade_offs,
                "sdg_dismissed": self._sdg_dismissed,
                "followup": lambda p, v: check_followup(ck, p, v),
            },
            required=("id", "name"),
        )

    def _cost(self, path: Path, value: Any) -> None:
        self.ck.mapping(
            path, value, {"investment_nok": self.ck.number, "annual_nok": self.ck.number}
        )

    def _ghg(self, path: Path, value: Any) -> None:
        ck = self.ck
        ck.mapping(
            path,
            value,
            {
                "tonnes_co2e_per_year": ck.number,
                "from_year": ck.year,
                "quantifiable": ck.boolean,
                "scope": lambda p, v: ck.choice(p, v, SCOPES),
                "method": ck.text,
                "reason": ck.text,
            },
        )

    # --- assessments --------------------------------------------------------------------------

    def _assessments(self, path: Path, value: Any) -> None:
        seen: dict[str, int] = {}
        for i, entry in enumerate(self.ck.sequence(path, value) or ()):
            item = (*path, i)
            self._assessment(item, entry)
            if isinstance(entry, dict):
                self.unique(seen, item, "criterion", entry, "assessments")

    def _assessment(self, path: Path, value: Any) -> None:
        ck = self.ck
        crit = value.get("criterion") if isinstance(value, dict) else None
        known = crit if isinstance(crit, str) and crit in self.catalog.criteria else None
        ck.mapping(
            path,
            value,
            {
                "criterion": self.criterion,
                "rating": lambda p, v: self._rating(p, v, known),
                "certainty": lambda p, v: ck.choice(p, v, CERTAINTIES),
                "directness": lambda p, v: ck.choice(p, v, DIRECTNESS),
                "horizon": lambda p, v: ck.choice(p, v, HORIZONS),
                "justification": ck.text,
                "mitigation": ck.text,
                "districts": lambda p, v: self._districts(p, v, known),
            },
            required=("criterion", "rating"),
        )

    def _rating(self, path: Path, value: Any, criterion: str | None) -> None:
        specials = listing(SPECIAL_RATINGS)
        if criterion is None:
            # The criterion is already reported; only say whether this could be a rating at all.
            if isinstance(value, str) and value in SPECIAL_RATINGS:
                return
            if isinstance(value, int) and not isinstance(value, bool):
                return
            self.ck.error(path, f"{show(value)} is not a rating (a whole number or {specials})")
            return
        scale = self.catalog.scale_of(criterion)
        if not scale.allows(value):
            self.ck.error(
                path,
                f"{show(value)} is not on the scale {scale.id} "
                f"(allowed: {scale_range(scale)}, {specials})",
            )

    def _districts(self, path: Path, value: Any, criterion: str | None) -> None:
        ck = self.ck
        if not isinstance(value, dict):
            ck.wrong_type(path, "a mapping of district code to rating", value)
            return
        if criterion is not None and criterion != GEOGRAPHY:
            ck.error(path, f"ratings per district belong to {GEOGRAPHY} only")
            return
        scale = self.catalog.scale_of(GEOGRAPHY) if GEOGRAPHY in self.catalog.criteria else None
        for code, rating in value.items():
            item = (*path, str(code))
            if not isinstance(code, str):
                ck.error(item, f'district codes must be in quotes, e.g. "030101" (this one was '
                               f"read as the number {show(code)})")
                continue
            region = self.catalog.regions.get(code)
            if region is None:
                ck.error(item, f"{show(code)} is not a known district code")
            elif region.parent is None:
                ck.error(item, f"{show(code)} is a kommune, not a district")
            if isinstance(rating, bool) or not isinstance(rating, int):
                ck.wrong_type(item, "a whole number", rating)
            elif scale is not None and rating not in scale.values:
                ck.error(item, f"{show(rating)} is not on the scale {scale.id} "
                               f"(allowed: {scale_range(scale)})")

    # --- SDG targets and trade-offs -----------------------------------------------------------

    def _sdg_targets(self, path: Path, value: Any) -> None:
        seen: dict[str, int] = {}
        for i, entry in enumerate(self.ck.sequence(path, value) or ()):
            item = (*path, i)
            self.ck.mapping(
                item,
                entry,
                {
                    "target": self._target,
                    "contribution": lambda p, v: self.ck.choice(p, v, CONTRIBUTIONS),
                    "note": self.ck.text,
                },
                required=("target", "contribution"),
            )
            if isinstance(entry, dict):
                self.unique(seen, item, "target", entry, "sdg_targets")

    def _sdg_dismissed(self, path: Path, value: Any) -> None:
        """Suggestions set aside, each once and with the reason (a dismissal needs one)."""
        seen: dict[str, int] = {}
        for i, entry in enumerate(self.ck.sequence(path, value) or ()):
            item = (*path, i)
            self.ck.mapping(
                item,
                entry,
                {"target": self._target, "reason": self._dismissal_reason},
                required=("target", "reason"),
            )
            if isinstance(entry, dict):
                self.unique(seen, item, "target", entry, "sdg_dismissed")

    def _dismissal_reason(self, path: Path, value: Any) -> None:
        text = self.ck.text(path, value)
        if isinstance(text, str) and not text.strip():
            self.ck.error(path, "a dismissed suggestion needs a reason: why it does not apply")

    def _target(self, path: Path, value: Any) -> None:
        target = self.ck.identifier(
            path, value, hint=': write SDG target ids in quotes, e.g. "11.6"'
        )
        if target is not None and target not in self.catalog.targets:
            self.ck.error(path, f"{show(target)} is not an SDG target in the catalog")

    def _trade_offs(self, path: Path, value: Any) -> None:
        seen: dict[str, int] = {}
        for i, entry in enumerate(self.ck.sequence(path, value) or ()):
            item = (*path, i)
            self.ck.mapping(
                item,
                entry,
                {"negative": self.criterion, "handling": self.ck.text},
                required=("negative", "handling"),
            )
            if isinstance(entry, dict):
                self.unique(seen, item, "negative", entry, "trade_offs")
