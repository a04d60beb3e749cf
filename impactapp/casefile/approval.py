"""The approval record of a case file: ``approval: {by, at, revision}``.

An approved or decided case carries who approved it, when, and which revision; a file that
claims either status without that record is refused (or imported as a draft when asked), so an
import never makes up an approver.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from impactapp.domain.model import Case

from .checks import Checker, Path, show

#: Statuses that need an approval record in the file.
APPROVED_STATUSES: tuple[str, ...] = ("approved", "decided")
_EXAMPLE = "2026-03-12T10:15:00+01:00"


def _shown(value: Any) -> str:
    """The value as the file has it; YAML reads dates and times into objects."""
    return value.isoformat(sep=" ") if isinstance(value, datetime) else (
        value.isoformat() if isinstance(value, date) else show(value))


def _moment(ck: Checker, path: Path, value: Any) -> datetime | None:
    """A date and time with its UTC offset: a YAML timestamp or ISO 8601 text."""
    moment = value if isinstance(value, datetime) else None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if moment is None:
        ck.error(path, f"{_shown(value)} is not a date and time such as {_EXAMPLE}")
        return None
    if moment.tzinfo is None:
        ck.error(path, f"{_shown(value)} lacks its UTC offset; write it as e.g. {_EXAMPLE}")
        return None
    return moment


def _revision(ck: Checker, path: Path, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        ck.wrong_type(path, "a revision number (1, 2, ...)", value)
    elif value < 1:
        ck.error(path, f"must be a revision number (1, 2, ...), not {value}")


def check_approval(ck: Checker, path: Path, value: Any) -> None:
    """The record's shape: who (not blank), when (with offset) and the revision."""
    ck.mapping(
        path,
        value,
        {
            "by": ck.identifier,
            "at": lambda p, v: _moment(ck, p, v),
            "revision": lambda p, v: _revision(ck, p, v),
        },
        required=("by", "at", "revision"),
    )


def check_status_has_approval(ck: Checker, path: Path, case: Any) -> None:
    """An approved or decided case needs its record; a record needs such a status."""
    if not isinstance(case, dict):
        return
    status = case.get("status")
    if status in APPROVED_STATUSES and case.get("approval") is None:
        ck.error((*path, "status"),
                 f"the case is marked {status} but has no approval record (approval: by, at, "
                 "revision), so nobody can tell who approved it; add the record or import the "
                 "file as a draft")
    elif isinstance(status, str) and status not in APPROVED_STATUSES \
            and case.get("approval") is not None:
        ck.error((*path, "approval"),
                 f"an approval record belongs only to an approved or decided case, "
                 f"not to one marked {status}")


def approval_to_data(case: Case) -> dict[str, Any] | None:
    """The record for the file, or None when the case is not approved (or nobody is named)."""
    if case.status not in APPROVED_STATUSES or not case.approved_by or case.approved_at is None:
        return None
    return {"by": case.approved_by, "at": case.approved_at.isoformat(),
            "revision": case.revision}


def apply_approval(case: Case, record: dict[str, Any] | None, as_draft: bool) -> Case:
    """Put a validated record on the case; as a draft, the case keeps no approval at all."""
    if as_draft:
        case.status = "draft"
        case.approved_by = ""
        case.approved_at = None
        return case
    if record is not None:
        at = record["at"]
        case.approved_by = record["by"]
        case.approved_at = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        case.revision = int(record["revision"])
    return case
