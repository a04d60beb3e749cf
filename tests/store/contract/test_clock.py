"""The store dates every change by the clock it was opened with, never by the wall clock."""

from __future__ import annotations

from datetime import timedelta


def test_created_updated_and_the_audit_log_follow_the_injected_clock(store_factory, clock,
                                                                    new_case):
    with store_factory(who="kari", clock=clock) as store:
        assert store.time_source is clock
        case = store.add_case(new_case("Sak med fast klokke"))
        assert case.created == clock.now() and case.updated == clock.now()
        clock.advance(timedelta(days=365))
        case.title = "Et år senere"
        saved = store.save_case(case)
        assert saved.updated == clock.now()
        assert saved.created == case.created < saved.updated
        assert max(entry.at for entry in store.audit_log(case.id)) == clock.now()
