"""The step list's check marks and the blockers follow the rules, not where someone clicked."""

from __future__ import annotations

import pytest

from impactapp.catalog import load_catalog
from impactapp.domain.blockers import blockers
from impactapp.domain.model import Alternative, Assessment, Case, Recommendation, ReviewVerdict
from impactapp.domain.progress import screening_decided, step_state
from impactapp.domain.screening import QUESTIONS, suggest_depth
from impactapp.domain.status import check_transition
from impactapp.domain.validation import validate_case

CATALOG = load_catalog()
STEPS = {s.id: s for s in CATALOG.form.steps}


def states(case: Case) -> dict[str, str]:
    issues = validate_case(case, CATALOG)
    return {sid: step_state(case, step, CATALOG, issues) for sid, step in STEPS.items()}


def fresh() -> Case:
    return Case(title="Ny sak", alternatives=[Alternative("a0", "Nullalternativ", zero=True)])


def test_a_fresh_case_has_no_check_mark_anywhere():
    got = states(fresh())
    assert "complete" not in got.values()
    assert got["details"] == "incomplete"  # a title, but no unit, caseworker, decision body
    assert got["screening"] == "not_started"  # the default depth is nobody's decision
    assert got["problem"] == "not_started"
    assert got["trade_offs"] == got["indicators"] == "optional"  # nothing required (simplified)


def test_a_step_is_complete_only_when_its_required_fields_are():
    case = fresh()
    case.problem = "Trafikken er for tung."
    assert states(case)["problem"] == "incomplete"  # the goals are still missing
    case.goals = "Tryggere skolevei."
    assert states(case)["problem"] == "complete"


def test_what_is_required_depends_on_the_depth():
    case = fresh()
    case.depth_reason = "Liten sak."
    assert states(case)["indicators"] == "optional"
    case.depth = "full"  # at full depth an indicator is required
    assert states(case)["indicators"] == "not_started"


def _answers(choice: int) -> dict[str, str]:
    return {q.id: q.answer_ids[choice] for q in QUESTIONS}


@pytest.mark.parametrize("choice", [0, -1])
def test_the_screening_is_complete_once_every_question_is_answered(choice):
    case = fresh()
    answers = _answers(choice)
    first = next(iter(answers))
    case.screening_answers = {first: answers[first]}
    case.depth = suggest_depth(case.screening_answers) or "simplified"
    assert not screening_decided(case)
    assert states(case)["screening"] == "incomplete"
    case.screening_answers = answers
    case.depth = suggest_depth(answers)
    assert screening_decided(case)
    assert states(case)["screening"] == "complete"


def test_the_screening_is_complete_when_the_depth_is_chosen_with_its_reason():
    case = fresh()
    case.depth, case.depth_reason = "minimum", "Et rent formelt vedtak."
    assert states(case)["screening"] == "complete"


def test_an_unanswered_review_note_marks_its_step():
    case = fresh()
    case.problem, case.goals = "Et problem.", "Et mål."
    case.review = [ReviewVerdict("problem", "improve", note="Tydeligere mål.")]
    assert states(case)["problem"] == "review"
    case.review[0].answer = "Målet er nå tallfestet."
    assert states(case)["problem"] == "complete"


def test_each_blocker_names_its_step_and_field_and_no_two_read_the_same():
    case = fresh()
    case.alternatives.append(Alternative("a1", "Sykkelvei",
                                         assessments=[Assessment("env.noise", -1)]))
    found = blockers(case, check_transition(case, "in_review", CATALOG), CATALOG.form)
    lines = [b.text("nb") for b in found]
    assert len(set(lines)) == len(lines)
    assert "Steg 1, Saksopplysninger – Enhet: Feltet må fylles ut." in lines
    assert "Steg 3, Problem og mål – Hva vil vi oppnå?: Feltet må fylles ut." in lines
    assert ("Steg 5, Miljøkonsekvenser – Vurdering av miljøkriteriene (Sykkelvei): "
            "Begrunn vurderingen av «Støy».") in lines
    english = [b.text("en") for b in found]
    assert "Step 1, Case details – Organisational unit: This field is required." in english
    # In the wizard's order, every one with the field to jump to.
    numbers = [b.number for b in found]
    assert numbers == sorted(numbers)
    assert all(b.field is not None for b in found)
    assert {b.field.id for b in found if b.step == "recommendation"} == {
        "recommendation.alternative", "recommendation.justification", "prerequisites"}


def test_a_complete_case_has_no_blockers_for_review():
    case = fresh()
    case.unit, case.caseworker, case.decision_body = "Bymiljøetaten", "Kari", "Bystyret"
    case.problem, case.goals, case.prerequisites = "P.", "M.", "F."
    case.depth = "minimum"
    case.recommendation = Recommendation("a0", "Ingen endring nå.")
    found = blockers(case, check_transition(case, "in_review", CATALOG), CATALOG.form)
    assert [b.text("en") for b in found] == []
