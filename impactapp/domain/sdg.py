"""SDG targets suggested from ratings, ranked and dismissable, and a goal's contribution from
its confirmed targets.

Every criterion rated non-zero suggests its linked targets: ``positive`` for a rating above 0,
``negative`` below 0, and ``mixed`` when criteria pull one target in opposite directions. A
conditional link (``CriterionSdgLink.only_with``, ``direction``, ``min_size``) suggests its
target only where its reason holds. Suggestions are ranked by strength: the strongest pull first
(the size of the rating on its scale, then the certainty of that rating), then the target's
local relevance, then how many criteria point to it. The caseworker confirms, dismisses (with a
reason) or adds targets; the confirmed ``SdgLink``s are what count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Alternative, Catalog, CriterionSdgLink, SdgDismissal, SdgLink
from .ratings import rating_sign

POSITIVE = "positive"
NEGATIVE = "negative"
MIXED = "mixed"

#: Open suggestions listed per measure before the caseworker asks for all of them.
SHOWN_SUGGESTIONS = 10

CERTAINTY_RANK = {"high": 3, "medium": 2, "low": 1}  # no certainty given ranks below low
RELEVANCE_RANK = {"high": 3, "some": 2, "low": 1}


@dataclass(frozen=True)
class SdgSuggestion:
    """A target suggested for an alternative, the criteria that suggest it, and its strength."""

    target: str
    contribution: str  # positive | negative | mixed
    criteria: tuple[str, ...]  # in catalog order
    magnitude: float = 0.0  # the strongest |rating| among ``criteria``, as a share of its scale
    certainty: str | None = None  # the certainty of that strongest rating
    relevance: str = ""  # the target's local relevance: high | some | low

    def rank_key(self) -> tuple[float, int, int, int]:
        """Sorts strongest first: size of the pull, its certainty, local relevance, support."""
        return (-self.magnitude, -CERTAINTY_RANK.get(self.certainty or "", 0),
                -RELEVANCE_RANK.get(self.relevance, 0), -len(self.criteria))


def combine(contributions: Iterable[str]) -> str:
    """All positive -> positive, all negative -> negative, anything else (or nothing) -> mixed."""
    seen = set(contributions)
    if seen == {POSITIVE}:
        return POSITIVE
    if seen == {NEGATIVE}:
        return NEGATIVE
    return MIXED


def link_applies(link: CriterionSdgLink, rating: int, signs: dict[str, int]) -> bool:
    """Whether a link of a criterion rated ``rating`` (non-zero) suggests its target, given the
    signs of every criterion rated non-zero for the measure (``signs``)."""
    sign = 1 if rating > 0 else -1
    if link.direction is not None and link.direction != (POSITIVE if sign > 0 else NEGATIVE):
        return False
    if abs(rating) < link.min_size:
        return False
    if not link.only_with:
        return True
    return any(other in signs and (not link.same_direction or signs[other] == sign)
               for other in link.only_with)


def _magnitude(alternative: Alternative, catalog: Catalog, criterion: str) -> float:
    """|rating| as a share of the scale's largest step, so scales of any range compare."""
    assessment = alternative.assessment(criterion)
    scale = catalog.scale_of(criterion)
    top = max(abs(scale.minimum), abs(scale.maximum)) or 1
    rating = assessment.rating if assessment is not None else 0
    return abs(rating) / top if isinstance(rating, int) else 0.0


def suggest_sdg_targets(alternative: Alternative, catalog: Catalog) -> list[SdgSuggestion]:
    """The targets the alternative's non-zero ratings point to, in the catalog's target order."""
    rated: dict[str, int] = {}
    ratings: dict[str, int] = {}
    certainty: dict[str, str | None] = {}
    for a in alternative.assessments:
        sign = rating_sign(a.rating)
        if sign and a.criterion in catalog.criteria and a.criterion not in rated:
            rated[a.criterion] = sign
            ratings[a.criterion] = int(a.rating)
            certainty[a.criterion] = a.certainty
    by_target: dict[str, list[tuple[str, int]]] = {}
    for criterion in catalog.criteria.values():
        if criterion.id not in rated:
            continue
        sign = rated[criterion.id]
        for link in criterion.sdg_links:
            if link_applies(link, ratings[criterion.id], rated):
                pulls = by_target.setdefault(link.target, [])
                if (criterion.id, sign) not in pulls:
                    pulls.append((criterion.id, sign))
    position = {target: i for i, target in enumerate(catalog.targets)}
    ordered = sorted(by_target, key=lambda t: (position.get(t, len(position)), t))
    out = []
    for target in ordered:
        pulls = by_target[target]
        strongest = max((c for c, _ in pulls), key=lambda c: (
            _magnitude(alternative, catalog, c), CERTAINTY_RANK.get(certainty[c] or "", 0)))
        known = catalog.targets.get(target)
        out.append(SdgSuggestion(
            target=target,
            contribution=combine(POSITIVE if s > 0 else NEGATIVE for _, s in pulls),
            criteria=tuple(c for c, _ in pulls),
            magnitude=_magnitude(alternative, catalog, strongest),
            certainty=certainty[strongest],
            relevance=known.local_relevance if known is not None else "",
        ))
    return out


def ranked_sdg_suggestions(alternative: Alternative, catalog: Catalog) -> list[SdgSuggestion]:
    """Every suggestion for the alternative, strongest first (ties in the catalog's order)."""
    return sorted(suggest_sdg_targets(alternative, catalog), key=SdgSuggestion.rank_key)


def dismissal_of(alternative: Alternative, target: str) -> SdgDismissal | None:
    """The alternative's dismissal of ``target``, if the caseworker set it aside."""
    return next((d for d in alternative.sdg_dismissed if d.target == target), None)


@dataclass(frozen=True)
class SuggestionList:
    """The open suggestions of one measure as the caseworker sees them."""

    shown: list[SdgSuggestion]  # strongest first; at most SHOWN_SUGGESTIONS unless show_all
    hidden: int  # open suggestions left out until "show all"
    dismissed: list[SdgSuggestion]  # suggestions set aside (listed only with show_all)


def open_suggestions(alternative: Alternative, catalog: Catalog,
                     show_all: bool = False) -> SuggestionList:
    """Suggestions neither confirmed nor dismissed, ranked and cut to SHOWN_SUGGESTIONS unless
    ``show_all``; the dismissed ones come separately, so they stay visible and restorable."""
    confirmed = {link.target for link in alternative.sdg_targets}
    dismissed = {d.target for d in alternative.sdg_dismissed}
    ranked = [s for s in ranked_sdg_suggestions(alternative, catalog)
              if s.target not in confirmed]
    open_ = [s for s in ranked if s.target not in dismissed]
    shown = open_ if show_all else open_[:SHOWN_SUGGESTIONS]
    return SuggestionList(shown=shown, hidden=len(open_) - len(shown),
                          dismissed=[s for s in ranked if s.target in dismissed])


def confirm_suggestion(alternative: Alternative, target: str, contribution: str) -> None:
    """Link ``target`` with ``contribution`` (once); a confirmed target is no longer dismissed."""
    if all(link.target != target for link in alternative.sdg_targets):
        alternative.sdg_targets.append(SdgLink(target, contribution))
    alternative.sdg_dismissed = [d for d in alternative.sdg_dismissed if d.target != target]


def dismiss_suggestion(alternative: Alternative, target: str, reason: str) -> None:
    """Set a suggested target aside for the measure; refused without a reason, because a
    reviewer must be able to see why a suggestion was not followed."""
    reason = reason.strip()
    if not reason:
        raise ValueError("a dismissed suggestion needs a reason")
    if any(link.target == target for link in alternative.sdg_targets):
        raise ValueError(f"target {target} is confirmed; remove it before dismissing it")
    kept = [d for d in alternative.sdg_dismissed if d.target != target]
    alternative.sdg_dismissed = [*kept, SdgDismissal(target, reason)]


def restore_suggestion(alternative: Alternative, target: str) -> None:
    """Undo a dismissal: the target is an open suggestion again."""
    alternative.sdg_dismissed = [d for d in alternative.sdg_dismissed if d.target != target]


def goal_of(target: str) -> int | None:
    """The goal number of a target id ("11.6" -> 11), or None when the id has no goal part."""
    head = target.split(".", 1)[0]
    return int(head) if head.isascii() and head.isdigit() else None


def goal_contributions(links: Iterable[SdgLink]) -> dict[int, str]:
    """Goal number -> contribution derived from the confirmed targets under it, by goal number.

    Links whose target id has no goal number are left out (validation reports them).
    """
    by_goal: dict[int, list[str]] = {}
    for link in links:
        goal = goal_of(link.target)
        if goal is not None:
            by_goal.setdefault(goal, []).append(link.contribution)
    return {goal: combine(by_goal[goal]) for goal in sorted(by_goal)}
