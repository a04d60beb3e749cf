"""Follow-up of decided measures: status, tertial reports, reported effect beside the expected.

A decided case's measures are reported on through the year like the economic reporting (by
default on the tertial dates 30 April, 31 August and 31 December). Only a decided case takes
follow-up, and a stopped measure always says why: both rules live here so the CLI and the
program refuse the same things with the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import ClassVar

from .messages import CodedError, Verbatim
from .model import Case, Text
from .vocabulary import FOLLOWUP_LABELS, label
from .vocabulary import STATUS_LABELS as STATUS_WORDS

NOT_STARTED, IN_PROGRESS, DONE, STOPPED = "not_started", "in_progress", "done", "stopped"
#: A measure's follow-up statuses, in the order a measure normally passes them.
STATUSES: tuple[str, ...] = (NOT_STARTED, IN_PROGRESS, DONE, STOPPED)
STATUS_LABELS: dict[str, Text] = FOLLOWUP_LABELS
_NONE = Text("ingen", "none")


#: Statuses that need no more reports.
CLOSED: tuple[str, ...] = (DONE, STOPPED)
#: The tertial reporting dates (month, day), as the economic reporting.
DEFAULT_REPORT_DATES: tuple[tuple[int, int], ...] = ((4, 30), (8, 31), (12, 31))
#: A report counts as due this many days before its date.
DEFAULT_DUE_WINDOW_DAYS = 30
#: A reported effect below this share of the expected (or above its inverse) is far off.
DEFAULT_FAR_RATIO = 0.5


class FollowUpRefused(CodedError, ValueError):
    """A follow-up report the rules refuse: a code and values, one sentence in nb or en."""

    MESSAGES: ClassVar[dict[str, Text]] = {
        "not_decided": Text(
            "Sak {case_id} er {status}, ikke vedtatt: bare tiltakene i en vedtatt sak følges "
            "opp.",
            "Case {case_id} is {status}, not decided: only a decided case's measures are "
            "followed up."),
        "no_measure": Text(
            "Sak {case_id} har ikke noe tiltak '{measure}' (tiltakene: {measures}).",
            "Case {case_id} has no measure '{measure}' (its measures: {measures})."),
        "unknown_status": Text(
            "'{status}' er ikke en oppfølgingsstatus (tillatt: {allowed}).",
            "'{status}' is not a follow-up status (allowed: {allowed})."),
        "reason_missing": Text(
            "Et stanset tiltak trenger en grunn: skriv hvorfor det ble stanset.",
            "A stopped measure needs a reason: say why it was stopped."),
        "file_not_decided": Text(
            "Bare tiltakene i en vedtatt sak følges opp; filen har oppfølging for en sak "
            "merket {status}.",
            "Only a decided case's measures are followed up; the file gives follow-up for a "
            "case marked {status}."),
        "file_unknown_measure": Text(
            "Filen har oppfølging for tiltaket '{measure}', som saken ikke har.",
            "The file gives follow-up for measure '{measure}', which the case does not have."),
    }


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    """One report on a measure: who, when, the status then, and what was reported."""

    at: datetime
    who: str
    status: str
    note: str = ""
    effect_tonnes: float | None = None  # t CO2e per year achieved (negative = cut)
    cost_nok: float | None = None  # spent so far
    reason: str = ""  # why it was stopped


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A measure's follow-up record: the latest state and every report that led there."""

    measure: str
    unit: str = ""
    status: str = NOT_STARTED
    reason: str = ""
    effect_tonnes: float | None = None
    cost_nok: float | None = None
    entries: tuple[FollowUpEntry, ...] = ()

    @property
    def last_report(self) -> date | None:
        """The date of the latest report (None: never reported)."""
        return max((e.at.date() for e in self.entries), default=None)


def status_label(status: str | None, lang: str = "nb") -> str:
    """The status in words ("" for no follow-up)."""
    found = STATUS_LABELS.get(status or "")
    return found.get(lang) if found else (status or "")


def check_report(case: Case, measure: str, status: str, reason: str = "") -> None:
    """Refuse, with one sentence, a report the rules do not allow."""
    if case.status != "decided":
        raise FollowUpRefused("not_decided", case_id=case.id,
                              status=label(STATUS_WORDS, case.status))
    ids = [m.id for m in case.measures]
    if measure not in ids:
        raise FollowUpRefused("no_measure", case_id=case.id, measure=measure,
                              measures=Verbatim(", ".join(ids)) if ids else _NONE)
    if status not in STATUSES:
        raise FollowUpRefused("unknown_status", status=status, allowed=", ".join(STATUSES))
    if status == STOPPED and not reason.strip():
        raise FollowUpRefused("reason_missing")


def apply_report(previous: FollowUp | None, measure: str, entry: FollowUpEntry,
                 unit: str | None = None) -> FollowUp:
    """The record after ``entry``: its status, effect and cost where given, the reason kept
    only while stopped, the entry added to the history."""
    base = previous or FollowUp(measure=measure)
    return replace(
        base,
        unit=base.unit if unit is None else unit,
        status=entry.status,
        reason=entry.reason if entry.status == STOPPED else "",
        effect_tonnes=base.effect_tonnes if entry.effect_tonnes is None else entry.effect_tonnes,
        cost_nok=base.cost_nok if entry.cost_nok is None else entry.cost_nok,
        entries=(*base.entries, entry),
    )


@dataclass(frozen=True, slots=True)
class ReportingCalendar:
    """When reports are due: the dates of the year, and how early a report counts as due."""

    dates: tuple[tuple[int, int], ...] = DEFAULT_REPORT_DATES
    due_window_days: int = DEFAULT_DUE_WINDOW_DAYS
    far_ratio: float = DEFAULT_FAR_RATIO

    def next_after(self, day: date) -> date:
        """The first reporting date strictly after ``day``."""
        for year in (day.year, day.year + 1):
            for month, dom in sorted(self.dates):
                candidate = date(year, month, dom)
                if candidate > day:
                    return candidate
        raise ValueError("the reporting calendar has no dates")


OK, DUE, LATE = "ok", "due", "late"


def report_state(followup: FollowUp | None, decided_on: date, today: date,
                 calendar: ReportingCalendar) -> tuple[str, date | None]:
    """Whether the next report is ``ok``, ``due`` or ``late``, and its date (None: closed)."""
    if followup is not None and followup.status in CLOSED:
        return OK, None
    last = followup.last_report if followup else None
    deadline = calendar.next_after(last or decided_on)
    if last is not None and (deadline - last).days <= calendar.due_window_days:
        deadline = calendar.next_after(deadline)  # a report in the window answers that date
    if today > deadline:
        return LATE, deadline
    if (deadline - today).days <= calendar.due_window_days:
        return DUE, deadline
    return OK, deadline


def far_from_expected(expected: float | None, reported: float | None, ratio: float) -> bool:
    """Whether the reported effect is far from the expected: below ``ratio`` of it, above its
    inverse, or the other way (an increase where a cut was expected)."""
    if expected is None or reported is None or expected == 0 or ratio <= 0:
        return False
    share = reported / expected
    return share < ratio or share > 1 / ratio


@dataclass(frozen=True, slots=True)
class FollowedMeasure:
    """A measure of a decided case as the follow-up list sees it."""

    case_id: int
    case_number: str
    title: str
    measure: str
    measure_name: str
    decided_on: date
    expected_tonnes: float | None
    followup: FollowUp | None = None
    case_unit: str = ""

    @property
    def unit(self) -> str:
        """The responsible unit: the follow-up's, else the case's."""
        return (self.followup.unit if self.followup and self.followup.unit else self.case_unit)

    @property
    def status(self) -> str:
        return self.followup.status if self.followup else NOT_STARTED


#: Why a measure is on the leadership's list, in the order they are shown.
REASONS: tuple[str, ...] = (LATE, DUE, STOPPED, "far")
REASON_LABELS: dict[str, Text] = {
    LATE: Text("rapport forsinket", "report late"),
    DUE: Text("rapport snart", "report due"),
    STOPPED: FOLLOWUP_LABELS[STOPPED],
    "far": Text("effekt langt fra forventet", "effect far from expected"),
}


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One line of "Til oppfølging": the measure, why it is listed, and its report date."""

    measure: FollowedMeasure
    reasons: tuple[str, ...]
    due: date | None = None


def attention_list(measures: list[FollowedMeasure], today: date, calendar: ReportingCalendar,
                   due_only: bool = False) -> list[AttentionItem]:
    """Measures whose report is due or late, stopped ones, and those far from the expected;
    late first, then due, then the rest (``due_only``: only due or late)."""
    items: list[AttentionItem] = []
    for m in measures:
        state, deadline = report_state(m.followup, m.decided_on, today, calendar)
        reasons: list[str] = []
        if state in (LATE, DUE):
            reasons.append(state)
        if not due_only:
            if m.status == STOPPED:
                reasons.append(STOPPED)
            reported = m.followup.effect_tonnes if m.followup else None
            if far_from_expected(m.expected_tonnes, reported, calendar.far_ratio):
                reasons.append("far")
        if reasons:
            items.append(AttentionItem(m, tuple(reasons), deadline))
    order = {r: i for i, r in enumerate(REASONS)}
    items.sort(key=lambda i: (order[i.reasons[0]], i.due or date.max, i.measure.case_id,
                              i.measure.measure))
    return items


def _figure(value: float, decimals: int = 0) -> tuple[str, str]:
    """A number in bokmål (space thousands, comma decimals) and in English."""
    en = f"{value:,.{decimals}f}"
    return en.replace(",", "\u00a0").replace(".", ","), en


def followup_text(detail: dict) -> tuple[Text, tuple[Text, ...]]:
    """A follow-up report's audit detail as a history summary and lines."""
    measure = detail.get("measure", "")
    status = STATUS_LABELS.get(str(detail.get("status")), Text("?", "?"))
    summary = Text(f"Oppfølging av tiltak {measure}: {status.nb}",
                   f"Follow-up of measure {measure}: {status.en}")
    lines: list[Text] = []
    if detail.get("unit"):
        lines.append(Text(f"ansvarlig enhet: {detail['unit']}",
                          f"responsible unit: {detail['unit']}"))
    if detail.get("reason"):
        lines.append(Text(f"grunn: {detail['reason']}", f"reason: {detail['reason']}"))
    if isinstance(detail.get("effect_tonnes"), int | float):
        nb, en = _figure(float(detail["effect_tonnes"]), 1)
        lines.append(Text(f"rapportert effekt: {nb} t CO2e per år",
                          f"reported effect: {en} t CO2e per year"))
    if isinstance(detail.get("cost_nok"), int | float):
        nb, en = _figure(float(detail["cost_nok"]))
        lines.append(Text(f"brukt: {nb} kr", f"spent: NOK {en}"))
    if detail.get("note"):
        lines.append(Text(str(detail["note"]), str(detail["note"])))
    return summary, tuple(lines)


def decided_on(case: Case) -> date:
    """The day follow-up starts: the decision date, else the day of the approval."""
    if case.decision_date is not None:
        return case.decision_date
    if case.approved_at is not None:
        return case.approved_at.date()
    return case.updated.date() if case.updated else date.min


def followed_measures(cases: list[Case]) -> list[FollowedMeasure]:
    """The measures of decided cases under follow-up: the recommended one, and every measure
    that has a record (the decision may have chosen another)."""
    out = []
    for case in cases:
        if case.status != "decided" or case.id is None:
            continue
        chosen = case.recommendation.alternative if case.recommendation else None
        for alt in case.measures:
            record = case.followup.get(alt.id)
            if alt.id != chosen and record is None:
                continue
            expected = alt.ghg.tonnes_co2e_per_year if alt.ghg else None
            out.append(FollowedMeasure(case.id, case.case_number, case.title, alt.id, alt.name,
                                       decided_on(case), expected, record, case.unit))
    return out
