"""impactapp-cli db copy: a SQLite file into PostgreSQL and back, every row the same."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from impactapp.cli import main
from impactapp.domain.indicator_targets import IndicatorTarget
from impactapp.domain.observation import Observation
from impactapp.domain.plans import Plan
from impactapp.domain.serialize import case_to_data
from impactapp.store import Profile, open_store
from tests.store.conftest import make_case

TABLES = ("cases", "revisions", "audit", "conflict_copies", "profiles", "observations",
          "followups", "followup_reports", "plans", "plan_links", "indicator_targets",
          "alternatives", "assessments", "sdg_links", "case_facts", "handled_trade_offs",
          "district_ratings", "goal_contributions", "ssb_cache", "impactapp_meta")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def empty_pg(pg_cluster):
    from impactapp.store.postgres.admin import init_database

    name = pg_cluster.create_database()
    with pg_cluster.connect(name) as conn:
        init_database(conn)
    yield name
    pg_cluster.drop_database(name)


def _fill(path, clock) -> None:
    """Every kind of row: cases in each state, a verdict, a revision, a conflict copy,
    follow-up, a case erased for good, figures, a profile, a plan and targets."""
    with open_store(path, who="kari", clock=clock) as store:
        store.save_profile(Profile(name="Kari Nordmann", unit="Bymiljøetaten"))
        draft = store.add_case(make_case("Utkast med konflikt"))
        edited = replace(store.get_case(draft.id), goals="Nyere mål")
        store.save_case(edited)
        edited = replace(draft, goals="Eldre redigering")
        store.save_draft(edited.id, edited.version, case_to_data(edited))  # kept as a copy
        decided = store.add_case(make_case("Vedtatt sak"))
        store.approve(decided.id, "Leder Lise")
        store.set_status(decided.id, "decided", by="Kari Nordmann")
        store.report_followup(decided.id, "a1", "in_progress", effect_tonnes=-1200.5,
                              cost_nok=2_500_000.25, note="Skilting ferdig.")
        gone = store.add_case(make_case("Slettet for godt"))
        store.delete_case(gone.id)
        store.purge_case(gone.id)
        store.add_case(make_case("Siste sak"))
        store.replace_observations("ind.ghg", [
            Observation("ind.ghg", "0301", "2022", 1234567.891, "", "tonn", "13931",
                        "2024-01-01", datetime(2026, 1, 2, tzinfo=UTC)),
            Observation("ind.ghg", "0301", "2023", None, "..", "tonn", "13931",
                        "2024-01-01", datetime(2026, 1, 2, tzinfo=UTC))])
        store.set_indicator_target(IndicatorTarget("ind.ghg", 9.5, 2030, "lower"))
        store.add_plan(Plan("Klimaplan", "Bymiljøetaten", "plan", 2024, 2030, "",
                            ("13.2",), ("ind.ghg",)))


def _sqlite_rows(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()),
                          key=repr) for t in TABLES}
    finally:
        conn.close()


def _pg_rows(pg_cluster, name, sqlite_path) -> dict[str, list[tuple]]:
    """The PostgreSQL rows in the SQLite file's columns (booleans as 0/1)."""
    lite = sqlite3.connect(sqlite_path)
    out = {}
    with pg_cluster.connect(name) as conn:
        for table in TABLES:
            columns = [d[0] for d in lite.execute(f"SELECT * FROM {table} LIMIT 0").description]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(
                (tuple(int(v) if isinstance(v, bool) else v for v in row) for row in rows),
                key=repr)
    lite.close()
    return out


def test_a_file_copied_into_postgresql_and_back_keeps_every_row(capsys, tmp_path, pg_cluster,
                                                                 empty_pg, clock):
    source = tmp_path / "kilde.db"
    _fill(source, clock)
    uri = pg_cluster.conninfo(empty_pg)
    status, out, err = run(capsys, "db", "copy", str(source), uri)
    assert (status, err) == (0, "")
    counts = dict(line.split("\t") for line in out.splitlines())
    expected = _sqlite_rows(source)
    assert counts["cases"] == "3" and counts["revisions"] == "1"
    for table in ("cases", "revisions", "audit", "conflict_copies", "profiles", "observations",
                  "followups", "followup_reports", "plans", "indicator_targets"):
        assert int(counts[table]) == len(expected[table]), table
    assert _pg_rows(pg_cluster, empty_pg, source) == expected

    back = tmp_path / "tilbake.db"
    status, out, _ = run(capsys, "db", "copy", uri, str(back))
    assert status == 0 and dict(line.split("\t") for line in out.splitlines()) == counts
    assert _sqlite_rows(back) == expected
    with open_store(uri) as store:  # the copy is a working store, ids continue above
        assert [c.title for c in store.list_cases()][-1] == "Utkast med konflikt"
        assert store.add_case(make_case("Ny")).id == 5
        assert store.observations("ind.ghg")[0].value == 1234567.891


def test_a_target_with_data_is_refused_unless_merging(capsys, tmp_path, pg_cluster, empty_pg,
                                                      clock):
    source = tmp_path / "kilde.db"
    _fill(source, clock)
    uri = pg_cluster.conninfo(empty_pg)
    assert run(capsys, "db", "copy", str(source), uri)[0] == 0
    status, out, err = run(capsys, "db", "copy", str(source), uri)
    assert (status, out) == (2, "")
    assert err.strip() == (f"The database {uri} already has data; copy into an empty one, "
                           "or give --merge to add to it.")
    other = tmp_path / "annen.db"
    with open_store(other, who="ola", clock=clock) as store:
        store.add_case(make_case("Fra en annen maskin"))
    status, out, _ = run(capsys, "db", "copy", str(source), uri, "--merge")
    assert status == 0 and "cases\t0" in out and "cases already there\t3" in out
    status, out, _ = run(capsys, "db", "copy", str(other), uri, "--merge")
    assert status == 0 and "cases\t1" in out
    with open_store(uri) as store:
        titles = sorted(c.title for c in store.list_cases())
    assert titles == ["Fra en annen maskin", "Siste sak", "Utkast med konflikt", "Vedtatt sak"]
