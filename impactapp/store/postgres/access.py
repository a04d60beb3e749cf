"""Group roles, grants, row-level security and the views that blank exempt cases.

Everything here is re-applied by every ``db init`` (grants are revoked and given again,
policies and views dropped and created), so a newer program brings an older database's rules
up to date and running it twice changes nothing.
"""

from __future__ import annotations

from .guards import SCHEMA
from .tables import TABLES

CASEWORKER = "impactapp_caseworker"
REVIEWER = "impactapp_reviewer"
LEADER = "impactapp_leader"
ADMIN = "impactapp_admin"

#: The word a command takes -> the group role.
GROUP_ROLES: dict[str, str] = {
    "caseworker": CASEWORKER,
    "reviewer": REVIEWER,
    "leader": LEADER,
    "admin": ADMIN,
}
ALL_GROUPS = ", ".join(GROUP_ROLES.values())
WRITERS = f"{CASEWORKER}, {REVIEWER}"  # those who work on cases

#: Columns of ``cases`` (and ``alternatives``) everybody reads; the rest only through views.
_CASE_TEXT = ("title", "content")
CASE_COLUMNS = (
    "id", "uid", "title", "case_number", "unit", "caseworker", "decision_body", "decision_date",
    "language", "exempt", "depth", "status", "revision", "version", "created", "updated",
    "deleted_at", "approved_by", "approved_at", "owner", "owner_unit", "last_editor",
    "approved_login", "content",
)
ALTERNATIVE_COLUMNS = (
    "case_id", "position", "alt_id", "name", "zero", "ghg_tonnes", "ghg_from_year",
    "ghg_quantifiable", "ghg_scope", "investment_nok", "annual_nok",
)


def _open_columns(columns: tuple[str, ...], hidden: tuple[str, ...]) -> str:
    return ", ".join(c for c in columns if c not in hidden)


def _blanked(columns: tuple[str, ...], blanks: dict[str, str], visible: str) -> str:
    return ", ".join(
        f"CASE WHEN {visible} THEN {c} ELSE {blanks[c]} END AS {c}" if c in blanks else c
        for c in columns)


#: Group roles: no login, and admin NOINHERIT so that its admin option on the other groups
#: (to grant them) never gives an admin their privileges.
ROLE_ATTRIBUTES: dict[str, str] = {
    CASEWORKER: "NOLOGIN INHERIT",
    REVIEWER: "NOLOGIN INHERIT",
    LEADER: "NOLOGIN INHERIT",
    ADMIN: "NOLOGIN NOINHERIT",
}

GRANTS: tuple[str, ...] = (
    f"REVOKE ALL ON {', '.join(TABLES)} FROM PUBLIC, {ALL_GROUPS}",
    f"GRANT USAGE ON SCHEMA {SCHEMA} TO {ALL_GROUPS}",
    # Everybody reads everything except a case's title and text, which come through the views.
    f"GRANT SELECT ON {', '.join(t for t in TABLES if t not in ('cases', 'alternatives'))}"
    f" TO {ALL_GROUPS}",
    f"GRANT SELECT ({_open_columns(CASE_COLUMNS, _CASE_TEXT)}) ON cases TO {ALL_GROUPS}",
    f"GRANT SELECT ({_open_columns(ALTERNATIVE_COLUMNS, ('name',))}) ON alternatives"
    f" TO {ALL_GROUPS}",
    # Reviewers and admins read every case whole.
    f"GRANT SELECT ON cases, alternatives TO {REVIEWER}, {ADMIN}",
    f"GRANT INSERT, UPDATE, DELETE ON cases TO {CASEWORKER}",
    f"GRANT UPDATE ON cases TO {REVIEWER}",
    f"GRANT INSERT ON revisions TO {REVIEWER}",
    # The history: insert-only; the id always from the sequence, who and when from the server.
    f"GRANT INSERT (case_id, at, who, action, detail) ON audit TO {WRITERS}, {ADMIN}",
    f"GRANT INSERT (case_id, measure, at, who, status, note, effect_tonnes, cost_nok, reason)"
    f" ON followup_reports TO {WRITERS}",
    f"GRANT INSERT, UPDATE, DELETE ON followups TO {WRITERS}",
    f"GRANT INSERT, UPDATE, DELETE ON alternatives, assessments, sdg_links, case_facts,"
    f" handled_trade_offs, district_ratings, goal_contributions TO {WRITERS}",
    f"GRANT INSERT, UPDATE, DELETE ON conflict_copies TO {WRITERS}",
    f"GRANT INSERT, UPDATE, DELETE ON profiles TO {WRITERS}, {ADMIN}",
    f"GRANT INSERT, UPDATE, DELETE ON observations, ssb_cache TO {WRITERS}, {ADMIN}",
    # The municipality's configuration.
    f"GRANT INSERT, UPDATE, DELETE ON impactapp_meta, indicator_targets, plans, plan_links,"
    f" user_units TO {ADMIN}",
    f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {SCHEMA} TO {ALL_GROUPS}",
)

# impactapp_detail_visible written out for a whole table: the reader's side is computed once
# per query (uncorrelated subqueries), not once per row (a list of 10,000 cases).
_MY_UNIT = "(SELECT impactapp_unit_of(current_user))"
_VISIBLE = (
    "(NOT c.exempt OR c.owner = current_user OR (SELECT impactapp_sees_all())"
    f" OR ({_MY_UNIT} <> '' AND {_MY_UNIT} = CASE WHEN c.owner_unit <> '' THEN c.owner_unit"
    " ELSE (SELECT u.unit FROM user_units u WHERE u.login = c.owner) END))"
)

VIEWS: tuple[str, ...] = (
    "DROP VIEW IF EXISTS visible_cases",
    "DROP VIEW IF EXISTS visible_alternatives",
    # Every case; title '' and content NULL (``restricted`` true) where the reader may not
    # see them. security_barrier: no function of the reader's runs before the blanking.
    f"""CREATE VIEW visible_cases WITH (security_barrier) AS
        SELECT {_blanked(CASE_COLUMNS, {"title": "''", "content": "NULL"}, "visible")},
               NOT visible AS restricted
        FROM (SELECT c.*, {_VISIBLE} AS visible FROM cases c) AS c""",
    f"""CREATE VIEW visible_alternatives WITH (security_barrier) AS
        SELECT {_blanked(ALTERNATIVE_COLUMNS, {"name": "''"}, "visible")}
        FROM (SELECT a.*, {_VISIBLE} AS visible
              FROM alternatives a JOIN cases c ON c.id = a.case_id) AS a""",
    f"GRANT SELECT ON visible_cases, visible_alternatives TO {ALL_GROUPS}",
)

_ME = "current_user"
_DERIVED = ("alternatives", "assessments", "sdg_links", "case_facts", "handled_trade_offs",
            "district_ratings", "goal_contributions")

def _writable(table: str) -> str:
    """impactapp_case_writable written out for a row of ``table``: one index lookup per row,
    the reader's roles once per statement (a save rewrites hundreds of derived rows, and a
    function call per row made an autosave take tens of milliseconds). The owner of the
    tables, whom impactapp_case_writable also lets through, is not under row-level security."""
    return (
        f"EXISTS (SELECT 1 FROM cases c WHERE c.id = {table}.case_id AND ("
        f"(c.status = 'draft' AND c.owner = {_ME}"
        f" AND (SELECT pg_has_role({_ME}, '{CASEWORKER}', 'USAGE')))"
        f" OR (c.status = 'in_review' AND c.owner <> {_ME}"
        f" AND (SELECT pg_has_role({_ME}, '{REVIEWER}', 'USAGE')))))"
    )


#: (policy, table, definition after "CREATE POLICY name ON table").
POLICIES: tuple[tuple[str, str, str], ...] = (
    ("read", "cases", "FOR SELECT USING (true)"),
    ("new_case", "cases", f"FOR INSERT TO {CASEWORKER} WITH CHECK (owner = {_ME})"),
    # Which rows a login may touch at all (elsewhere: 0 rows, like a version conflict); what
    # it may change in them is the trigger's decision.
    ("owner_writes", "cases",
     f"FOR UPDATE TO {CASEWORKER} USING (owner = {_ME}) WITH CHECK (true)"),
    ("reviewer_writes", "cases",
     f"FOR UPDATE TO {REVIEWER} USING (status IN ('in_review', 'approved')"
     f" AND owner <> {_ME} AND last_editor <> {_ME}) WITH CHECK (true)"),
    ("owner_purges", "cases",
     f"FOR DELETE TO {CASEWORKER} USING (owner = {_ME} AND deleted_at IS NOT NULL"
     " AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.case_id = cases.id))"),
    ("read", "revisions", "FOR SELECT USING (impactapp_case_visible(case_id))"),
    ("approver_freezes", "revisions", f"FOR INSERT TO {REVIEWER} WITH CHECK (true)"),
    ("read", "conflict_copies", "FOR SELECT USING (impactapp_case_visible(case_id))"),
    ("keep", "conflict_copies",
     f"FOR INSERT TO {WRITERS} WITH CHECK (impactapp_case_visible(case_id))"),
    ("own_copies", "conflict_copies",
     f"FOR UPDATE TO {WRITERS} USING (who = {_ME}) WITH CHECK (who = {_ME})"),
    ("discard", "conflict_copies",
     f"FOR DELETE TO {WRITERS} USING (who = {_ME} OR EXISTS (SELECT 1 FROM cases c"
     f" WHERE c.id = conflict_copies.case_id AND c.owner = {_ME}))"),
    ("read", "audit", "FOR SELECT USING (true)"),
    ("append", "audit", "FOR INSERT WITH CHECK (true)"),
    ("read", "followup_reports", "FOR SELECT USING (true)"),
    ("append", "followup_reports", "FOR INSERT WITH CHECK (true)"),
    ("read", "profiles", "FOR SELECT USING (true)"),
    ("own", "profiles", f"FOR ALL USING (who = {_ME}) WITH CHECK (who = {_ME})"),
    ("read", "impactapp_meta", "FOR SELECT USING (true)"),
    ("configure", "impactapp_meta",
     f"FOR ALL TO {ADMIN} USING (key NOT IN ('app', 'schema'))"
     " WITH CHECK (key NOT IN ('app', 'schema'))"),
    *(("read", table, "FOR SELECT USING (true)") for table in _DERIVED),
    *(("derive", table, f"FOR ALL USING ({_writable(table)}) WITH CHECK ({_writable(table)})")
      for table in _DERIVED),
)

#: Tables under row-level security (the owner is exempt: it runs init and the offline copy).
SECURED: tuple[str, ...] = (
    "cases", "revisions", "conflict_copies", "audit", "followup_reports", "profiles",
    "impactapp_meta", *_DERIVED,
)
