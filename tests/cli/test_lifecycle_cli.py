"""impactapp-cli case submit/review/approve/decide/reopen: the two-person rule outside the GUI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from impactapp.cli import main
from impactapp.domain.approval import review_steps
from impactapp.resources import CONFIG_ENV_VAR, resource_dir
from impactapp.store import Profile, Store

EXAMPLE = resource_dir("examples") / "gratis-aks-heltid.yaml"  # a complete draft
CASEWORKER = "Marte Lien Johansen"  # as the example names her
REVIEWER = "Lise Leder"


@pytest.fixture(autouse=True)
def no_configuration(tmp_path_factory, monkeypatch):
    monkeypatch.delenv(CONFIG_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path_factory.mktemp("xdg-empty")))


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def import_example(capsys, db) -> str:
    status, out, err = run(capsys, "--db", db, "case", "import", str(EXAMPLE))
    assert status == 0, err
    return out.strip()


@pytest.fixture
def case_id(capsys, db) -> str:
    """The example imported by its caseworker (her profile names the login she works from)."""
    with Store.open(db) as store:
        store.save_profile(Profile(name=CASEWORKER, unit="Bydel Grorud"))
    return import_example(capsys, db)


def case(db: str, case_id: str):
    with Store.open(db) as store:
        return store.get_case(int(case_id))


def audit(db: str, case_id: str):
    with Store.open(db) as store:
        return store.audit_log(int(case_id))


def review_all(capsys, db, case_id, who=REVIEWER, verdict="ok") -> None:
    for step in review_steps(load()):
        status, _, err = run(capsys, "--db", db, "case", "review", case_id, "--step", step,
                             "--verdict", verdict, "--as", who)
        assert status == 0, err


def load():
    from impactapp.catalog import load_catalog

    return load_catalog()


def refused(result: tuple[int, str, str]) -> str:
    status, out, err = result
    assert (status, out) == (2, "")
    assert len(err.strip().splitlines()) == 1, err  # one plain sentence
    assert "Traceback" not in err
    return err.strip()


def test_a_second_person_reviews_and_approves_then_the_decision_is_recorded(
        capsys, db, case_id):
    assert run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)[0] == 0
    review_all(capsys, db, case_id)
    status, _, err = run(capsys, "--db", db, "case", "approve", case_id, "--as", REVIEWER)
    assert status == 0, err
    assert "approved" in err and REVIEWER in err
    stored = case(db, case_id)
    assert (stored.status, stored.approved_by) == ("approved", REVIEWER)
    status, _, err = run(capsys, "--db", db, "case", "decide", case_id, "--date", "2027-03-12",
                         "--as", "Bystyret Sekretær")
    assert status == 0, err
    stored = case(db, case_id)
    assert (stored.status, stored.decision_date) == ("decided", date(2027, 3, 12))
    rows = [(e.action, e.detail.get("by")) for e in audit(db, case_id)]
    assert rows[1] == ("status", CASEWORKER)
    assert rows[-2:] == [("approve", REVIEWER), ("status", "Bystyret Sekretær")]
    assert rows.count(("verdict", REVIEWER)) == len(review_steps(load()))
    login = audit(db, case_id)[-1].who
    assert login and login == Store.open(db).who  # the OS login beside the name


def test_the_caseworker_cannot_approve_their_own_case(capsys, db, case_id):
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    review_all(capsys, db, case_id)
    sentence = refused(run(capsys, "--db", db, "case", "approve", case_id, "--as", CASEWORKER))
    assert sentence == (f"Case {case_id} cannot be approved: {CASEWORKER} is the case's "
                        "caseworker and cannot approve it; another person must approve.")
    assert case(db, case_id).status == "in_review"


def test_the_caseworker_cannot_review_their_own_case(capsys, db, case_id):
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    sentence = refused(run(capsys, "--db", db, "case", "review", case_id, "--step", "sdg",
                           "--verdict", "ok", "--as", CASEWORKER))
    assert "cannot review it" in sentence
    assert case(db, case_id).review == []


def test_approval_without_every_verdict_is_refused_naming_the_first_missing_step(
        capsys, db, case_id):
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    sentence = refused(run(capsys, "--db", db, "case", "approve", case_id, "--as", REVIEWER))
    assert sentence == (f"Case {case_id} cannot be approved: The step “Case details” has "
                        f"no verdict (10 more problems; see 'case show {case_id}').")


def test_a_redo_blocks_approval(capsys, db, case_id):
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    review_all(capsys, db, case_id)
    assert run(capsys, "--db", db, "case", "review", case_id, "--step", "economy", "--verdict",
               "redo", "--note", "Kostnadene mangler.", "--as", REVIEWER)[0] == 0
    sentence = refused(run(capsys, "--db", db, "case", "approve", case_id, "--as", REVIEWER))
    assert "must be redone" in sentence


def test_improve_and_redo_need_a_note(capsys, db, case_id):
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    sentence = refused(run(capsys, "--db", db, "case", "review", case_id, "--step", "sdg",
                           "--verdict", "improve", "--as", REVIEWER))
    assert sentence == "A verdict of 'improve' needs --note saying what to improve."


def test_reopening_keeps_the_verdicts_stale_and_they_must_be_confirmed(capsys, db, case_id):
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    review_all(capsys, db, case_id)
    assert run(capsys, "--db", db, "case", "reopen", case_id, "--as", CASEWORKER)[0] == 0
    stored = case(db, case_id)
    assert stored.status == "draft" and all(v.stale for v in stored.review)
    assert len(stored.review) == len(review_steps(load()))
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    sentence = refused(run(capsys, "--db", db, "case", "approve", case_id, "--as", REVIEWER))
    assert "before the case was taken back to draft; confirm it again" in sentence
    review_all(capsys, db, case_id)
    assert run(capsys, "--db", db, "case", "approve", case_id, "--as", REVIEWER)[0] == 0
    status, _, err = run(capsys, "--db", db, "case", "reopen", case_id, "--as", CASEWORKER)
    assert status == 0 and "revision 2" in err
    assert case(db, case_id).revision == 2


def test_the_profile_names_the_acting_person_by_default(capsys, db):
    case_id = import_example(capsys, db)
    sentence = refused(run(capsys, "--db", db, "case", "submit", case_id))
    assert sentence.startswith("Nobody is named for the OS login ")
    assert sentence.endswith("give --as NAME, or set your name in ImpactApp's settings.")
    with Store.open(db) as store:
        store.save_profile(Profile(name="Marte Lien Johansen", unit="Bydel Grorud"))
    assert run(capsys, "--db", db, "case", "submit", case_id)[0] == 0
    assert audit(db, case_id)[-1].detail["by"] == CASEWORKER


@pytest.mark.parametrize("name", ["", "  ", "root"])
def test_no_empty_name_and_no_root(capsys, db, case_id, name):
    sentence = refused(run(capsys, "--db", db, "case", "submit", case_id, "--as", name))
    assert "name" in sentence
    assert case(db, case_id).status == "draft"


def test_an_illegal_step_is_one_sentence(capsys, db, case_id):
    sentence = refused(run(capsys, "--db", db, "case", "decide", case_id, "--date",
                           "2027-01-01", "--as", REVIEWER))
    assert sentence == (f"Case {case_id} cannot be marked as decided: The case cannot go from "
                        "draft to decided.")
    assert refused(run(capsys, "--db", db, "case", "reopen", case_id, "--as", REVIEWER)) == (
        f"Case {case_id} is a draft already; only a case in review, approved or decided can be "
        "reopened.")


def test_with_the_rule_switched_off_one_person_may_do_it_all(
        capsys, db, case_id, tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.yaml").write_text(
        "schema_version: 1\napproval:\n  two_person_rule: false\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(config))
    run(capsys, "--db", db, "case", "submit", case_id, "--as", CASEWORKER)
    review_all(capsys, db, case_id, who=CASEWORKER)
    assert run(capsys, "--db", db, "case", "approve", case_id, "--as", CASEWORKER)[0] == 0
    assert case(db, case_id).approved_by == CASEWORKER


def test_the_installed_entry_point_refuses_with_exit_status_2(db, tmp_path):
    env = {**os.environ, "IMPACTAPP_CONFIG_DIR": "", "XDG_CONFIG_DIRS": str(tmp_path)}
    cli = Path(sys.executable).with_name("impactapp-cli")
    imported = subprocess.run([str(cli), "--db", db, "case", "import", str(EXAMPLE)],
                              capture_output=True, text=True, env=env, check=True)
    case_id = imported.stdout.strip()
    subprocess.run([str(cli), "--db", db, "case", "submit", case_id, "--as", CASEWORKER],
                   capture_output=True, text=True, env=env, check=True)
    result = subprocess.run([str(cli), "--db", db, "case", "approve", case_id, "--as",
                             CASEWORKER], capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert "is the case's caseworker and cannot approve it" in result.stderr
