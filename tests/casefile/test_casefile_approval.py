"""The approval record in a case file: required for approved or decided, checked, kept exactly."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from impactapp.casefile import dump_case, parse_case
from impactapp.domain.model import Catalog

from .case_texts import ALTERNATIVES, HEAD, errors_of

APPROVED_HEAD = HEAD.replace("status: draft", "status: approved")
RECORD = """\
  approval:
    by: Kristin Aas
    at: 2026-03-12T10:15:00+01:00
    revision: 2
"""


def test_an_approved_file_without_its_record_is_refused_in_one_sentence_naming_the_file(
        catalog: Catalog) -> None:
    for status in ("approved", "decided"):
        text = HEAD.replace("status: draft", f"status: {status}") + ALTERNATIVES
        assert errors_of(text, catalog, "sak.yaml") == [
            f"sak.yaml:6: case.status: the case is marked {status} but has no approval record "
            "(approval: by, at, revision), so nobody can tell who approved it; add the record or "
            "import the file as a draft"]


def test_as_a_draft_it_comes_in_without_any_approver(catalog: Catalog) -> None:
    case = parse_case((APPROVED_HEAD + ALTERNATIVES).encode(), catalog, "sak.yaml",
                      as_draft=True)
    assert (case.status, case.approved_by, case.approved_at) == ("draft", "", None)
    with_record = parse_case((APPROVED_HEAD + ALTERNATIVES + RECORD).encode(), catalog,
                             as_draft=True)
    assert (with_record.status, with_record.approved_by) == ("draft", "")


def test_the_record_is_read_with_its_offset_and_written_back_the_same(catalog: Catalog) -> None:
    case = parse_case((APPROVED_HEAD + ALTERNATIVES + RECORD).encode(), catalog)
    oslo_winter = timezone(timedelta(hours=1))
    assert case.approved_by == "Kristin Aas"
    assert case.approved_at == datetime(2026, 3, 12, 10, 15, tzinfo=oslo_winter)
    assert case.approved_at.utcoffset() == timedelta(hours=1)
    assert case.revision == 2
    text = dump_case(case).decode("utf-8")
    assert text.endswith("  approval:\n    by: Kristin Aas\n"
                         "    at: '2026-03-12T10:15:00+01:00'\n    revision: 2\n")
    for fmt in ("yaml", "json"):
        back = parse_case(dump_case(case, fmt), catalog, f"x.{fmt}")
        assert (back.approved_by, back.approved_at.isoformat(), back.revision) == (
            "Kristin Aas", "2026-03-12T10:15:00+01:00", 2)
    assert json.loads(dump_case(case, "json"))["case"]["approval"]["at"] == \
        "2026-03-12T10:15:00+01:00"


def test_verdicts_keep_who_gave_them(catalog: Catalog) -> None:
    review = ("  review:\n    - step: details\n      verdict: ok\n      by: Ola Nordmann\n")
    case = parse_case((APPROVED_HEAD + ALTERNATIVES + review + RECORD).encode(), catalog)
    assert [(r.step, r.verdict, r.by) for r in case.review] == [("details", "ok", "Ola Nordmann")]
    assert "    by: Ola Nordmann\n  approval:\n" in dump_case(case).decode("utf-8")


@pytest.mark.parametrize(("record", "expected"), [
    ("  approval:\n    by: ' '\n    at: 2026-03-12T10:15:00+01:00\n    revision: 1\n",
     "case.yaml:8: case.approval.by: must not be blank"),
    ("  approval:\n    by: Ola\n    at: 2026-03-12T10:15:00\n    revision: 1\n",
     "case.yaml:9: case.approval.at: 2026-03-12 10:15:00 lacks its UTC offset; write it as e.g. "
     "2026-03-12T10:15:00+01:00"),
    ("  approval:\n    by: Ola\n    at: 2026-03-12\n    revision: 1\n",
     "case.yaml:9: case.approval.at: 2026-03-12 is not a date and time such as "
     "2026-03-12T10:15:00+01:00"),
    ("  approval:\n    by: Ola\n    at: 2026-03-12T10:15:00Z\n    revision: 0\n",
     "case.yaml:10: case.approval.revision: must be a revision number (1, 2, ...), not 0"),
    ("  approval:\n    by: Ola\n    revision: 1\n",
     "case.yaml:7: case.approval: the required key 'at' is missing"),
])
def test_a_faulty_record_is_named_with_its_line(catalog: Catalog, record: str,
                                                expected: str) -> None:
    errors = errors_of(APPROVED_HEAD + record + ALTERNATIVES, catalog)
    assert errors == [expected]


def test_a_record_on_a_draft_is_refused(catalog: Catalog) -> None:
    assert errors_of(HEAD + ALTERNATIVES + RECORD, catalog) == [
        "case.yaml:16: case.approval: an approval record belongs only to an approved or "
        "decided case, not to one marked draft"]


def test_an_aware_moment_in_utc_also_reads(catalog: Catalog) -> None:
    text = APPROVED_HEAD + ALTERNATIVES + RECORD.replace("+01:00", "Z")
    case = parse_case(text.encode(), catalog)
    assert case.approved_at == datetime(2026, 3, 12, 10, 15, tzinfo=UTC)
