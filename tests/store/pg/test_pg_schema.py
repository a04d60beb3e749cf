"""The PostgreSQL schema: the same tables and columns as SQLite's, exact figures and bytes,
and an init that is idempotent, migrates and refuses what it must not touch."""

from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest

from impactapp.store import Store
from impactapp.store.content import timestamp
from impactapp.store.postgres import SCHEMA_VERSION, TABLES
from impactapp.store.postgres.admin import AdminRefused, init_database
from impactapp.store.sqlite.schema import TABLES as SQLITE_TABLES
from tests.conftest import FIXED_MOMENT

PG_ONLY_COLUMNS = {"cases": {"owner", "owner_unit", "last_editor", "approved_login"}}


@pytest.fixture
def empty_db(pg_cluster):
    name = pg_cluster.create_database()
    yield name
    pg_cluster.drop_database(name)


def _columns(conn, table):
    return {name: kind for name, kind in conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = %s", [table]).fetchall()}


def test_every_sqlite_table_and_column_is_there(pg, tmp_path):
    with Store.open(tmp_path / "a.db", who="kari"):
        pass
    lite = sqlite3.connect(tmp_path / "a.db")
    conn = pg.connect()
    assert set(SQLITE_TABLES) | {"user_units"} == set(TABLES)
    for table in SQLITE_TABLES:
        lite_columns = {row[1]: row[2] for row in lite.execute(f"PRAGMA table_info({table})")}
        pg_columns = _columns(conn, table)
        assert set(pg_columns) == set(lite_columns) | PG_ONLY_COLUMNS.get(table, set()), table
        for column, kind in lite_columns.items():
            if kind.upper() in ("REAL", "DOUBLE PRECISION"):
                assert pg_columns[column] == "double precision", (table, column)
    lite.close()


def test_no_column_keeps_only_four_bytes(pg):
    kinds = pg.connect().execute(
        "SELECT DISTINCT data_type FROM information_schema.columns"
        " WHERE table_schema = current_schema()").fetchall()
    assert ("real",) not in kinds and ("double precision",) in kinds


def test_the_meta_table_names_the_app_and_the_schema(pg):
    meta = dict(pg.connect().execute("SELECT key, value FROM impactapp_meta").fetchall())
    assert (meta["app"], meta["schema"]) == ("impactapp", str(SCHEMA_VERSION))


@pytest.mark.parametrize("figure", [0.1 + 0.2, 1e-300, 123456789.12345679, 1.7976931348623157e308,
                                    -4200.000000000001, 2 / 3])
def test_figures_come_back_exactly(pg, figure):
    conn = pg.connect()
    conn.execute("INSERT INTO observations (indicator, region, period, value) VALUES"
                 " ('ind.exact', %s, 'p', %s)", [repr(figure), figure])
    assert conn.execute("SELECT value FROM observations WHERE region = %s",
                        [repr(figure)]).fetchone()[0] == figure


def test_text_comes_back_byte_for_byte_with_the_same_hash(pg, new_case):
    text = '{"problem":"á č đ ŋ š ŧ ž – 🌍\\u2028 \\"sitat\\"","title":"Sak"}'
    conn = pg.connect()
    conn.execute("INSERT INTO ssb_cache (table_id, query_key, fetched, response) VALUES"
                 " ('t', 'bytes', 'x', %s)", [text])
    stored, digest = conn.execute(
        "SELECT response, encode(sha256(convert_to(response, 'UTF8')), 'hex') FROM ssb_cache"
        " WHERE query_key = 'bytes'").fetchone()
    assert stored == text
    assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_servers_time_is_spelled_like_the_stores(pg):
    served = pg.connect().execute("SELECT impactapp_now()").fetchone()[0]
    ours = timestamp(FIXED_MOMENT)
    pattern = re.sub(r"\d", r"\\d", re.escape(ours))
    assert re.fullmatch(pattern, served), (served, ours)


def _rules(conn):
    policies = conn.execute("SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies"
                            " ORDER BY 1, 2").fetchall()
    grants = conn.execute(
        "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants"
        " WHERE table_schema = current_schema() ORDER BY 1, 2, 3").fetchall()
    columns = conn.execute(
        "SELECT grantee, table_name, column_name, privilege_type"
        " FROM information_schema.column_privileges WHERE table_schema = current_schema()"
        " ORDER BY 1, 2, 3, 4").fetchall()
    return policies, grants, columns


def test_init_twice_changes_nothing(pg_cluster, empty_db):
    with pg_cluster.connect(empty_db) as conn:
        first = init_database(conn)
        conn.execute("INSERT INTO impactapp_meta (key, value) VALUES ('municipality', '0301')")
        rules = _rules(conn)
        second = init_database(conn)
        assert (first.before, first.after) == (0, SCHEMA_VERSION)
        assert (second.before, second.after, second.created_roles) == (
            SCHEMA_VERSION, SCHEMA_VERSION, ())
        assert _rules(conn) == rules
        assert rules[0] and rules[1] and rules[2]
        assert conn.execute("SELECT value FROM impactapp_meta WHERE key = 'municipality'"
                            ).fetchone() == ("0301",)


def test_init_refuses_a_newer_schema(pg_cluster, empty_db):
    with pg_cluster.connect(empty_db) as conn:
        init_database(conn)
        conn.execute("UPDATE impactapp_meta SET value = '99' WHERE key = 'schema'")
        with pytest.raises(AdminRefused, match="newer"):
            init_database(conn)


def test_init_refuses_another_programs_database(pg_cluster, empty_db):
    with pg_cluster.connect(empty_db) as conn:
        conn.execute("CREATE TABLE cases (id int)")
        with pytest.raises(AdminRefused, match="no ImpactApp schema"):
            init_database(conn)
        conn.execute("CREATE TABLE impactapp_meta (key text PRIMARY KEY, value text NOT NULL)")
        conn.execute("INSERT INTO impactapp_meta VALUES ('app', 'other')")
        with pytest.raises(AdminRefused, match="another program"):
            init_database(conn)
        assert conn.execute("SELECT to_regclass('revisions')").fetchone() == (None,)


def test_an_owner_login_with_createrole_runs_init_and_is_trusted(pg_cluster):
    with pg_cluster.connect() as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'eier'").fetchone():
            conn.execute("CREATE ROLE eier LOGIN CREATEROLE")
        name = pg_cluster.create_database()
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO eier')
    try:
        with pg_cluster.connect(name, "eier") as conn:
            assert init_database(conn).after == SCHEMA_VERSION
            conn.execute("INSERT INTO audit (case_id, at, who, action) VALUES"
                         " (NULL, '2001-01-01T00:00:00.000000+00:00', 'kari', 'copied')")
            assert conn.execute("SELECT who, at FROM audit").fetchone() == (
                "kari", "2001-01-01T00:00:00.000000+00:00")
    finally:
        pg_cluster.drop_database(name)


def test_a_caseworker_cannot_run_init(pg, pg_cluster, empty_db):
    with pg_cluster.connect(empty_db, "kari") as conn, pytest.raises(AdminRefused,
                                                                     match="may not create"):
        init_database(conn)


def test_init_runs_each_later_step_once(pg_cluster, empty_db, monkeypatch):
    from impactapp.store.postgres import admin

    with pg_cluster.connect(empty_db) as conn:
        init_database(conn)
        conn.execute("INSERT INTO impactapp_meta (key, value) VALUES ('municipality', '0301')")
        monkeypatch.setattr(admin, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setattr(admin, "STEPS", (*admin.STEPS, (
            SCHEMA_VERSION + 1, ("ALTER TABLE plans ADD COLUMN budget double precision",))))
        report = init_database(conn)
        assert (report.before, report.after) == (SCHEMA_VERSION, SCHEMA_VERSION + 1)
        assert init_database(conn).before == SCHEMA_VERSION + 1  # not run again (it would fail)
        meta = dict(conn.execute("SELECT key, value FROM impactapp_meta").fetchall())
        assert (meta["schema"], meta["municipality"]) == (str(SCHEMA_VERSION + 1), "0301")
        assert "budget" in _columns(conn, "plans")


def test_two_inits_at_once_take_turns(pg_cluster, empty_db):
    from concurrent.futures import ThreadPoolExecutor

    def run_init(_):
        with pg_cluster.connect(empty_db) as conn:
            return init_database(conn).before

    with ThreadPoolExecutor(2) as pool:
        befores = sorted(pool.map(run_init, range(2)))
    assert befores == [0, SCHEMA_VERSION]
