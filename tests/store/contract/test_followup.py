"""Follow-up reports are stored with their history; only a decided case takes them; the
climate target is kept in the meta table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from impactapp.domain.followup import FollowUp, FollowUpEntry, FollowUpRefused
from impactapp.store import Store

APPROVED_AT = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)


def _decided(store: Store, new_case) -> int:
    case = new_case()
    case.status, case.approved_by, case.approved_at = "decided", "Kristin Aas", APPROVED_AT
    return store.add_case(case).id


def test_a_report_is_stored_and_read_back_with_who_and_when(store, new_case, clock) -> None:
    case_id = _decided(store, new_case)
    store.report_followup(case_id, "a1", "in_progress", unit="Bymiljøetaten",
                          effect_tonnes=-1200.5, cost_nok=2_500_000, note="Skilting ferdig.")
    clock.advance(timedelta(days=30))
    store.report_followup(case_id, "a1", "stopped", reason="Vedtaket ble opphevet.")
    record = store.followups(case_id)["a1"]
    assert (record.unit, record.status, record.reason) == (
        "Bymiljøetaten", "stopped", "Vedtaket ble opphevet.")
    assert (record.effect_tonnes, record.cost_nok) == (-1200.5, 2_500_000)
    # The store's clock keeps stored moments strictly increasing (microseconds apart).
    assert [(e.who, e.status, e.at.replace(microsecond=0)) for e in record.entries] == [
        ("kari", "in_progress", clock.now() - timedelta(days=30)),
        ("kari", "stopped", clock.now())]
    assert store.get_case(case_id).followup["a1"] == record
    assert store.all_followups() == {case_id: {"a1": record}}


def test_reports_are_part_of_the_case_history(store, new_case) -> None:
    case_id = _decided(store, new_case)
    store.report_followup(case_id, "a1", "in_progress", effect_tonnes=-1200.5,
                          note="Skilting ferdig.")
    entry = store.history(case_id)[-1]
    assert (entry.kind, entry.who) == ("followup", "kari")
    assert entry.summary.nb == "Oppfølging av tiltak a1: i gang"
    assert [line.en for line in entry.lines] == [
        "reported effect: -1,200.5 t CO2e per year", "Skilting ferdig."]


@pytest.mark.parametrize(("status", "measure", "reason", "message"), [
    ("stopped", "a1", "", "needs a reason"),
    ("done", "a7", "", "no measure 'a7'"),
])
def test_refused_reports_write_nothing(store, new_case, status, measure, reason,
                                       message) -> None:
    case_id = _decided(store, new_case)
    before = len(store.audit_log(case_id))
    with pytest.raises(FollowUpRefused, match=message):
        store.report_followup(case_id, measure, status, reason=reason)
    assert store.followups(case_id) == {}
    assert len(store.audit_log(case_id)) == before


def test_a_case_not_decided_takes_no_follow_up(store, new_case) -> None:
    case_id = store.add_case(new_case()).id
    with pytest.raises(FollowUpRefused, match="not decided"):
        store.report_followup(case_id, "a1", "in_progress")
    assert store.followups(case_id) == {}


def test_imported_follow_up_is_stored_with_the_case(store, new_case) -> None:
    case = new_case()
    case.status, case.approved_by, case.approved_at = "decided", "Kristin Aas", APPROVED_AT
    entry = FollowUpEntry(datetime(2026, 4, 28, 8, tzinfo=UTC), "ola", "in_progress",
                          "Startet.", -300.0, 1000.0)
    case.followup = {"a1": FollowUp("a1", "BYM", "in_progress", "", -300.0, 1000.0, (entry,))}
    case_id = store.add_case(case).id
    assert store.followups(case_id) == case.followup


def test_follow_up_in_a_file_for_a_draft_is_refused_and_nothing_stored(store, new_case) -> None:
    case = new_case()
    case.followup = {"a1": FollowUp("a1")}
    with pytest.raises(FollowUpRefused, match="marked draft"):
        store.add_case(case)
    assert store.list_cases() == []


