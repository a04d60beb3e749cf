"""A short load run (``make bench BENCH_ARGS=load`` is the long one): writer processes with
logins of their own edit overlapping cases at once, and every save they were told was made
is there at the end, in the case or in the conflict copy it was kept as."""

from __future__ import annotations

import json

import pytest

from bench.load import check, prepare, run_load, run_writer, terminate_backends
from impactapp.domain.serialize import case_to_data
from tests.pgcluster import own_cluster

# Each run is short (two or three seconds of saving: some hundred saves and tens of conflict
# copies); `make bench BENCH_ARGS=load` is the long one, with twenty writers for a minute.


@pytest.mark.slow(seconds=5)
def test_four_writers_lose_no_acknowledged_save(pg_cluster, tmp_path):
    result = run_load(pg_cluster, tmp_path, writers=4, seconds=2, reviewers=2)
    assert result.errors == []
    assert result.saves > 0
    assert result.missing == []  # data lost: 0


@pytest.mark.slow(seconds=6)
def test_backends_killed_again_and_again_mid_save_lose_no_acknowledged_save(pg_cluster,
                                                                            tmp_path):
    ended = []
    result = run_load(pg_cluster, tmp_path, writers=4, seconds=2, reviewers=2,
                      disrupt=lambda owner: ended.append(terminate_backends(pg_cluster, owner)))
    assert sum(ended) > 0  # the writers' sessions were ended while they worked
    assert result.saves > 0
    assert result.missing == []  # a save that failed said so; none acknowledged was lost
    assert all("exited with" not in error for error in result.errors)


@pytest.mark.slow(seconds=9)
def test_a_server_restarted_while_writers_save_loses_no_acknowledged_save(tmp_path):
    restarts = []
    # A cluster of its own: a restart ends every session on it.
    with own_cluster() as cluster:

        def restart_once(owner: str) -> None:
            if not restarts:
                cluster.restart()  # pg_ctl restart -m fast
                restarts.append(owner)

        result = run_load(cluster, tmp_path, writers=4, seconds=3, reviewers=2,
                          disrupt=restart_once)
    assert restarts and result.saves > 0
    assert result.missing == []
    assert all("exited with" not in error for error in result.errors)


def test_the_checker_finds_a_line_the_database_does_not_have(pg_cluster, tmp_path):
    owner, writers = prepare(pg_cluster, 1, 1, 0, tmp_path)
    caseworker, reviewer = writers
    run_writer(caseworker)  # no time: an empty log
    case = caseworker.cases[0]
    with open(caseworker.log, "a", encoding="utf-8") as log:
        log.write(json.dumps({"case": case, "line": "cw#404", "seconds": 0.001,
                              "copy": None, "version": 2}) + "\n")
    run_writer(reviewer)
    result = check(owner, writers, 1)
    assert result.missing == [f"cw#404 (case of case {case})"]


def test_a_stale_window_keeps_its_edit_as_a_conflict_copy(pg_cluster, tmp_path):
    from impactapp.store import open_store

    owner, writers = prepare(pg_cluster, 1, 1, 0, tmp_path)
    caseworker = writers[0]
    case_id = caseworker.cases[0]
    with open_store(caseworker.uri) as store:
        first, second = store.get_case(case_id), store.get_case(case_id)
        first.problem = "cw#1"
        saved = store.save_draft(first.id, first.version, case_to_data(first))
        second.problem = "cw#2"
        kept = store.save_draft(second.id, second.version, case_to_data(second))
    lines = [{"case": case_id, "line": "cw#1", "seconds": 0, "copy": saved.copy_id,
              "version": saved.version},
             {"case": case_id, "line": "cw#2", "seconds": 0, "copy": kept.copy_id,
              "version": kept.version}]
    with open(caseworker.log, "w", encoding="utf-8") as log:
        log.writelines(json.dumps(entry) + "\n" for entry in lines)
    open(writers[1].log, "w").close()
    result = check(owner, writers, 1)
    assert (saved.copy_id, kept.copy_id is not None) == (None, True)
    assert (result.saves, result.conflict_copies, result.missing) == (1, 1, [])
