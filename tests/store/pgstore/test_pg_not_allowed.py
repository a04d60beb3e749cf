"""A refused update vs a version conflict on PostgreSQL: both touch no row, and the store
re-reads the case to tell "not allowed" (row-level security) from "someone saved first"."""

from __future__ import annotations

import pytest

from impactapp.domain.model import Case
from impactapp.domain.serialize import case_to_data
from impactapp.store import ConflictError, NotAllowed, open_store
from impactapp.store.postgres import CASEWORKER


@pytest.fixture
def as_login(pg_cluster, database):
    """The database's URI for a caseworker login (made on first use)."""

    def uri(login: str) -> str:
        pg_cluster.create_login(login, CASEWORKER)
        return pg_cluster.conninfo(database, login)

    return uri


def test_editing_someone_elses_case_is_not_allowed_and_names_the_owner(as_login, clock):
    with open_store(as_login("kari_cw"), clock=clock) as kari, \
            open_store(as_login("ola_cw"), clock=clock) as ola:
        case = kari.add_case(Case(title="Karis sak"))
        theirs = ola.get_case(case.id)
        theirs.problem = "Ola skriver her"
        with pytest.raises(NotAllowed) as caught:
            ola.save_case(theirs)
        assert caught.value.owner == "kari_cw"
        assert caught.value.text.nb == (
            f"Du har ikke lov til å endre sak {case.id} (den eies av kari_cw).")
        with pytest.raises(NotAllowed):  # the autosave's path: no conflict copy either
            ola.save_draft(theirs.id, theirs.version, case_to_data(theirs))
        assert kari.conflict_copies(case.id) == []
        assert kari.get_case(case.id).version == case.version


def test_someone_saving_first_is_still_a_conflict(as_login, clock):
    with open_store(as_login("kari_cw"), clock=clock) as first, \
            open_store(as_login("kari_cw"), clock=clock) as second:
        case = first.add_case(Case(title="Karis sak"))
        stale = second.get_case(case.id)
        case.problem = "Først"
        first.save_case(case)
        stale.problem = "Etterpå"
        with pytest.raises(ConflictError) as caught:
            second.save_case(stale)
        assert not isinstance(caught.value, NotAllowed)
        assert (caught.value.expected_version, caught.value.actual_version) == (1, 2)
