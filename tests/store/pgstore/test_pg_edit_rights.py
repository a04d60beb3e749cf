"""On a shared database the server decides who may edit a case, and ``may_edit`` asks it:
its answer is what a save then meets, for every role (the case window opens read-only)."""

from __future__ import annotations

import uuid

import pytest

from impactapp.domain.model import Case
from impactapp.store import DatabaseFailure, NotAllowed, NotFound, open_store


def _login(pg_cluster, *groups: str) -> str:
    name = f"er_{uuid.uuid4().hex[:8]}"
    pg_cluster.create_login(name, *groups)
    return name


def _saves(store, case_id: int) -> bool:
    """Whether an edit of the case's content is saved for the store's login."""
    case = store.get_case(case_id)
    case.problem = f"Endret av {store.who}"
    try:
        store.save_case(case, by="Navn Navnesen")
    except (NotAllowed, DatabaseFailure):
        return False
    return True


@pytest.fixture
def people(pg_cluster, database):
    logins = {
        "owner": _login(pg_cluster, "impactapp_caseworker"),
        "colleague": _login(pg_cluster, "impactapp_caseworker"),
        "reviewer": _login(pg_cluster, "impactapp_reviewer"),
        "leader": _login(pg_cluster, "impactapp_leader"),
    }
    return {role: pg_cluster.conninfo(database, login) for role, login in logins.items()}


def _answers(people, case_id: int, clock) -> dict[str, bool]:
    answers = {}
    for role, uri in people.items():
        with open_store(uri, clock=clock) as store:
            answers[role] = store.may_edit(case_id)
    return answers


def test_only_the_owner_may_edit_a_draft_and_the_server_agrees(people, clock):
    with open_store(people["owner"], clock=clock) as owner:
        case_id = owner.add_case(Case(title="Ny sykkelvei")).id
    answers = _answers(people, case_id, clock)
    assert answers == {"owner": True, "colleague": False, "reviewer": False, "leader": False}
    for role, uri in people.items():
        with open_store(uri, clock=clock) as store:
            assert _saves(store, case_id) is answers[role], role


def test_in_review_only_a_reviewer_who_is_not_the_author_may(people, clock):
    with open_store(people["owner"], clock=clock) as owner:
        case_id = owner.add_case(Case(title="Ny sykkelvei")).id
        owner.set_status(case_id, "in_review", by="Kari Nordmann")
    answers = _answers(people, case_id, clock)
    assert answers == {"owner": False, "colleague": False, "reviewer": True, "leader": False}
    for role in ("owner", "colleague", "leader", "reviewer"):  # the reviewer's save last
        with open_store(people[role], clock=clock) as store:
            assert _saves(store, case_id) is answers[role], role


def test_asking_about_a_case_that_is_not_there_is_not_found(people, clock):
    with open_store(people["leader"], clock=clock) as leader, pytest.raises(NotFound):
        leader.may_edit(999_999)
