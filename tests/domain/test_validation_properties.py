"""Validation on arbitrary cases: it never raises, speaks in known codes, and grows with depth."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings

from impactapp.domain.issues import MESSAGES
from impactapp.domain.model import DEPTHS, STEP_IDS
from impactapp.domain.validation import validate_for_depth

from .sample import CATALOG
from .strategies import cases

# Issues that depend on which depth is asked for rather than on how much it demands.
_DEPTH_BOUND = {"depth_reason_missing", "pillar_unrated"}


@settings(max_examples=100, deadline=None)
@given(cases)
def test_validation_never_raises_and_every_issue_is_well_formed(case):
    for depth in DEPTHS:
        for issue in validate_for_depth(case, CATALOG, depth):
            assert issue.code in MESSAGES
            assert issue.step is None or issue.step in STEP_IDS
            assert issue.path
            assert issue.message.nb.strip() and issue.message.en.strip()


@settings(max_examples=100, deadline=None)
@given(cases)
def test_a_deeper_assessment_demands_at_least_as_much(case):
    found = {
        depth: {(i.path, i.code) for i in validate_for_depth(case, CATALOG, depth)}
        for depth in DEPTHS
    }
    for lighter, deeper in pairwise(DEPTHS):
        kept = {(p, c) for p, c in found[lighter] if c not in _DEPTH_BOUND}
        assert kept <= found[deeper]
    # A pillar without any rating at minimum is a missing rating at simplified.
    for path, code in found["minimum"]:
        if code == "pillar_unrated":
            assert (path, "rating_missing") in found["simplified"]
