"""The assessment grid's model: criteria (grouped by pillar) as rows, measures as columns."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.model import Alternative, Assessment, Case, Catalog, Criterion, Scale
from ...domain.rating_entry import set_rating
from ...domain.screening import relevant_criteria, screened_out
from ..draft import CaseDraft
from .rating_grid import GridRow, RatingGridModel
from .rating_style import Value


def rating_key(alt_id: str, criterion_id: str, attribute: str) -> str:
    """The undo merge key of one attribute of one assessment: typing merges into one step."""
    return f"rating:{alt_id}:{criterion_id}:{attribute}"


def shown_criteria(case: Case, catalog: Catalog, pillars: Sequence[str],
                   show_all: bool) -> list[Criterion]:
    """The criteria of ``pillars`` the grid shows, in catalog order: the relevant ones, or all."""
    relevant = {c.id for c in relevant_criteria(case, catalog)}
    return [c for c in catalog.criteria.values()
            if c.pillar in pillars and (show_all or c.id in relevant)]


class RatingsModel(RatingGridModel):
    """One row per criterion of the field's pillars (under a pillar heading), one column per
    measure; the zero alternative is the reference and gets no column."""

    def __init__(self, draft: CaseDraft, catalog: Catalog, lang: str,
                 pillars: Sequence[str], parent=None):
        self.pillars = tuple(p for p in catalog.pillars if p in pillars)
        self.show_all = False
        super().__init__(draft, catalog, lang, parent)

    def set_show_all(self, show_all: bool) -> None:
        self.show_all = show_all
        self.sync()

    def criterion_ids(self) -> set[str]:
        """Every criterion of the field's pillars, shown or not."""
        return {c.id for c in self.catalog.criteria.values() if c.pillar in self.pillars}

    def hidden_count(self) -> int:
        """How many of the field's criteria are screened out (hidden unless "show all")."""
        out = screened_out(self.draft.case, self.catalog)
        return sum(1 for c in self.criterion_ids() if c in out)

    def build_rows(self) -> list[GridRow]:
        case = self.draft.case
        out = screened_out(case, self.catalog)
        shown = shown_criteria(case, self.catalog, self.pillars, self.show_all)
        rows: list[GridRow] = []
        for pillar in self.pillars:
            criteria = [c for c in shown if c.pillar == pillar]
            if not criteria:
                continue
            rows.append(GridRow(pillar, self.catalog.pillars[pillar].name.get(self.lang),
                                heading=True))
            for c in criteria:
                tooltip = c.description.get(self.lang)
                if c.id in out:
                    tooltip = self.tr("Screened out as not relevant: %1").replace("%1", out[c.id])
                rows.append(GridRow(c.id, c.name.get(self.lang), tooltip=tooltip,
                                    dimmed=c.id in out))
        return rows

    def build_columns(self) -> list[str]:
        return [a.id for a in self.draft.case.measures]

    def assessment(self, alt: Alternative, row: GridRow) -> Assessment | None:
        return alt.assessment(row.key)

    def read(self, alt: Alternative, row: GridRow) -> Value:
        a = alt.assessment(row.key)
        return None if a is None else a.rating

    def certainty(self, alt: Alternative, row: GridRow) -> str | None:
        a = alt.assessment(row.key)
        return None if a is None else a.certainty

    def scale_for(self, row: GridRow) -> Scale | None:
        return self.catalog.scale_of(row.key) if row.key in self.catalog.criteria else None

    def write(self, alt_id: str, row: GridRow, value: Value) -> bool:
        scale = self.scale_for(row)
        if scale is None or (value is not None and not scale.allows(value)):
            return False
        name = self.catalog.criteria[row.key].name.get(self.lang)
        description = self.tr("Rating of %1").replace("%1", name)
        return self.draft.edit(
            description,
            lambda case: _rate(case, alt_id, row.key, value, self.catalog),
            merge_key=rating_key(alt_id, row.key, "rating"),
        )


def _rate(case: Case, alt_id: str, criterion_id: str, value: Value, catalog: Catalog) -> None:
    alt = case.alternative(alt_id)
    if alt is not None:
        set_rating(alt, criterion_id, value, catalog)
