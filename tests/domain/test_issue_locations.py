"""Issues carry a structured location, resolved to ids when the rules make them."""

from __future__ import annotations

import dataclasses

from impactapp.domain.approval import verdict_blockers
from impactapp.domain.issues import Issue
from impactapp.domain.location import Location, locate, segments
from impactapp.domain.model import ReviewVerdict, Text
from impactapp.domain.status import check_transition
from impactapp.domain.validation import validate_case


def test_segments_split_names_and_positions():
    assert segments("alternatives[1].assessments[2].districts.030101") == [
        "alternatives", 1, "assessments", 2, "districts", "030101"]
    assert segments("title") == ["title"]


def test_a_district_rating_names_alternative_criterion_and_district(case):
    a1 = case.alternatives[1]
    j = next(i for i, a in enumerate(a1.assessments) if a.criterion == "dist.geography")
    where = locate(f"alternatives[1].assessments[{j}].districts.030101", case)
    assert where == Location(section="alternatives", index=1, alternative="a1",
                             part="assessments", part_index=j, criterion="dist.geography",
                             district="030101", attribute="districts")


def test_a_missing_justification_found_by_the_rules_points_at_its_alternative_and_criterion(
        case, catalog):
    case.alternatives[1].assessments[0] = dataclasses.replace(
        case.alternatives[1].assessments[0], justification="")
    criterion = case.alternatives[1].assessments[0].criterion
    [issue] = [i for i in validate_case(case, catalog) if i.code == "justification_missing"]
    assert issue.where.alternative == "a1"
    assert issue.where.part == "assessments" and issue.where.criterion == criterion
    assert issue.where.attribute == "justification"
    assert issue.path == "alternatives[1].assessments[0].justification"  # for the CLI


def test_a_missing_measure_name_points_at_the_alternative_by_id(case, catalog):
    case.alternatives[1].name = ""
    [issue] = [i for i in validate_case(case, catalog) if i.path.endswith(".name")]
    assert (issue.where.alternative, issue.where.part) == ("a1", "name")


def test_a_screening_reason_points_at_the_screened_criterion(case, catalog):
    case.screening[0].reason = ""
    [issue] = [i for i in validate_case(case, catalog) if i.code == "screening_reason_missing"]
    assert issue.where.section == "screening"
    assert (issue.where.criterion, issue.where.attribute) == ("env.noise", "reason")


def test_review_rows_point_at_the_step_reviewed(case, catalog):
    case.status = "in_review"
    case.review = [ReviewVerdict(step="details", verdict="redo", note="Mangler enhet.")]
    redo = [i for i in check_transition(case, "approved", catalog) if i.code == "review_redo"]
    assert [i.where.review_step for i in redo] == ["details"]
    missing = {i.where.review_step for i in verdict_blockers(case, catalog)
               if i.code == "review_missing"}
    assert "details" not in missing and "sdg" in missing


def test_an_issue_made_without_the_case_still_has_its_section():
    issue = Issue("alternatives[4].trade_offs[0].handling", "required", Text("a", "a"),
                  "trade_offs")
    assert issue.where.in_part("trade_offs")
    assert issue.where.alternative is None  # no case: the position is not resolved to an id
    assert issue.where.index == 4
