"""The writes of a transaction travel together: an autosave costs a handful of round trips to
the server, not one per statement, and batching changes nothing that is stored or refused."""

from __future__ import annotations

import math
import uuid
from pathlib import Path

import pytest
from psycopg import pq

from bench.synthetic import make_case
from impactapp.catalog import load_catalog
from impactapp.domain.serialize import case_to_data
from impactapp.store import DatabaseFailure, open_store
from impactapp.store.postgres import connection
from impactapp.store.postgres.connection import PgDatabase
from impactapp.store.postgres.dialect import rows_as_json, translate

#: What a full autosave sends: the case row and profile name; BEGIN with the update; the
#: projections with the history entry; COMMIT.
AUTOSAVE_ROUND_TRIPS = 4


def _round_trips(db: PgDatabase, action, trace: Path) -> int:
    """How often the connection waited for the server while ``action`` ran: the Sync and
    Query messages it sent, read from libpq's protocol trace."""
    if pq.version() < 140000:
        pytest.skip("libpq before 14 has no trace flags")
    pgconn = db.raw.pgconn
    with trace.open("w") as out:
        pgconn.trace(out.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        try:
            action()
        finally:
            pgconn.untrace()
    sent = [line.split("\t") for line in trace.read_text("utf-8", "replace").splitlines()
            if line.startswith("F\t")]
    return sum(1 for fields in sent if fields[2].split()[0] in ("Sync", "Query"))


@pytest.fixture(params=[True, False], ids=["pipelined", "libpq-13"])
def pipelines(request, monkeypatch) -> bool:
    """With and without pipelines (a distribution's libpq before 14 has none): the same."""
    if request.param and not connection.PIPELINES:
        pytest.skip("this libpq has no pipelines")
    monkeypatch.setattr(connection, "PIPELINES", request.param)
    return request.param


def _caseworker(pg_cluster, database) -> str:
    name = f"cw_{uuid.uuid4().hex[:8]}"
    pg_cluster.create_login(name, "impactapp_caseworker")
    return pg_cluster.conninfo(database, name)


def test_an_autosave_of_a_full_case_takes_four_round_trips(pg_cluster, database, clock,
                                                            tmp_path, pipelines):
    with open_store(_caseworker(pg_cluster, database), clock=clock) as store:
        case = make_case(0, load_catalog())
        case.status, case.review, case.decision_date = "draft", [], None
        case = store.add_case(case)
        case.problem = "Endret i utkastet"
        measure = next(a for a in case.alternatives if not a.zero)
        measure.assessments[0].rating = "unknown"  # the projections are rewritten too
        saved = []
        trips = _round_trips(store.db, lambda: saved.append(
            store.save_draft(case.id, case.version, case_to_data(case))), tmp_path / "trace")
        assert trips == AUTOSAVE_ROUND_TRIPS if pipelines else trips > 3 * AUTOSAVE_ROUND_TRIPS
        assert saved[0].copy is None and saved[0].version == case.version + 1
        stored = store.get_case(case.id)
        assert stored.problem == "Endret i utkastet"
        rated = store.db.execute("SELECT COUNT(*) FROM assessments WHERE case_id = ?",
                                 [case.id]).fetchone()[0]
        assert rated == sum(len(a.assessments) for a in case.alternatives) > 50
        unknown = store.db.execute(
            "SELECT special FROM assessments WHERE case_id = ? AND alt_id = ? AND criterion = ?",
            [case.id, measure.id, measure.assessments[0].criterion]).fetchall()
        assert unknown == [("unknown",)]
        assert [e.action for e in store.audit_log(case.id)] == ["create", "update"]


def _replace_alternatives(db: PgDatabase, case_id: int, columns: tuple[str, ...],
                          rows: list[tuple]) -> None:
    """In one transaction: delete the case's alternatives, insert ``rows`` (the values of
    ``columns``; the n-th row gets position n and id a<n>) with one executemany."""
    names = ", ".join(("case_id", "position", "alt_id", *columns))
    marks = ", ".join("?" * (3 + len(columns)))
    with db.atomic():
        db.execute("DELETE FROM alternatives WHERE case_id = ?", [case_id])
        db.conn.executemany(f"INSERT INTO alternatives ({names}) VALUES ({marks})",
                            [(case_id, n, f"a{n}", *row) for n, row in enumerate(rows)])


def test_rows_written_in_a_transaction_read_back_exactly(uri, clock, pipelines):
    figures = [0.1 + 0.2, 1e308, 5e-324, -0.0, 123456789.123456789, None]
    with open_store(uri, clock=clock) as store:
        db = store.db
        case_id = store.add_case(make_case(1, load_catalog())).id
        _replace_alternatives(db, case_id, ("name", "zero", "ghg_tonnes", "ghg_from_year"),
                              [(f"Navn {n} \x00\"'\\ ✓", 0, f, 2**62)
                               for n, f in enumerate(figures)])
        back = db.execute("SELECT position, name, ghg_tonnes, ghg_from_year FROM alternatives"
                          " WHERE case_id = ? ORDER BY position", [case_id]).fetchall()
    assert [r[1] for r in back] == [f"Navn {n} \"'\\ ✓" for n in range(len(figures))]
    assert [r[2] for r in back] == figures
    assert math.copysign(1, back[3][2]) == -1
    assert {r[3] for r in back} == {2**62}


def test_a_figure_json_cannot_spell_is_still_stored(uri, clock):
    with open_store(uri, clock=clock) as store:
        db = store.db
        case_id = store.add_case(make_case(2, load_catalog())).id
        _replace_alternatives(db, case_id, ("name", "zero", "ghg_tonnes"),
                              [("Null", 1, math.inf)])
        [(tonnes,)] = db.execute("SELECT ghg_tonnes FROM alternatives WHERE case_id = ?",
                                 [case_id]).fetchall()
    assert tonnes == math.inf


def test_a_queued_write_that_fails_fails_the_transaction_and_writes_nothing(
        uri, clock, pipelines):
    with open_store(uri, clock=clock) as store:
        db = store.db
        case_id = store.add_case(make_case(3, load_catalog())).id
        before = db.execute("SELECT COUNT(*) FROM assessments WHERE case_id = ?",
                            [case_id]).fetchone()[0]
        with pytest.raises(DatabaseFailure) as failed, db.atomic():
            db.conn.executemany("DELETE FROM assessments WHERE case_id = ?", [(case_id,)])
            db.conn.executemany(  # a special rating the schema does not know: refused
                "INSERT INTO assessments (case_id, alt_id, criterion, special, mitigated)"
                " VALUES (?, ?, ?, ?, ?)", [(case_id, "a1", "env.energy", "maybe", 0)])
            db.execute("SELECT 1")  # the queue goes with the first statement that answers
            pytest.fail("the refused insert was not reported")
        assert "assessments_special_check" in failed.value.detail
        assert not db.in_transaction
        after = db.execute("SELECT COUNT(*) FROM assessments WHERE case_id = ?",
                           [case_id]).fetchone()[0]
    assert after == before > 0


def test_writes_outside_a_transaction_are_made_at_once(uri, pg_cluster, database, clock):
    with open_store(uri, clock=clock) as store:
        store.db.conn.executemany(
            "INSERT INTO user_units (login, unit) VALUES (?, ?)", [("ola", "A"), ("kari", "B")])
        with pg_cluster.connect(database) as other:
            seen = other.execute("SELECT login, unit FROM user_units ORDER BY login").fetchall()
    assert seen == [("kari", "B"), ("ola", "A")]


def test_a_transaction_whose_begin_is_still_queued_starts_on_a_new_connection(
        uri, pg_cluster, database, clock):
    with open_store(uri, clock=clock) as store:
        db = store.db
        pid = db.raw.info.backend_pid
        with pg_cluster.connect(database) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        with pytest.raises(DatabaseFailure):
            db.execute("SELECT 1")  # the loss is found out between transactions
        with db.atomic():
            assert db.execute("SELECT 2").fetchone() == (2,)
        assert db.raw.info.backend_pid != pid


def test_a_rolled_back_savepoint_drops_only_what_was_queued_inside_it(uri, clock, pipelines):
    with open_store(uri, clock=clock) as store:
        db = store.db
        with db.atomic():
            db.conn.executemany("INSERT INTO user_units (login, unit) VALUES (?, ?)",
                                [("ola", "A")])
            with pytest.raises(RuntimeError), db.atomic():
                db.conn.executemany("INSERT INTO user_units (login, unit) VALUES (?, ?)",
                                    [("kari", "B")])
                raise RuntimeError("undo the savepoint")
        assert db.execute("SELECT login FROM user_units").fetchall() == [("ola",)]


def test_only_a_plain_insert_takes_its_rows_as_json():
    text, _ = translate("INSERT INTO sdg_links (case_id, alt_id, target, contribution)"
                        " VALUES (?, ?, ?, ?)", returning=False)
    statement, columns = rows_as_json(text)
    assert columns == ("case_id", "alt_id", "target", "contribution")
    assert statement == (
        "INSERT INTO sdg_links (case_id, alt_id, target, contribution) SELECT case_id, alt_id,"
        " target, contribution FROM json_populate_recordset(NULL::sdg_links, %s::json)")
    kept, _ = rows_as_json(translate("INSERT INTO handled_trade_offs (case_id, alt_id, negative)"
                                     " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")[0])
    assert kept.endswith(" ON CONFLICT DO NOTHING")
    for other in (
        "INSERT INTO cases (title, exempt) VALUES (?, ?)",  # a boolean read from 0/1
        "INSERT INTO profiles (who, name) VALUES (?, ?) ON CONFLICT (who) DO UPDATE"
        " SET name = excluded.name",
        "INSERT INTO audit (case_id, at) VALUES (?, ?)",  # RETURNING id added
        "INSERT INTO user_units (login, unit) VALUES (?, 'x')",
        "DELETE FROM sdg_links WHERE case_id = ?",
    ):
        assert rows_as_json(translate(other)[0]) is None, other


def test_a_queued_write_that_fails_at_the_commit_leaves_no_transaction_open(
        uri, clock, pipelines):
    with open_store(uri, clock=clock) as store:
        db = store.db
        with pytest.raises(DatabaseFailure), db.atomic():
            db.conn.executemany("INSERT INTO user_units (login, unit) VALUES (?, ?)",
                                [("ola", "A"), ("ola", "B")])  # the same login twice
        assert not db.in_transaction
        db.conn.executemany("INSERT INTO user_units (login, unit) VALUES (?, ?)", [("ola", "A")])
        assert db.execute("SELECT login, unit FROM user_units").fetchall() == [("ola", "A")]
