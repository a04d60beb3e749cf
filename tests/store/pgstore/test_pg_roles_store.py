"""The store used by a caseworker's own login: what the roles allow works through the
program (reading through the views that hide exempt text from others)."""

from __future__ import annotations

import uuid

import pytest

from impactapp.domain.model import Case, Confidentiality
from impactapp.store import CaseWithheld, open_store


def _login(pg_cluster, database, *groups: str, unit: str = "Bymiljøetaten") -> str:
    name = f"cw_{uuid.uuid4().hex[:8]}"
    pg_cluster.create_login(name, *groups)
    with pg_cluster.connect(database) as conn:
        conn.execute("INSERT INTO user_units (login, unit) VALUES (%s, %s)", [name, unit])
    return name


def test_a_caseworker_creates_edits_lists_and_submits_a_case(pg_cluster, database, clock):
    login = _login(pg_cluster, database, "impactapp_caseworker")
    uri = pg_cluster.conninfo(database, login)
    with open_store(uri, clock=clock) as store:
        assert store.who == login
        case = store.add_case(Case(title="Ny sykkelvei"))
        case.problem = "For mange ulykker."
        saved = store.save_case(case)
        assert saved.version == 2
        assert [c.title for c in store.list_cases()] == ["Ny sykkelvei"]
        assert store.get_case(case.id).problem == "For mange ulykker."
        assert store.comparison_rows()["cases"][1][0][1] == "Ny sykkelvei"
        sent = store.set_status(case.id, "in_review", by="Kari Nordmann")
        assert sent.status == "in_review"
        assert [e.who for e in store.audit_log(case.id)] == [login] * 3


def test_an_exempt_case_is_counted_but_withheld_from_a_leader_in_plain_words(
        pg_cluster, database, clock):
    owner = _login(pg_cluster, database, "impactapp_caseworker")
    leader = _login(pg_cluster, database, "impactapp_leader", unit="Rådmannens stab")
    with open_store(pg_cluster.conninfo(database, owner), clock=clock) as store:
        case = store.add_case(Case(title="Varsling om rektor", confidentiality=Confidentiality(
            exempt=True, basis="offl. § 13")))
        assert store.get_case(case.id).title == "Varsling om rektor"  # the owner reads it
    with open_store(pg_cluster.conninfo(database, leader), clock=clock) as store:
        assert [(c.id, c.title) for c in store.list_cases()] == [(case.id, "")]
        with pytest.raises(CaseWithheld) as refused:
            store.get_case(case.id)
    assert refused.value.message("nb").startswith(f"Sak {case.id} er unntatt offentlighet")
    assert "Varsling" not in str(refused.value)
