"""The store used by a caseworker's own login: what the roles allow works through the
program (reading through the views that hide exempt text from others)."""

from __future__ import annotations

import uuid

from impactapp.domain.model import Case
from impactapp.store import open_store


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
