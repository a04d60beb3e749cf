"""PL/pgSQL functions and triggers: the rules a client cannot get around with direct SQL.

Every function pins ``search_path`` to the schema (then pg_catalog, then pg_temp), so a
temporary table named like one of ours can never stand in for it. A refusal is raised with
SQLSTATE 42501 (insufficient_privilege), the same class as a missing grant, so a store tells
"not allowed" apart from other failures by that code alone.

"Trusted" is the login that owns the tables (the one that ran ``db init``) or a superuser: it
can alter or drop anything anyway, so the triggers let it write what it gives (the offline copy
keeps each entry's original time and person); for everyone else they decide.
"""

from __future__ import annotations

#: Replaced by the quoted schema name when the statements are run.
SCHEMA = "@SCHEMA@"

_PIN = f"SET search_path = {SCHEMA}, pg_catalog, pg_temp"

FUNCTIONS: tuple[str, ...] = (
    # The server's time, spelled like content.timestamp (ISO 8601, UTC, microseconds).
    f"""CREATE OR REPLACE FUNCTION impactapp_now() RETURNS text
    LANGUAGE sql VOLATILE {_PIN} AS $$
        SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC',
                       'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00'
    $$""",
    f"""CREATE OR REPLACE FUNCTION impactapp_trusted() RETURNS boolean
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT pg_has_role(current_user, c.relowner, 'USAGE')
        FROM pg_class c WHERE c.oid = '{SCHEMA}.cases'::regclass
    $$""",
    # Whether the acting login has the privileges of a group role (inherited, not NOINHERIT).
    f"""CREATE OR REPLACE FUNCTION impactapp_acts_as(role name) RETURNS boolean
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT pg_has_role(current_user, role, 'USAGE')
    $$""",
    f"""CREATE OR REPLACE FUNCTION impactapp_unit_of(who text) RETURNS text
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT coalesce((SELECT unit FROM user_units WHERE login = who), '')
    $$""",
    # The verdicts a content gives (stale ones left out), one text per verdict, sorted; the
    # jsonb forms let the guard parse a content once however often it asks.
    f"""CREATE OR REPLACE FUNCTION impactapp_verdicts(doc jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE {_PIN} AS $$
        SELECT coalesce(array_agg(v ORDER BY v), '{{}}')
        FROM (
            SELECT concat_ws(E'\\x1f', r->>'step', r->>'verdict', r->>'note', r->>'by') AS v
            FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof(doc->'review') = 'array'
                     THEN doc->'review' ELSE '[]'::jsonb END) AS r
            WHERE jsonb_typeof(r) = 'object' AND r->'stale' IS DISTINCT FROM 'true'::jsonb
        ) AS given
    $$""",
    f"""CREATE OR REPLACE FUNCTION impactapp_verdicts(content text) RETURNS text[]
    LANGUAGE sql IMMUTABLE {_PIN} AS $$
        SELECT impactapp_verdicts(content::jsonb)
    $$""",
    # What the authors wrote: the content without the review, status and decision date.
    f"""CREATE OR REPLACE FUNCTION impactapp_authored(doc jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE {_PIN} AS $$
        SELECT doc - ARRAY['review', 'status', 'decision_date']
    $$""",
    f"""CREATE OR REPLACE FUNCTION impactapp_authored(content text) RETURNS jsonb
    LANGUAGE sql IMMUTABLE {_PIN} AS $$
        SELECT impactapp_authored(content::jsonb)
    $$""",
    # Whether the acting login reads every exempt case (reviewers, admins, the owner).
    f"""CREATE OR REPLACE FUNCTION impactapp_sees_all() RETURNS boolean
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT impactapp_acts_as('impactapp_reviewer') OR impactapp_acts_as('impactapp_admin')
            OR impactapp_trusted()
    $$""",
    # Whether the acting login may read the title and text of a case (offentleglova): its
    # owner, and everyone in the unit it belongs to (the owner's when it was made or handed
    # over, else the owner's now).
    f"""CREATE OR REPLACE FUNCTION impactapp_detail_visible(
        exempt boolean, owner text, owner_unit text) RETURNS boolean
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT NOT exempt OR owner = current_user OR impactapp_sees_all()
            OR (impactapp_unit_of(current_user) <> ''
                AND impactapp_unit_of(current_user)
                    = coalesce(nullif(owner_unit, ''), impactapp_unit_of(owner)))
    $$""",
    f"""CREATE OR REPLACE FUNCTION impactapp_case_visible(case_ref bigint) RETURNS boolean
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT coalesce((SELECT impactapp_detail_visible(c.exempt, c.owner, c.owner_unit)
                         FROM cases c WHERE c.id = case_ref), false)
    $$""",
    # Whether the acting login may rewrite a case's derived rows (ratings, links, facts): its
    # owner while it is a draft, a reviewer (not its owner) while it is in review.
    f"""CREATE OR REPLACE FUNCTION impactapp_case_writable(case_ref bigint) RETURNS boolean
    LANGUAGE sql STABLE {_PIN} AS $$
        SELECT impactapp_trusted() OR EXISTS (
            SELECT 1 FROM cases c WHERE c.id = case_ref AND (
                (c.status = 'draft' AND c.owner = current_user
                 AND impactapp_acts_as('impactapp_caseworker'))
                OR (c.status = 'in_review' AND c.owner <> current_user
                    AND impactapp_acts_as('impactapp_reviewer'))))
    $$""",
    f"""CREATE OR REPLACE FUNCTION impactapp_refuse(message text) RETURNS void
    LANGUAGE plpgsql {_PIN} AS $$
    BEGIN
        RAISE EXCEPTION '%', message USING ERRCODE = '42501';
    END $$""",
)

# The lifecycle as the database enforces it (see the package docstring for the table).
_CASES_GUARD = f"""CREATE OR REPLACE FUNCTION impactapp_cases_guard() RETURNS trigger
LANGUAGE plpgsql {_PIN} AS $$
DECLARE
    me text := current_user;
    authored boolean;
    reviewer boolean;
    new_verdicts text[];
    old_verdicts text[];
    new_doc jsonb;
    old_doc jsonb;
BEGIN
    IF impactapp_trusted() THEN
        IF TG_OP = 'INSERT' THEN
            NEW.owner_unit := CASE WHEN NEW.owner_unit = '' THEN impactapp_unit_of(NEW.owner)
                                   ELSE NEW.owner_unit END;
        END IF;
        RETURN NEW;
    END IF;
    new_doc := NEW.content::jsonb;  -- parsed once: the content is the whole case
    IF NEW.exempt IS DISTINCT FROM coalesce(
            (new_doc #>> '{{confidentiality,exempt}}')::boolean, false) THEN
        PERFORM impactapp_refuse('exempt must match the confidentiality in the content');
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' THEN
            PERFORM impactapp_refuse('a new case starts as a draft');
        END IF;
        IF cardinality(impactapp_verdicts(new_doc)) > 0 THEN
            PERFORM impactapp_refuse('only a reviewer gives verdicts');
        END IF;
        NEW.owner := me;
        NEW.owner_unit := impactapp_unit_of(me);
        NEW.last_editor := me;
        NEW.approved_by := '';
        NEW.approved_at := NULL;
        NEW.approved_login := '';
        RETURN NEW;
    END IF;

    IF NEW.id <> OLD.id OR NEW.uid <> OLD.uid OR NEW.created <> OLD.created THEN
        PERFORM impactapp_refuse('a case keeps its id, uid and creation time');
    END IF;
    IF NEW.deleted_at IS DISTINCT FROM OLD.deleted_at AND me <> OLD.owner THEN
        PERFORM impactapp_refuse('only the owner moves a case to or from the bin');
    END IF;
    IF NEW.owner <> OLD.owner THEN
        IF me <> OLD.owner THEN
            PERFORM impactapp_refuse('only the owner hands a case over');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.owner)
           OR NOT pg_has_role(NEW.owner, 'impactapp_caseworker', 'USAGE') THEN
            PERFORM impactapp_refuse('a case is handed over to a caseworker only');
        END IF;
        NEW.owner_unit := impactapp_unit_of(NEW.owner);
    ELSE
        NEW.owner_unit := OLD.owner_unit;
    END IF;

    old_doc := OLD.content::jsonb;
    authored := impactapp_authored(new_doc) IS DISTINCT FROM impactapp_authored(old_doc);
    NEW.last_editor := CASE WHEN authored THEN me ELSE OLD.last_editor END;
    NEW.approved_login := OLD.approved_login;
    reviewer := impactapp_acts_as('impactapp_reviewer') AND me <> OLD.owner
                AND me <> OLD.last_editor;

    new_verdicts := impactapp_verdicts(new_doc);
    old_verdicts := impactapp_verdicts(old_doc);
    IF NOT (new_verdicts <@ old_verdicts)
       AND NOT (reviewer AND OLD.status = 'in_review' AND NOT authored) THEN
        PERFORM impactapp_refuse('only a reviewer who neither owns nor last edited a case in '
                                 'review gives verdicts on it');
    END IF;

    IF NEW.status = OLD.status THEN
        IF OLD.status = 'draft' AND me <> OLD.owner THEN
            PERFORM impactapp_refuse('only the owner edits a draft');
        ELSIF OLD.status = 'in_review' AND NEW.content <> OLD.content
              AND NOT impactapp_acts_as('impactapp_reviewer') THEN
            PERFORM impactapp_refuse('a case in review is read-only for its authors');
        ELSIF OLD.status = 'in_review' AND NEW.content <> OLD.content AND me = OLD.owner THEN
            PERFORM impactapp_refuse('a case in review is read-only for its authors');
        ELSIF OLD.status IN ('approved', 'decided') AND (NEW.content <> OLD.content
              OR NEW.revision <> OLD.revision OR NEW.approved_by <> OLD.approved_by
              OR NEW.approved_at IS DISTINCT FROM OLD.approved_at) THEN
            PERFORM impactapp_refuse('an approved or decided case is frozen');
        END IF;
    ELSIF OLD.status = 'draft' AND NEW.status = 'in_review' THEN
        IF me <> OLD.owner THEN
            PERFORM impactapp_refuse('only the owner sends a case to review');
        END IF;
    ELSIF OLD.status = 'in_review' AND NEW.status = 'draft' THEN
        IF me <> OLD.owner AND NOT reviewer THEN
            PERFORM impactapp_refuse('only the owner or a reviewer sends a case back to draft');
        END IF;
    ELSIF OLD.status = 'in_review' AND NEW.status = 'approved' THEN
        IF NOT reviewer OR authored THEN
            PERFORM impactapp_refuse('only a reviewer who neither owns nor last edited a case '
                                     'approves it');
        END IF;
        IF NEW.revision <> OLD.revision THEN
            PERFORM impactapp_refuse('approval keeps the revision number');
        END IF;
        NEW.approved_login := me;
    ELSIF OLD.status = 'approved' AND NEW.status = 'decided' THEN
        IF (me <> OLD.owner AND NOT impactapp_acts_as('impactapp_reviewer')) OR authored THEN
            PERFORM impactapp_refuse('only the owner or a reviewer records the decision');
        END IF;
    ELSIF OLD.status IN ('approved', 'decided') AND NEW.status = 'draft' THEN
        IF me <> OLD.owner OR authored OR NEW.revision <> OLD.revision + 1 THEN
            PERFORM impactapp_refuse('only the owner opens the next revision of a case');
        END IF;
        NEW.approved_login := '';
    ELSE
        PERFORM impactapp_refuse(format('a case cannot go from %s to %s', OLD.status,
                                        NEW.status));
    END IF;
    RETURN NEW;
END $$"""

# A locked case always has the frozen revision of its number (checked at commit).
_CASES_REVISION_CHECK = f"""CREATE OR REPLACE FUNCTION impactapp_cases_frozen_check()
RETURNS trigger LANGUAGE plpgsql {_PIN} AS $$
BEGIN
    IF NEW.status IN ('approved', 'decided') AND NOT impactapp_trusted()
       AND NOT EXISTS (SELECT 1 FROM revisions r
                       WHERE r.case_id = NEW.id AND r.revision = NEW.revision) THEN
        PERFORM impactapp_refuse('an approved case needs its frozen revision');
    END IF;
    RETURN NULL;
END $$"""

_REVISIONS_GUARD = f"""CREATE OR REPLACE FUNCTION impactapp_revisions_guard() RETURNS trigger
LANGUAGE plpgsql {_PIN} AS $$
DECLARE
    approved record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM impactapp_refuse('revisions are immutable');
    ELSIF TG_OP = 'DELETE' THEN
        -- Erasing a whole case for good: the cascade runs after the case row is gone.
        IF EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id) THEN
            PERFORM impactapp_refuse('revisions are immutable');
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.sha256 <> encode(sha256(convert_to(NEW.content, 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'the revision''s sha256 does not match its content'
            USING ERRCODE = '23514';
    END IF;
    IF impactapp_trusted() THEN
        RETURN NEW;
    END IF;
    SELECT c.approved_by, c.approved_at INTO approved FROM cases c
    WHERE c.id = NEW.case_id AND c.status = 'approved' AND c.revision = NEW.revision
      AND c.approved_login = current_user AND c.content = NEW.content;
    IF NOT FOUND THEN
        PERFORM impactapp_refuse('only the approver freezes a case, as it was approved');
    END IF;
    NEW.approved_by := approved.approved_by;
    NEW.approved_at := approved.approved_at;
    RETURN NEW;
END $$"""

# History is insert-only: the server sets who and when for every client but the owner.
_HISTORY_GUARD = f"""CREATE OR REPLACE FUNCTION impactapp_history_guard() RETURNS trigger
LANGUAGE plpgsql {_PIN} AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM impactapp_refuse('the history is insert-only');
    ELSIF TG_OP = 'DELETE' THEN
        IF TG_TABLE_NAME = 'audit' OR EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id) THEN
            PERFORM impactapp_refuse('the history is insert-only');
        END IF;
        RETURN OLD;
    END IF;
    IF NOT impactapp_trusted() OR NEW.who IS NULL OR NEW.who = '' THEN
        NEW.who := current_user;
    END IF;
    IF NOT impactapp_trusted() OR NEW.at IS NULL OR NEW.at = '' THEN
        NEW.at := impactapp_now();
    END IF;
    RETURN NEW;
END $$"""

# A conflict copy names the login that kept it, whatever the client says.
_COPIES_GUARD = f"""CREATE OR REPLACE FUNCTION impactapp_copies_guard() RETURNS trigger
LANGUAGE plpgsql {_PIN} AS $$
BEGIN
    IF impactapp_trusted() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.who := current_user;
    ELSE
        NEW.who := OLD.who;
        NEW.case_id := OLD.case_id;
    END IF;
    RETURN NEW;
END $$"""

TRIGGER_FUNCTIONS: tuple[str, ...] = (
    _CASES_GUARD, _CASES_REVISION_CHECK, _REVISIONS_GUARD, _HISTORY_GUARD, _COPIES_GUARD,
)

#: (trigger, table, definition after "CREATE [CONSTRAINT] TRIGGER name").
TRIGGERS: tuple[tuple[str, str, str], ...] = (
    ("cases_guard", "cases",
     "BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION impactapp_cases_guard()"),
    ("revisions_guard", "revisions",
     "BEFORE INSERT OR UPDATE OR DELETE ON revisions FOR EACH ROW"
     " EXECUTE FUNCTION impactapp_revisions_guard()"),
    ("audit_guard", "audit",
     "BEFORE INSERT OR UPDATE OR DELETE ON audit FOR EACH ROW"
     " EXECUTE FUNCTION impactapp_history_guard()"),
    ("followup_reports_guard", "followup_reports",
     "BEFORE INSERT OR UPDATE OR DELETE ON followup_reports FOR EACH ROW"
     " EXECUTE FUNCTION impactapp_history_guard()"),
    ("conflict_copies_guard", "conflict_copies",
     "BEFORE INSERT OR UPDATE ON conflict_copies FOR EACH ROW"
     " EXECUTE FUNCTION impactapp_copies_guard()"),
)

#: Checked at commit, after the approval's revision row is in.
CONSTRAINT_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    ("cases_frozen_check", "cases",
     "AFTER INSERT OR UPDATE OF status, revision ON cases DEFERRABLE INITIALLY DEFERRED"
     " FOR EACH ROW EXECUTE FUNCTION impactapp_cases_frozen_check()"),
)
