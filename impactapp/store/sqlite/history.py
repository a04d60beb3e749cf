"""Reading a case's history: its audit rows as readable entries, revisions with their changes.

The audit log is written by every change; this is the one place that reads it back for people,
so the CLI's ``case history`` and the case window's history dialog show the same entries.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import records
from ..errors import NotFound, RevisionDamaged
from .core import StoreCore, guarded

if TYPE_CHECKING:  # the history is read on request: its domain code is loaded then
    from impactapp.domain.history import Change, HistoryEntry, ImportOrigin
    from impactapp.domain.model import Catalog


def import_detail(origin: ImportOrigin | None) -> dict[str, str]:
    """The audit detail that marks a row as coming from a file: its name and SHA-256."""
    if origin is None:
        return {}
    return {"imported_from": origin.file, "file_sha256": origin.sha256}


class History(StoreCore):
    """The history reader, mixed into the Store."""

    @guarded
    def history(
        self, case_id: int, catalog: Catalog | None = None, lang: str = "nb"
    ) -> list[HistoryEntry]:
        """Every event of the case, oldest first; with a catalog, an approval of revision 2 or
        later lists what changed since the revision before, field by field, in ``lang``."""
        from impactapp.domain.history import history_entry

        self._row(case_id)  # NotFound for a case that never existed
        cursor = self._db.execute(
            "SELECT at, who, action, detail FROM audit WHERE case_id = ? ORDER BY id", [case_id]
        )
        entries = []
        for at, who, action, detail_text in cursor.fetchall():
            detail = _parse(detail_text)
            changes: tuple[Change, ...] = ()
            if action == records.APPROVE and catalog is not None:
                changes = self._revision_changes(case_id, detail.get("revision"), catalog, lang)
            entries.append(history_entry(_moment(at), who, action, detail, changes))
        return entries

    def _revision_changes(
        self, case_id: int, revision: Any, catalog: Catalog, lang: str
    ) -> tuple[Change, ...]:
        """What differs between the frozen revision before ``revision`` and ``revision``."""
        from impactapp.domain.case_diff import case_differences
        from impactapp.domain.history import Change

        if not isinstance(revision, int) or revision < 2:
            return ()
        try:
            before = self.get_revision(case_id, revision - 1)  # type: ignore[attr-defined]
            after = self.get_revision(case_id, revision)  # type: ignore[attr-defined]
        except (NotFound, RevisionDamaged):
            return ()
        return tuple(Change(d.step, d.field, d.stored, d.copy)
                     for d in case_differences(before, after, catalog, lang))


def _parse(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)
