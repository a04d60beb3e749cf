"""Suggestions ranked by strength, conditional criterion->target links, and dismissals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from impactapp.domain.model import (
    Alternative,
    Assessment,
    CriterionSdgLink,
    SdgDismissal,
    SdgLink,
    Text,
)
from impactapp.domain.sdg import (
    SHOWN_SUGGESTIONS,
    confirm_suggestion,
    dismiss_suggestion,
    open_suggestions,
    ranked_sdg_suggestions,
    restore_suggestion,
    suggest_sdg_targets,
)
from impactapp.domain.validation import validate_case

from .sample import CATALOG, complete_case


def measure(*ratings: tuple[str, object, str | None]) -> Alternative:
    return Alternative("a1", "Tiltak", assessments=[
        Assessment(c, r, certainty=k) for c, r, k in ratings])


def with_links(criterion: str, *links: CriterionSdgLink):
    """The sample catalog with ``criterion``'s links replaced."""
    criteria = dict(CATALOG.criteria)
    criteria[criterion] = replace(criteria[criterion], sdg_links=links)
    return replace(CATALOG, criteria=criteria)


def link(target: str, **condition) -> CriterionSdgLink:
    return CriterionSdgLink(target, Text("grunn", "reason"), **condition)


def targets(found) -> list[str]:
    return [s.target for s in found]


def test_the_strongest_rating_comes_first_whatever_the_scale():
    alt = measure(("soc.housing", 1, "high"), ("env.nature", -4, "low"),
                  ("econ.employment", 2, "high"))
    # env.nature -4 of 4 (dfo9) is a full pull; employment 2 of 4 is half; housing 1 of 3.
    assert targets(ranked_sdg_suggestions(alt, CATALOG)) == ["15.1", "15.5", "8.5", "11.1"]


def test_certainty_breaks_a_tie_in_size_then_local_relevance_then_support():
    alt = measure(("soc.housing", 2, "low"), ("econ.municipal_budget", -2, "high"))
    assert targets(ranked_sdg_suggestions(alt, CATALOG)) == ["16.6", "11.1"]
    targets_ = dict(CATALOG.targets)
    targets_["11.1"] = replace(targets_["11.1"], local_relevance="low")
    catalog = replace(CATALOG, targets=targets_)
    alt = measure(("soc.housing", 2, "high"), ("econ.municipal_budget", -2, "high"))
    assert targets(ranked_sdg_suggestions(alt, catalog)) == ["16.6", "11.1"]
    # Two criteria behind 10.2 outrank one behind 1.2 when size, certainty, relevance tie.
    alt = measure(("dist.low_income", 1, "medium"), ("dist.children_youth", 1, "medium"))
    assert targets(ranked_sdg_suggestions(alt, CATALOG))[0] == "10.2"


def test_a_rating_without_certainty_ranks_below_a_low_certainty_one():
    alt = measure(("soc.housing", 2, None), ("econ.municipal_budget", 2, "low"))
    assert targets(ranked_sdg_suggestions(alt, CATALOG)) == ["16.6", "11.1"]


def test_only_with_suggests_a_target_only_when_another_named_criterion_is_rated():
    catalog = with_links("dist.children_youth", link("4.2"),
                         link("1.2", only_with=("dist.low_income",)))
    alone = measure(("dist.children_youth", -1, "high"))
    assert targets(suggest_sdg_targets(alone, catalog)) == ["4.2"]
    both = measure(("dist.children_youth", -1, "high"), ("dist.low_income", 2, "high"))
    found = {s.target: s for s in suggest_sdg_targets(both, catalog)}
    assert found["1.2"].criteria == ("dist.low_income", "dist.children_youth")
    assert found["1.2"].contribution == "mixed"


def test_same_direction_needs_the_other_criterion_to_pull_the_same_way():
    catalog = with_links("dist.children_youth",
                         link("1.2", only_with=("dist.low_income",), same_direction=True))
    against = measure(("dist.children_youth", -1, "high"), ("dist.low_income", 2, "high"))
    assert "dist.children_youth" not in next(
        s for s in suggest_sdg_targets(against, catalog) if s.target == "1.2").criteria
    along = measure(("dist.children_youth", 1, "high"), ("dist.low_income", 2, "high"))
    assert next(s for s in suggest_sdg_targets(along, catalog)
                if s.target == "1.2").criteria == ("dist.low_income", "dist.children_youth")


def test_direction_limits_a_link_to_one_sign_of_the_rating():
    catalog = with_links("econ.municipal_budget", link("16.6", direction="positive"))
    assert targets(suggest_sdg_targets(measure(("econ.municipal_budget", -3, "high")),
                                       catalog)) == []
    assert targets(suggest_sdg_targets(measure(("econ.municipal_budget", 2, "high")),
                                       catalog)) == ["16.6"]


def test_min_size_limits_a_link_to_clear_effects():
    catalog = with_links("dist.low_income", link("10.2"), link("1.2", min_size=2))
    small = measure(("dist.low_income", -1, "high"))
    assert targets(suggest_sdg_targets(small, catalog)) == ["10.2"]
    clear = measure(("dist.low_income", -2, "high"))
    assert targets(suggest_sdg_targets(clear, catalog)) == ["1.2", "10.2"]


def test_at_most_ten_open_suggestions_are_shown_until_all_are_asked_for():
    catalog = with_links("env.nature", *(link(t) for t in CATALOG.targets))
    alt = measure(("env.nature", 2, "medium"), ("soc.housing", 3, "high"))
    listing = open_suggestions(alt, catalog)
    assert len(listing.shown) == SHOWN_SUGGESTIONS == 10
    assert listing.hidden == len(CATALOG.targets) - 10
    assert listing.shown[0].target == "11.1"  # housing +3 of 3 is the strongest pull
    everything = open_suggestions(alt, catalog, show_all=True)
    assert len(everything.shown) == len(CATALOG.targets) and everything.hidden == 0


def test_confirmed_and_dismissed_targets_leave_the_open_list():
    alt = measure(("dist.low_income", -2, "high"), ("soc.housing", 1, "low"))
    confirm_suggestion(alt, "1.2", "negative")
    dismiss_suggestion(alt, "10.2", "  Tiltaket gjelder ikke inkludering.  ")
    listing = open_suggestions(alt, CATALOG)
    assert targets(listing.shown) == ["11.1"]
    assert targets(listing.dismissed) == ["10.2"]
    assert alt.sdg_dismissed[0].reason == "Tiltaket gjelder ikke inkludering."
    restore_suggestion(alt, "10.2")
    assert targets(open_suggestions(alt, CATALOG).shown) == ["10.2", "11.1"]


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_a_dismissal_needs_a_reason(reason):
    alt = measure(("dist.low_income", -2, "high"))
    with pytest.raises(ValueError, match="reason"):
        dismiss_suggestion(alt, "1.2", reason)
    assert alt.sdg_dismissed == []


def test_a_confirmed_target_is_not_dismissed_and_confirming_lifts_a_dismissal():
    alt = measure(("dist.low_income", -2, "high"))
    alt.sdg_targets.append(SdgLink("1.2", "negative"))
    with pytest.raises(ValueError, match="confirmed"):
        dismiss_suggestion(alt, "1.2", "Feil")
    dismiss_suggestion(alt, "10.2", "Feil delmål")
    dismiss_suggestion(alt, "10.2", "Gjelder ikke")  # a second dismissal replaces the first
    assert [(d.target, d.reason) for d in alt.sdg_dismissed] == [("10.2", "Gjelder ikke")]
    confirm_suggestion(alt, "10.2", "negative")
    assert alt.sdg_dismissed == []
    assert [x.target for x in alt.sdg_targets] == ["1.2", "10.2"]


def test_validation_reports_a_stored_dismissal_without_reason_or_with_an_unknown_target():
    case = complete_case()
    alt = case.measures[0]
    alt.sdg_dismissed = [SdgDismissal("10.2", "  "), SdgDismissal("99.9", "Feil")]
    index = case.alternatives.index(alt)
    found = {(i.path, i.code) for i in validate_case(case, CATALOG)}
    assert (f"alternatives[{index}].sdg_dismissed[0].reason", "required") in found
    assert (f"alternatives[{index}].sdg_dismissed[1].target", "unknown_target") in found
    alt.sdg_dismissed = [SdgDismissal("10.2", "Tiltaket gjelder ikke inkludering.")]
    assert not [i for i in validate_case(case, CATALOG) if "sdg_dismissed" in i.path]
