"""The database schema as numbered migrations (sqlite-utils ``Migrations``).

Plain column types and standard constraints, so the same tables can later be created in
PostgreSQL; only the revision guards are SQLite trigger syntax. A migration, once released,
is never edited: a change to the schema is a new migration that also raises ``schema`` in
``impactapp_meta``.
"""

from __future__ import annotations

from .sqlite import Database, Migrations

APP = "impactapp"
META_TABLE = "impactapp_meta"
SCHEMA_VERSION = 2  # the newest schema this program knows; raised by each new migration

#: Tables every ImpactApp database has (checked before a file is accepted).
TABLES: tuple[str, ...] = (
    META_TABLE,
    "cases",
    "alternatives",
    "assessments",
    "sdg_links",
    "revisions",
    "audit",
    "profiles",
)

migrations = Migrations(APP)

_INITIAL: tuple[str, ...] = (
    f"""CREATE TABLE {META_TABLE} (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # AUTOINCREMENT: an erased case's id is never given to another case, so the audit log
    # (which outlives the case) never points at the wrong one. The content comes last: a
    # large value spills into overflow pages, and columns stored after it would make every
    # list query read the whole content too.
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        case_number TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        caseworker TEXT NOT NULL DEFAULT '',
        decision_body TEXT NOT NULL DEFAULT '',
        decision_date TEXT,
        language TEXT NOT NULL,
        exempt INTEGER NOT NULL DEFAULT 0,
        depth TEXT NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('draft', 'in_review', 'approved', 'decided')),
        revision INTEGER NOT NULL DEFAULT 1,
        version INTEGER NOT NULL DEFAULT 1,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        deleted_at TEXT,
        approved_by TEXT NOT NULL DEFAULT '',
        approved_at TEXT,
        content TEXT NOT NULL
    )""",
    "CREATE INDEX cases_updated ON cases (updated)",
    "CREATE INDEX cases_status ON cases (status)",
    # Covers the case list (outside the bin, newest first): listing reads this compact index
    # in order instead of one scattered table page per case.
    """CREATE INDEX cases_list ON cases (
        deleted_at, updated, id, title, case_number, unit, status, depth, revision,
        decision_body, caseworker
    )""",
    """CREATE TABLE alternatives (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        alt_id TEXT NOT NULL,
        name TEXT NOT NULL,
        zero INTEGER NOT NULL,
        ghg_tonnes REAL,
        ghg_from_year INTEGER,
        ghg_quantifiable INTEGER,
        ghg_scope TEXT,
        investment_nok REAL,
        annual_nok REAL,
        PRIMARY KEY (case_id, position)
    )""",
    """CREATE TABLE assessments (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        alt_id TEXT NOT NULL,
        criterion TEXT NOT NULL,
        value INTEGER,
        special TEXT CHECK (special IN ('not_relevant', 'unknown')),
        certainty TEXT,
        CHECK (value IS NULL OR special IS NULL)
    )""",
    "CREATE INDEX assessments_case ON assessments (case_id)",
    "CREATE INDEX assessments_criterion ON assessments (criterion)",
    """CREATE TABLE sdg_links (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        alt_id TEXT NOT NULL,
        target TEXT NOT NULL,
        contribution TEXT NOT NULL
    )""",
    "CREATE INDEX sdg_links_case ON sdg_links (case_id)",
    "CREATE INDEX sdg_links_target ON sdg_links (target)",
    """CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        content TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        approved_at TEXT NOT NULL,
        UNIQUE (case_id, revision)
    )""",
    # Frozen revisions are immutable. The one exception is erasing a whole case for good
    # (purge): the cascade runs after the case row is gone, which the WHEN clause lets through.
    """CREATE TRIGGER revisions_immutable_update BEFORE UPDATE ON revisions
    BEGIN
        SELECT RAISE(ABORT, 'revisions are immutable');
    END""",
    """CREATE TRIGGER revisions_immutable_delete BEFORE DELETE ON revisions
    WHEN EXISTS (SELECT 1 FROM cases WHERE cases.id = OLD.case_id)
    BEGIN
        SELECT RAISE(ABORT, 'revisions are immutable');
    END""",
    # No foreign key: the log keeps the id of a case erased for good.
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        case_id INTEGER,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX audit_case ON audit (case_id)",
)


def _set_schema(db: Database, version: int) -> None:
    db.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema'", [str(version)])


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    """Cases with their search columns and content, projections, revisions, audit log."""
    for statement in _INITIAL:
        db.execute(statement)
    db.execute(
        f"INSERT INTO {META_TABLE} (key, value) VALUES ('app', ?), ('schema', '0')", [APP]
    )
    _set_schema(db, 1)


@migrations(name="0002_profiles")
def profiles(db: Database) -> None:
    """Each user's own name, unit and municipality: the defaults for their new cases."""
    db.execute(
        """CREATE TABLE profiles (
            who TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT ''
        )"""
    )
    _set_schema(db, 2)


def migrate(db: Database) -> None:
    """Bring the database up to ``SCHEMA_VERSION`` in one transaction (all or nothing)."""
    with db.atomic():
        migrations.apply(db)
