"""The PostgreSQL schema of the shared store: tables, lifecycle triggers, roles and policies.

Contract for a Python store on top of it (``tables``, ``guards`` and ``access`` hold the SQL):

Tables and columns
    The tables and columns of SQLite schema 7, same names, so the same SQL (with ``%s`` for
    ``?`` and ``ON CONFLICT`` for ``INSERT OR REPLACE``) reads and writes both. Timestamps are
    ISO 8601 text in UTC with microseconds, JSON is text (exact bytes, for the hashes), REAL is
    double precision, INTEGER bigint; ``cases.exempt`` is boolean (pass a bool). New columns
    on ``cases``: ``owner`` (login owning the case), ``owner_unit``, ``last_editor`` and
    ``approved_login``, all set by the trigger; a client's values are ignored. ``user_units``
    maps a login to its unit. ``impactapp_meta`` holds ``app`` = impactapp and ``schema``.

The acting person
    Is the database login, ``current_user``; there is no ``who`` to pass. The triggers write
    it into ``audit.who`` and ``followup_reports.who`` (and their ``at`` from the server
    clock, in the same text format), ``conflict_copies.who``, ``cases.owner`` on insert,
    ``cases.last_editor`` when an update changes the content other than its review, status
    and decision date, and ``cases.approved_login`` on approval. Only the owner of the tables
    (or a superuser) keeps the values it writes, for the offline copy.

Reading
    Caseworkers and leaders cannot select ``cases.title``/``content`` or
    ``alternatives.name``: read cases from the view ``visible_cases`` (all columns of
    ``cases`` plus ``restricted``; title '' and content NULL when the reader may not see an
    exempt case) and names from ``visible_alternatives``. Every other column, and counts,
    work on the tables for everyone (so ``RETURNING`` may name only those). Revisions and
    conflict copies of a case the reader may not see are simply absent. Reviewers and admins
    read everything. Who sees an exempt case: its owner, reviewers, admins and the logins of
    its unit (``owner_unit``, else the owner's unit in ``user_units``). ``cases.exempt`` must
    equal the content's ``confidentiality.exempt``.

Writing, and what a refusal looks like
    A row the login may not touch is filtered by row-level security: the UPDATE or DELETE
    affects 0 rows, like a version conflict (re-read to tell which). A change the rules forbid
    on a row it may touch raises SQLSTATE 42501 (insufficient_privilege), as does a missing
    grant. Lifecycle, by the trigger on ``cases``:

    ======================  ===================================================================
    draft edits             the owner (a caseworker); no fresh verdicts may be added
    draft -> in_review      the owner
    in_review edits         a reviewer who is not the owner; verdicts only by a reviewer who
                            is neither owner nor last editor, in a save that changes nothing
                            else (changing the text makes the reviewer the last editor)
    in_review -> draft      the owner, or such a reviewer (verdicts may only go stale)
    in_review -> approved   such a reviewer, text unchanged, same revision; then the approver
                            inserts the ``revisions`` row (content and hash equal to the
                            case's) in the same transaction, checked at commit
    approved -> decided     the owner or a reviewer; only status and decision date change
    locked -> draft         the owner, revision + 1
    hand-over (owner)       the owner, to a login with the caseworker role
    bin (deleted_at)        the owner; purge (DELETE) by the owner, from the bin, only a case
                            that was never approved
    ======================  ===================================================================

    Frozen revisions and the history (``audit``, ``followup_reports``) can never be updated
    or deleted (a trigger, for everyone; a purge's cascade may remove a case's revisions and
    reports). Derived rows (``alternatives`` ... ``goal_contributions``) are writable while
    the case is: by its owner as a draft, by a reviewer in review. Configuration
    (``impactapp_meta`` except app/schema, ``indicator_targets``, ``plans``, ``plan_links``,
    ``user_units``) is written by admins. Leaders write nothing. Profiles, observations and
    the SSB cache are written by caseworkers, reviewers and admins (a profile only by its own
    login).

Group roles and logins
    ``impactapp_caseworker``, ``impactapp_reviewer``, ``impactapp_leader`` and
    ``impactapp_admin`` are NOLOGIN roles of the whole server (shared by its databases). The
    admin role holds the admin option on the other three (it grants them to existing logins)
    and is NOINHERIT, so an admin does not get their privileges. Creating a login takes
    CREATEROLE, which the owner has and admins do not (in PostgreSQL 15 CREATEROLE could
    grant itself any role).

Copying in (for the offline copy, run by the owner)
    The owner keeps the ids, ``who`` and ``at`` it inserts; after copying, move each identity
    sequence past the highest id (``setval(pg_get_serial_sequence('cases', 'id'), max(id))``).
"""

from __future__ import annotations

from .access import ADMIN, CASEWORKER, GROUP_ROLES, LEADER, REVIEWER
from .tables import SCHEMA_VERSION, TABLES

# The package imports no driver: ``admin`` (init, grant, revoke) and ``location`` import
# psycopg, so only a command that connects pays for loading it.
__all__ = [
    "ADMIN",
    "CASEWORKER",
    "GROUP_ROLES",
    "LEADER",
    "REVIEWER",
    "SCHEMA_VERSION",
    "TABLES",
]
