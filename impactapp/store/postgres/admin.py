"""Creating and migrating the schema, and granting the group roles to logins.

``init_database`` is idempotent: it creates what is missing (group roles, tables), brings an
older schema up to ``SCHEMA_VERSION`` and applies the current functions, triggers, grants,
policies and views again, all in one transaction under an advisory lock, so two runs at once
take turns. It must be run by the login that is to own the tables (with CREATEROLE for the
group roles, or after IT created them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import sql

from . import access, guards, notify, tables
from .access import GROUP_ROLES, ROLE_ATTRIBUTES
from .location import describe, libpq_conninfo
from .tables import SCHEMA_VERSION

APP = "impactapp"
_LOCK = 0x1A7AC7  # the advisory lock that serialises init runs

#: Schema version -> the statements that bring the version before it up to it. PostgreSQL
#: databases start at 7 (SQLite's 1 to 7 in one step); later versions add a step here.
STEPS: tuple[tuple[int, tuple[str, ...]], ...] = ((7, tables.STATEMENTS[1:]),)


class AdminRefused(Exception):
    """An admin command that cannot be done, as one sentence for the user."""


@contextmanager
def admin_connection(location: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection for the admin commands. A refused address raises
    LocationRefused; every other failure is AdminRefused, one sentence naming the server."""
    params = libpq_conninfo(location)
    try:
        conn = psycopg.connect(params, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise AdminRefused(f"Cannot connect to {describe(location)}: "
                           f"{_first_line(exc)}.") from None
    try:
        yield conn
    except psycopg.Error as exc:
        raise AdminRefused(f"The database {describe(location)} refused: "
                           f"{_first_line(exc)}.") from None
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class InitReport:
    """What ``init_database`` did: the schema before (0: new) and after, roles created."""

    before: int
    after: int
    created_roles: tuple[str, ...]


def _run(conn: psycopg.Connection, statements: Sequence[str], schema: str) -> None:
    for statement in statements:
        conn.execute(statement.replace(guards.SCHEMA, schema).encode())


def _schema_version(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT value FROM impactapp_meta WHERE key = 'schema'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def _app(conn: psycopg.Connection) -> str | None:
    row = conn.execute("SELECT value FROM impactapp_meta WHERE key = 'app'").fetchone()
    return None if row is None else str(row[0])


def _create_roles(conn: psycopg.Connection) -> tuple[str, ...]:
    created = []
    for role, attributes in ROLE_ATTRIBUTES.items():
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
            conn.execute(sql.SQL("ALTER ROLE {} " + attributes).format(sql.Identifier(role)))
            continue
        conn.execute(sql.SQL("CREATE ROLE {} " + attributes).format(sql.Identifier(role)))
        created.append(role)
    for role in GROUP_ROLES.values():
        if role != access.ADMIN:
            conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
                sql.Identifier(role), sql.Identifier(access.ADMIN)))
    return tuple(created)


def _apply_rules(conn: psycopg.Connection, schema: str) -> None:
    """Functions, triggers, grants, row-level security and views, as this program has them."""
    _run(conn, guards.FUNCTIONS, schema)
    _run(conn, guards.TRIGGER_FUNCTIONS, schema)
    for name, table, definition in guards.TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.execute(f"CREATE TRIGGER {name} {definition}")
    for name, table, definition in guards.CONSTRAINT_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.execute(f"CREATE CONSTRAINT TRIGGER {name} {definition}")
    conn.execute(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {schema} FROM PUBLIC")
    _run(conn, access.GRANTS, schema)
    for table in access.SECURED:
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for (policy,) in conn.execute(
                "SELECT policyname FROM pg_policies WHERE schemaname = current_schema()"
                " AND tablename = %s", [table]).fetchall():
            conn.execute(sql.SQL("DROP POLICY {} ON {}").format(
                sql.Identifier(policy), sql.Identifier(table)))
    for name, table, definition in access.POLICIES:
        conn.execute(f"CREATE POLICY {name} ON {table} {definition}")
    _run(conn, access.VIEWS, schema)
    _run(conn, notify.STATEMENTS, schema)  # live refresh: ids and versions, never titles


def init_database(conn: psycopg.Connection) -> InitReport:
    """Create or migrate the schema and the group roles (idempotent; see the module)."""
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])
            schema = conn.execute("SELECT quote_ident(current_schema())").fetchone()
            if schema is None or schema[0] is None:
                raise AdminRefused("The connection has no schema to create the tables in "
                                   "(check search_path).")
            created = _create_roles(conn)
            conn.execute(tables.STATEMENTS[0])
            app = _app(conn)
            if app not in (None, APP):
                raise AdminRefused(f"This database belongs to another program ({app}).")
            before = _schema_version(conn)
            if before > SCHEMA_VERSION:
                raise AdminRefused(
                    f"The database has schema {before}, newer than this program's "
                    f"{SCHEMA_VERSION}; use a newer ImpactApp.")
            if before == 0 and conn.execute(
                    "SELECT to_regclass('cases') IS NOT NULL").fetchone()[0]:  # type: ignore[index]
                raise AdminRefused("The database has a table named cases but no ImpactApp "
                                   "schema; use an empty database.")
            for version, statements in STEPS:
                if version > before:
                    _run(conn, statements, schema[0])
            _apply_rules(conn, schema[0])
            conn.execute(
                "INSERT INTO impactapp_meta (key, value) VALUES ('app', %s), ('schema', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [APP, str(max(before, SCHEMA_VERSION))])
    except psycopg.errors.InsufficientPrivilege as exc:
        raise AdminRefused(
            f"This login may not create the schema or the roles ({_first_line(exc)}); run "
            "db init as the login that is to own the tables, with CREATEROLE.") from None
    return InitReport(before, max(before, SCHEMA_VERSION), created)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _role_exists(conn: psycopg.Connection, name: str) -> tuple[bool, bool] | None:
    """(exists, can log in) for the role ``name``, None when there is none."""
    row = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", [name]).fetchone()
    return None if row is None else (True, bool(row[0]))


def _group(role: str) -> str:
    try:
        return GROUP_ROLES[role]
    except KeyError:
        raise AdminRefused(f"Unknown role {role!r}; choose one of "
                           f"{', '.join(GROUP_ROLES)}.") from None


def _check_login_name(login: str) -> None:
    if not login or login != login.strip() or len(login) > 63:
        raise AdminRefused(f"{login!r} is not a login name (1 to 63 characters, no spaces "
                           "at either end).")
    if login.startswith("pg_") or login in GROUP_ROLES.values():
        raise AdminRefused(f"{login} is a reserved role name, not a person's login.")


def grant_role(conn: psycopg.Connection, login: str, role: str,
               unit: str | None = None) -> bool:
    """Give ``login`` the group role (creating the login, without a password, if missing;
    turning a NOLOGIN role into a login); ``unit`` records the login's unit. Returns whether
    the login was created."""
    _check_login_name(login)
    group = _group(role)
    who = sql.Identifier(login)
    try:
        with conn.transaction():
            found = _role_exists(conn, login)
            if found is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(who))
            elif not found[1]:
                conn.execute(sql.SQL("ALTER ROLE {} LOGIN").format(who))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), who))
            if unit is not None:
                conn.execute(
                    "INSERT INTO user_units (login, unit) VALUES (%s, %s)"
                    " ON CONFLICT (login) DO UPDATE SET unit = excluded.unit", [login, unit])
    except psycopg.errors.InsufficientPrivilege as exc:
        raise AdminRefused(
            f"This login may not grant {group} to {login} ({_first_line(exc)}); an admin "
            "grants existing logins, a login with CREATEROLE (the owner) creates them.") from None
    except psycopg.errors.UndefinedTable:
        raise AdminRefused("The database has no ImpactApp schema yet; run db init first.") from None
    return found is None


def revoke_role(conn: psycopg.Connection, login: str, role: str) -> bool:
    """Take the group role from ``login`` (the login itself stays); whether it had it."""
    group = _group(role)
    try:
        with conn.transaction():
            if _role_exists(conn, login) is None:
                raise AdminRefused(f"There is no login {login}.")
            had = conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')",
                               [login, group]).fetchone()
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(
                sql.Identifier(group), sql.Identifier(login)))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise AdminRefused(f"This login may not revoke {group} from {login} "
                           f"({_first_line(exc)}).") from None
    return bool(had and had[0])
