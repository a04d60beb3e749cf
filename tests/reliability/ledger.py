"""What the writers acknowledged, checked against what the database holds after a kill.

Each writer's lines (see writer.py) are read in order: every ``ack`` is a promise that must
be kept; the one ``try`` left without an answer when the writer was killed may or may not
have happened, and if it did, exactly as announced. After each trial the ledger takes the
database's state as its own, so the next trial starts from what survived.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from impactapp.store import Store
from impactapp.store.content import sha256_hex
from impactapp.store.sqlite.conflicts import REPLACED, TAKE_OVER


@dataclass
class InFlight:
    """What the unanswered ``try`` lines of killed writers may have done."""

    shas: dict[int, set[str]] = field(default_factory=dict)  # case -> content it may now have
    new_cases: list[str] = field(default_factory=list)  # content of cases it may have added
    gone: set[int] = field(default_factory=set)  # copies it may have removed
    count: int = 0

    def add(self, words: list[str]) -> None:
        self.count += 1
        op = words[1]
        if op == "new":
            self.new_cases.append(words[2])
        elif op in ("save", "status", "approve", "revise"):
            self.shas.setdefault(int(words[2]), set()).add(words[4])
        elif op == "takeover":
            self.shas.setdefault(int(words[2]), set()).update(words[4:])
            self.gone.add(int(words[3]))
        elif op == "discard":
            self.gone.add(int(words[3]))
        else:
            raise AssertionError(f"unknown operation in {' '.join(words)!r}")


@dataclass
class Stored:
    """The database as it is: cases, conflict copies, revisions and take-overs."""

    cases: dict[int, tuple[int, str]]  # case -> (version, sha)
    copies: dict[int, tuple[int, str, str, int]]  # copy -> (case, sha, reason, stored version)
    revisions: dict[tuple[int, int], str]  # (case, revision) -> sha, hash-checked
    take_overs: dict[int, dict]  # copy -> the audit detail of its take-over

    @classmethod
    def read(cls, path: Path) -> Stored:
        with Store.open(path) as store:
            db = store.db
            cases = {i: (v, sha256_hex(c)) for i, v, c in
                     db.execute("SELECT id, version, content FROM cases").fetchall()}
            copies = {i: (c, sha256_hex(content), reason, stored) for i, c, content, reason, stored
                      in db.execute("SELECT id, case_id, content, reason, stored_version"
                                    " FROM conflict_copies").fetchall()}
            revisions = {}
            for case_id in cases:
                for rev in store.revisions(case_id):
                    store.get_revision(case_id, rev.revision)  # raises if the hash is wrong
                    revisions[(case_id, rev.revision)] = rev.sha256
            take_overs = {}
            for entry in store.audit_log():
                if entry.action == TAKE_OVER:
                    take_overs[entry.detail["copy"]] = {**entry.detail, "case": entry.case_id}
        return cls(cases, copies, revisions, take_overs)


def integrity(path: Path) -> list[str]:
    """SQLite's own verdict on the file, opened as any SQLite program would (which recovers a
    rollback journal left by the kill)."""
    conn = sqlite3.connect(path)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        json_bad = conn.execute("SELECT COUNT(*) FROM cases WHERE NOT json_valid(content)")
        bad = json_bad.fetchone()[0]
    finally:
        conn.close()
    return [p for p in problems if p != "ok"] + ([f"{bad} cases not JSON"] if bad else [])


@dataclass
class Ledger:
    """Every acknowledged save so far, as the database must still show it."""

    cases: dict[int, tuple[int, str]] = field(default_factory=dict)
    copies: dict[int, tuple[int, str]] = field(default_factory=dict)  # copy -> (case, sha)
    removed: set[int] = field(default_factory=set)  # copies taken over or discarded (acked)
    revisions: dict[tuple[int, int], str] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)  # copies whose take-over was acked
    acks: int = 0
    lost: list[str] = field(default_factory=list)

    def read_output(self, lines: list[str], in_flight: InFlight) -> bool:
        """Take one writer's acknowledgements; True when it was killed inside a store call."""
        pending: list[str] | None = None
        for line in lines:
            words = line.split()
            if not words:
                continue
            if words[0] == "try":
                pending = words
            elif words[0] in ("ack", "nack"):
                if words[0] == "ack":
                    self._ack(words)
                pending = None
            elif words[0] == "fail":
                self.lost.append(f"a database failure reached the writer: {line}")
        if pending is not None:
            in_flight.add(pending)
        return pending is not None

    def _ack(self, words: list[str]) -> None:
        self.acks += 1
        op = words[1]
        case_id = int(words[2])
        if op in ("new", "save", "status", "approve", "revise", "takeover"):
            version, sha = int(words[3]), words[4]
            known = self.cases.get(case_id)
            if known is None or known[0] < version:
                self.cases[case_id] = (version, sha)
            elif known[0] == version and known[1] != sha:
                self.lost.append(f"case {case_id} version {version} acknowledged twice, "
                                 "with different content")
            if op == "approve":
                self.revisions[(case_id, int(words[5]))] = sha
            if op == "takeover":
                copy_id = int(words[5])
                self.copies.pop(copy_id, None)
                self.removed.add(copy_id)
                self.taken.add(copy_id)
        elif op == "copy":
            self.copies[int(words[3])] = (case_id, words[4])
        elif op == "discard":
            self.copies.pop(int(words[3]), None)
            self.removed.add(int(words[3]))
        else:
            raise AssertionError(f"unknown acknowledgement {' '.join(words)!r}")

    def check(self, stored: Stored, in_flight: InFlight) -> list[str]:
        """Every promise kept, every difference explained by a write in flight."""
        problems: list[str] = []
        for case_id, (version, sha) in self.cases.items():
            found = stored.cases.get(case_id)
            may = in_flight.shas.get(case_id, set())
            if found is None:
                problems.append(f"case {case_id} (version {version}) is missing")
            elif found[0] < version:
                problems.append(f"case {case_id} is at version {found[0]}, acked {version}")
            elif found[0] == version and found[1] != sha:
                problems.append(f"case {case_id} version {version} has other content than acked")
            elif found[0] > version and found[1] not in may:
                problems.append(f"case {case_id} moved to version {found[0]} with content no "
                                "writer announced")
        unknown = [stored.cases[i][1] for i in stored.cases if i not in self.cases]
        for sha in unknown:
            if sha not in in_flight.new_cases:
                problems.append("a case appeared that no writer announced")
        if len(unknown) > len(in_flight.new_cases):
            problems.append("more new cases than writers in flight")
        problems += self._check_copies(stored, in_flight)
        for key, sha in self.revisions.items():
            if stored.revisions.get(key) != sha:
                problems.append(f"approved revision {key} is missing or changed")
        return problems

    def _check_copies(self, stored: Stored, in_flight: InFlight) -> list[str]:
        problems: list[str] = []
        for copy_id, (case_id, sha) in self.copies.items():
            found = stored.copies.get(copy_id)
            if found is None:
                if copy_id not in in_flight.gone:
                    problems.append(f"conflict copy {copy_id} of case {case_id} is missing")
            elif found[1] != sha and found[1] not in in_flight.shas.get(case_id, set()):
                problems.append(f"conflict copy {copy_id} has other content than acked")
        for copy_id in self.removed & stored.copies.keys():
            problems.append(f"conflict copy {copy_id} is back after it was removed")
        announced = set().union(*in_flight.shas.values()) if in_flight.shas else set()
        for copy_id, (_, sha, reason, _) in stored.copies.items():
            if copy_id in self.copies:
                continue
            if reason != REPLACED and sha not in announced:
                problems.append(f"conflict copy {copy_id} appeared that no writer announced")
        for copy_id in self.taken:
            detail = stored.take_overs.get(copy_id)
            if detail is None:
                problems.append(f"the take-over of copy {copy_id} is not in the audit log")
            elif detail["version"] != detail["replaced"] and not any(
                    c == detail["case"] and r == REPLACED and v == detail["version"]
                    for c, _, r, v in stored.copies.values()):
                problems.append(f"the version copy {copy_id} replaced was not kept")
        return problems

    def adopt(self, stored: Stored) -> None:
        """Continue from what the database holds (in-flight writes that happened included)."""
        self.cases = dict(stored.cases)
        self.copies = {i: (c, sha) for i, (c, sha, _, _) in stored.copies.items()}
        self.revisions = dict(stored.revisions)

