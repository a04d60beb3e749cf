"""``build_memo``: a case and the catalog in, the decision memo's view model out (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from impactapp.domain.model import Case, Catalog

from .glance import (
    METADATA_LANGUAGE,
    build_counts,
    build_header,
    build_info,
    build_recommendation,
    build_sdg_goals,
    climate_line,
    memo_day,
    recommended_alternative,
)
from .labels import labels_for
from .matrix import build_matrix
from .model import Memo
from .records import build_indicators, build_review, build_targets, build_trade_offs
from .sections import build_alternatives, build_consequences, build_districts


def build_memo(
    case: Case,
    catalog: Catalog,
    lang: str | None = None,
    *,
    indicator_values: Mapping | None = None,
    issued: date | None = None,
) -> Memo:
    """The memo for ``case`` in ``lang`` (nb or en; default the case's own language).

    ``indicator_values`` maps ``(indicator id, region code)`` or an indicator id to its latest
    imported value (see ``records.IndicatorValue``); indicators without one say so.
    ``issued`` is the date the memo states (default: the day the case was last saved).
    Raises ValueError for a language other than nb or en.
    """
    lang = lang or case.language
    labels = labels_for(lang)
    recommendation = build_recommendation(case, labels)
    recommended = recommendation.alternative_id
    targets = build_targets(case, catalog, lang, labels, recommended)
    position = {target: i for i, target in enumerate(catalog.targets)}
    listed = {line.target for m in targets for line in m.lines}
    keywords = sorted(listed, key=lambda t: (position.get(t, len(position)), t))
    return Memo(
        lang=lang,
        labels=labels,
        info=replace(build_info(case, lang, labels, keywords), made=memo_day(case, issued)),
        header=build_header(case, lang, labels, issued),
        recommendation=recommendation,
        matrix=build_matrix(case, catalog, lang, labels, recommended),
        sdg=build_sdg_goals(recommended_alternative(case), catalog, lang, labels),
        climate=tuple(climate_line(alt, lang, labels) for alt in case.measures),
        counts=build_counts(case, catalog, labels, lang),
        problem=case.problem,
        goals=case.goals,
        principled_questions=case.principled_questions,
        alternatives=build_alternatives(case, lang, labels, recommended),
        consequences=build_consequences(case, catalog, lang, labels, recommended),
        districts=build_districts(case, catalog, labels, recommended),
        targets=targets,
        trade_offs=build_trade_offs(case, catalog, lang, labels),
        indicators=build_indicators(case, catalog, lang, labels, indicator_values),
        prerequisites=case.prerequisites,
        review=build_review(case, lang, labels),
        text_language=METADATA_LANGUAGE.get(case.language, ""),
    )
