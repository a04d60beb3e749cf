"""The optional follow-up block of a measure: round trip, refused shapes, decided cases only."""

from __future__ import annotations

from datetime import UTC, datetime

from impactapp.casefile import dump_case, parse_case
from impactapp.domain.followup import FollowUp, FollowUpEntry
from impactapp.domain.model import Catalog

from .case_texts import ALTERNATIVES, HEAD, errors_of

DECIDED = HEAD.replace("status: draft", "status: decided")
RECORD = """\
  approval:
    by: Kristin Aas
    at: 2026-03-12T10:15:00+01:00
    revision: 1
"""
FOLLOWUP = """\
      followup:
        unit: Bymiljøetaten
        status: stopped
        reason: Vedtaket ble opphevet.
        effect_tonnes_co2e_per_year: -120.5
        cost_nok: 250000
        reports:
          - at: 2026-04-28T08:00:00+02:00
            by: ola
            status: in_progress
            note: Skilting ferdig.
            effect_tonnes_co2e_per_year: -120.5
          - at: 2026-08-30T08:00:00+02:00
            by: kari
            status: stopped
            reason: Vedtaket ble opphevet.
            cost_nok: 250000
"""


def test_a_follow_up_block_round_trips(catalog: Catalog) -> None:
    case = parse_case((DECIDED + ALTERNATIVES + FOLLOWUP + RECORD).encode(), catalog, "sak.yaml")
    record = case.followup["a1"]
    assert (record.unit, record.status, record.reason, record.effect_tonnes) == (
        "Bymiljøetaten", "stopped", "Vedtaket ble opphevet.", -120.5)
    assert [(e.who, e.status, e.note) for e in record.entries] == [
        ("ola", "in_progress", "Skilting ferdig."), ("kari", "stopped", "")]
    for fmt in ("yaml", "json"):
        again = parse_case(dump_case(case, fmt), catalog, f"sak.{fmt}")
        assert again.followup == case.followup


def test_a_case_without_follow_up_is_written_without_the_block(catalog: Catalog) -> None:
    case = parse_case((DECIDED + ALTERNATIVES + RECORD).encode(), catalog)
    assert case.followup == {}
    assert b"followup" not in dump_case(case)


def test_a_record_made_in_the_program_is_written(catalog: Catalog) -> None:
    case = parse_case((DECIDED + ALTERNATIVES + RECORD).encode(), catalog)
    entry = FollowUpEntry(datetime(2026, 5, 2, 9, tzinfo=UTC), "kari", "done", cost_nok=10.0)
    case.followup = {"a1": FollowUp("a1", "", "done", "", None, 10.0, (entry,))}
    assert parse_case(dump_case(case), catalog).followup == case.followup


def test_follow_up_on_a_case_not_decided_is_refused_with_its_line(catalog: Catalog) -> None:
    text = HEAD + ALTERNATIVES + FOLLOWUP
    assert errors_of(text, catalog, "sak.yaml") == [
        "sak.yaml:16: case.alternatives[1].followup: follow-up belongs only to a decided case, "
        "not to one marked draft"]


def test_as_a_draft_the_follow_up_is_left_out(catalog: Catalog) -> None:
    case = parse_case((DECIDED + ALTERNATIVES + FOLLOWUP + RECORD).encode(), catalog,
                      as_draft=True)
    assert (case.status, case.followup) == ("draft", {})


def test_bad_follow_up_blocks_name_the_field(catalog: Catalog) -> None:
    bad = FOLLOWUP.replace("        reason: Vedtaket ble opphevet.\n", "", 1).replace(
        "status: in_progress", "status: underway").replace("            by: kari\n", "")
    errors = errors_of(DECIDED + ALTERNATIVES + bad + RECORD, catalog, "sak.yaml")
    assert errors == [
        "sak.yaml:18: case.alternatives[1].followup.status: a stopped measure needs its reason: "
        "add 'reason:' saying why it was stopped",
        "sak.yaml:24: case.alternatives[1].followup.reports[0].status: 'underway' is not "
        "allowed here (allowed: not_started, in_progress, done, stopped)",
        "sak.yaml:27: case.alternatives[1].followup.reports[1]: the required key 'by' is missing",
    ]


def test_alternatives_that_are_not_a_list_are_named_not_a_crash(catalog: Catalog) -> None:
    # Found by the fuzzer: the follow-up check read a number as a list of alternatives.
    errors = errors_of(HEAD + "  alternatives: 1\n", catalog, "sak.yaml")
    assert errors and all("case.alternatives" in e for e in errors)
