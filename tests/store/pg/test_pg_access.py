"""Who reads and writes what besides the lifecycle: exempt cases, the history, leaders and
admins. Every attempt goes through SQL directly, as any client could send it."""

from __future__ import annotations

from datetime import datetime

import psycopg
import pytest

from impactapp.store.postgres.admin import grant_role
from tests.store.pg.conftest import content, secrecy
from tests.store.pg.steps import approve, to_review, update

Refused = psycopg.errors.InsufficientPrivilege


def visible(conn, case_id):
    return conn.execute("SELECT title, content, restricted FROM visible_cases WHERE id = %s",
                        [case_id]).fetchone()


def test_an_exempt_case_is_read_whole_only_by_its_unit_reviewers_and_admins(pg, new_case):
    case_id = new_case("kari", "Varsling om rektor", exempt=True)
    for login in ("kari", "per", "rita", "anne"):  # owner, same unit, reviewer, admin
        title, text, restricted = visible(pg.connect(login), case_id)
        assert (title, restricted) == ("Varsling om rektor", False), login
        assert "Varsling om rektor" in text
    for login in ("ola", "lene"):  # another unit, a leader
        assert visible(pg.connect(login), case_id) == ("", None, True), login


def test_an_open_case_is_read_whole_by_everyone(pg, new_case):
    case_id = new_case("kari", "Parkering")
    for login in ("ola", "lene", "rita"):
        assert visible(pg.connect(login), case_id)[:1] == ("Parkering",)


@pytest.mark.parametrize("login", ["ola", "lene", "kari"])
@pytest.mark.parametrize("column", ["title", "content", "*"])
def test_the_table_itself_never_gives_a_caseworker_or_leader_the_text(pg, login, column):
    with pytest.raises(Refused):
        pg.connect(login).execute(f"SELECT {column} FROM cases")


def test_alternative_names_are_blanked_like_titles(pg, new_case):
    case_id = new_case("kari", "Unntatt", exempt=True)
    pg.connect("kari").execute(
        "INSERT INTO alternatives (case_id, position, alt_id, name, zero, ghg_tonnes)"
        " VALUES (%s, 0, 'a1', 'Flytte skolen', 0, -12.5)", [case_id])
    ola = pg.connect("ola")
    assert ola.execute("SELECT name, ghg_tonnes FROM visible_alternatives WHERE case_id = %s",
                       [case_id]).fetchone() == ("", -12.5)
    with pytest.raises(Refused):
        ola.execute("SELECT name FROM alternatives")
    assert pg.connect("per").execute("SELECT name FROM visible_alternatives WHERE case_id = %s",
                                     [case_id]).fetchone() == ("Flytte skolen",)


def test_exempt_cases_are_counted_by_those_who_cannot_read_them(pg, new_case):
    superuser = pg.connect()
    before = superuser.execute("SELECT count(*) FILTER (WHERE exempt), count(*) FROM cases"
                               ).fetchone()
    new_case("kari", "Unntatt", exempt=True)
    new_case("kari", "Åpen")
    expected = (before[0] + 1, before[1] + 2)
    for login in ("lene", "ola"):
        conn = pg.connect(login)
        assert conn.execute("SELECT count(*) FILTER (WHERE exempt), count(*) FROM cases"
                            ).fetchone() == expected, login
        assert conn.execute("SELECT count(*) FILTER (WHERE restricted), count(*) FROM"
                            " visible_cases").fetchone()[1] == expected[1]


def test_revisions_and_conflict_copies_of_an_exempt_case_stay_in_its_unit(pg, new_case):
    case_id = new_case("kari", "Unntatt", exempt=True)
    kari = pg.connect("kari")
    kari.execute(
        "INSERT INTO conflict_copies (case_id, reason, base_version, stored_version, who,"
        " created, updated, title, sha256, content) VALUES (%s, 'conflict', 1, 2, 'rita', 'x',"
        " 'x', 'Unntatt', 'x', 'x')", [case_id])
    to_review(kari, case_id, "Unntatt", **secrecy(True))
    approve(pg.connect("rita"), case_id, "Unntatt", **secrecy(True))
    for table in ("revisions", "conflict_copies"):
        sql = f"SELECT count(*) FROM {table} WHERE case_id = %s"
        assert pg.connect("ola").execute(sql, [case_id]).fetchone()[0] == 0, table
        assert pg.connect("lene").execute(sql, [case_id]).fetchone()[0] == 0, table
        assert pg.connect("per").execute(sql, [case_id]).fetchone()[0] == 1, table
    who = pg.connect().execute("SELECT who FROM conflict_copies WHERE case_id = %s",
                               [case_id]).fetchone()[0]
    assert who == "kari"  # the client said rita


def test_the_history_records_the_login_and_the_servers_time(pg, new_case):
    case_id = new_case("kari")
    kari = pg.connect("kari")
    before = kari.execute("SELECT impactapp_now()").fetchone()[0]
    kari.execute("INSERT INTO audit (case_id, at, who, action, detail) VALUES"
                 " (%s, '2001-01-01T00:00:00.000000+00:00', 'rita', 'approve', '{}')", [case_id])
    at, who = pg.connect().execute(
        "SELECT at, who FROM audit WHERE case_id = %s", [case_id]).fetchone()
    assert who == "kari"
    assert at >= before and datetime.fromisoformat(at) >= datetime.fromisoformat(before)
    with pytest.raises(Refused):  # the id comes from the sequence, never from a client
        kari.execute("INSERT INTO audit (id, case_id, action) VALUES (1, %s, 'x')", [case_id])


def test_follow_up_reports_record_the_login_too(pg, new_case):
    case_id = new_case("kari")
    pg.connect("kari").execute(
        "INSERT INTO followup_reports (case_id, measure, at, who, status) VALUES"
        " (%s, 'm1', '2001-01-01', 'lene', 'done')", [case_id])
    assert pg.connect().execute("SELECT who, at <> '2001-01-01' FROM followup_reports"
                                " WHERE case_id = %s", [case_id]).fetchone() == ("kari", True)


@pytest.mark.parametrize("login", ["kari", "rita", "lene", "anne"])
@pytest.mark.parametrize("statement", [
    "UPDATE audit SET who = 'x'",
    "DELETE FROM audit",
    "UPDATE followup_reports SET who = 'x'",
    "DELETE FROM followup_reports",
    "UPDATE revisions SET approved_by = 'x'",
    "DELETE FROM revisions",
])
def test_nobody_changes_the_history_or_a_frozen_revision(pg, login, statement):
    with pytest.raises(Refused):
        pg.connect(login).execute(statement)


def test_not_even_the_owner_changes_the_history_or_a_frozen_revision(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    approve(pg.connect("rita"), case_id)
    pg.connect("kari").execute("INSERT INTO audit (case_id, action) VALUES (%s, 'x')", [case_id])
    owner = pg.connect()
    for statement in ("UPDATE audit SET who = 'x' WHERE case_id = %s",
                      "DELETE FROM audit WHERE case_id = %s",
                      "UPDATE revisions SET approved_by = 'x' WHERE case_id = %s",
                      "DELETE FROM revisions WHERE case_id = %s"):
        with pytest.raises(Refused, match=r"insert-only|immutable"):
            owner.execute(statement, [case_id])


@pytest.mark.parametrize("statement", [
    "INSERT INTO cases (uid, title, language, depth, status, created, updated, content)"
    " VALUES ('l', 't', 'nb', 'full', 'draft', 'x', 'x', '{}')",
    "UPDATE cases SET title = 'x'",
    "DELETE FROM cases",
    "INSERT INTO audit (case_id, action) VALUES (NULL, 'x')",
    "INSERT INTO impactapp_meta (key, value) VALUES ('municipality', '0301')",
    "INSERT INTO profiles (who, name) VALUES ('lene', 'Lene Leder')",
    "INSERT INTO observations (indicator, region, period) VALUES ('i', 'r', 'p')",
    "INSERT INTO indicator_targets (indicator, value, year, direction, set_at)"
    " VALUES ('i', 1, 2030, 'lower', 'x')",
    "INSERT INTO plans (name, kind, created, updated) VALUES ('p', 'plan', 'x', 'x')",
    "INSERT INTO user_units (login, unit) VALUES ('lene', 'x')",
    "INSERT INTO followups (case_id, measure, status, updated) VALUES (1, 'm', 'done', 'x')",
    "INSERT INTO conflict_copies (case_id, reason, base_version, stored_version, who, created,"
    " updated, sha256, content) VALUES (1, 'conflict', 1, 1, 'lene', 'x', 'x', 'x', 'x')",
])
def test_a_leader_writes_nothing(pg, statement):
    with pytest.raises(Refused):
        pg.connect("lene").execute(statement)


def test_a_leader_reads_everything_open(pg, new_case):
    case_id = new_case("kari", "Åpen sak")
    lene = pg.connect("lene")
    assert lene.execute("SELECT title FROM visible_cases WHERE id = %s",
                        [case_id]).fetchone() == ("Åpen sak",)
    for table in ("audit", "revisions", "impactapp_meta", "user_units", "observations"):
        lene.execute(f"SELECT count(*) FROM {table}").fetchone()


def test_the_admin_sets_the_configuration_and_nobody_else_does(pg):
    anne = pg.connect("anne")
    anne.execute("INSERT INTO impactapp_meta (key, value) VALUES ('municipality', '0301')"
                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    anne.execute("INSERT INTO indicator_targets (indicator, value, year, direction, set_at)"
                 " VALUES ('ind.ghg', 1.5, 2030, 'lower', 'x')")
    assert pg.connect("kari").execute(
        "SELECT value FROM impactapp_meta WHERE key = 'municipality'").fetchone() == ("0301",)
    for login in ("kari", "rita"):
        with pytest.raises(Refused):
            pg.connect(login).execute(
                "UPDATE impactapp_meta SET value = '4601' WHERE key = 'municipality'")
    with pytest.raises(Refused):  # the schema version is init's alone
        anne.execute("INSERT INTO impactapp_meta (key, value) VALUES ('schema', '99')"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    assert anne.execute("UPDATE impactapp_meta SET value = '99' WHERE key = 'schema'"
                        ).rowcount == 0


def test_an_admin_edits_no_case(pg, new_case):
    case_id = new_case("kari")
    with pytest.raises(Refused):
        update(pg.connect("anne"), case_id, title="Admin")


def test_an_admin_grants_roles_to_existing_logins(pg, pg_cluster, new_case):
    pg_cluster.create_login("nina")
    anne = pg.connect("anne")
    assert grant_role(anne, "nina", "caseworker", unit="Helseetaten") is False
    case_id = new_case("nina", "Ninas sak", exempt=True)
    assert visible(pg.connect("ola"), case_id)[0] == "Ninas sak"  # same unit
    with pytest.raises(Refused):  # no admin option on its own group: admins are made by IT
        anne.execute("GRANT impactapp_admin TO nina")


def test_a_caseworker_grants_no_roles(pg, pg_cluster):
    pg_cluster.create_login("nils")
    with pytest.raises(Refused):
        pg.connect("kari").execute("GRANT impactapp_reviewer TO nils")
    with pytest.raises(Refused):
        pg.connect("kari").execute("GRANT impactapp_reviewer TO kari")


def test_derived_rows_follow_the_case(pg, new_case):
    case_id = new_case("kari")
    insert = ("INSERT INTO assessments (case_id, alt_id, criterion, value)"
              " VALUES (%s, 'a1', 'env.noise', 1)")
    pg.connect("kari").execute(insert, [case_id])
    with pytest.raises(Refused):  # row-level security: not ola's case
        pg.connect("ola").execute(insert, [case_id])
    assert pg.connect("ola").execute("DELETE FROM assessments WHERE case_id = %s",
                                     [case_id]).rowcount == 0
    to_review(pg.connect("kari"), case_id)
    with pytest.raises(Refused):  # in review: read-only for its owner
        pg.connect("kari").execute(insert, [case_id])


def test_a_profile_is_written_by_its_own_login_only(pg):
    pg.connect("kari").execute("INSERT INTO profiles (who, name) VALUES ('kari', 'Kari N')")
    with pytest.raises(Refused):
        pg.connect("kari").execute("INSERT INTO profiles (who, name) VALUES ('per', 'Per')")
    assert pg.connect("per").execute("UPDATE profiles SET name = 'x' WHERE who = 'kari'"
                                     ).rowcount == 0


def test_units_are_kept_by_admins(pg):
    for login in ("kari", "rita", "lene"):
        with pytest.raises(Refused):
            pg.connect(login).execute("UPDATE user_units SET unit = 'Bymiljøetaten'"
                                      " WHERE login = %s", [login])
    assert pg.connect("anne").execute("UPDATE user_units SET unit = 'IT' WHERE login = 'anne'"
                                      ).rowcount == 1


def test_a_temporary_table_cannot_stand_in_for_the_units(pg, new_case):
    case_id = new_case("kari", "Unntatt", exempt=True)
    ola = pg.connect("ola")
    ola.execute("CREATE TEMP TABLE user_units (login text, unit text)")
    ola.execute("INSERT INTO user_units VALUES ('ola', 'Bymiljøetaten')")
    assert visible(ola, case_id) == ("", None, True)



def test_the_exempt_column_follows_the_content(pg, new_case):
    case_id = new_case("kari", "Unntatt", exempt=True)
    kari = pg.connect("kari")
    with pytest.raises(Refused, match="confidentiality"):
        update(kari, case_id, exempt=False)
    to_review(kari, case_id, "Unntatt", **secrecy(True))
    rita = pg.connect("rita")
    with pytest.raises(Refused, match="confidentiality"):  # a reviewer lifting it unseen
        update(rita, case_id, exempt=False)
    assert update(rita, case_id, exempt=False, content=content("Unntatt", "in_review")) == 1
    assert pg.connect().execute("SELECT last_editor FROM cases WHERE id = %s",
                                [case_id]).fetchone() == ("rita",)


def test_a_function_of_the_readers_own_never_sees_a_blanked_title(pg, new_case):
    case_id = new_case("kari", "Hemmelig tittel", exempt=True)
    ola = pg.connect("ola")
    seen: list[str] = []
    ola.add_notice_handler(lambda notice: seen.append(notice.message_primary or ""))
    ola.execute("CREATE FUNCTION pg_temp.peek(t text) RETURNS boolean LANGUAGE plpgsql"
                " COST 0.0000001 AS $$ BEGIN RAISE NOTICE 'saw %', t; RETURN true; END $$")
    rows = ola.execute("SELECT id FROM visible_cases WHERE pg_temp.peek(title) AND id = %s",
                       [case_id]).fetchall()
    assert rows == [(case_id,)]
    assert seen and not any("Hemmelig" in text for text in seen)
