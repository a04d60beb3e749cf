"""impactapp-cli demo: loads the shipped examples once, printing each new case's id."""

from __future__ import annotations

import dataclasses

import pytest

from impactapp.cli import main
from impactapp.examples import example_paths, load_examples
from impactapp.store import Store

COUNT = len(example_paths())


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "demo.db")


@pytest.fixture(scope="module")
def examples(catalog):
    return load_examples(catalog)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def demo(capsys, db: str) -> tuple[list[int], str]:
    status, out, err = run(capsys, "--db", db, "demo")
    assert status == 0, err
    lines = out.splitlines()
    assert all(line.isdigit() for line in lines), out
    return [int(line) for line in lines], err


def test_demo_loads_every_example_and_prints_each_id(capsys, db, examples):
    ids, err = demo(capsys, db)
    assert err == f"Loaded {COUNT} example cases.\n"
    assert len(ids) == COUNT == len(set(ids))
    with Store.open(db) as store:
        stored = store.get_cases(ids)
        assert sorted(ids) == sorted(row.id for row in store.list_cases())
    assert [(c.title, c.case_number, c.status, c.depth) for c in stored] == [
        (c.title, c.case_number, c.status, c.depth) for c in examples
    ]


def test_a_second_run_loads_nothing(capsys, db):
    first, _ = demo(capsys, db)
    second, err = demo(capsys, db)
    assert second == []
    assert err == f"The {COUNT} example cases are already in the database.\n"
    with Store.open(db) as store:
        assert store.count_cases() == len(first)


def test_an_example_moved_to_the_bin_is_loaded_again(capsys, db, examples):
    first, _ = demo(capsys, db)
    with Store.open(db) as store:
        store.delete_case(first[0])
    again, err = demo(capsys, db)
    assert len(again) == 1 and again[0] not in first
    assert err == f"Loaded 1 example case; {COUNT - 1} were already in the database.\n"
    with Store.open(db) as store:
        restored = store.get_case(again[0])
        assert store.count_cases() == COUNT
    assert (restored.title, restored.case_number) == (
        examples[0].title, examples[0].case_number)


def test_a_case_sharing_only_the_title_does_not_count_as_loaded(capsys, db, examples):
    lookalike = dataclasses.replace(examples[0], case_number="99/99999")
    with Store.open(db) as store:
        store.add_case(lookalike)
    ids, err = demo(capsys, db)
    assert len(ids) == COUNT
    assert err == f"Loaded {COUNT} example cases.\n"


def test_the_approved_example_keeps_its_own_approver_and_names_its_file(capsys, db, examples):
    ids, _ = demo(capsys, db)
    with Store.open(db, who="demo-user") as store:
        approved = [c for c in store.get_cases(ids) if c.status in ("approved", "decided")]
        assert approved, "the examples include an approved case"
        for case in approved:
            assert case.approved_by and case.approved_by != case.caseworker
            assert case.approved_at is not None
            entry = next(e for e in store.history(case.id) if e.kind == "approve")
            assert entry.detail["approved_by"] == case.approved_by
            assert entry.detail["imported_from"].endswith(".yaml")
            assert len(entry.detail["file_sha256"]) == 64
