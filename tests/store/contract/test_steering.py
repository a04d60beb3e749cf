"""Indicator targets and the plan register round-trip through the store, with their history;
a schema 5 database gains them on migration with its cases intact."""


import pytest

from impactapp.domain.indicator_targets import FROM_DATABASE, IndicatorTarget
from impactapp.domain.plans import Plan
from impactapp.store.sqlite.steering import PlanNotFound


def test_a_target_round_trips_and_is_replaced_not_duplicated(store, store_factory):
    stored = store.set_indicator_target(IndicatorTarget("ind.child_poverty", 10, 2030, "lower"))
    assert stored.source == FROM_DATABASE and stored.set_by == "kari" and stored.set_at
    store.set_indicator_target(IndicatorTarget("ind.child_poverty", 9.5, 2028, "lower"))
    store.close()
    with store_factory(who="ola") as again:
        (target,) = again.indicator_targets().values()
        assert (target.indicator, target.value, target.year, target.direction, target.set_by) \
            == ("ind.child_poverty", 9.5, 2028, "lower", "kari")
        assert again.remove_indicator_target("ind.child_poverty") is True
        assert again.remove_indicator_target("ind.child_poverty") is False
        assert again.indicator_targets() == {}
        actions = [(e.action, e.who) for e in again.audit_log()]
        assert actions == [("set_target", "kari"), ("set_target", "kari"),
                           ("remove_target", "ola")]


@pytest.mark.parametrize("target", [
    IndicatorTarget("ind.x", 10, 1066, "lower"),
    IndicatorTarget("ind.x", float("inf"), 2030, "lower"),
    IndicatorTarget("ind.x", 10, 2030, "sideways"),
])
def test_a_bad_target_is_refused_and_nothing_is_written(store, target):
    with pytest.raises(ValueError, match=r"ind\.x"):
        store.set_indicator_target(target)
    assert store.indicator_targets() == {} and store.audit_log() == []


def test_a_plan_round_trips_with_its_links_in_order(store, store_factory):
    plan = Plan("Klimastrategi for Oslo", "Klimaetaten", "strategy", 2020, 2030,
                "https://www.oslo.kommune.no/klima", ("13.2", "11.6", "7.3"),
                ("ind.ghg_emissions",))
    stored = store.add_plan(plan)
    assert stored.id is not None
    other = store.add_plan(Plan("Boligplan", targets=("11.1",)))
    store.close()
    with store_factory(who="kari") as again:
        assert again.plans() == [other, stored]  # by name
        assert again.plan(stored.id) == stored
        changed = again.update_plan(Plan("Boligplan 2", "PBE", "plan", 2024, None, "",
                                         ("1.2",), (), other.id))
        assert again.plan(other.id) == changed and changed.targets == ("1.2",)
        again.remove_plan(stored.id)
        assert [p.name for p in again.plans()] == ["Boligplan 2"]
        with pytest.raises(PlanNotFound, match=str(stored.id)):
            again.remove_plan(stored.id)
        assert [e.action for e in again.audit_log()] == [
            "add_plan", "add_plan", "update_plan", "remove_plan"]


def test_a_bad_plan_is_refused(store):
    with pytest.raises(ValueError, match="end_year"):
        store.add_plan(Plan("Plan", start_year=2030, end_year=2020))
    assert store.plans() == []


def test_the_indicators_cases_follow_are_read_from_their_content(store, new_case):
    kept = store.add_case(new_case("Fulgt"))
    binned = store.add_case(new_case("I papirkurven"))
    store.delete_case(binned.id)
    expected = sorted({(kept.id, kept.title, kept.status, link.indicator)
                       for link in kept.indicators})
    assert expected and store.indicator_case_links() == expected


def test_a_refused_plan_reads_in_bokmal_for_the_window_and_in_english_for_the_cli(store):
    from impactapp.store import SteeringRefused

    with pytest.raises(SteeringRefused) as caught:
        store.add_plan(Plan("Boligplan", start_year=2030, end_year=2020))
    assert str(caught.value) == (
        "plan 'Boligplan': end_year: ends (2020) before it starts (2030)")
    assert caught.value.text.get("nb") == (
        "plan «Boligplan»: til år: slutter (2020) før den starter (2030)")
