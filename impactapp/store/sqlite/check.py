"""A full check of a database file: SQLite's page check and ours (schema, tables, content).

Opening a database checks only what start-up can afford; this reads every page and every
stored case, for ``impactapp-cli db check``. The file is opened read-only and never changed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from impactapp.domain.serialize import case_from_data

from ..content import sha256_hex
from ..errors import DatabaseUnusable
from . import connection
from .backup import open_read_only
from .schema import META_TABLE, SCHEMA_VERSION, TABLES

#: Problems reported by SQLite's integrity check before it stops listing them.
MAX_PAGE_PROBLEMS = 20


@dataclass
class CheckReport:
    """What the check found; ``problems`` are plain sentences, empty when all is well."""

    path: Path
    schema: int | None = None
    cases: int = 0
    revisions: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Check the database file at ``path`` in full; never raises for a bad file."""
    path = Path(path)
    report = CheckReport(path)
    if not path.is_file():
        report.problems.append(f"There is no database file {path}.")
        return report
    try:
        connection.inspect_file(path)
    except DatabaseUnusable as exc:
        report.problems.append(str(exc))
        return report
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        report.problems.append(f"The file {path} cannot be opened ({exc}).")
        return report
    try:
        _check(conn, report)
    except sqlite3.Error as exc:  # damage in a page the checks below read
        report.problems.append(f"The file {path} could not be read to the end ({exc}).")
    finally:
        conn.close()
    return report


def _check(conn: sqlite3.Connection, report: CheckReport) -> None:
    pages = [row[0] for row in conn.execute(f"PRAGMA integrity_check({MAX_PAGE_PROBLEMS})")]
    if pages != ["ok"]:
        report.problems.extend(f"SQLite: {problem}" for problem in pages)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if META_TABLE not in tables:
        report.problems.append("The database is empty: it holds no ImpactApp tables.")
        return
    meta = dict(conn.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    try:
        report.schema = int(meta.get("schema", ""))
    except ValueError:
        report.problems.append("The database records no schema version.")
    # An older schema lacks the later tables until it is opened (and migrated) once.
    expected = TABLES if report.schema == SCHEMA_VERSION else (META_TABLE, "cases", "revisions")
    missing = [name for name in expected if name not in tables]
    if missing:
        report.problems.append("Tables are missing: " + ", ".join(missing) + ".")
    if "cases" in tables:
        _check_cases(conn, report)
    if "revisions" in tables:
        _check_revisions(conn, report)


def _check_cases(conn: sqlite3.Connection, report: CheckReport) -> None:
    for case_id, content in conn.execute("SELECT id, content FROM cases ORDER BY id"):
        report.cases += 1
        problem = _content_problem(content)
        if problem:
            report.problems.append(f"Case {case_id}: its stored content {problem}.")


def _check_revisions(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = conn.execute(
        "SELECT case_id, revision, content, sha256 FROM revisions ORDER BY case_id, revision")
    for case_id, revision, content, digest in rows:
        report.revisions += 1
        problem = _content_problem(content)
        if problem:
            report.problems.append(
                f"Case {case_id}, revision {revision}: its stored content {problem}.")
        elif sha256_hex(content) != digest:
            report.problems.append(
                f"Case {case_id}, revision {revision}: it does not match the hash recorded "
                "when it was approved.")


def _content_problem(content: object) -> str:
    """Why the stored content is not a case, or '' when it is one."""
    if not isinstance(content, str):
        return "is not text"
    try:
        data = json.loads(content)
    except ValueError as exc:
        return f"is not valid JSON ({exc})"
    if not isinstance(data, dict):
        return "is not a JSON object"
    try:
        case_from_data(data)
    except Exception as exc:  # whatever the content does wrong, it is reported, not raised
        return f"does not describe a case ({type(exc).__name__}: {exc})"
    return ""
