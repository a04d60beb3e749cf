"""Where in a case an issue lies, as data: the section, the alternative, criterion, district.

The rules write a field path in case-file notation (``alternatives[1].assessments[2].districts.
030101``) because the CLI and the case file's messages show it; the window needs to know which
alternative, criterion or review row that is. ``locate`` reads the path once, when the issue is
made, and resolves list positions to ids against the case, so the UI routes an issue by id and
never parses the path again (and a position that has since moved does not point elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Case

_SEGMENT = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


@dataclass(frozen=True, slots=True)
class Location:
    """One place in a case; fields that do not apply are None."""

    section: str  # the top-level key: "title", "screening", "alternatives", "review", ...
    index: int | None = None  # the position in the section's list, when it is a list
    alternative: str | None = None  # the alternative's id (section "alternatives")
    part: str | None = None  # the alternative's part: "assessments", "sdg_targets", "ghg", ...
    part_index: int | None = None  # the position in that part, when it is a list
    criterion: str | None = None  # the criterion concerned (rating, screening entry)
    district: str | None = None  # the district code of a district rating
    review_step: str | None = None  # the wizard step a review row is about
    attribute: str | None = None  # the field itself, e.g. "justification", "reason"

    def in_part(self, *parts: str) -> bool:
        """Whether the location lies in one of an alternative's ``parts``."""
        return self.section == "alternatives" and self.part in parts


def segments(path: str) -> list[str | int]:
    """``alternatives[1].name`` -> ``["alternatives", 1, "name"]``."""
    out: list[str | int] = []
    for match in _SEGMENT.finditer(path):
        index, name = match.groups()
        out.append(int(index) if index is not None else name)
    return out


def locate(path: str, case: Case | None = None, criterion: str | None = None) -> Location:
    """The location of ``path``; with ``case``, list positions are resolved to ids."""
    parts = segments(path)
    if not parts or not isinstance(parts[0], str):
        return Location(section="", criterion=criterion)
    section = parts[0]
    rest = parts[1:]
    index = rest.pop(0) if rest and isinstance(rest[0], int) else None
    names = [p for p in rest if isinstance(p, str)]
    fields: dict[str, object] = {"section": section, "index": index, "criterion": criterion}
    if section == "alternatives":
        fields.update(_in_alternative(rest, index, case, criterion))
    elif section == "screening" and index is not None and case is not None:
        if index < len(case.screening):
            fields["criterion"] = criterion or case.screening[index].criterion
    elif section == "review":
        if index is not None and case is not None and index < len(case.review):
            fields["review_step"] = case.review[index].step
        elif index is None and names:
            fields["review_step"] = names.pop(0)  # "review.<step>": a verdict not yet given
    if "districts" in names and names[-1] != "districts":
        fields["district"] = names.pop()
    fields["attribute"] = names[-1] if names else None
    return Location(**fields)  # type: ignore[arg-type]


def _in_alternative(
    rest: list[str | int], index: int | None, case: Case | None, criterion: str | None
) -> dict[str, object]:
    """The alternative's id, its part and the criterion of an assessment path."""
    out: dict[str, object] = {}
    alt = None
    if index is not None and case is not None and index < len(case.alternatives):
        alt = case.alternatives[index]
        out["alternative"] = alt.id
    if rest and isinstance(rest[0], str):
        out["part"] = rest[0]
        if len(rest) > 1 and isinstance(rest[1], int):
            out["part_index"] = rest[1]
            if (rest[0] == "assessments" and alt is not None
                    and rest[1] < len(alt.assessments) and criterion is None):
                out["criterion"] = alt.assessments[rest[1]].criterion
    return out
