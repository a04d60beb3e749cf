"""Cases in the SQLite file: the projection rows, the case list's SQL, bulk rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from impactapp.domain.model import SPECIAL_RATINGS, Case
from impactapp.store import Store, canonical_json

NewCase = Callable[..., Case]


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
