"""``impactapp-cli case submit|review|approve|decide|reopen``: a case's life, by the GUI's rules.

Each command names the person acting (``--as NAME``, default: the profile name of the OS
login) and asks the domain whether the step is allowed; a refusal is one sentence on stderr
with exit status 2. Nothing is recorded as an empty name or silently as the OS account.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from ..domain.ids import VERDICTS
from ..store import NotFound, StoreError
from ..store.opener import is_database_uri
from .context import CliError, Context

REFUSED = 2  # the exit status of a step a rule forbids

if TYPE_CHECKING:  # the method's checks are loaded by the command that runs them
    from ..domain.approval import Actor
    from ..domain.issues import Issue
    from ..domain.model import Case


def register(case_commands: argparse._SubParsersAction) -> None:
    """Add the lifecycle subcommands to ``impactapp-cli case``."""

    def command(name: str, text: str, handler) -> argparse.ArgumentParser:
        parser = case_commands.add_parser(name, help=text)
        parser.add_argument("case_id", type=int, metavar="ID")
        parser.add_argument("--as", dest="actor", metavar="NAME",
                            help="the person acting (default: your profile's name)")
        parser.set_defaults(handler=handler)
        return parser

    command("submit", "send a draft case to review", submit)
    review = command("review", "give a verdict on one step of a case in review", review_step)
    review.add_argument("--step", required=True, metavar="STEP", help="the step's id, e.g. sdg")
    review.add_argument("--verdict", required=True, choices=VERDICTS)
    review.add_argument("--note", metavar="TEXT", help="what to improve or redo")
    command("approve", "approve a reviewed case (locks it as a revision)", approve)
    decide = command("decide", "record the decision on an approved case", decide_case)
    decide.add_argument("--date", required=True, type=_iso_date, metavar="DATE",
                        help="the decision's date, YYYY-MM-DD")
    command("reopen", "take a case in review back to draft, or start a new revision of an "
                      "approved one", reopen)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date of the form YYYY-MM-DD") from None


def _refuse(sentence: str) -> CliError:
    return CliError(sentence, status=REFUSED)


def _actor(args: argparse.Namespace, ctx: Context) -> Actor:
    """The person acting: ``--as``, else the login's profile name; refused when neither."""
    from ..domain.approval import Actor, check_actor

    if args.actor is not None and is_database_uri(ctx.location):
        raise _refuse("On a shared database the person acting is your database login, so "
                      "--as cannot name anyone; leave it out.")
    login = ctx.store.who
    name = args.actor if args.actor is not None else ctx.store.profile().name
    actor = Actor(name.strip(), login)
    problems = check_actor(actor)
    if problems:
        if args.actor is None and not name.strip():
            raise _refuse(f"Nobody is named for the OS login '{login}': give --as NAME, or set "
                          "your name in ImpactApp's settings.")
        raise _refuse(problems[0].message.en)
    return actor


def _case(ctx: Context, case_id: int) -> Case:
    try:
        return ctx.store.get_case(case_id)
    except NotFound:
        raise CliError(f"There is no case with id {case_id}.") from None


def _refused(case: Case, what: str, issues: list[Issue]) -> CliError:
    """One sentence: the first problem, and how many more there are."""
    first = issues[0].message.en.rstrip(".")
    more = len(issues) - 1
    tail = f" ({more} more problem{'s' if more != 1 else ''}; see 'case show {case.id}')" \
        if more else ""
    return _refuse(f"Case {case.id} cannot be {what}: {first}{tail}.")


def _done(case: Case, text: str, actor: Actor) -> int:
    print(f"Case {case.id} {text} by {actor.name}.", file=sys.stderr)
    return 0


def _store_refused(exc: StoreError) -> CliError:
    return _refuse(exc.text.en)


def submit(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.status import check_transition

    case = _case(ctx, args.case_id)
    actor = _actor(args, ctx)
    issues = check_transition(case, "in_review", ctx.catalog, actor)
    if issues:
        raise _refused(case, "sent to review", issues)
    try:
        ctx.store.set_status(case.id, "in_review", by=actor.name, expected_version=case.version)
    except StoreError as exc:
        raise _store_refused(exc) from None
    return _done(case, "was sent to review", actor)


def review_step(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.approval import check_verdict, give_verdict, review_steps

    case = _case(ctx, args.case_id)
    actor = _actor(args, ctx)
    last_editor = ctx.store.last_editor(case.id)
    issues = check_verdict(case, args.step, args.verdict, ctx.catalog, actor, last_editor)
    if issues:
        raise _refused(case, "reviewed", issues)
    existing = next((v for v in case.review if v.step == args.step), None)
    note = args.note if args.note is not None else (existing.note if existing else "")
    if args.verdict in ("improve", "redo") and not note.strip():
        raise _refuse(f"A verdict of '{args.verdict}' needs --note saying what to "
                      f"{'improve' if args.verdict == 'improve' else 'redo'}.")
    reviewed = give_verdict(case, args.step, args.verdict, args.note,
                            review_steps(ctx.catalog))
    try:
        ctx.store.save_case(reviewed, by=actor.name)
    except StoreError as exc:
        raise _store_refused(exc) from None
    return _done(case, f"got the verdict '{args.verdict}' on the step '{args.step}'", actor)


def approve(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.status import check_transition

    case = _case(ctx, args.case_id)
    actor = _actor(args, ctx)
    issues = check_transition(case, "approved", ctx.catalog, actor,
                              ctx.store.last_editor(case.id))
    if issues:
        raise _refused(case, "approved", issues)
    try:
        ctx.store.approve(case.id, actor.name, expected_version=case.version)
    except StoreError as exc:
        raise _store_refused(exc) from None
    return _done(case, f"was approved and locked as revision {case.revision}", actor)


def decide_case(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.status import check_transition

    case = _case(ctx, args.case_id)
    actor = _actor(args, ctx)
    issues = check_transition(case, "decided", ctx.catalog, actor)
    if issues:
        raise _refused(case, "marked as decided", issues)
    try:
        ctx.store.decide(case.id, args.date, by=actor.name, expected_version=case.version)
    except StoreError as exc:
        raise _store_refused(exc) from None
    return _done(case, f"was marked as decided on {args.date.isoformat()}", actor)


def reopen(args: argparse.Namespace, ctx: Context) -> int:
    """In review: back to draft (verdicts kept, stale). Approved or decided: a new revision."""
    from ..domain.status import check_new_revision

    case = _case(ctx, args.case_id)
    actor = _actor(args, ctx)
    try:
        if case.status == "in_review":
            ctx.store.set_status(case.id, "draft", by=actor.name, expected_version=case.version)
            return _done(case, "was taken back to draft (its verdicts are kept, marked stale)",
                         actor)
        issues = check_new_revision(case)
        if issues:
            raise _refuse(f"Case {case.id} is a draft already; only a case in review, approved "
                          "or decided can be reopened.")
        updated = ctx.store.new_revision(case.id, by=actor.name, expected_version=case.version)
    except StoreError as exc:
        raise _store_refused(exc) from None
    return _done(case, f"was reopened as revision {updated.revision}, a draft", actor)
