"""The memo as a pure view model: every text already in the memo's language, every colour decided.

``build_memo`` fills these frozen dataclasses from a case and the catalog; the renderer and the
plain-text summary only lay them out. User text is kept exactly as typed here; escaping for
the PDF's markup is the renderer's job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Swatch:
    """A rating shown as sign and number (``+2``, ``−1``, ``?``, ``–``) on its palette colour."""

    text: str
    fill: str  # "#rrggbb"
    ink: str  # text colour on the fill: black, or white on the two darkest classes


@dataclass(frozen=True)
class Field:
    """A labelled value, e.g. ("Saksnummer", "26/00412")."""

    label: str
    value: str


@dataclass(frozen=True)
class DocumentInfo:
    """What goes into the PDF's document information and XMP metadata."""

    title: str  # the case number instead of the title when the case is exempt
    author: str
    subject: str
    keywords: tuple[str, ...]  # SDG target ids
    language: str  # nb-NO or en
    #: The date the file states it was made (the memo's date): the same memo gives the same
    #: bytes whenever it is rendered. None: a fixed date (``pdfa.FIXED_DATE``).
    made: date | None = None


@dataclass(frozen=True)
class Header:
    title: str
    case_number: str
    unit: str
    decision_body: str
    decision_date: str  # "26.11.2026" in nb; "" when not planned
    status: str  # "Utkast", "Til godkjenning", ...
    memo_date: str  # the date the memo states it was made ("" when not known)
    banner: str  # "UTKAST – ikke godkjent" on every page until approved; "" once approved
    revision: str
    caseworker: str
    depth: str
    exempt_marking: str  # "" when the case is public
    fields: tuple[Field, ...]  # the labelled facts under the title, in reading order

    @property
    def exempt(self) -> bool:
        return bool(self.exempt_marking)

    @property
    def draft(self) -> bool:
        """Not approved or decided yet (a draft, or in review)."""
        return bool(self.banner)


@dataclass(frozen=True)
class RecommendationView:
    alternative_id: str  # "" when no alternative is recommended
    alternative_name: str
    justification: str
    text: str  # the one paragraph page 1 shows (justification, or a "none yet" sentence)


@dataclass(frozen=True)
class MatrixColumn:
    alternative_id: str
    name: str
    short_name: str  # the name cut to fit a column head (the full name is in "Alternatives")
    reference: bool  # the zero alternative
    recommended: bool


@dataclass(frozen=True)
class MatrixCell:
    """One alternative in one row: a single swatch for a criterion; for a pillar the lowest and
    highest rating (one swatch when they are equal) and the counts."""

    swatches: tuple[Swatch, ...]
    detail: str = ""

    @property
    def text(self) -> str:
        return " … ".join(s.text for s in self.swatches)

    @property
    def fill(self) -> str:
        return self.swatches[0].fill


@dataclass(frozen=True)
class MatrixRow:
    kind: str  # "pillar" or "criterion"
    key: str  # pillar or criterion id
    label: str
    cells: tuple[MatrixCell, ...]  # one per column


@dataclass(frozen=True)
class MoneyRow:
    """Investment or annual cost in NOK, one text per matrix column ("118 000 000 kr")."""

    label: str
    values: tuple[str, ...]
    short_values: tuple[str, ...]  # in millions without the unit, for narrow columns ("118")


@dataclass(frozen=True)
class ConsequenceMatrix:
    columns: tuple[MatrixColumn, ...]  # zero alternative first
    rows: tuple[MatrixRow, ...]
    note: str
    money: tuple[MoneyRow, ...] = ()

    def row(self, key: str) -> MatrixRow | None:
        return next((r for r in self.rows if r.key == key), None)

    def cell(self, key: str, alternative_id: str) -> MatrixCell | None:
        row = self.row(key)
        if row is None:
            return None
        for column, cell in zip(self.columns, row.cells, strict=True):
            if column.alternative_id == alternative_id:
                return cell
        return None


@dataclass(frozen=True)
class GoalMark:
    """One of the 17 goals in the strip, marked by its contribution (None: not affected)."""

    number: int
    name: str
    colour: str
    contribution: str | None  # positive | negative | mixed
    symbol: str  # "+", "−", "±" or ""
    word: str  # the contribution in words, "" when not affected


@dataclass(frozen=True)
class SdgGoals:
    marks: tuple[GoalMark, ...]  # always 17, by goal number; only confirmed targets mark one
    note: str  # one line saying why no goal is marked ("" when some are)
    legend: str

    @property
    def touched(self) -> tuple[GoalMark, ...]:
        return tuple(m for m in self.marks if m.contribution is not None)


@dataclass(frozen=True)
class ClimateLine:
    """A measure's climate effect against the zero alternative, as page 1 states it."""

    alternative_id: str
    alternative_name: str
    text: str  # "−850 t CO2e per år fra 2027" or "ikke kvantifiserbart: <reason>"
    quantifiable: bool
    tonnes_co2e_per_year: float | None
    method: str = ""
    scope: str = ""


@dataclass(frozen=True)
class Counts:
    trade_offs: int
    unhandled_trade_offs: int
    knowledge_gaps: int
    negative_distributional_effects: int
    lines: tuple[str, ...]  # the sentences page 1 prints
    negative_groups: tuple[str, ...] = ()  # distributional criteria rated negative anywhere
    negative_districts: tuple[str, ...] = ()  # bydeler rated negative for any measure

    @property
    def all_handled(self) -> bool:
        return self.unhandled_trade_offs == 0


@dataclass(frozen=True)
class AlternativeView:
    alternative_id: str
    name: str
    reference: bool
    recommended: bool
    heading: str  # "Nullalternativ: <name>" / "Tiltak 1: <name>"
    description: str
    facts: tuple[Field, ...]  # costs and climate, when given


@dataclass(frozen=True)
class RatingLine:
    """One criterion rated for one measure, with its reasons."""

    criterion_id: str
    criterion: str
    swatch: Swatch
    rating_label: str  # the scale step's words, e.g. "Noe positiv"
    certainty: str
    justification: str
    mitigation: str


@dataclass(frozen=True)
class MeasureRatings:
    alternative_id: str
    heading: str
    lines: tuple[RatingLine, ...]
    facts: tuple[Field, ...] = ()  # climate for the environment, costs for the economy


@dataclass(frozen=True)
class ConsequenceSection:
    """Environment, social and distribution, or economy: every measure's ratings there."""

    step: str  # environment | distribution | economy
    heading: str
    measures: tuple[MeasureRatings, ...]
    screened_out: tuple[Field, ...]  # criterion name -> reason it is not relevant


@dataclass(frozen=True)
class DistrictCell:
    code: str
    name: str
    swatch: Swatch | None  # None when the district is not rated


@dataclass(frozen=True)
class DistrictGrid:
    alternative_id: str
    heading: str
    cells: tuple[DistrictCell, ...]  # every district of the kommune, in catalog order


@dataclass(frozen=True)
class TargetLine:
    target: str
    text: str
    unofficial: bool
    contribution: str
    symbol: str
    word: str
    note: str
    colour: str  # the goal's colour


@dataclass(frozen=True)
class MeasureTargets:
    alternative_id: str
    heading: str
    lines: tuple[TargetLine, ...]  # confirmed targets only


@dataclass(frozen=True)
class TradeOffView:
    alternative_id: str
    alternative_name: str
    negative: str  # criterion id
    negative_name: str
    positive_names: tuple[str, ...]
    text: str  # "<negative> mot <positives>"
    handling: str  # "" when not handled
    handled: bool


@dataclass(frozen=True)
class IndicatorView:
    indicator_id: str
    name: str
    region: str
    expected: str
    latest: str  # "12,3 % (2024)" or "ingen data importert"
    source: str  # "Kilde: SSB, tabell 06947, hentet 2026-11-02", or ""
    follow_up: str = ""  # the gap to the target; for a decided case, the change since


@dataclass(frozen=True)
class ReviewLine:
    step: str
    verdict: str
    note: str
    answer: str


@dataclass(frozen=True)
class ReviewView:
    lines: tuple[ReviewLine, ...]
    approval: str  # "Godkjent av <name>, <date>." or "Ikke godkjent ennå."
    same_person: str = ""  # said plainly when one person assessed and approved; else empty


@dataclass(frozen=True)
class Memo:
    """Everything the decision memo says, in one language."""

    lang: str
    labels: Mapping[str, str]
    info: DocumentInfo
    header: Header
    recommendation: RecommendationView
    matrix: ConsequenceMatrix
    sdg: SdgGoals
    climate: tuple[ClimateLine, ...]
    counts: Counts
    problem: str
    goals: str
    principled_questions: str
    alternatives: tuple[AlternativeView, ...]
    consequences: tuple[ConsequenceSection, ...]
    districts: tuple[DistrictGrid, ...]
    targets: tuple[MeasureTargets, ...]
    trade_offs: tuple[TradeOffView, ...]
    indicators: tuple[IndicatorView, ...]
    prerequisites: str
    review: ReviewView
    #: The language the caseworker wrote in (nb-NO or en): a memo in the other language marks
    #: the user's passages with it, so a screen reader reads them in the right voice.
    text_language: str = ""
