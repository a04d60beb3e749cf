"""A program that saves edits in a loop and says which saves it has seen acknowledged.

    python -m tests.reliability.writer DB --seed 7 [--journal delete] [--checkpoint 8]

It behaves as the case windows do: it opens the database (``Store.open``, as each window's
background saver does), takes a case, edits it a few times saving each edit with
``Store.save_draft`` (the autosave's path, conflict copies included), sometimes changes the
case's status, approves it or starts a new revision, resolves its conflict copies the ways a
person can (take over, discard, or take the stored version), and closes the database again.

Before each store call it prints ``try ...`` and after the call has returned ``ack ...``
(one line each, flushed), so a test that kills it at any moment knows what must be in the
database (every ack) and what may be (the one ``try`` in flight). The lines:

    ready | open <journal mode> | done
    try new <sha>                               ack new <case> <version> <sha>
    try save <case> <base> <sha>                ack save <case> <version> <sha>
                                                ack copy <case> <copy> <sha>
    try status|approve|revise <case> <base> <sha>
                                      ack status|approve|revise <case> <version> <sha> <revision>
    try takeover <case> <copy> <sha if draft> <sha if in review>
                                                ack takeover <case> <version> <sha> <copy>
    try discard <case> <copy>                   ack discard <case> <copy>
    nack <op> <case>                            (refused: changed by another program first)
    fail <problem>                              (a database failure reached the program)

``sha`` is SHA-256 of the case's canonical content, as the store keeps it.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time

from impactapp.domain.model import Alternative, Assessment, Case
from impactapp.domain.serialize import case_to_data
from impactapp.store import (
    ConflictError,
    DatabaseFailure,
    LockedError,
    StatusError,
    Store,
    StoreError,
    content_hash,
)
from impactapp.store.content import canonical_text, sha256_hex
from impactapp.store.sqlite import connection

TEXT_FIELDS = ("title", "problem", "goals", "prerequisites", "principled_questions")
CRITERIA = ("env.climate_mitigation", "env.noise", "dist.low_income", "econ.municipal_budget")
#: What the store refuses when another program changed the case first (a window shows these).
REFUSALS = (ConflictError, LockedError, StatusError)
LETTERS = "abcdefghijklmnopqrstuvwxyzæøå ÆØÅ áčđŋšŧž –.,"


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


ACTOR = "Ola Saksbehandler"  # the person every status change of the writer is recorded for


def status_sha(case: Case, status: str, stale: bool = False) -> str:
    """The hash of the case's content once the store has given it ``status`` (going back to
    draft by a status change or a new revision also marks its verdicts ``stale``)."""
    data = case_to_data(case)
    data["status"] = status
    if stale:
        for verdict in data.get("review", []):
            verdict["stale"] = True
    return sha256_hex(canonical_text(data))


class Writer:
    def __init__(self, path: str, rng: random.Random, cases: int, checkpoint: int):
        self.path = path
        self.rng = rng
        self.cases = cases
        self.checkpoint = checkpoint
        self.mine: set[int] = set()  # the conflict copies this program made
        self.pool = "".join(rng.choices(LETTERS, k=130_000))  # texts are slices of it

    # --- text ---------------------------------------------------------------------------

    def text(self) -> str:
        # Mostly a sentence; sometimes a long text that spans many database pages, so a kill
        # can land in the middle of writing one value.
        size = self.rng.randint(10, 300) if self.rng.random() < 0.85 else self.rng.randint(
            4_000, 120_000)
        start = self.rng.randrange(len(self.pool) - size)
        return self.pool[start:start + size] + str(self.rng.random())

    def new_case(self) -> Case:
        zero = Alternative("a0", "Nullalternativ", zero=True)
        return Case(title="Krasjtest " + self.text()[:40], unit="Testetaten",
                    problem=self.text(), alternatives=[zero, self.measure(1)])

    def measure(self, n: int) -> Alternative:
        ratings = [Assessment(c, self.rng.randint(-3, 3), justification=self.text()[:200])
                   for c in self.rng.sample(CRITERIA, self.rng.randint(0, len(CRITERIA)))]
        return Alternative(f"a{n}", f"Tiltak {n}", assessments=ratings)

    def edit(self, case: Case) -> None:
        if self.rng.random() < 0.15:  # add or remove a measure (projection rows change)
            measures = case.measures
            if len(measures) > 1 and self.rng.random() < 0.5:
                case.alternatives.remove(measures[-1])
            else:
                used = {a.id for a in case.alternatives}
                n = next(i for i in range(1, 100) if f"a{i}" not in used)
                case.alternatives.append(self.measure(n))
            if case.recommendation is not None:
                case.recommendation = None
            return
        setattr(case, self.rng.choice(TEXT_FIELDS), self.text())

    # --- the loop -----------------------------------------------------------------------

    def window(self) -> None:
        """One case window's life: open, edit and save a few times, resolve, close."""
        with Store.open(self.path) as store:
            if self.checkpoint:
                store.db.execute(f"PRAGMA wal_autocheckpoint = {self.checkpoint}")
            emit(f"open {store.journal_mode}")
            case = self.pick(store)
            copy_id: int | None = None
            for _ in range(self.rng.randint(1, 8)):
                self.edit(case)
                copy_id = self.save(store, case, copy_id)
                if copy_id is None and self.rng.random() < 0.1:
                    case = self.lifecycle(store, case)
            if copy_id is not None:
                self.resolve(store, case, copy_id)
            self.tidy(store)

    def pick(self, store: Store) -> Case:
        listed = store.list_cases()
        if len(listed) < self.cases or self.rng.random() < 0.03:
            case = self.new_case()
            emit(f"try new {content_hash(case)}")
            case = store.add_case(case)
            emit(f"ack new {case.id} {case.version} {content_hash(case)}")
            return case
        case = store.get_case(self.rng.choice(listed).id)
        if case.status in ("approved", "decided"):
            emit(f"try revise {case.id} {case.version} {status_sha(case, 'draft', True)}")
            try:
                case = store.new_revision(case.id, by=ACTOR, expected_version=case.version)
            except REFUSALS:  # another program started it first
                emit(f"nack revise {case.id}")
                return self.pick(store)
            emit(f"ack revise {case.id} {case.version} {content_hash(case)} {case.revision}")
        return case

    def save(self, store: Store, case: Case, copy_id: int | None) -> int | None:
        """Save as the autosave does; returns the conflict copy the edit went into, if any."""
        sha = content_hash(case)
        emit(f"try save {case.id} {case.version} {sha}")
        result = store.save_draft(case.id, case.version, case_to_data(case), copy_id=copy_id)
        if result.copy is None:
            case.version = result.version
            emit(f"ack save {case.id} {result.version} {sha}")
            return None
        assert result.copy.sha256 == sha, "the copy holds another content than was saved"
        self.mine.add(result.copy.id)
        emit(f"ack copy {case.id} {result.copy.id} {sha}")
        return result.copy.id

    def lifecycle(self, store: Store, case: Case) -> Case:
        """To review and back, or approval and a new revision: versions move on each time.

        Another program may have changed the case meanwhile: the step is then refused
        (``nack``) and the case read again, as a window would after its message.
        """
        steps = [("in_review", "status"), ("draft", "status")]
        if self.rng.random() < 0.4:
            steps = [("approved", "approve"), ("draft", "revise")]
        for status, op in steps:
            emit(f"try {op} {case.id} {case.version} "
                 f"{status_sha(case, status, status == 'draft')}")
            try:
                if op == "approve":
                    case = store.approve(case.id, "Godkjenner Krasj",
                                         expected_version=case.version)
                elif op == "revise":
                    case = store.new_revision(case.id, by=ACTOR, expected_version=case.version)
                else:
                    case = store.set_status(case.id, status, by=ACTOR,
                                            expected_version=case.version)
            except REFUSALS:
                emit(f"nack {op} {case.id}")
                return store.get_case(case.id)
            emit(f"ack {op} {case.id} {case.version} {content_hash(case)} {case.revision}")
        return case

    def resolve(self, store: Store, case: Case, copy_id: int) -> None:
        """What a person does with a conflict: keep theirs, take the copy over, or discard."""
        choice = self.rng.random()
        if choice < 0.4:
            shas = " ".join(status_sha(case, s) for s in ("draft", "in_review"))
            emit(f"try takeover {case.id} {copy_id} {shas}")
            try:
                taken = store.take_over_conflict_copy(copy_id)
            except REFUSALS:  # approved elsewhere meanwhile: the copy stays
                emit(f"nack takeover {case.id}")
                return
            self.mine.discard(copy_id)
            emit(f"ack takeover {case.id} {taken.version} {content_hash(taken)} {copy_id}")
        elif choice < 0.7:
            self.discard(store, case.id, copy_id)
        # else: the stored version is taken; the copy stays listed until discarded

    def discard(self, store: Store, case_id: int, copy_id: int) -> None:
        emit(f"try discard {case_id} {copy_id}")
        store.discard_conflict_copy(copy_id)
        self.mine.discard(copy_id)
        emit(f"ack discard {case_id} {copy_id}")

    def tidy(self, store: Store) -> None:
        """Now and then discard one of this program's older copies (a person tidying up)."""
        if self.mine and self.rng.random() < 0.2:
            copy_id = self.rng.choice(sorted(self.mine))
            try:
                case_id = store.conflict_copy(copy_id).case_id
            except StoreError:
                self.mine.discard(copy_id)  # taken over or discarded elsewhere
                return
            self.discard(store, case_id, copy_id)


def rollback_journal(db) -> str:
    """``use_wal`` as on a network share: write-ahead logging is refused, the rollback journal
    is kept (SQLite can only switch while no other program has the file open)."""
    try:
        return str(db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    except sqlite3.OperationalError:
        return str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def wait_for(path: str, limit: float = 60.0) -> None:
    """Wait (at most ``limit`` seconds) until ``path`` exists: a start line for writers that
    must overlap, whatever each process's start-up took."""
    if not path:
        return
    waited = 0.0
    while not os.path.exists(path) and waited < limit:
        time.sleep(0.005)
        waited += 0.005


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--journal", choices=("wal", "delete"), default="wal")
    parser.add_argument("--checkpoint", type=int, default=0,
                        help="WAL pages between automatic checkpoints (0: SQLite's default)")
    parser.add_argument("--cases", type=int, default=4, help="cases to keep editing")
    parser.add_argument("--windows", type=int, default=0, help="stop after this many (0: never)")
    parser.add_argument("--go", default="",
                        help="after 'ready', wait until this file exists (starts writers together)")
    args = parser.parse_args(argv)
    if args.journal == "delete":
        connection.use_wal = rollback_journal
    writer = Writer(args.db, random.Random(args.seed), args.cases, args.checkpoint)
    emit("ready")
    wait_for(args.go)
    windows = 0
    while not args.windows or windows < args.windows:
        try:
            writer.window()
        except DatabaseFailure as exc:
            emit(f"fail {exc.problem}")
            return 1
        windows += 1
    emit("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
