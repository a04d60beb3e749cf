"""Whether the store's login may edit a case (``may_edit``): the case window opens read-only
when not. Here with every privilege, so only the lifecycle decides (the roles of a shared
database are tests/store/pgstore/test_pg_edit_rights.py's)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from impactapp.domain.model import Case
from impactapp.store import NotFound, Store

NewCase = Callable[..., Case]


def test_a_draft_and_a_case_in_review_may_be_edited(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    assert store.may_edit(case.id) is True
    store.set_status(case.id, "in_review", by="Kari Nordmann")
    assert store.may_edit(case.id) is True


def test_an_approved_or_decided_case_may_not(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    store.approve(case.id, "Leder Lise")
    assert store.may_edit(case.id) is False
    store.decide(case.id, date(2026, 3, 1), by="Leder Lise")
    assert store.may_edit(case.id) is False
    store.new_revision(case.id, by="Kari Nordmann")
    assert store.may_edit(case.id) is True


def test_a_case_in_the_bin_may_not_and_a_missing_one_is_not_found(
        store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    store.delete_case(case.id)
    assert store.may_edit(case.id) is False
    store.restore_case(case.id)
    assert store.may_edit(case.id) is True
    with pytest.raises(NotFound):
        store.may_edit(case.id + 1000)


def test_asking_changes_nothing_and_holds_no_lock(store_factory, new_case: NewCase) -> None:
    kari, ola = store_factory("kari"), store_factory("ola")
    case = kari.add_case(new_case())
    assert ola.may_edit(case.id) is True
    loaded = kari.get_case(case.id)
    loaded.problem = "Lagret rett etter spørsmålet"
    assert kari.save_case(loaded).version == 2
    assert [e.action for e in kari.audit_log(case.id)] == ["create", "update"]
