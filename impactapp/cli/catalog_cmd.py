"""``impactapp-cli catalog check``: validate criteria/ and forms/."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..catalog import CatalogInvalid, load_catalog
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "catalog")
    sub = parser.add_subparsers(dest="catalog_command", metavar="COMMAND", required=True)
    check = sub.add_parser("check", help="validate criteria/ and forms/, listing every problem")
    check.add_argument("--criteria", metavar="DIR", type=Path, help="criteria folder to check")
    check.add_argument("--forms", metavar="DIR", type=Path, help="forms folder to check")
    check.set_defaults(handler=check_catalog)


def check_catalog(args: argparse.Namespace, ctx: Context) -> int:
    """Exit 0 and print a one-line summary when valid; exit 1 listing every problem otherwise."""
    for name in ("criteria", "forms"):
        folder = getattr(args, name)
        if folder is not None and not folder.is_dir():
            raise CliError(f"The {name} folder {folder} does not exist.")
    try:
        catalog = load_catalog(args.criteria, args.forms)
    except CatalogInvalid as exc:
        count = len(exc.errors)
        raise CliError(
            f"The catalog has {count} problem{'s' if count != 1 else ''}:",
            *(str(e) for e in exc.errors),
        ) from None
    districts = sum(1 for r in catalog.regions.values() if r.parent)
    steps = len(catalog.form.steps) if catalog.form else 0
    print(
        f"Catalog OK: {len(catalog.criteria)} criteria in {len(catalog.pillars)} pillars, "
        f"{len(catalog.scales)} scales, {len(catalog.goals)} SDG goals, "
        f"{len(catalog.targets)} targets, {districts} districts, "
        f"{len(catalog.indicators)} indicators, {steps} wizard steps."
    )
    return _check_queries(catalog, ctx)


def _check_queries(catalog, ctx: Context) -> int:  # type: ignore[no-untyped-def]
    """Every indicator query against the publishers' metadata cached in the database."""
    from ..indicators.checking import check_queries  # only with a database to check against
    from ..indicators.places import default_place

    if not ctx.store_exists():
        print("Queries not checked: no database with cached table metadata.")
        return 0
    report = check_queries(catalog, ctx.store, default_place())
    for note in report.notes:
        print(f"Note: {note}")
    print(f"Queries checked against cached metadata: {report.checked}; tables without cached "
          f"metadata: {len(report.unchecked)}.")
    if report.problems:
        count = len(report.problems)
        raise CliError(f"{count} indicator quer{'ies do' if count != 1 else 'y does'} not match "
                       "the table's metadata:", *report.problems)
    return 0
