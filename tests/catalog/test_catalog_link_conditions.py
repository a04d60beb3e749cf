"""Conditional criterion->target links in criteria.yaml: read when right, reported when wrong."""

from __future__ import annotations

import pytest

HOUSING_LINK = ("        reason: {nb: Trygge boliger til en overkommelig pris., "
                "en: Safe and affordable housing.}\n")


def conditional(extra: str) -> tuple[str, str, str]:
    return ("criteria/criteria.yaml", HOUSING_LINK, HOUSING_LINK + extra)


def test_a_conditional_link_is_read_with_its_conditions(catalog_copy):
    catalog_copy.replace(*conditional(
        "        only_with: [dist.low_income]\n        same_direction: true\n"
        "        direction: negative\n        min_size: 2\n"))
    link = catalog_copy.load().criteria["soc.housing"].sdg_links[0]
    assert (link.target, link.only_with, link.same_direction, link.direction,
            link.min_size) == ("11.1", ("dist.low_income",), True, "negative", 2)
    plain = catalog_copy.load().criteria["dist.low_income"].sdg_links[0]
    assert (plain.only_with, plain.same_direction, plain.direction, plain.min_size) == (
        (), False, None, 0)


@pytest.mark.parametrize(("extra", "expected"), [
    ("        only_with: [dist.low_incme]\n",
     ["criteria/criteria.yaml:34: criteria[1].sdg_targets[0].only_with[0]: "
      "unknown criterion 'dist.low_incme'"]),
    ("        direction: up\n",
     ["criteria/criteria.yaml:34: criteria[1].sdg_targets[0].direction: "
      "'up' is not one of positive, negative"]),
    ("        same_direction: true\n",
     ["criteria/criteria.yaml:34: criteria[1].sdg_targets[0].same_direction: "
      "only meaningful with only_with"]),
    ("        min_size: 0\n",
     ["criteria/criteria.yaml:34: criteria[1].sdg_targets[0].min_size: "
      "must be 1 or more (steps from zero)"]),
    ("        when: always\n",
     ["criteria/criteria.yaml:34: criteria[1].sdg_targets[0].when: unknown key (allowed: "
      "target, reason, only_with, same_direction, direction, min_size)"]),
])
def test_a_wrong_condition_is_reported_exactly(catalog_copy, extra, expected):
    catalog_copy.replace(*conditional(extra))
    assert catalog_copy.errors() == expected
