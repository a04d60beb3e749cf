"""Domain dataclasses: the case, its alternatives and assessments, and the catalog entities.

Standard library only. These objects are what every other layer passes around; the store and
the case file format convert them to and from plain data (see ``serialize``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

# The stable ids and the case list's row live in modules of their own; the model re-exports
# them (``ids.__all__``), so ``model.STATUSES`` and ``model.CaseSummary`` keep working.
from .case_summary import CaseSummary as CaseSummary
from .defaults import DEFAULT_MARGIN_PERCENT
from .ids import *  # noqa: F403
from .ids import SPECIAL_RATINGS, Rating
from .lang import Text

if TYPE_CHECKING:
    from .followup import FollowUp
    from .form import Form
    from .indicator_targets import IndicatorTarget

# --- catalog entities --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScaleStep:
    value: int
    label: Text


@dataclass(frozen=True, slots=True)
class Scale:
    """An ordinal rating scale symmetric around 0 (e.g. impact7: -3..+3)."""

    id: str
    name: Text
    steps: tuple[ScaleStep, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(s.value for s in self.steps)

    @property
    def minimum(self) -> int:
        return min(self.values)

    @property
    def maximum(self) -> int:
        return max(self.values)

    def allows(self, rating: object) -> bool:
        """Whether ``rating`` is a value of this scale or a special rating."""
        if isinstance(rating, str):
            return rating in SPECIAL_RATINGS
        return isinstance(rating, int) and not isinstance(rating, bool) and rating in self.values

    def label(self, value: int) -> Text | None:
        for step in self.steps:
            if step.value == value:
                return step.label
        return None


LINK_DIRECTIONS: tuple[str, ...] = ("positive", "negative")


@dataclass(frozen=True, slots=True)
class CriterionSdgLink:
    """A criterion's link to an SDG target, with the reason for the link.

    A link may be conditional, so it suggests its target only where the reason holds:
    ``only_with`` names criteria of which at least one must also be rated non-zero for the
    measure (in the same direction when ``same_direction``); ``direction`` limits the link to
    ratings above (positive) or below (negative) zero; ``min_size`` to ratings at least that
    many steps from zero.
    """

    target: str
    reason: Text
    only_with: tuple[str, ...] = ()
    same_direction: bool = False
    direction: str | None = None  # positive | negative | None (both)
    min_size: int = 0


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    pillar: str
    scale: str
    name: Text
    description: Text
    questions: tuple[Text, ...]
    sdg_links: tuple[CriterionSdgLink, ...]

    @property
    def target_ids(self) -> tuple[str, ...]:
        return tuple(link.target for link in self.sdg_links)


@dataclass(frozen=True, slots=True)
class Pillar:
    id: str
    name: Text


@dataclass(frozen=True, slots=True)
class SdgGoal:
    number: int
    name: Text
    short: Text
    colour: str  # "#RRGGBB"


@dataclass(frozen=True, slots=True)
class SdgTarget:
    id: str  # "11.6", "11.a"
    goal: int
    text: Text
    unofficial_nb: bool  # True when the Norwegian text is the project's own translation
    local_relevance: str  # high | some | low
    evidence: str


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # "0301" kommune, "030101" bydel
    name: str
    kind: str  # kommune | bydel
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class IndicatorSource:
    """Where an indicator's numbers come from, and the query that fetches them."""

    kind: str  # ssb | oslo_statistikkbank | other
    table: str  # e.g. SSB table "06947"
    # PxWebApi v2 valueCodes per dimension, in file order, e.g.
    # (("Region", ("0301",)), ("ContentsCode", ("EUskala60",)), ("Tid", ("top(5)",)))
    query: tuple[tuple[str, tuple[str, ...]], ...]
    url: str = ""
    note: str = ""
    # kind "ratio": the program divides the numerator's figures by the denominator's (each
    # summed per region and period) and multiplies by ``scale`` (100 for a percentage).
    numerator: IndicatorSource | None = None
    denominator: IndicatorSource | None = None
    scale: float = 1.0


@dataclass(frozen=True, slots=True)
class Indicator:
    """A measure from existing register data that shows whether a decision works."""

    id: str  # "ind.low_income_households"
    name: Text
    unit: Text
    direction: str  # up | down: the desired direction (DIRECTIONS)
    pillar: str
    targets: tuple[str, ...]  # SDG target ids
    levels: tuple[str, ...]  # kommune, bydel
    source: IndicatorSource
    description: Text
    verify: str = ""  # what could not be confirmed about the source offline

    @property
    def confirmed(self) -> bool:
        """Whether the source is confirmed: an unconfirmed one names its reason in verify,
        and users see "kilde ikke bekreftet" beside its figures."""
        return not self.verify.strip()


# --- the case ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Confidentiality:
    exempt: bool = False
    basis: str = ""


@dataclass(slots=True)
class ScreeningEntry:
    """A criterion, or a whole pillar by its id, screened as relevant or not (not relevant
    needs a reason)."""

    criterion: str
    relevant: bool
    reason: str = ""


@dataclass(slots=True)
class Assessment:
    """One criterion rated for one alternative."""

    criterion: str
    rating: Rating
    certainty: str | None = None
    directness: str | None = None
    horizon: str | None = None
    justification: str = ""
    mitigation: str = ""
    districts: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class GhgEstimate:
    """Expected change in t CO2e per year against the zero alternative (negative = cut)."""

    tonnes_co2e_per_year: float | None = None
    from_year: int | None = None
    quantifiable: bool = True
    scope: str | None = None  # direct | indirect
    method: str = ""
    reason: str = ""  # why it cannot be quantified (the climate budget's list)


@dataclass(slots=True)
class Cost:
    investment_nok: float | None = None
    annual_nok: float | None = None


@dataclass(slots=True)
class SdgLink:
    """A confirmed link from an alternative to an SDG target."""

    target: str
    contribution: str  # positive | negative | mixed
    note: str = ""


@dataclass(slots=True)
class SdgDismissal:
    """A suggested SDG target the caseworker set aside for a measure, and why."""

    target: str
    reason: str


@dataclass(slots=True)
class TradeOffHandling:
    """The written handling of the trade-offs that share one negative criterion."""

    negative: str
    handling: str


@dataclass(slots=True)
class Alternative:
    id: str
    name: str
    zero: bool = False
    description: str = ""
    cost: Cost | None = None
    ghg: GhgEstimate | None = None
    assessments: list[Assessment] = field(default_factory=list)
    sdg_targets: list[SdgLink] = field(default_factory=list)
    trade_offs: list[TradeOffHandling] = field(default_factory=list)
    sdg_dismissed: list[SdgDismissal] = field(default_factory=list)

    def assessment(self, criterion: str) -> Assessment | None:
        for a in self.assessments:
            if a.criterion == criterion:
                return a
        return None


@dataclass(slots=True)
class IndicatorLink:
    indicator: str
    region: str
    expected: str  # up | down


@dataclass(slots=True)
class Recommendation:
    alternative: str
    justification: str = ""


@dataclass(slots=True)
class ReviewVerdict:
    step: str
    verdict: str  # ok | improve | redo
    note: str = ""
    answer: str = ""
    by: str = ""  # who gave the verdict
    stale: bool = False  # given before the case was taken back to draft: confirm it again


@dataclass(slots=True)
class Case:
    """An assessment of one proposed decision (sak)."""

    title: str
    unit: str = ""
    caseworker: str = ""
    decision_body: str = ""
    case_number: str = ""
    decision_date: date | None = None
    language: str = "nb"
    confidentiality: Confidentiality = field(default_factory=Confidentiality)
    municipality: str = ""  # four-digit kommunenummer the case belongs to; "" when not said
    depth: str = "simplified"
    depth_reason: str = ""
    status: str = "draft"
    problem: str = ""
    goals: str = ""
    principled_questions: str = ""
    screening_answers: dict[str, str] = field(default_factory=dict)
    screening: list[ScreeningEntry] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    indicators: list[IndicatorLink] = field(default_factory=list)
    recommendation: Recommendation | None = None
    prerequisites: str = ""
    review: list[ReviewVerdict] = field(default_factory=list)
    # Bookkeeping, set by the store (not part of the case file's content).
    id: int | None = None
    revision: int = 1
    version: int = 0
    approved_by: str = ""
    approved_at: datetime | None = None
    created: datetime | None = None
    updated: datetime | None = None
    # Follow-up of a decided case's measures by measure id: kept beside the content, not in it.
    followup: dict[str, FollowUp] = field(default_factory=dict)

    @property
    def zero_alternative(self) -> Alternative | None:
        return next((a for a in self.alternatives if a.zero), None)

    @property
    def measures(self) -> list[Alternative]:
        """The alternatives other than the zero alternative."""
        return [a for a in self.alternatives if not a.zero]

    def alternative(self, alt_id: str) -> Alternative | None:
        return next((a for a in self.alternatives if a.id == alt_id), None)


# --- the catalog as a whole -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Catalog:
    """Everything an assessment is made against: scales, criteria, SDGs, regions, the common
    indicator set, and the wizard's form."""

    scales: dict[str, Scale]
    pillars: dict[str, Pillar]
    criteria: dict[str, Criterion]  # in catalog order
    goals: dict[int, SdgGoal]
    targets: dict[str, SdgTarget]  # in UN order
    regions: dict[str, Region] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    form: Form | None = None
    #: The municipality's configuration: approver and reviewer must not be the case's authors.
    two_person_rule: bool = True
    # The configuration's targets per indicator (targets.yaml) and the Utfordringer margin.
    indicator_targets: dict[str, IndicatorTarget] = field(default_factory=dict)
    challenge_margin: float = DEFAULT_MARGIN_PERCENT

    def criteria_in(self, pillar: str) -> list[Criterion]:
        return [c for c in self.criteria.values() if c.pillar == pillar]

    def scale_of(self, criterion_id: str) -> Scale:
        return self.scales[self.criteria[criterion_id].scale]

    def districts_of(self, kommune: str) -> list[Region]:
        return [r for r in self.regions.values() if r.parent == kommune]
