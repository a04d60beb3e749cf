"""The lifecycle as PostgreSQL enforces it: each role tries, through SQL directly, what it may
and may not do with a case. A refusal is the server's error or an update of 0 rows."""

from __future__ import annotations

import psycopg
import pytest

from tests.store.pg.conftest import content
from tests.store.pg.steps import VERDICT, approve, case_row, give_verdict, to_review, update

Refused = psycopg.errors.InsufficientPrivilege


def test_a_caseworker_creates_a_case_owned_by_their_login(pg, new_case):
    case_id = new_case("kari")
    row = case_row(pg.connect(), case_id)
    assert (row["owner"], row["owner_unit"], row["last_editor"]) == (
        "kari", "Bymiljøetaten", "kari")


def test_the_owner_and_editor_a_client_sends_are_ignored(pg):
    conn = pg.connect("kari")
    case_id = conn.execute(
        "INSERT INTO cases (uid, title, language, depth, status, created, updated, content,"
        " owner, owner_unit, last_editor, approved_login) VALUES ('forged-owner', 'Sak', 'nb',"
        " 'full', 'draft', 'x', 'x', %s, 'rita', 'IT', 'rita', 'rita') RETURNING id",
        [content()]).fetchone()[0]
    row = case_row(pg.connect(), case_id)
    assert (row["owner"], row["owner_unit"], row["last_editor"], row["approved_login"]) == (
        "kari", "Bymiljøetaten", "kari", "")


@pytest.mark.parametrize("login", ["rita", "lene", "anne"])
def test_only_caseworkers_create_cases(pg, new_case, login):
    with pytest.raises(Refused):
        new_case(login)


def test_a_new_case_cannot_arrive_approved_or_with_verdicts(pg):
    conn = pg.connect("kari")
    insert = ("INSERT INTO cases (uid, title, language, depth, status, created, updated,"
              " content) VALUES (%s, 'Sak', 'nb', 'full', %s, 'x', 'x', %s)")
    with pytest.raises(Refused, match="starts as a draft"):
        conn.execute(insert, ["arrives-approved", "approved", content(status="approved")])
    with pytest.raises(Refused, match="verdicts"):
        conn.execute(insert, ["arrives-reviewed", "draft", content(review=[VERDICT])])


def test_the_owner_edits_their_draft_and_nobody_else_does(pg, new_case):
    case_id = new_case("kari")
    assert update(pg.connect("kari"), case_id, title="Ny", content=content("Ny")) == 1
    for login in ("per", "ola", "rita", "kim"):
        assert update(pg.connect(login), case_id, title="Kapret") == 0, login
    with pytest.raises(Refused):
        update(pg.connect("lene"), case_id, title="Kapret")
    assert case_row(pg.connect(), case_id)["title"] == "Ny"


def test_a_caseworker_cannot_give_verdicts(pg, new_case):
    case_id = new_case("kari")
    kari = pg.connect("kari")
    with pytest.raises(Refused, match="verdicts"):
        give_verdict(kari, case_id, status="draft")
    assert to_review(kari, case_id) == 1
    with pytest.raises(Refused):
        give_verdict(kari, case_id)
    assert update(pg.connect("per"), case_id, content=content("Sak", "in_review", [VERDICT])) == 0


def test_a_caseworker_cannot_approve_even_their_own_case(pg, new_case):
    case_id = new_case("kari")
    kari = pg.connect("kari")
    to_review(kari, case_id)
    with pytest.raises(Refused, match="approves"):
        approve(kari, case_id)
    assert approve(pg.connect("per"), case_id) == 0
    with pytest.raises(Refused):  # no grant to freeze a revision at all
        kari.execute("INSERT INTO revisions (case_id, revision, content, sha256, approved_by,"
                     " approved_at) VALUES (%s, 1, 'x', 'x', 'x', 'x')", [case_id])
    assert case_row(pg.connect(), case_id)["status"] == "in_review"


def test_a_case_in_review_is_read_only_for_its_owner(pg, new_case):
    case_id = new_case("kari")
    kari = pg.connect("kari")
    to_review(kari, case_id)
    with pytest.raises(Refused, match="read-only"):
        update(kari, case_id, content=content("Endret", "in_review"))


def test_a_reviewer_gives_verdicts_and_approves_a_case_in_review(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    rita = pg.connect("rita")
    assert give_verdict(rita, case_id) == 1
    assert approve(rita, case_id, review=[VERDICT]) == 1
    row = case_row(pg.connect(), case_id)
    assert (row["status"], row["approved_login"], row["last_editor"]) == (
        "approved", "rita", "kari")
    frozen = pg.connect().execute(
        "SELECT content, approved_by FROM revisions WHERE case_id = %s", [case_id]).fetchone()
    assert frozen == (row["content"], "Rita Revisor")


def test_a_reviewer_cannot_review_a_draft(pg, new_case):
    case_id = new_case("kari")
    rita = pg.connect("rita")
    assert give_verdict(rita, case_id, status="draft") == 0
    assert approve(rita, case_id) == 0


def test_a_reviewer_never_approves_their_own_case(pg, new_case):
    case_id = new_case("kim")  # kim is a caseworker and a reviewer
    kim = pg.connect("kim")
    to_review(kim, case_id)
    # As the owner kim may touch the row, so the trigger refuses (not 0 rows).
    with pytest.raises(Refused, match="verdicts"):
        give_verdict(kim, case_id)
    with pytest.raises(Refused, match="approves"):
        approve(kim, case_id)
    assert case_row(pg.connect(), case_id)["status"] == "in_review"


def test_a_reviewer_never_approves_a_case_they_last_edited(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    rita = pg.connect("rita")
    assert update(rita, case_id, content=content("Retta av Rita", "in_review")) == 1
    assert case_row(pg.connect(), case_id)["last_editor"] == "rita"
    assert approve(rita, case_id, "Retta av Rita") == 0
    assert give_verdict(rita, case_id, "Retta av Rita") == 0
    assert approve(pg.connect("rolf"), case_id, "Retta av Rita") == 1


def test_editing_and_approving_in_one_statement_is_refused(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    with pytest.raises(Refused, match="approves"):
        approve(pg.connect("rita"), case_id, "Endret i samme slag")


def test_the_last_editor_cannot_be_set_by_the_client(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    rita = pg.connect("rita")
    update(rita, case_id, content=content("Retta", "in_review"), last_editor="kari")
    assert case_row(pg.connect(), case_id)["last_editor"] == "rita"
    assert approve(rita, case_id, "Retta") == 0


def test_approval_needs_the_frozen_revision(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    rita = pg.connect("rita")
    with pytest.raises(Refused, match="frozen revision"), rita.transaction():
        update(rita, case_id, status="approved", content=content("Sak", "approved"))
    assert case_row(pg.connect(), case_id)["status"] == "in_review"


def test_a_revision_must_be_the_approved_content(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    rita = pg.connect("rita")
    other = content("Noe annet", "approved")
    with pytest.raises(Refused, match="approver"), rita.transaction():
        update(rita, case_id, status="approved", content=content("Sak", "approved"))
        rita.execute(
            "INSERT INTO revisions (case_id, revision, content, sha256, approved_by,"
            " approved_at) VALUES (%s, 1, %s, encode(sha256(convert_to(%s, 'UTF8')), 'hex'),"
            " 'Rita', 'x')", [case_id, other, other])


def test_an_approved_case_is_frozen_until_the_owner_opens_a_new_revision(pg, new_case):
    case_id = new_case("kari")
    kari = pg.connect("kari")
    to_review(kari, case_id)
    approve(pg.connect("rita"), case_id)
    with pytest.raises(Refused, match="frozen"):
        update(kari, case_id, content=content("Endret", "approved"))
    with pytest.raises(Refused, match="next revision"):
        update(kari, case_id, status="draft", content=content(), revision=5)
    assert update(pg.connect("per"), case_id, status="draft", content=content(), revision=2) == 0
    assert update(kari, case_id, status="draft", content=content(), revision=2) == 1
    assert case_row(pg.connect(), case_id)["approved_login"] == ""


def test_the_owner_records_the_decision_but_cannot_change_the_text(pg, new_case):
    case_id = new_case("kari")
    kari = pg.connect("kari")
    to_review(kari, case_id)
    approve(pg.connect("rita"), case_id)
    with pytest.raises(Refused, match="decision"):
        update(kari, case_id, status="decided", content=content("Annen tekst", "decided"))
    decided = content("Sak", "decided", decision_date="2026-12-01")
    assert update(kari, case_id, status="decided", decision_date="2026-12-01",
                  content=decided) == 1


def test_a_reviewer_sends_back_with_verdicts_going_stale_only(pg, new_case):
    case_id = new_case("kari")
    to_review(pg.connect("kari"), case_id)
    rita = pg.connect("rita")
    give_verdict(rita, case_id)
    stale = {**VERDICT, "stale": True}
    assert update(rita, case_id, status="draft", content=content("Sak", "draft", [stale])) == 1
    kari = pg.connect("kari")
    answered = {**stale, "answer": "Gjort."}
    assert update(kari, case_id, content=content("Sak", "draft", [answered])) == 1
    with pytest.raises(Refused, match="verdicts"):  # making a stale verdict fresh again
        update(kari, case_id, content=content("Sak", "draft", [VERDICT]))


def test_a_case_is_handed_over_to_another_caseworker_by_its_owner_only(pg, new_case):
    case_id = new_case("kari")
    assert update(pg.connect("ola"), case_id, owner="ola") == 0
    kari = pg.connect("kari")
    with pytest.raises(Refused, match="caseworker"):
        update(kari, case_id, owner="lene")
    with pytest.raises(Refused, match="caseworker"):
        update(kari, case_id, owner="nobody-by-that-name")
    assert update(kari, case_id, owner="ola") == 1
    row = case_row(pg.connect(), case_id)
    assert (row["owner"], row["owner_unit"]) == ("ola", "Helseetaten")
    assert update(kari, case_id, title="Etter overlevering") == 0
    assert update(pg.connect("ola"), case_id, title="Olas sak", content=content("Olas sak")) == 1


def test_only_the_owner_sends_to_review_and_uses_the_bin(pg, new_case):
    case_id = new_case("kari")
    assert to_review(pg.connect("per"), case_id) == 0
    assert update(pg.connect("rita"), case_id, deleted_at="2026-11-27T12:00:00+00:00") == 0
    assert update(pg.connect("kari"), case_id, deleted_at="2026-11-27T12:00:00+00:00") == 1


def test_the_owner_purges_a_binned_draft_but_never_an_approved_case(pg, new_case):
    draft = new_case("kari")
    kari = pg.connect("kari")
    assert kari.execute("DELETE FROM cases WHERE id = %s", [draft]).rowcount == 0  # not binned
    update(kari, draft, deleted_at="2026-11-27T12:00:00+00:00")
    assert pg.connect("per").execute("DELETE FROM cases WHERE id = %s", [draft]).rowcount == 0
    assert kari.execute("DELETE FROM cases WHERE id = %s", [draft]).rowcount == 1
    approved = new_case("kari")
    to_review(kari, approved)
    approve(pg.connect("rita"), approved)
    update(kari, approved, deleted_at="2026-11-27T12:00:00+00:00")
    assert kari.execute("DELETE FROM cases WHERE id = %s", [approved]).rowcount == 0
    assert pg.connect().execute("SELECT count(*) FROM revisions WHERE case_id = %s",
                                [approved]).fetchone()[0] == 1
