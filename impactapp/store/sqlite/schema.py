"""The database schema as numbered migrations (``database.Migrations``).

Plain column types and standard constraints, so the same tables can later be created in
PostgreSQL; only the revision guards are SQLite trigger syntax. A migration, once released,
is never edited: a change to the schema is a new migration that also raises ``schema`` in
``impactapp_meta``.
"""

from __future__ import annotations

from . import migration_0004, migration_0005, migration_0006, migration_0007
from .database import Database, Migrations
from .retry import immediate

APP = "impactapp"
META_TABLE = "impactapp_meta"
SCHEMA_VERSION = 7  # the newest schema this program knows; raised by each new migration

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
    "observations",
    "ssb_cache",
    "case_facts",
    "handled_trade_offs",
    "district_ratings",
    "goal_contributions",
    "conflict_copies",
    "indicator_targets",
    "plans",
    "plan_links",
    "followups",
    "followup_reports",
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
    """Record that the schema has reached ``version`` (never lowering it: a migration that
    runs late, e.g. after a partial restore, must not make a newer schema look older)."""
    row = db.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema'").fetchone()
    current = int(row[0]) if row and str(row[0]).isdigit() else 0
    db.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema'",
               [str(max(current, version))])


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


@migrations(name="0003_indicators")
def indicators(db: Database) -> None:
    """Register data for the common indicator set, and the cache of SSB's responses."""
    # One figure per indicator, region and period: a re-import replaces, never duplicates.
    # The key is the table itself (WITHOUT ROWID, SQLite's only addition here; drop it for
    # another database): one B-tree instead of a table plus a unique index halves the cost
    # of storing the 190,000 figures a 1 MB response can hold.
    db.execute(
        """CREATE TABLE observations (
            indicator TEXT NOT NULL,
            region TEXT NOT NULL,
            period TEXT NOT NULL,
            value REAL,
            status TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            source_table TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL DEFAULT '',
            fetched TEXT,
            PRIMARY KEY (indicator, region, period)
        ) WITHOUT ROWID"""
    )
    # The response last fetched for a table and query (the data and its 'updated').
    db.execute(
        """CREATE TABLE ssb_cache (
            table_id TEXT NOT NULL,
            query_key TEXT NOT NULL,
            updated TEXT NOT NULL DEFAULT '',
            fetched TEXT NOT NULL,
            response TEXT NOT NULL,
            UNIQUE (table_id, query_key)
        )"""
    )
    _set_schema(db, 3)


@migrations(name="0004_comparison")
def comparison(db: Database) -> None:
    """Recommendation, knowledge gaps, mitigations, handled trade-offs and bydel ratings as
    rows, backfilled from the content of the cases already stored."""
    migration_0004.apply(db)
    _set_schema(db, 4)


@migrations(name="0005_conflict_copies")
def conflict_copies(db: Database) -> None:
    """Edits that lost against a save made elsewhere, kept until taken over or discarded."""
    migration_0005.apply(db)
    _set_schema(db, 5)


@migrations(name="0006_targets_and_plans")
def targets_and_plans(db: Database) -> None:
    """Targets per indicator set in the program, and the register of plans and strategies."""
    migration_0006.apply(db)
    _set_schema(db, 6)


@migrations(name="0007_followup")
def followup(db: Database) -> None:
    """Follow-up records of decided measures and their reports (tertial reporting)."""
    migration_0007.apply(db)
    _set_schema(db, 7)


def migrate(db: Database) -> None:
    """Bring the database up to ``SCHEMA_VERSION`` in one transaction (all or nothing).

    With nothing to do it takes no lock (opening never waits for another program's write).
    Otherwise the transaction holds the write lock before it reads which migrations are
    applied, so two programs opening the same new or older file at once take turns instead of
    one failing.
    """
    if not migrations.pending(db):
        return
    with immediate(db):
        migrations.apply(db)
