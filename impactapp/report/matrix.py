"""Page 1's consequence matrix: alternatives (zero alternative first) by pillars and key criteria.

A pillar row states the domain's pillar summary (lowest and highest rating, and the counts),
never an average. The key criteria are those rated other than 0 (or unknown) for any measure:
what leadership has to weigh.
"""

from __future__ import annotations

from collections.abc import Mapping

from impactapp.domain.model import Alternative, Case, Catalog, Scale
from impactapp.domain.ratings import is_unknown, rating_sign
from impactapp.domain.summary import PillarSummary, pillar_summaries

from .formats import (
    BLACK,
    EN_DASH,
    RATING_COLOURS,
    UNKNOWN_COLOUR,
    blank_swatch,
    colour_of,
    format_number,
    ink_on,
    rating_swatch,
    shorten,
    signed_value,
)
from .model import ConsequenceMatrix, MatrixCell, MatrixColumn, MatrixRow, MoneyRow, Swatch

#: The zero alternative's cells: the reference everything else is rated against.
NEUTRAL = RATING_COLOURS[3]
#: A column head wraps over a few lines; a name longer than this is cut (it is in full under
#: "Alternatives").
COLUMN_NAME_LIMIT = 90
MILLION = 1_000_000


def ordered_alternatives(case: Case) -> list[Alternative]:
    """The zero alternative first, then the measures in the case's order."""
    zero = case.zero_alternative
    return ([zero] if zero is not None else []) + case.measures


def key_criteria(case: Case, catalog: Catalog) -> list[str]:
    """Criterion ids rated non-zero or unknown for any measure, in catalog order."""
    marked = {
        a.criterion
        for alt in case.measures
        for a in alt.assessments
        if rating_sign(a.rating) or is_unknown(a.rating)
    }
    return [c.id for c in catalog.criteria.values() if c.id in marked]


def _scale_giving(alt: Alternative, catalog: Catalog, pillar: str, value: int) -> Scale | None:
    """The scale of the criterion whose rating is ``value`` (to colour a pillar's extreme)."""
    for a in alt.assessments:
        criterion = catalog.criteria.get(a.criterion)
        if criterion is not None and criterion.pillar == pillar and a.rating == value:
            return catalog.scales.get(criterion.scale)
    return None


def _counts(summary: PillarSummary, labels: Mapping[str, str]) -> str:
    parts = [
        labels[key].format(n=n)
        for key, n in (
            ("count_positive", summary.positive),
            ("count_negative", summary.negative),
            ("count_zero", summary.zero),
            ("count_unknown", summary.unknown),
        )
        if n
    ]
    return " · ".join(parts)


def _extreme(value: int, scale: Scale | None) -> Swatch:
    fill = colour_of(value, scale)
    return Swatch(signed_value(value), fill, ink_on(fill))


def pillar_cell(
    alt: Alternative, summary: PillarSummary, catalog: Catalog, labels: Mapping[str, str]
) -> MatrixCell:
    """The lowest and highest rating in the pillar, with the counts under them."""
    detail = _counts(summary, labels)
    if summary.minimum is None or summary.maximum is None:
        swatch = Swatch("?", UNKNOWN_COLOUR, BLACK) if summary.unknown else blank_swatch()
        return MatrixCell((swatch,), detail)
    low = _extreme(summary.minimum, _scale_giving(alt, catalog, summary.pillar, summary.minimum))
    if summary.maximum == summary.minimum:
        return MatrixCell((low,), detail)
    high = _extreme(summary.maximum, _scale_giving(alt, catalog, summary.pillar, summary.maximum))
    return MatrixCell((low, high), detail)


def criterion_cell(alt: Alternative, criterion_id: str, catalog: Catalog) -> MatrixCell:
    assessment = alt.assessment(criterion_id)
    if assessment is None:
        return MatrixCell((blank_swatch(),))
    return MatrixCell((rating_swatch(assessment.rating, catalog.scale_of(criterion_id)),))


def money_rows(
    alternatives: list[Alternative], lang: str, labels: Mapping[str, str]
) -> tuple[MoneyRow, ...]:
    """Investment and annual cost of every alternative in NOK, "–" where none is given."""

    def value(alt: Alternative, attribute: str, short: bool) -> str:
        amount = getattr(alt.cost, attribute, None) if alt.cost is not None else None
        if amount is None:
            return EN_DASH
        if short:  # the unit goes in the row's label
            return format_number(amount / MILLION, lang, decimals=1)
        return labels["money"].format(value=format_number(amount, lang, decimals=0))

    return tuple(
        MoneyRow(
            labels[key],
            tuple(value(alt, attribute, False) for alt in alternatives),
            tuple(value(alt, attribute, True) for alt in alternatives),
        )
        for key, attribute in (("investment", "investment_nok"), ("annual_cost", "annual_nok"))
    )


def build_matrix(
    case: Case, catalog: Catalog, lang: str, labels: Mapping[str, str], recommended: str
) -> ConsequenceMatrix:
    """The matrix for every alternative of ``case``; ``recommended`` is an alternative id."""
    alternatives = ordered_alternatives(case)
    columns = tuple(
        MatrixColumn(
            alternative_id=alt.id,
            name=alt.name,
            short_name=shorten(alt.name, COLUMN_NAME_LIMIT),
            reference=alt.zero,
            recommended=alt.id == recommended,
        )
        for alt in alternatives
    )
    summaries = {alt.id: pillar_summaries(alt, catalog) for alt in alternatives if not alt.zero}
    reference = MatrixCell((Swatch(labels["reference"], NEUTRAL, BLACK),))
    zero_cell = MatrixCell((Swatch("0", NEUTRAL, BLACK),))
    keys = key_criteria(case, catalog)
    rows: list[MatrixRow] = []
    for pillar in catalog.pillars.values():
        rows.append(
            MatrixRow(
                kind="pillar",
                key=pillar.id,
                label=pillar.name.get(lang),
                cells=tuple(
                    reference if alt.zero
                    else pillar_cell(alt, summaries[alt.id][pillar.id], catalog, labels)
                    for alt in alternatives
                ),
            )
        )
        for criterion_id in keys:
            criterion = catalog.criteria[criterion_id]
            if criterion.pillar != pillar.id:
                continue
            rows.append(
                MatrixRow(
                    kind="criterion",
                    key=criterion_id,
                    label=criterion.name.get(lang),
                    cells=tuple(
                        zero_cell if alt.zero else criterion_cell(alt, criterion_id, catalog)
                        for alt in alternatives
                    ),
                )
            )
    return ConsequenceMatrix(columns=columns, rows=tuple(rows), note=labels["matrix_note"],
                             money=money_rows(alternatives, lang, labels))
