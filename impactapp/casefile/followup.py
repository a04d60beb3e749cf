"""The optional ``followup`` block of a measure in a case file.

A decided case's measure may carry its follow-up record: responsible unit, status, the reason
when stopped, the latest reported effect and cost, and every report (who, when, status, note,
figures). The block is additive: a file without it is read as before, and a program that does
not know it never writes it. Only a decided case may carry one; imported as a draft, the
follow-up is left out with the approval.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from impactapp.domain.followup import STATUSES, STOPPED, FollowUp, FollowUpEntry
from impactapp.domain.model import Case

from .approval import _moment
from .checks import Checker, Path

EFFECT = "effect_tonnes_co2e_per_year"


def _check_stopped(ck: Checker, path: Path, value: Any) -> None:
    if isinstance(value, dict) and value.get("status") == STOPPED \
            and not str(value.get("reason") or "").strip():
        ck.error((*path, "status"),
                 "a stopped measure needs its reason: add 'reason:' saying why it was stopped")


def _check_report(ck: Checker, path: Path, value: Any) -> None:
    ck.mapping(path, value, {
        "at": lambda p, v: _moment(ck, p, v),
        "by": ck.identifier,
        "status": lambda p, v: ck.choice(p, v, STATUSES),
        "note": ck.text,
        "reason": ck.text,
        EFFECT: ck.number,
        "cost_nok": ck.number,
    }, required=("at", "by", "status"))
    _check_stopped(ck, path, value)


def check_followup(ck: Checker, path: Path, value: Any) -> None:
    """The block's shape: status from the list, a reason when stopped, reports with who/when."""
    def reports(p: Path, v: Any) -> None:
        for i, item in enumerate(ck.sequence(p, v) or []):
            _check_report(ck, (*p, i), item)

    ck.mapping(path, value, {
        "unit": ck.text,
        "status": lambda p, v: ck.choice(p, v, STATUSES),
        "reason": ck.text,
        EFFECT: ck.number,
        "cost_nok": ck.number,
        "reports": reports,
    }, required=("status",))
    _check_stopped(ck, path, value)


def check_followup_needs_decided(ck: Checker, path: Path, case: Any) -> None:
    """Follow-up belongs to a decided case only."""
    if not isinstance(case, dict) or case.get("status") == "decided":
        return
    alternatives = case.get("alternatives")
    if not isinstance(alternatives, list):
        return  # the alternatives' own check names what is wrong with them
    for i, alt in enumerate(alternatives):
        if isinstance(alt, dict) and alt.get("followup") is not None:
            ck.error((*path, "alternatives", i, "followup"),
                     f"follow-up belongs only to a decided case, not to one marked "
                     f"{case.get('status')}")


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _when(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def pop_followups(case_data: dict[str, Any]) -> dict[str, FollowUp]:
    """Take the validated ``followup`` blocks off the alternatives, as records by measure."""
    out: dict[str, FollowUp] = {}
    for alt in case_data.get("alternatives") or []:
        block = alt.pop("followup", None) if isinstance(alt, dict) else None
        if not block:
            continue
        entries = tuple(
            FollowUpEntry(_when(r["at"]), r["by"], r["status"], r.get("note") or "",
                          _number(r.get(EFFECT)), _number(r.get("cost_nok")),
                          r.get("reason") or "")
            for r in block.get("reports") or [])
        out[alt["id"]] = FollowUp(alt["id"], block.get("unit") or "", block["status"],
                                  block.get("reason") or "", _number(block.get(EFFECT)),
                                  _number(block.get("cost_nok")), entries)
    return out


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, "", [])}


def _figure(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def followup_to_data(record: FollowUp) -> dict[str, Any]:
    """One measure's block for the file."""
    return _drop_empty({
        "unit": record.unit, "status": record.status, "reason": record.reason,
        EFFECT: _figure(record.effect_tonnes), "cost_nok": _figure(record.cost_nok),
        "reports": [_drop_empty({
            "at": e.at.isoformat(), "by": e.who, "status": e.status, "note": e.note,
            "reason": e.reason, EFFECT: _figure(e.effect_tonnes),
            "cost_nok": _figure(e.cost_nok),
        }) for e in record.entries],
    })


def add_followups(case_data: dict[str, Any], case: Case) -> None:
    """Put each measure's follow-up block on its alternative (decided cases only)."""
    if case.status != "decided" or not case.followup:
        return
    for alt in case_data.get("alternatives") or []:
        record = case.followup.get(alt.get("id"))
        if record is not None:
            alt["followup"] = followup_to_data(record)
