"""The following pages' consequence sections: alternatives, ratings per pillar, bydel effects."""

from __future__ import annotations

from collections.abc import Mapping

from impactapp.domain.model import NOT_RELEVANT, UNKNOWN, Alternative, Assessment, Case, Catalog
from impactapp.domain.screening import screened_out
from impactapp.domain.vocabulary import PILLAR_STEPS, STEP_LABELS

from .formats import format_number, rating_swatch
from .glance import climate_line
from .matrix import ordered_alternatives
from .model import (
    AlternativeView,
    ConsequenceSection,
    DistrictCell,
    DistrictGrid,
    Field,
    MeasureRatings,
    RatingLine,
)

GEOGRAPHY = "dist.geography"
#: The wizard's three consequence steps, in order.
CONSEQUENCE_STEPS: tuple[str, ...] = ("environment", "distribution", "economy")


def alternative_heading(alt: Alternative, recommended: str, labels: Mapping[str, str]) -> str:
    """The alternative's name, marked as the reference or as recommended."""
    marks = []
    if alt.zero:
        marks.append(labels["reference_column"])
    if alt.id == recommended:
        marks.append(labels["recommended_marker"])
    return f"{alt.name} ({', '.join(marks)})" if marks else alt.name


def _money(value: float, lang: str, labels: Mapping[str, str]) -> str:
    return labels["money"].format(value=format_number(value, lang, decimals=0))


def cost_facts(alt: Alternative, lang: str, labels: Mapping[str, str]) -> tuple[Field, ...]:
    if alt.cost is None:
        return ()
    facts = []
    if alt.cost.investment_nok is not None:
        facts.append(Field(labels["investment"], _money(alt.cost.investment_nok, lang, labels)))
    if alt.cost.annual_nok is not None:
        facts.append(Field(labels["annual_cost"], _money(alt.cost.annual_nok, lang, labels)))
    return tuple(facts)


def climate_facts(alt: Alternative, lang: str, labels: Mapping[str, str]) -> tuple[Field, ...]:
    if alt.ghg is None:
        return ()
    line = climate_line(alt, lang, labels)
    value = f"{line.text} ({line.scope})" if line.scope else line.text
    facts = [Field(labels["climate"], value)]
    if line.method.strip():
        facts.append(Field(labels["method"], line.method))
    return tuple(facts)


def build_alternatives(
    case: Case, lang: str, labels: Mapping[str, str], recommended: str
) -> tuple[AlternativeView, ...]:
    return tuple(
        AlternativeView(
            alternative_id=alt.id,
            name=alt.name,
            reference=alt.zero,
            recommended=alt.id == recommended,
            heading=alternative_heading(alt, recommended, labels),
            description=alt.description,
            facts=cost_facts(alt, lang, labels) + climate_facts(alt, lang, labels),
        )
        for alt in ordered_alternatives(case)
    )


def _rating_label(a: Assessment, catalog: Catalog, lang: str, labels: Mapping[str, str]) -> str:
    if a.rating == UNKNOWN:
        return labels["gap"]
    if a.rating == NOT_RELEVANT:
        return labels["screened_out"]
    step = catalog.scale_of(a.criterion).label(a.rating) if isinstance(a.rating, int) else None
    return step.get(lang) if step is not None else str(a.rating)


def rating_lines(
    alt: Alternative, pillars: tuple[str, ...], catalog: Catalog, lang: str,
    labels: Mapping[str, str],
) -> tuple[RatingLine, ...]:
    """The measure's ratings of the criteria in ``pillars``, in catalog order."""
    by_criterion = {}
    for a in alt.assessments:
        by_criterion.setdefault(a.criterion, a)  # a duplicate is a validation issue
    lines = []
    for criterion in catalog.criteria.values():
        a = by_criterion.get(criterion.id)
        if a is None or criterion.pillar not in pillars:
            continue
        lines.append(
            RatingLine(
                criterion_id=criterion.id,
                criterion=criterion.name.get(lang),
                swatch=rating_swatch(a.rating, catalog.scale_of(criterion.id)),
                rating_label=_rating_label(a, catalog, lang, labels),
                certainty=labels[f"certainty_{a.certainty}"] if a.certainty else "",
                justification=a.justification,
                mitigation=a.mitigation,
            )
        )
    return tuple(lines)


def build_consequences(
    case: Case, catalog: Catalog, lang: str, labels: Mapping[str, str], recommended: str
) -> tuple[ConsequenceSection, ...]:
    """Environment, social and distribution, economy: each measure's ratings and reasons."""
    out_reasons = screened_out(case, catalog)
    sections = []
    for step in CONSEQUENCE_STEPS:
        pillars = tuple(p for p in catalog.pillars if PILLAR_STEPS.get(p) == step)
        measures = []
        for alt in case.measures:
            facts = ()
            if step == "environment":
                facts = climate_facts(alt, lang, labels)
            elif step == "economy":
                facts = cost_facts(alt, lang, labels)
            measures.append(
                MeasureRatings(
                    alternative_id=alt.id,
                    heading=alternative_heading(alt, recommended, labels),
                    lines=rating_lines(alt, pillars, catalog, lang, labels),
                    facts=facts,
                )
            )
        sections.append(
            ConsequenceSection(
                step=step,
                heading=STEP_LABELS[step].get(lang),
                measures=tuple(measures),
                screened_out=tuple(
                    Field(c.name.get(lang), out_reasons[c.id])
                    for c in catalog.criteria.values()
                    if c.id in out_reasons and c.pillar in pillars
                ),
            )
        )
    return tuple(sections)


def build_districts(
    case: Case, catalog: Catalog, labels: Mapping[str, str], recommended: str
) -> tuple[DistrictGrid, ...]:
    """For each measure that rates the geography criterion per bydel: every bydel of the
    kommune, rated or blank."""
    grids = []
    scale = catalog.scales.get(catalog.criteria[GEOGRAPHY].scale) \
        if GEOGRAPHY in catalog.criteria else None
    for alt in case.measures:
        a = alt.assessment(GEOGRAPHY)
        if a is None or not a.districts:
            continue
        parents = [
            catalog.regions[code].parent for code in a.districts
            if code in catalog.regions and catalog.regions[code].parent
        ]
        if not parents:
            continue
        kommune = parents[0]
        cells = tuple(
            DistrictCell(
                code=region.code,
                name=region.name,
                swatch=rating_swatch(a.districts[region.code], scale)
                if region.code in a.districts else None,
            )
            for region in catalog.districts_of(kommune)
        )
        grids.append(DistrictGrid(alt.id, alternative_heading(alt, recommended, labels), cells))
    return tuple(grids)
