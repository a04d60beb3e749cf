"""A case's history in plain words: status changes, verdicts, approvals, imports, revisions.

The store keeps an audit row per change (action, who, when, a small JSON detail); this module
turns each row into an entry a caseworker or reviewer can read, in bokmål and English, so the
CLI and the case window tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .followup import followup_text
from .model import Text
from .vocabulary import STATUS_LABELS, STEP_LABELS, VERDICT_LABELS, label

#: Top-level content keys (the detail of an "update" row) -> the step they are entered in.
_KEY_STEPS: dict[str, str] = {
    "title": "details", "case_number": "details", "unit": "details", "caseworker": "details",
    "decision_body": "details", "decision_date": "details", "language": "details",
    "confidentiality": "details", "depth": "screening", "depth_reason": "screening",
    "screening_answers": "screening", "screening": "screening", "problem": "problem",
    "goals": "problem", "principled_questions": "problem", "alternatives": "alternatives",
    "indicators": "indicators", "recommendation": "recommendation",
    "prerequisites": "recommendation", "review": "review",
}

_VERDICTS: dict[str, Text] = VERDICT_LABELS

#: The kinds of entry, for filtering and for the JSON output.
KINDS: tuple[str, ...] = (
    "create", "import", "update", "verdict", "status", "approve", "new_revision", "delete",
    "restore", "purge", "followup", "other",
)


@dataclass(frozen=True, slots=True)
class ImportOrigin:
    """The file a case was imported from: its name and the SHA-256 of its bytes."""

    file: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Change:
    """One field that differs between two revisions, in the wizard's words."""

    step: str
    field: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One event in a case's life: when, who, what kind, and what it did in both languages."""

    at: datetime
    who: str
    kind: str  # one of KINDS
    summary: Text
    lines: tuple[Text, ...] = ()  # further readable lines (changed fields, notes)
    changes: tuple[Change, ...] = ()  # for a revision: the field-by-field differences
    detail: dict[str, Any] = field(default_factory=dict)  # the audit row's own detail


def _t(nb: str, en: str) -> Text:
    return Text(nb, en)


def _status(key: Any) -> Text:
    found = label(STATUS_LABELS, str(key))
    return found if isinstance(found, Text) else Text(found, found)


def _step(key: Any) -> Text:
    found = label(STEP_LABELS, str(key))
    return found if isinstance(found, Text) else Text(found, found)


def _join(items: list[Text]) -> Text:
    return Text(", ".join(i.nb for i in items), ", ".join(i.en for i in items))


def origin_line(detail: dict[str, Any]) -> Text | None:
    """"Imported from FILE (SHA-256 ...)" when the row came from a file."""
    name, digest = detail.get("imported_from"), detail.get("file_sha256")
    if not name:
        return None
    return _t(f"importert fra {name} (SHA-256 {digest})",
              f"imported from {name} (SHA-256 {digest})")


def _approval(detail: dict[str, Any]) -> tuple[Text, tuple[Text, ...]]:
    by = detail.get("approved_by", "")
    revision = detail.get("revision", "")
    summary = _t(f"Godkjent av {by} (revisjon {revision})",
                 f"Approved by {by} (revision {revision})")
    lines: list[Text] = []
    when = detail.get("approved_at")
    if when:
        moment = datetime.fromisoformat(when)
        moment = moment.astimezone(UTC)
        approved = STATUS_LABELS["approved"]
        lines.append(_t(f"{approved.nb} {moment:%d.%m.%Y %H:%M} UTC",
                        f"{approved.en} {moment:%Y-%m-%d %H:%M} UTC"))
    origin = origin_line(detail)
    if origin is not None:
        lines.append(origin)
    return summary, tuple(lines)


def _update(detail: dict[str, Any]) -> tuple[str, Text, tuple[Text, ...]]:
    verdicts = detail.get("verdicts") or []
    if verdicts:
        parts = []
        for v in verdicts:
            step = _step(v.get("step"))
            verdict = _VERDICTS.get(v.get("verdict"), _t("?", "?"))
            parts.append(Text(f"{step.nb}: {verdict.nb}", f"{step.en}: {verdict.en}"))
        by = {v.get("by") for v in verdicts if v.get("by")}
        lines = tuple(parts)
        if by:
            names = ", ".join(sorted(by))
            lines += (_t(f"gitt av {names}", f"given by {names}"),)
        return "verdict", _t("Vurdering i gjennomgangen", "Review verdict"), lines
    steps: list[Text] = []
    for key in detail.get("fields") or []:
        step = _step(_KEY_STEPS.get(key, key))
        if step not in steps:
            steps.append(step)
    if not steps:
        return "update", _t("Endret", "Changed"), ()
    where = _join(steps)
    return "update", _t(f"Endret: {where.nb}", f"Changed: {where.en}"), ()


def describe(action: str, detail: dict[str, Any]) -> tuple[str, Text, tuple[Text, ...]]:
    """The kind, the one-line summary and further lines for one audit row."""
    if action == "create":
        origin = origin_line(detail)
        status = _status(detail.get("status", "draft"))
        if origin is not None:
            return "import", _t(f"Importert som {status.nb}", f"Imported as {status.en}"), (origin,)
        return "create", _t(f"Opprettet som {status.nb}", f"Created as {status.en}"), ()
    if action == "update":
        return _update(detail)
    if action in ("verdict", "review") and detail.get("step"):
        # A verdict recorded on its own row (one step, one verdict).
        return _update({"verdicts": [detail]})
    if action == "status" or ("from" in detail and "to" in detail):
        old, new = _status(detail.get("from")), _status(detail.get("to"))
        return "status", _t(f"Status endret: {old.nb} → {new.nb}",
                            f"Status changed: {old.en} → {new.en}"), ()
    if action == "approve":
        summary, lines = _approval(detail)
        return "approve", summary, lines
    if action == "new_revision":
        revision = detail.get("revision", "")
        return "new_revision", _t(f"Ny revisjon {revision} påbegynt",
                                  f"New revision {revision} started"), ()
    if action == "followup":
        return "followup", *followup_text(detail)
    simple = {
        "delete": _t("Lagt i papirkurven", "Moved to the bin"),
        "restore": _t("Hentet tilbake fra papirkurven", "Restored from the bin"),
        "purge": _t("Slettet for godt", "Erased for good"),
    }
    if action in simple:
        return action, simple[action], ()
    return "other", _t(action, action), ()


def history_entry(
    at: datetime, who: str, action: str, detail: dict[str, Any],
    changes: tuple[Change, ...] = (),
) -> HistoryEntry:
    """One audit row as a readable history entry; ``who`` names the person and the OS login
    ("Kari Nordmann (kari)") where the row records a person's name beside the login."""
    kind, summary, lines = describe(action, detail)
    return HistoryEntry(at, acting(who, detail), kind, summary, lines, changes, dict(detail))


def acting(login: str, detail: dict[str, Any]) -> str:
    """The person and login of an audit row, as the history shows them."""
    name = detail.get("by")
    name = name.strip() if isinstance(name, str) else ""
    if not name or name == login:
        return login
    return f"{name} ({login})"


def entry_to_data(entry: HistoryEntry, lang: str) -> dict[str, Any]:
    """Plain data for JSON output (the CLI's ``case history --json``)."""
    return {
        "at": entry.at.isoformat(),
        "who": entry.who,
        "kind": entry.kind,
        "summary": entry.summary.get(lang),
        "lines": [line.get(lang) for line in entry.lines],
        "changes": [{"step": c.step, "field": c.field, "before": c.before, "after": c.after}
                    for c in entry.changes],
        "detail": entry.detail,
    }
