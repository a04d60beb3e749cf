"""impactapp-cli followup: the leadership's list by the clock given, and refused reports."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from impactapp.cli import main
from impactapp.domain.clock import FixedClock
from impactapp.store import Store

from .budget_data import build


@pytest.fixture
def db(tmp_path, monkeypatch):
    (tmp_path / "config").mkdir()  # an empty configuration: everything as shipped
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "f.db"
    return path, build(path)


def _list(db, capsys, day: datetime, *extra: str) -> list[dict]:
    path, _ = db
    assert main(["--db", str(path), "followup", "list", "--json", *extra],
                clock=FixedClock(day)) == 0
    return json.loads(capsys.readouterr().out)


def test_the_list_by_the_clock_given(db, capsys) -> None:
    _, ids = db
    early = _list(db, capsys, datetime(2027, 2, 10, tzinfo=UTC))
    assert [(r["case_id"], r["reasons"]) for r in early] == [
        (ids["stopped"], ["stopped"]), (ids["bus"], ["far"])]
    due = _list(db, capsys, datetime(2027, 4, 15, tzinfo=UTC))
    assert [(r["case_id"], r["reasons"], r["due"]) for r in due][:2] == [
        (ids["zone"], ["due"], "2027-04-30"), (ids["bus"], ["due", "far"], "2027-04-30")]
    late = _list(db, capsys, datetime(2027, 5, 2, tzinfo=UTC), "--due")
    assert [(r["case_id"], r["reasons"]) for r in late] == [
        (ids["zone"], ["late"]), (ids["bus"], ["late"])]
    assert due[-1]["stop_reason"] == "Vedtaket ble opphevet."


def test_a_report_moves_the_measure_off_the_due_list(db, capsys) -> None:
    path, ids = db
    clock = FixedClock(datetime(2027, 4, 20, tzinfo=UTC))
    assert main(["--db", str(path), "followup", "report", str(ids["zone"]), "a1", "--status",
                 "in_progress", "--effect", "-900", "--cost", "250000", "--note", "I rute."],
                clock=clock) == 0
    capsys.readouterr()
    rows = _list(db, capsys, datetime(2027, 4, 21, tzinfo=UTC), "--due")
    assert ids["zone"] not in [r["case_id"] for r in rows]
    with Store.open(path) as store:
        entry = store.history(ids["zone"])[-1]
    assert (entry.kind, entry.summary.en) == ("followup", "Follow-up of measure a1: in progress")


@pytest.mark.parametrize(("which", "args", "message"), [
    ("approved", ["a1", "--status", "done"], "is approved, not decided"),
    ("zone", ["a9", "--status", "done"], "has no measure 'a9'"),
    ("zone", ["a1", "--status", "stopped"], "A stopped measure needs a reason"),
    ("zone", ["a1", "--status", "paused"], "'paused' is not a follow-up status"),
])
def test_refusals_are_one_sentence_with_exit_status_2(db, capsys, which, args, message) -> None:
    path, ids = db
    assert main(["--db", str(path), "followup", "report", str(ids[which]), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and err.count("\n") == 0
    with Store.open(path) as store:
        assert "a9" not in store.followups(ids[which])
        assert store.followups(ids["zone"]) == {}


def test_stopped_with_a_note_takes_the_note_as_the_reason(db, capsys) -> None:
    path, ids = db
    assert main(["--db", str(path), "followup", "report", str(ids["zone"]), "a1", "--status",
                 "stopped", "--note", "Fylket overtok."]) == 0
    with Store.open(path) as store:
        assert store.followups(ids["zone"])["a1"].reason == "Fylket overtok."


def test_an_unknown_case_is_refused(db, capsys) -> None:
    path, _ = db
    assert main(["--db", str(path), "followup", "report", "999", "a1", "--status", "done"]) == 2
    assert capsys.readouterr().err.strip() == "There is no case with id 999."
