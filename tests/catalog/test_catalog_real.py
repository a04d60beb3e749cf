"""The catalog the program ships (criteria/ and forms/ at the top of the project) is valid."""

from __future__ import annotations

import pytest

from impactapp.catalog import load_catalog
from impactapp.domain.model import PILLARS, STEP_IDS
from impactapp.resources import resource_dir

#: The stable criterion ids of the method (METHOD.md, "Criteria (stable ids)").
METHOD_CRITERIA = (
    "env.climate_mitigation",
    "env.climate_adaptation",
    "env.energy",
    "env.nature",
    "env.land_use",
    "env.air_quality",
    "env.noise",
    "env.water",
    "env.resources_waste",
    "env.green_spaces",
    "soc.public_health",
    "soc.housing",
    "soc.education",
    "soc.safety",
    "soc.participation",
    "dist.low_income",
    "dist.children_youth",
    "dist.elderly",
    "dist.disability",
    "dist.gender",
    "dist.minorities",
    "dist.geography",
    "dist.future_generations",
    "econ.municipal_budget",
    "econ.employment",
    "econ.business",
)

SHIPPED = resource_dir("criteria") / "criteria.yaml"

pytestmark = pytest.mark.skipif(
    not SHIPPED.exists(),
    reason=f"the shipped catalog is not written yet ({SHIPPED} does not exist)",
)


def test_shipped_catalog_loads_with_all_goals_targets_and_method_criteria():
    catalog = load_catalog()
    assert len(catalog.goals) == 17
    assert sorted(catalog.goals) == list(range(1, 18))
    assert len(catalog.targets) == 169
    missing = [c for c in METHOD_CRITERIA if c not in catalog.criteria]
    assert missing == []
    assert set(catalog.pillars) == set(PILLARS)
    assert catalog.form is not None
    assert tuple(s.id for s in catalog.form.steps) == STEP_IDS


def test_shipped_catalog_knows_oslo_and_its_districts():
    catalog = load_catalog()
    assert catalog.regions["0301"].kind == "kommune"
    assert len(catalog.districts_of("0301")) >= 15


def test_the_domain_names_steps_as_the_shipped_form_does() -> None:
    from impactapp.catalog import load_catalog
    from impactapp.domain.vocabulary import STEP_LABELS

    form = load_catalog().form
    assert {s.id: s.title for s in form.steps} == STEP_LABELS
