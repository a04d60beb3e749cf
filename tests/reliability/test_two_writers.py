"""Two programs editing the same cases at once: no "database is locked", nothing lost.

Both writers save through the autosave's path on the same two or three cases, change their
status, approve them and take conflict copies over, as fast as they can. Neither may ever see
a database failure (busy included), conflicts must be detected (conflict copies appear), and
at the end every acknowledged save and copy is in the database. The checker itself is tested
too: a change it was not told about, or a copy that vanished, is reported.
"""

from __future__ import annotations

import sqlite3

import pytest

from impactapp.domain.serialize import case_to_data
from impactapp.store import Store, content_hash

from .harness import READY_TIMEOUT, SUMMARY, start
from .ledger import InFlight, Ledger, Stored, integrity


def run_two(db, journal: str, windows: int = 30) -> Ledger:
    # Both writers open the store, say "ready", and wait at a start line, so their edits
    # overlap however long each process took to start (no timing luck).
    go = db.parent / "go"
    runs = [start(db, "--seed", str(seed), "--journal", journal, "--cases", "2",
                  "--windows", str(windows), "--go", str(go)) for seed in (11, 12)]
    for run in runs:
        assert run.ready.wait(READY_TIMEOUT), run.errors
    go.touch()
    ledger, in_flight = Ledger(), InFlight()
    for run in runs:
        code = run.finish()
        assert code == 0, run.errors
        assert run.lines[-1] == "done"
        assert ledger.read_output(run.lines, in_flight) is False
    assert not any(line.startswith("fail") for run in runs for line in run.lines)
    return ledger


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_two_programs_on_the_same_cases_never_see_busy_and_lose_nothing(tmp_path, journal):
    db = tmp_path / "two.db"
    ledger = run_two(db, journal)
    assert integrity(db) == []
    stored = Stored.read(db)
    assert ledger.check(stored, InFlight()) == []
    copies = len(ledger.copies) + len(ledger.removed)
    assert copies > 0, "the two writers never met in a conflict"
    SUMMARY.append(f"two writers ({journal}): {ledger.acks} saves acknowledged, {copies} "
                   "conflict copies kept, no busy error, nothing lost")


def test_the_checker_reports_a_lost_save_and_a_lost_copy(tmp_path):
    db = tmp_path / "one.db"
    run = start(db, "--seed", "5", "--windows", "6")
    assert run.finish() == 0, run.errors
    ledger = Ledger()
    ledger.read_output(run.lines, InFlight())
    case_id = next(iter(ledger.cases))
    with Store.open(db) as mine, Store.open(db) as theirs:  # a conflict, made here
        case = mine.get_case(case_id)
        other = theirs.get_case(case_id)
        other.goals = "Deres."
        theirs.save_draft(other.id, other.version, case_to_data(other))
        case.goals = "Mine."
        kept = mine.save_draft(case.id, case.version, case_to_data(case))
    ledger.read_output([f"ack save {case_id} {kept.version + 1} {content_hash(other)}",
                        f"ack copy {case_id} {kept.copy_id} {kept.copy.sha256}"], InFlight())
    assert ledger.check(Stored.read(db), InFlight()) == []

    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE cases SET content = json_set(content, '$.goals', 'Borte')"
                     " WHERE id = ?", [case_id])
        conn.execute("DELETE FROM conflict_copies WHERE id = ?", [kept.copy_id])
    conn.close()
    problems = ledger.check(Stored.read(db), InFlight())
    assert any(f"case {case_id} version" in p and "other content" in p for p in problems)
    assert any(f"conflict copy {kept.copy_id} " in p and "missing" in p for p in problems)
