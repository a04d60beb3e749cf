"""A step counts as started when any of its fields holds something the caseworker entered."""

from dataclasses import replace

from impactapp.catalog import load_catalog
from impactapp.domain.model import Alternative, Assessment, Case
from impactapp.domain.progress import step_has_content

CATALOG = load_catalog()
STEPS = {s.id: s for s in CATALOG.form.steps}


def started(case: Case) -> set[str]:
    return {sid for sid, step in STEPS.items() if step_has_content(case, step, CATALOG)}


def test_a_fresh_case_has_only_its_details_and_depth_started():
    fresh = Case(title="Ny sak", alternatives=[Alternative("a0", "Nullalternativ", zero=True)])
    assert started(fresh) == {"details", "screening"}  # title, language and depth are set


def test_each_kind_of_entry_starts_its_step():
    measure = Alternative("a1", "Tiltak", assessments=[Assessment("econ.employment", 1)])
    case = Case(title="Sak", problem="Et problem.",
                alternatives=[Alternative("a0", "Null", zero=True), measure])
    assert {"problem", "alternatives", "economy"} <= started(case)
    assert "environment" not in started(case)
    env = replace(measure, assessments=[Assessment("env.noise", -1)])
    case.alternatives[1] = env
    assert "environment" in started(case) and "economy" not in started(case)
