"""Finding SDG targets by number or words (nb and en), locally relevant ones first.

Used by the target picker; pure, so the search is tested without windows.
"""

from __future__ import annotations

import re

from .model import LOCAL_RELEVANCE, Catalog, SdgTarget

_ID_QUERY = re.compile(r"^\d+(\.[0-9a-z]*)?$")


def _folded(text: str) -> str:
    return text.casefold()


def _haystack(catalog: Catalog, target: SdgTarget) -> str:
    """Everything a search may match for a target: its texts, its goal, its criteria's names."""
    goal = catalog.goals.get(target.goal)
    parts = [target.text.nb, target.text.en]
    if goal is not None:
        parts += [goal.short.nb, goal.short.en, goal.name.nb, goal.name.en]
    for criterion in catalog.criteria.values():
        if target.id in criterion.target_ids:
            parts += [criterion.name.nb, criterion.name.en]
    return _folded(" ".join(parts))


def _id_matches(target_id: str, token: str) -> bool:
    """"11.6" finds 11.6 itself, "11" or "11." all of goal 11."""
    if target_id == token:
        return True
    prefix = token if token.endswith(".") else token + "."
    return "." not in token.rstrip(".") and target_id.startswith(prefix)


def search_targets(catalog: Catalog, query: str, show_all: bool = False) -> list[SdgTarget]:
    """Targets matching every word of ``query``, locally relevant ones first, then UN order.

    Without a query only locally relevant targets (high, some) are listed unless ``show_all``;
    a search always looks through all 169, so a known id is never hidden.
    """
    tokens = [_folded(t) for t in query.split()]
    rank = {level: i for i, level in enumerate(LOCAL_RELEVANCE)}
    found: list[SdgTarget] = []
    for target in catalog.targets.values():
        if not tokens:
            if show_all or target.local_relevance != "low":
                found.append(target)
            continue
        haystack = _haystack(catalog, target)
        if all(_id_matches(target.id, t) if _ID_QUERY.match(t) else t in haystack
               for t in tokens):
            found.append(target)
    position = {target_id: i for i, target_id in enumerate(catalog.targets)}
    return sorted(found, key=lambda t: (rank.get(t.local_relevance, len(rank)),
                                        position[t.id]))
