"""Cases in and out of the store: content, projections, concurrency, the case list."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactapp.domain.model import SPECIAL_RATINGS, Case
from impactapp.domain.serialize import content_equal
from impactapp.store import ConflictError, NotFound, StatusError, Store, canonical_json
from impactapp.store.content import Clock

SAMI = "á č đ ŋ š ŧ ž"
NewCase = Callable[..., Case]


def test_add_then_get_gives_back_the_same_content(store: Store, new_case: NewCase) -> None:
    case = new_case(f"Sak om æøå ÆØÅ og samiske bokstaver {SAMI}")
    case.problem = f"Problem i Kárášjohka ({SAMI})."

    added = store.add_case(case)
    loaded = store.get_case(added.id)

    assert content_equal(loaded, case)
    assert loaded.title == case.title
    assert loaded.alternatives[1].assessments[2].districts == {
        "030110": -1, "030111": -2, "030105": 1,
    }


def test_add_sets_the_bookkeeping_fields(store: Store, new_case: NewCase, clock) -> None:
    added = store.add_case(new_case())

    assert added.id is not None
    assert added.version == 1
    assert added.revision == 1
    assert added.created == added.updated
    assert added.created == clock.now()
    assert store.get_case(added.id).created == added.created


def test_content_survives_closing_and_reopening_the_file(db_path: Path, new_case: NewCase) -> None:
    case = new_case(f"Gjenåpning {SAMI}")
    with Store.open(db_path, who="kari") as first:
        case_id = first.add_case(case).id
    with Store.open(db_path, who="ola") as second:
        assert content_equal(second.get_case(case_id), case)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=st.text(min_size=1, max_size=200), problem=st.text(max_size=500))
def test_any_text_round_trips(
    tmp_path_factory: pytest.TempPathFactory, new_case: NewCase, title: str, problem: str
) -> None:
    case = new_case(title)
    case.problem = problem
    with Store.open(tmp_path_factory.mktemp("db") / "t.db", who="test") as store:
        loaded = store.get_case(store.add_case(case).id)
    assert loaded.title == title
    assert loaded.problem == problem


def test_get_unknown_case_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFound) as info:
        store.get_case(4711)
    assert info.value.case_id == 4711
    assert "4711" in str(info.value)


def test_get_cases_returns_them_in_the_order_asked(store: Store, new_case: NewCase) -> None:
    ids = [store.add_case(new_case(f"Sak {n}")).id for n in range(3)]
    asked = [ids[2], ids[0], ids[2]]

    assert [c.title for c in store.get_cases(asked)] == ["Sak 2", "Sak 0", "Sak 2"]
    with pytest.raises(NotFound):
        store.get_cases([ids[0], 999])


def _rows(store: Store, sql: str, case_id: int) -> list[tuple]:
    return store.db.execute(sql, [case_id]).fetchall()


def test_projection_rows_match_the_case(store: Store, new_case: NewCase) -> None:
    case = new_case()
    case_id = store.add_case(case).id

    alternatives = _rows(
        store,
        "SELECT position, alt_id, name, zero, ghg_tonnes, ghg_from_year, ghg_quantifiable,"
        " ghg_scope, investment_nok, annual_nok FROM alternatives WHERE case_id = ?"
        " ORDER BY position",
        case_id,
    )
    expected_alternatives = []
    for position, alt in enumerate(case.alternatives):
        ghg, cost = alt.ghg, alt.cost
        expected_alternatives.append((
            position, alt.id, alt.name, int(alt.zero),
            ghg and ghg.tonnes_co2e_per_year, ghg and ghg.from_year,
            None if ghg is None else int(ghg.quantifiable), ghg and ghg.scope,
            cost and cost.investment_nok, cost and cost.annual_nok,
        ))
    assert alternatives == expected_alternatives

    ratings = _rows(
        store,
        "SELECT alt_id, criterion, value, special, certainty FROM assessments WHERE case_id = ?",
        case_id,
    )
    expected_ratings = [
        (alt.id, a.criterion,
         None if a.rating in SPECIAL_RATINGS else a.rating,
         a.rating if a.rating in SPECIAL_RATINGS else None,
         a.certainty)
        for alt in case.alternatives for a in alt.assessments
    ]
    assert sorted(ratings, key=repr) == sorted(expected_ratings, key=repr)
    specials = [r[3] for r in ratings if r[3] is not None]
    assert sorted(specials) == ["not_relevant", "unknown"]

    links = _rows(
        store, "SELECT alt_id, target, contribution FROM sdg_links WHERE case_id = ?", case_id
    )
    assert sorted(links) == sorted(
        (alt.id, s.target, s.contribution) for alt in case.alternatives for s in alt.sdg_targets
    )


def test_projections_follow_every_save(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    case.alternatives = case.alternatives[:2]
    case.alternatives[1].assessments = case.alternatives[1].assessments[:1]
    store.save_case(case)

    counts = [
        _rows(store, f"SELECT COUNT(*) FROM {table} WHERE case_id = ?", case.id)[0][0]
        for table in ("alternatives", "assessments", "sdg_links")
    ]
    assert counts == [2, 1, 2]


def test_save_bumps_the_version_and_records_changed_fields(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    case.goals = "Nye mål."
    case.alternatives[1].name = "Lavutslippssone fra 2028"

    saved = store.save_case(case)

    assert saved.version == 2
    assert saved.updated > saved.created
    assert store.get_case(case.id).goals == "Nye mål."
    update = store.audit_log(case.id)[-1]
    assert update.action == "update"
    assert update.detail == {"fields": ["alternatives", "goals"]}


def test_saving_unchanged_content_writes_nothing(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    again = store.save_case(case)

    assert again.version == case.version
    assert [e.action for e in store.audit_log(case.id)] == ["create"]


def test_stale_save_raises_conflict_and_keeps_the_stored_case(
    store: Store, new_case: NewCase
) -> None:
    mine = store.add_case(new_case())
    theirs = store.get_case(mine.id)
    theirs.goals = "Deres endring."
    store.save_case(theirs)
    stored_before = canonical_json(store.get_case(mine.id))

    mine.goals = "Min endring."
    with pytest.raises(ConflictError) as info:
        store.save_case(mine)

    assert (info.value.expected_version, info.value.actual_version) == (1, 2)
    after = store.get_case(mine.id)
    assert canonical_json(after) == stored_before
    assert after.version == 2


def test_save_does_not_approve(store: Store, new_case: NewCase) -> None:
    case = store.add_case(new_case())
    case.status = "approved"
    with pytest.raises(StatusError):
        store.save_case(case)
    assert store.get_case(case.id).status == "draft"
    assert store.revisions(case.id) == []


def test_an_approved_case_added_by_import_gets_its_frozen_revision(
    store: Store, new_case: NewCase
) -> None:
    case = new_case()
    case.status = "approved"
    case.approved_by = "Leder"
    case.approved_at = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)
    added = store.add_case(case)

    [revision] = store.revisions(added.id)
    assert (revision.revision, revision.approved_by) == (1, "Leder")
    assert content_equal(store.get_revision(added.id, 1), case)


def test_add_cases_commits_each_case_before_yielding_it(
    store: Store, db_path: Path, new_case: NewCase
) -> None:
    seen_by_other_connection = []
    for added in store.add_cases(new_case(f"Import {n}") for n in range(3)):
        other = sqlite3.connect(db_path)
        try:
            row = other.execute("SELECT title FROM cases WHERE id = ?", [added.id]).fetchone()
        finally:
            other.close()
        seen_by_other_connection.append(row[0])
    assert seen_by_other_connection == ["Import 0", "Import 1", "Import 2"]


def test_list_is_ordered_by_last_change(store: Store, new_case: NewCase) -> None:
    first = store.add_case(new_case("Første"))
    store.add_case(new_case("Andre"))
    store.add_case(new_case("Tredje"))
    first.goals = "Endret sist."
    store.save_case(first)

    summaries = store.list_cases()

    assert [s.title for s in summaries] == ["Første", "Tredje", "Andre"]
    assert summaries[0].updated == store.get_case(first.id).updated
    top = summaries[0]
    assert (top.case_number, top.unit, top.status, top.depth, top.caseworker) == (
        "25/01234", "Bymiljøetaten", "draft", "full", "Kari Nordmann",
    )


def test_list_leaves_out_the_bin_unless_asked(store: Store, new_case: NewCase) -> None:
    kept = store.add_case(new_case("Beholdt"))
    binned = store.add_case(new_case("Kastet"))
    store.delete_case(binned.id)

    assert [s.id for s in store.list_cases()] == [kept.id]
    assert {s.id for s in store.list_cases(include_deleted=True)} == {kept.id, binned.id}
    assert [s.id for s in store.list_cases(deleted_only=True)] == [binned.id]
    assert (store.count_cases(), store.count_cases(include_deleted=True)) == (1, 2)
    assert store.count_cases(deleted_only=True) == 1


def test_list_reads_no_content(store: Store, new_case: NewCase) -> None:
    store.add_case(new_case())
    statements: list[str] = []
    with store.db.tracer(lambda sql, params: statements.append(sql)):
        store.list_cases()
    assert statements
    assert not any("content" in sql for sql in statements)


def test_list_of_many_cases_matches_the_rows(store: Store) -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    content = canonical_json(Case(title="x"))
    rows = [
        (f"uid-{n}", f"Sak {n}", "nb", "simplified", "draft", content,
         (now + timedelta(seconds=n)).isoformat(), (now + timedelta(seconds=n)).isoformat())
        for n in range(2000)
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO cases (uid, title, language, depth, status, content, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    summaries = store.list_cases()
    assert len(summaries) == 2000
    assert summaries[0].title == "Sak 1999"
    assert summaries[-1].updated == now


def test_returned_case_is_independent_of_the_one_passed_in(store: Store, new_case: NewCase) -> None:
    case = new_case()
    added = store.add_case(case)
    added.alternatives[1].assessments.clear()
    assert case.alternatives[1].assessments
    assert case.id is None


def test_store_timestamps_strictly_increase() -> None:
    clock = Clock()
    moments = [clock.now() for _ in range(2000)]
    assert all(a < b for a, b in itertools.pairwise(moments))
    assert all(m.tzinfo is not None and m.utcoffset() == timedelta(0) for m in moments)
