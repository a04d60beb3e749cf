"""An offline copy between a SQLite file and a PostgreSQL database, either way.

Every case with its revisions, verdicts (in the content and the audit), history, conflict
copies and follow-up, every profile, plan, target and indicator figure is copied row by row
through the stores' own connections, in one transaction on the target. Into an empty target
the rows keep their ids (a case keeps its number); with ``merge`` the cases the target
already has (same uid) are left alone and the others get new ids there, their rows following
them. On PostgreSQL the copy must be made by the owner of the tables, whose rows the triggers
keep as given (time, person). Columns only one side has (PostgreSQL's owner columns) are left
to that side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..api import CaseStore
from ..sqlite.schema import META_TABLE

#: What decides that a target is not empty.
CONTENT_TABLES = ("cases", "audit", "observations", "plans", "profiles", "ssb_cache",
                  "indicator_targets")
#: Tables whose rows belong to a case (``case_id``), copied after the cases.
CASE_TABLES = ("revisions", "conflict_copies", "alternatives", "assessments", "sdg_links",
               "case_facts", "handled_trade_offs", "district_ratings", "goal_contributions",
               "followups", "followup_reports", "audit")
#: Tables copied as they are (in a merge, a row whose key the target has is kept there).
PLAIN_TABLES: dict[str, str] = {
    "profiles": "who", "observations": "indicator, region, period",
    "ssb_cache": "table_id, query_key", "indicator_targets": "indicator",
}
#: Keys of the meta table that describe the database itself, never copied.
OWN_META = ("app", "schema")
#: Tables the counts are printed for, in this order.
COUNTED = ("cases", "revisions", "audit", "conflict_copies", "profiles", "observations",
           "followups", "followup_reports", "plans", "indicator_targets")


class TargetNotEmpty(Exception):
    """The target already holds cases or data; copying into it needs ``merge``."""


@dataclass
class CopyReport:
    """Rows copied per table (cases the target already had are in ``skipped``)."""

    copied: dict[str, int] = field(default_factory=dict)
    skipped: int = 0

    def add(self, table: str, rows: int) -> None:
        self.copied[table] = self.copied.get(table, 0) + rows


def _db(store: CaseStore) -> Any:
    return store.db  # type: ignore[attr-defined]  # both implementations expose it


def _columns(db: Any, table: str) -> list[str]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE 1 = 0")
    return [d[0] for d in cursor.description]


def _rows(db: Any, table: str, columns: list[str], order: str = "") -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT {', '.join(columns)} FROM {table}{order}")
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def is_empty(store: CaseStore) -> bool:
    """Whether the store holds no case, history, figure, plan or profile."""
    db = _db(store)
    return not any(db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in CONTENT_TABLES)


def copy_store(source: CaseStore, target: CaseStore, *, merge: bool = False) -> CopyReport:
    """Copy everything in ``source`` into ``target`` (see the module); TargetNotEmpty when
    the target has data and ``merge`` is not asked."""
    if not merge and not is_empty(target):
        raise TargetNotEmpty(target.location)
    src, dst = _db(source), _db(target)
    report = CopyReport()
    with dst.atomic():
        cases = _copy_cases(src, dst, merge, report)
        plans = _copy_with_ids(src, dst, "plans", merge, report)
        _copy_rows(src, dst, "plan_links", report, {"plan_id": plans})
        for table in CASE_TABLES:
            # The audit keeps the rows of no case and, in a full copy, those of cases erased
            # for good (naming the id the case had); the audit's own ids are the target's.
            _copy_rows(src, dst, table, report, {"case_id": cases},
                       keep_id=table != "audit" and not merge,
                       keep_unmapped=table == "audit" and not merge)
        for table, key in PLAIN_TABLES.items():
            _copy_rows(src, dst, table, report, {}, conflict=key)
        _copy_meta(src, dst, merge)
    _advance_ids(target)
    return report


def _copy_cases(src: Any, dst: Any, merge: bool, report: CopyReport) -> dict[Any, Any]:
    """Copy the cases; returns old id -> new id (merge: only the cases the target lacked)."""
    columns = [c for c in _columns(src, "cases") if c in set(_columns(dst, "cases"))]
    known = {r[0] for r in dst.execute("SELECT uid FROM cases").fetchall()} if merge else set()
    ids: dict[Any, Any] = {}
    rows = _rows(src, "cases", columns, " ORDER BY id")
    if not merge:  # every case keeps its id: all of them in a few statements
        _insert_many(dst, "cases", rows)
        report.add("cases", len(rows))
        return {row["id"]: row["id"] for row in rows}
    for row in rows:
        if row["uid"] in known:
            report.skipped += 1
            continue
        ids[row["id"]] = _insert(dst, "cases", row, keep_id=False)
        report.add("cases", 1)
    return ids


def _copy_with_ids(src: Any, dst: Any, table: str, merge: bool,
                   report: CopyReport) -> dict[Any, Any]:
    columns = [c for c in _columns(src, table) if c in set(_columns(dst, table))]
    ids = {}
    for row in _rows(src, table, columns, " ORDER BY id"):
        ids[row["id"]] = _insert(dst, table, row, keep_id=not merge)
        report.add(table, 1)
    return ids


def _copy_rows(src: Any, dst: Any, table: str, report: CopyReport,
               maps: dict[str, dict[Any, Any]], *, keep_id: bool = False,
               keep_unmapped: bool = False, conflict: str = "") -> None:
    """Copy ``table``'s rows, their references renumbered by ``maps``. A row referring to
    nothing (NULL) is copied; one referring to a row that was not copied is left out, unless
    ``keep_unmapped`` keeps it as it is."""
    columns = [c for c in _columns(src, table) if c in set(_columns(dst, table))]
    order = " ORDER BY id" if "id" in columns else ""
    rows = [row for row in _rows(src, table, columns, order)
            if _renumber(row, maps, keep_unmapped)]
    if not keep_id:
        rows = [{k: v for k, v in row.items() if k != "id"} for row in rows]
    _insert_many(dst, table, rows, conflict=conflict)
    report.add(table, len(rows))


def _renumber(row: dict[str, Any], maps: dict[str, dict[Any, Any]], keep_unmapped: bool
              ) -> bool:
    """Renumber the row's references in place; False when it must be left out."""
    for column, mapping in maps.items():
        value = row.get(column)
        if value is None:
            continue
        if value in mapping:
            row[column] = mapping[value]
        elif not keep_unmapped:
            return False
    return True


def _insert(dst: Any, table: str, row: dict[str, Any], *, keep_id: bool,
            conflict: str = "") -> Any:
    values = dict(row) if keep_id else {k: v for k, v in row.items() if k != "id"}
    marks = ", ".join("?" for _ in values)
    sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})"
    if conflict:
        sql += f" ON CONFLICT ({conflict}) DO NOTHING"
    cursor = dst.execute(sql, list(values.values()))
    return row.get("id") if keep_id else cursor.lastrowid


def _insert_many(dst: Any, table: str, rows: list[dict[str, Any]], conflict: str = "") -> None:
    """Insert rows that all have the same columns, as given (the connection batches them)."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(columns)})"
           f" VALUES ({', '.join('?' for _ in columns)})")
    if conflict:
        sql += f" ON CONFLICT ({conflict}) DO NOTHING"
    dst.conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def _copy_meta(src: Any, dst: Any, merge: bool) -> None:
    marks = ", ".join("?" for _ in OWN_META)
    for key, value in src.execute(
            f"SELECT key, value FROM {META_TABLE} WHERE key NOT IN ({marks})",
            list(OWN_META)).fetchall():
        action = "NOTHING" if merge else "UPDATE SET value = excluded.value"
        dst.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)"
                    f" ON CONFLICT (key) DO {action}", [key, value])


def _advance_ids(target: CaseStore) -> None:
    """After rows with explicit ids, PostgreSQL's identity columns continue above them
    (SQLite does that by itself)."""
    advance: Callable[[], None] | None = getattr(target, "advance_ids", None)
    if advance is not None:
        advance()
