"""The district grid (field type ``districts``): the effect of each measure in each city district
(bydel), on the scale of the geography criterion, kept in that assessment's ``districts``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from ...domain.issues import Issue
from ...domain.model import Alternative, Catalog, Region, Scale
from ...domain.ratings import is_scale_value
from ...domain.screening import screened_out
from .base import FieldWidget, HelpTopic
from .rating_grid import GridRow, RatingGridModel, assessment_issue_target
from .rating_style import Value, range_text, rating_text
from .rating_view import RatingGridView
from .ratings import criterion_topic
from .ratings_model import rating_key

GEOGRAPHY = "dist.geography"


def district_groups(catalog: Catalog) -> list[tuple[Region, list[Region]]]:
    """Each municipality that has districts, with its districts, in catalog order."""
    groups = []
    for region in catalog.regions.values():
        districts = catalog.districts_of(region.code)
        if districts:
            groups.append((region, districts))
    return groups


def home_municipality(catalog: Catalog) -> Region | None:
    """The database's municipality: the first municipality of the catalog's regions."""
    return next((r for r in catalog.regions.values() if r.kind == "kommune"), None)


class DistrictsModel(RatingGridModel):
    """One row per district (under a heading per municipality when there are several), one
    column per measure whose geography criterion has a rating on its scale."""

    def build_rows(self) -> list[GridRow]:
        groups = district_groups(self.catalog)
        rows: list[GridRow] = []
        for kommune, districts in groups:
            if len(groups) > 1:
                rows.append(GridRow(kommune.code, kommune.name, heading=True))
            rows += [GridRow(d.code, d.name, tooltip=f"{d.name} ({d.code})") for d in districts]
        return rows

    def build_columns(self) -> list[str]:
        case = self.draft.case
        if GEOGRAPHY not in self.catalog.criteria or GEOGRAPHY in screened_out(case, self.catalog):
            return []
        columns = []
        for alt in case.measures:
            a = alt.assessment(GEOGRAPHY)
            if a is not None and is_scale_value(a.rating):
                columns.append(alt.id)
        return columns

    def read(self, alt: Alternative, row: GridRow) -> Value:
        a = alt.assessment(GEOGRAPHY)
        return None if a is None else a.districts.get(row.key)

    def scale_for(self, row: GridRow) -> Scale | None:
        return self.catalog.scale_of(GEOGRAPHY)

    def specials_allowed(self) -> bool:
        return False  # a district's effect is a value on the scale, or not given

    def write(self, alt_id: str, row: GridRow, value: Value) -> bool:
        scale = self.catalog.scale_of(GEOGRAPHY)
        if value is not None and not (is_scale_value(value) and value in scale.values):
            return False
        code = row.key

        def mutate(case) -> None:
            alt = case.alternative(alt_id)
            a = alt.assessment(GEOGRAPHY) if alt is not None else None
            if a is None:
                return
            if value is None:
                a.districts.pop(code, None)
            else:
                a.districts[code] = value

        description = self.tr("Effect in %1").replace("%1", row.title)
        return self.draft.edit(description, mutate,
                               merge_key=rating_key(alt_id, GEOGRAPHY, f"districts.{code}"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        value = super().headerData(section, orientation, role)
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and value is not None and section < len(self.columns)):
            alt = self.draft.case.alternative(self.columns[section])
            a = alt.assessment(GEOGRAPHY) if alt is not None else None
            if a is not None:
                overall = self.tr("overall %1").replace("%1", rating_text(a.rating))
                return f"{value} ({overall})"
        return value


class DistrictsField(FieldWidget):
    """The district grid, or a one-line note when it does not apply."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.note)
        self.model = DistrictsModel(self.draft, self.ctx.catalog, self.ctx.lang, self)
        self.view = RatingGridView(self.ctx.lang, self)
        self.view.setModel(self.model)
        self.add_input(self.view)
        self._layout.setAlignment(self.view, Qt.AlignmentFlag.AlignLeft)
        self.view.setToolTip("")
        self.view.horizontalHeader().setAccessibleName(self.tr("Measures"))
        self.view.verticalHeader().setAccessibleName(self.tr("City districts"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.insertWidget(self._layout.indexOf(self.issue_label), self.hint)
        self.view.message.connect(self.hint.setText)
        self.view.current_cell_changed.connect(self._current_changed)
        self.refresh()

    def criterion_name(self) -> str:
        criterion = self.ctx.catalog.criteria.get(GEOGRAPHY)
        return criterion.name.get(self.ctx.lang) if criterion is not None else GEOGRAPHY

    def refresh(self) -> None:
        catalog, case = self.ctx.catalog, self.draft.case
        name = self.criterion_name()
        out = screened_out(case, catalog) if GEOGRAPHY in catalog.criteria else {}
        home = home_municipality(catalog)
        if GEOGRAPHY in catalog.criteria and not district_groups(catalog) and home is not None:
            note = self.tr("%1 has no official city districts, so no effect per district is "
                           "asked for; describe differences within the municipality in the "
                           "justification instead.").replace("%1", home.name)
        elif GEOGRAPHY not in catalog.criteria or not district_groups(catalog):
            note = self.tr("The catalog has no city districts to rate.")
        elif GEOGRAPHY in out:
            note = self.tr("“%1” is screened out as not relevant, so no effect per district "
                           "is asked for.").replace("%1", name)
        elif not self.model.columns:
            note = self.tr("Rate “%1” for a measure in the table above (on its scale, not "
                           "unknown or not relevant) to give its effect in each district.")
            note = note.replace("%1", name)
        else:
            note = self.tr("Rate the effect in each district affected, on the same scale as "
                           "“%1”; leave a district empty when it is affected like the rest "
                           "of the city.").replace("%1", name)
        self.note.setText(note)
        shown = bool(self.model.columns) and bool(self.model.rows)
        self.view.setVisible(shown)
        self.hint.setVisible(shown)
        if shown:
            scale = catalog.scale_of(GEOGRAPHY)
            self.hint.setText(self.tr("Type %1 in a district's cell; Enter opens a list of "
                                      "values; Delete removes the district's rating.")
                              .replace("%1", range_text(scale)))

    def _current_changed(self, index: QModelIndex) -> None:
        if index.isValid() and self.view.hasFocus():
            self.help_requested.emit(self.help_topic())

    def help_topic(self) -> HelpTopic:
        if GEOGRAPHY in self.ctx.catalog.criteria:
            topic = criterion_topic(self.ctx.catalog, GEOGRAPHY, self.ctx.lang, self.draft.case)
            return HelpTopic(self.text(self.field.label), self.text(self.field.help) + "\n\n"
                             + topic.body, topic.questions, topic.targets, topic.guide)
        return super().help_topic()

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        """The issues of the measures' district ratings."""
        measures = {a.id for a in self.draft.case.measures}
        out = []
        for issue in issues:
            target = assessment_issue_target(issue, self.draft.case.alternatives)
            if (target is not None and target[0] in measures and target[1] == GEOGRAPHY
                    and issue.where.attribute == "districts"):
                out.append(issue)
        return out

    def show_issues(self, issues: list[Issue]) -> None:
        cells: dict[tuple[str, str], list[Issue]] = {}
        lines: list[str] = []
        for issue in issues:
            target = assessment_issue_target(issue, self.draft.case.alternatives)
            code = issue.where.district or ""
            if target is not None and code:
                cells.setdefault((target[0], code), []).append(issue)
            alt = self.draft.case.alternative(target[0]) if target is not None else None
            prefix = f"{alt.name or alt.id}: " if alt is not None else ""
            lines.append(prefix + issue.message.get(self.ctx.lang))
        self.model.set_issues(cells)
        self.issue_label.setText("\n".join(lines))
        self.issue_label.setVisible(bool(lines))

    def set_read_only(self, read_only: bool) -> None:
        self.model.sync()
