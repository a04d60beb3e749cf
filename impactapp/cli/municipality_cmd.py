"""``impactapp-cli municipality ...``: the municipality a database's figures and districts are
for, and the municipalities it is compared with."""

from __future__ import annotations

import argparse
import json
import sys

from ..domain.place import Place
from ..store.place import UnknownMunicipality, choose_place
from .commands import add_command
from .context import CliError, Context


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(commands, "municipality")
    sub = parser.add_subparsers(dest="municipality_command", metavar="COMMAND", required=True)

    show = sub.add_parser("show", help="show the municipality, its districts and comparison")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.set_defaults(handler=show_municipality)

    set_ = sub.add_parser("set", help="set the municipality (four-digit kommunenummer)")
    set_.add_argument("code", metavar="CODE")
    set_.add_argument("--compare", nargs="+", metavar="CODE",
                      help="the municipalities to compare with (default: a suggested group)")
    set_.set_defaults(handler=set_municipality)

    compare = sub.add_parser("compare", help="set the comparison municipalities")
    compare.add_argument("codes", nargs="*", metavar="CODE")
    compare.add_argument("--default", action="store_true", help="use the suggested group")
    compare.set_defaults(handler=set_comparison)

    search = sub.add_parser("search", help="find municipalities by name or number")
    search.add_argument("text", metavar="TEXT")
    search.set_defaults(handler=search_municipalities)


def _describe(place: Place, ctx: Context) -> dict:
    names = ctx.regions.municipalities
    return {
        "code": place.code,
        "name": place.name,
        "districts": [{"code": d.code, "name": d.name} for d in place.districts],
        "comparison": [{"code": c, "name": names[c].name} for c in place.comparison],
        "comparison_is_default": ctx.store.comparison_codes() is None,
    }


def _print(place: Place, ctx: Context) -> None:
    data = _describe(place, ctx)
    print(f"Municipality: {place.code} {place.name}")
    if place.districts:
        print(f"Districts ({len(place.districts)}): "
              + ", ".join(f"{d.code} {d.name}" for d in place.districts))
    else:
        print("Districts: none (no official city districts)")
    how = "suggested" if data["comparison_is_default"] else "chosen"
    print(f"Compared with ({how}): "
          + (", ".join(f"{c['code']} {c['name']}" for c in data["comparison"]) or "none"))


def show_municipality(args: argparse.Namespace, ctx: Context) -> int:
    place = ctx.require_place()
    if args.json:
        json.dump(_describe(place, ctx), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print(place, ctx)
    return 0


def _choose(ctx: Context, code: str, comparison: list[str] | None) -> Place:
    try:
        return choose_place(ctx.store, ctx.regions, code, comparison)
    except UnknownMunicipality as exc:
        raise CliError(str(exc), status=2) from None


def set_municipality(args: argparse.Namespace, ctx: Context) -> int:
    before = ctx.store.municipality_code()
    if before is not None and before != args.code.strip() and ctx.store.count_cases(
            include_deleted=True):
        print(f"Note: the cases already in this database were made for {before}; their "
              "district ratings stay as they are.", file=sys.stderr)
    _print(_choose(ctx, args.code, args.compare), ctx)
    return 0


def set_comparison(args: argparse.Namespace, ctx: Context) -> int:
    place = ctx.require_place()
    if args.default == bool(args.codes):
        raise CliError("Name the municipalities to compare with, or use --default.", status=2)
    _print(_choose(ctx, place.code, None if args.default else args.codes), ctx)
    return 0


def search_municipalities(args: argparse.Namespace, ctx: Context) -> int:
    found = ctx.regions.search(args.text)
    if not found:
        raise CliError(f"No municipality matches '{args.text}'.")
    for municipality in found:
        print(municipality.label())
    return 0
