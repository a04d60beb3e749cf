"""``impactapp-cli --db postgresql://... db init | grant | revoke``: the shared database's admin.

``init`` creates or migrates the schema and the group roles (run by the login that is to own
the tables); ``grant`` and ``revoke`` give and take a role. Logins have no password here:
they authenticate the way libpq does (pgpass, service file, Kerberos).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..store.opener import ENV_VAR
from ..store.postgres import GROUP_ROLES
from .context import CliError, Context

_SCHEMES = ("postgresql://", "postgres://")


def register(sub: argparse._SubParsersAction) -> None:
    """Add init, grant and revoke to the ``db`` command's subcommands."""
    init = sub.add_parser(
        "init", help="create or upgrade a shared PostgreSQL database and its group roles")
    init.set_defaults(handler=init_db)

    roles = ", ".join(GROUP_ROLES)
    grant = sub.add_parser("grant", help=f"give a login one of the roles ({roles})")
    grant.add_argument("login", metavar="LOGIN", help="the database login (created if missing)")
    grant.add_argument("role", metavar="ROLE", choices=list(GROUP_ROLES), help=roles)
    grant.add_argument("--unit", metavar="UNIT",
                       help="the login's unit (who reads the unit's exempt cases)")
    grant.set_defaults(handler=grant_db)

    revoke = sub.add_parser("revoke", help="take a role from a login")
    revoke.add_argument("login", metavar="LOGIN")
    revoke.add_argument("role", metavar="ROLE", choices=list(GROUP_ROLES), help=roles)
    revoke.set_defaults(handler=revoke_db)


def _location(args: argparse.Namespace, command: str) -> str:
    location = (getattr(args, "db", None) or os.environ.get(ENV_VAR, "")).strip()
    if not location.lower().startswith(_SCHEMES):
        raise CliError(f"db {command} is for a shared PostgreSQL database; give it with "
                       "--db postgresql://HOST/DBNAME.", status=2)
    return location


@contextmanager
def _connection(location: str) -> Iterator[Any]:
    """The store's admin connection, its refusals as CLI errors (the driver is loaded only
    here, so other commands do not pay for it)."""
    from ..store.postgres.admin import AdminRefused, admin_connection
    from ..store.postgres.location import LocationRefused

    try:
        with admin_connection(location) as conn:
            yield conn
    except LocationRefused as exc:
        raise CliError(str(exc), status=2) from None
    except AdminRefused as exc:
        raise CliError(str(exc)) from None


def init_db(args: argparse.Namespace, ctx: Context) -> int:
    """Create or migrate the schema and the group roles; say what was done."""
    location = _location(args, "init")
    from ..store.postgres.admin import init_database
    from ..store.postgres.location import describe

    with _connection(location) as conn:
        report = init_database(conn)
    if report.created_roles:
        print(f"Created the group roles {', '.join(report.created_roles)}.", file=sys.stderr)
    if report.before == 0:
        print(f"Created the ImpactApp schema (version {report.after}) in {describe(location)}.",
              file=sys.stderr)
    elif report.before < report.after:
        print(f"Upgraded the schema from version {report.before} to {report.after}.",
              file=sys.stderr)
    else:
        print(f"The schema is up to date (version {report.after}); the rules were renewed.",
              file=sys.stderr)
    return 0


def grant_db(args: argparse.Namespace, ctx: Context) -> int:
    """Give LOGIN the role, creating the login (without a password) when it is missing."""
    from ..store.postgres.admin import grant_role

    with _connection(_location(args, "grant")) as conn:
        created = grant_role(conn, args.login, args.role, args.unit)
    if created:
        print(f"Created the login {args.login} (no password: it signs in through libpq, "
              "e.g. a pgpass file, a service file or Kerberos).", file=sys.stderr)
    unit = f" in the unit {args.unit}" if args.unit is not None else ""
    print(f"{args.login} now has the role {args.role}{unit}.", file=sys.stderr)
    return 0


def revoke_db(args: argparse.Namespace, ctx: Context) -> int:
    """Take the role from LOGIN (the login itself stays)."""
    from ..store.postgres.admin import revoke_role

    with _connection(_location(args, "revoke")) as conn:
        had = revoke_role(conn, args.login, args.role)
    if had:
        print(f"{args.login} no longer has the role {args.role}.", file=sys.stderr)
    else:
        print(f"{args.login} did not have the role {args.role}; nothing changed.",
              file=sys.stderr)
    return 0
