"""Follow-up rules: only decided cases, stopped needs a reason, due and late by a given day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from impactapp.domain.followup import (
    DUE,
    LATE,
    OK,
    FollowedMeasure,
    FollowUp,
    FollowUpEntry,
    FollowUpRefused,
    ReportingCalendar,
    apply_report,
    attention_list,
    check_report,
    far_from_expected,
    report_state,
)
from impactapp.domain.model import Alternative, Case


def _case(status: str) -> Case:
    case = Case(title="Sak", status=status, alternatives=[
        Alternative(id="a0", name="Null", zero=True), Alternative(id="a1", name="Tiltak")])
    case.id = 7
    return case


def test_only_a_decided_case_takes_follow_up() -> None:
    for status in ("draft", "in_review", "approved"):
        with pytest.raises(FollowUpRefused, match="not decided"):
            check_report(_case(status), "a1", "in_progress")
    check_report(_case("decided"), "a1", "in_progress")


def test_unknown_measure_and_the_zero_alternative_are_refused() -> None:
    with pytest.raises(FollowUpRefused, match=r"no measure 'a9'.*a1"):
        check_report(_case("decided"), "a9", "done")
    with pytest.raises(FollowUpRefused, match="no measure 'a0'"):
        check_report(_case("decided"), "a0", "done")


def test_stopped_needs_a_reason() -> None:
    with pytest.raises(FollowUpRefused, match="needs a reason"):
        check_report(_case("decided"), "a1", "stopped", "  ")
    check_report(_case("decided"), "a1", "stopped", "Budsjettkutt")


def test_reports_build_the_record_and_keep_earlier_figures() -> None:
    at = datetime(2027, 4, 20, tzinfo=UTC)
    first = apply_report(None, "a1", FollowUpEntry(at, "kari", "in_progress",
                                                   effect_tonnes=-100, cost_nok=5e5), unit="BYM")
    second = apply_report(first, "a1", FollowUpEntry(at, "ola", "stopped", reason="Kutt"))
    assert (second.unit, second.status, second.reason) == ("BYM", "stopped", "Kutt")
    assert (second.effect_tonnes, second.cost_nok) == (-100, 5e5)
    assert [e.who for e in second.entries] == ["kari", "ola"]
    resumed = apply_report(second, "a1", FollowUpEntry(at, "ola", "in_progress"))
    assert resumed.reason == ""


CAL = ReportingCalendar(due_window_days=30)


@pytest.mark.parametrize(("today", "expected"), [
    (date(2027, 3, 1), (OK, date(2027, 4, 30))),
    (date(2027, 4, 1), (DUE, date(2027, 4, 30))),
    (date(2027, 4, 30), (DUE, date(2027, 4, 30))),
    (date(2027, 5, 1), (LATE, date(2027, 4, 30))),
])
def test_due_and_late_by_the_given_day(today: date, expected: tuple) -> None:
    assert report_state(None, date(2027, 2, 10), today, CAL) == expected


def test_a_report_moves_the_next_date_on_and_closed_measures_are_never_due() -> None:
    reported = FollowUp("a1", entries=(
        FollowUpEntry(datetime(2027, 4, 28, tzinfo=UTC), "kari", "in_progress"),))
    assert report_state(reported, date(2027, 2, 10), date(2027, 5, 1), CAL) == (
        OK, date(2027, 8, 31))
    done = FollowUp("a1", status="done")
    assert report_state(done, date(2020, 1, 1), date(2027, 5, 1), CAL) == (OK, None)


def test_configured_dates_are_used() -> None:
    half_year = ReportingCalendar(dates=((6, 30), (12, 31)), due_window_days=0)
    assert half_year.next_after(date(2027, 7, 1)) == date(2027, 12, 31)
    assert half_year.next_after(date(2027, 12, 31)) == date(2028, 6, 30)


def test_far_from_expected_both_ways_and_the_wrong_sign() -> None:
    assert far_from_expected(-100, -40, 0.5)
    assert not far_from_expected(-100, -60, 0.5)
    assert far_from_expected(-100, -250, 0.5)
    assert far_from_expected(-100, 20, 0.5)
    assert not far_from_expected(None, -20, 0.5)
    assert not far_from_expected(-100, None, 0.5)


def test_attention_list_names_why_and_puts_late_first() -> None:
    def measure(case_id: int, followup: FollowUp | None, decided: date) -> FollowedMeasure:
        return FollowedMeasure(case_id, "", "Sak", "a1", "Tiltak", decided, -100, followup)

    at = datetime(2027, 6, 1, tzinfo=UTC)
    items = attention_list([
        measure(1, FollowUp("a1", status="stopped", reason="Kutt", entries=(
            FollowUpEntry(at, "kari", "stopped", reason="Kutt"),)), date(2027, 1, 5)),
        measure(2, None, date(2027, 1, 5)),  # never reported: late since 30 April
        measure(3, FollowUp("a1", status="in_progress", effect_tonnes=-10, entries=(
            FollowUpEntry(at, "kari", "in_progress", effect_tonnes=-10),)), date(2027, 1, 5)),
        measure(4, FollowUp("a1", status="done", effect_tonnes=-95), date(2027, 1, 5)),
    ], date(2027, 6, 10), CAL)
    assert [(i.measure.case_id, i.reasons) for i in items] == [
        (2, ("late",)), (1, ("stopped",)), (3, ("far",))]
    due = attention_list([measure(2, None, date(2027, 1, 5)),
                          measure(1, FollowUp("a1", status="stopped"), date(2027, 1, 5))],
                         date(2027, 6, 10), CAL, due_only=True)
    assert [i.measure.case_id for i in due] == [2]


def test_followed_measures_are_the_recommended_one_and_any_with_a_record() -> None:
    from impactapp.domain.followup import followed_measures
    from impactapp.domain.model import GhgEstimate, Recommendation

    case = _case("decided")
    case.alternatives.append(Alternative(id="a2", name="Annet", ghg=GhgEstimate(-5)))
    case.recommendation = Recommendation("a1")
    case.decision_date = date(2027, 2, 1)
    assert [(m.measure, m.decided_on) for m in followed_measures([case])] == [
        ("a1", date(2027, 2, 1))]
    case.followup = {"a2": FollowUp("a2", unit="KLI")}
    assert [(m.measure, m.unit, m.expected_tonnes) for m in followed_measures([case])] == [
        ("a1", "", None), ("a2", "KLI", -5)]
    assert followed_measures([_case("approved")]) == []
