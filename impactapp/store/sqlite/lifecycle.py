"""A case's life after creation: status, approval with frozen revisions, the bin.

Whether a status change is allowed by the method (review verdicts, validation) is the
domain's decision; the store only keeps the invariants it is responsible for: frozen content
stays frozen, and every approved state is kept as an immutable revision.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from impactapp.domain.ids import STATUSES

from .. import records
from ..content import build_case, canonical_text, sha256_hex
from ..errors import ConflictError, LockedError, NotFound, NotInBin, RevisionDamaged, StatusError
from ..records import Revision
from .core import LOCKED_STATUSES, StoreCore, guarded
from .retry import writes

if TYPE_CHECKING:
    from impactapp.domain.approval import Actor
    from impactapp.domain.model import Case


def _content_with_status(row: dict[str, Any], status: str, *, stale: bool = False) -> str:
    """The row's content with ``status``; with ``stale`` its verdicts are marked stale (the
    case goes back to draft: the verdicts are kept, but were given on content that may change)."""
    data = json.loads(row["content"])
    data["status"] = status
    if stale and data.get("review"):
        from impactapp.domain.approval import mark_stale
        from impactapp.domain.serialize import case_from_data, case_to_data

        case = case_from_data(data)
        mark_stale(case)
        data = case_to_data(case)
    return canonical_text(data)


def _edit_of(entry_action: str, detail: dict[str, Any]) -> bool:
    """Whether an audit entry changed the case's content as an author (verdicts do not)."""
    if entry_action in (records.CREATE, records.TAKE_OVER):
        return True
    if entry_action != records.UPDATE:
        return False
    return bool(set(detail.get("fields", [])) - {"review", "status"})


class Lifecycle(StoreCore):
    """Status changes, approval and revisions, and the bin."""

    @writes
    def set_status(self, case_id: int, status: str, *, by: str | None = None,
                   expected_version: int | None = None) -> Case:
        """Persist a status change the domain has allowed, made by ``by`` (default: the profile
        name of the store's login; ValueError when there is no name).

        Approval goes through ``approve`` (it freezes a revision), and only an approved case
        can become decided; a locked case becomes editable again only through ``new_revision``.
        Going back to draft keeps the review's verdicts and marks them stale.
        """
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        name = self._acting_name(by)
        row = self._writable_row(case_id, expected_version)
        current = row["status"]
        if status == current:
            return self._case(row)
        if current in LOCKED_STATUSES and not (current == "approved" and status == "decided"):
            raise LockedError(case_id, current)
        if status in LOCKED_STATUSES and current != "approved":
            # Every locked state must have its frozen revision, which only approve() makes.
            raise StatusError(case_id, current, status)
        content = _content_with_status(row, status, stale=status == "draft")
        moment, now = self._now()
        with self._db.atomic():
            row = self._update(row, {"status": status, "content": content, "updated": now})
            self._audit(case_id, records.STATUS, moment,
                        {"from": current, "to": status, "by": name})
        return self._case(row)

    @writes
    def decide(self, case_id: int, decision_date: date, *, by: str | None = None,
               expected_version: int | None = None) -> Case:
        """Record the decision on an approved case: status decided, with its date.

        The date is the one content change a locked case takes (the approved revision stays
        frozen as it was); StatusError for a case that is not approved.
        """
        name = self._acting_name(by)
        row = self._writable_row(case_id, expected_version)
        if row["status"] != "approved":
            raise StatusError(case_id, row["status"], "decided")
        data = json.loads(row["content"])
        data["status"] = "decided"
        data["decision_date"] = decision_date.isoformat()
        moment, now = self._now()
        with self._db.atomic():
            row = self._update(row, {"status": "decided", "content": canonical_text(data),
                                     "decision_date": decision_date.isoformat(), "updated": now})
            self._audit(case_id, records.STATUS, moment,
                        {"from": "approved", "to": "decided", "by": name,
                         "decision_date": decision_date.isoformat()})
        return self._case(row)

    @writes
    def approve(self, case_id: int, approver: str, *, expected_version: int | None = None) -> Case:
        """Approve the case: record who and when, and freeze its content as a revision.

        ValueError for an approver with no name or a system account's name.
        """
        if not approver.strip():
            raise ValueError("an approval needs the approver's name")
        approver = self._acting_name(approver)
        row = self._writable_row(case_id, expected_version)
        if row["status"] in LOCKED_STATUSES:
            raise LockedError(case_id, row["status"])
        content = _content_with_status(row, "approved")
        digest = sha256_hex(content)
        moment, now = self._now()
        with self._db.atomic():
            row = self._update(
                row,
                {
                    "status": "approved",
                    "content": content,
                    "updated": now,
                    "approved_by": approver,
                    "approved_at": now,
                },
            )
            self._freeze(case_id, row["revision"], content, approver, now)
            self._audit(
                case_id,
                records.APPROVE,
                moment,
                {"revision": row["revision"], "sha256": digest, "approved_by": approver,
                 "by": approver},
            )
        return self._case(row)

    def _freeze(self, case_id: int, revision: int, content: str, approver: str, at: str) -> None:
        self._db.execute(
            "INSERT INTO revisions (case_id, revision, content, sha256, approved_by, approved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [case_id, revision, content, sha256_hex(content), approver, at],
        )

    @writes
    def new_revision(self, case_id: int, *, by: str | None = None,
                     expected_version: int | None = None) -> Case:
        """Make an approved or decided case editable again as the next revision, a draft.

        The approved revision stays frozen and readable through ``get_revision``; the draft's
        verdicts are stale (the new revision needs a new look). ``by`` as in ``set_status``.
        """
        name = self._acting_name(by)
        row = self._writable_row(case_id, expected_version)
        if row["status"] not in LOCKED_STATUSES:
            raise StatusError(case_id, row["status"], "new_revision")
        revision = row["revision"] + 1
        moment, now = self._now()
        with self._db.atomic():
            row = self._update(
                row,
                {
                    "status": "draft",
                    "revision": revision,
                    "content": _content_with_status(row, "draft", stale=True),
                    "updated": now,
                    "approved_by": "",
                    "approved_at": None,
                },
            )
            self._audit(case_id, records.NEW_REVISION, moment, {"revision": revision, "by": name})
        return self._case(row)

    @guarded
    def may_edit(self, case_id: int) -> bool:
        """Whether an edit of the case's content would be saved for this store's login: not
        when it is approved, decided or in the bin, nor where the database's own rules keep
        it from this login (on a shared database: someone else's draft; anything for a
        leader). NotFound when there is no such case."""
        row = self._row(case_id)
        if row["deleted_at"] is not None or row["status"] in LOCKED_STATUSES:
            return False
        return self._may_write(case_id)

    @guarded
    def last_editor(self, case_id: int) -> Actor | None:
        """Who last changed the case's content as an author (giving verdicts does not count):
        their name as recorded (empty in entries from before names were) and OS login."""
        cursor = self._db.execute(
            "SELECT who, action, detail FROM audit WHERE case_id = ? ORDER BY id DESC", [case_id]
        )
        from impactapp.domain.approval import Actor

        for who, action, detail in cursor:
            data = json.loads(detail)
            if _edit_of(action, data):
                return Actor(str(data.get("by") or ""), who)
        return None

    @guarded
    def revisions(self, case_id: int) -> list[Revision]:
        """The case's frozen revisions, oldest first."""
        self._row(case_id)
        cursor = self._db.execute(
            "SELECT revision, sha256, approved_by, approved_at FROM revisions"
            " WHERE case_id = ? ORDER BY revision",
            [case_id],
        )
        return [
            Revision(case_id, revision, digest, approver, datetime.fromisoformat(at))
            for revision, digest, approver, at in cursor.fetchall()
        ]

    @guarded
    def get_revision(self, case_id: int, revision: int) -> Case:
        """The case as frozen at approval of ``revision``; checked against its hash.

        Its version is 0, so saving it over the live case is always refused.
        """
        case_row = self._row(case_id)
        row = self._one(
            "SELECT content, sha256, approved_by, approved_at FROM revisions"
            " WHERE case_id = ? AND revision = ?",
            [case_id, revision],
        )
        if row is None:
            raise NotFound(case_id, revision)
        if sha256_hex(row["content"]) != row["sha256"]:
            raise RevisionDamaged(case_id, revision)
        data = json.loads(row["content"])
        return build_case(
            data,
            {
                "id": case_id,
                "status": data.get("status", "approved"),
                "revision": revision,
                "version": 0,
                "approved_by": row["approved_by"],
                "approved_at": row["approved_at"],
                "created": case_row["created"],
                "updated": row["approved_at"],
            },
        )

    # --- the bin ------------------------------------------------------------------------------

    @writes
    def delete_case(self, case_id: int) -> None:
        """Move the case to the bin (it can be restored until it is purged)."""
        row = self._row(case_id)
        if row["deleted_at"] is not None:
            return
        moment, now = self._now()
        with self._db.atomic():
            self._update(row, {"deleted_at": now})
            self._audit(case_id, records.DELETE, moment, {})

    @writes
    def restore_case(self, case_id: int) -> Case:
        """Take the case out of the bin."""
        row = self._row(case_id)
        if row["deleted_at"] is None:
            return self._case(row)
        moment, _ = self._now()
        with self._db.atomic():
            row = self._update(row, {"deleted_at": None})
            self._audit(case_id, records.RESTORE, moment, {})
        return self._case(row)

    @writes
    def purge_case(self, case_id: int) -> None:
        """Erase a case in the bin for good, with its revisions; the audit log keeps its id."""
        row = self._row(case_id)
        if row["deleted_at"] is None:
            raise NotInBin(case_id)
        count = self._db.execute(
            "SELECT COUNT(*) FROM revisions WHERE case_id = ?", [case_id]
        ).fetchone()[0]
        moment, _ = self._now()
        with self._db.atomic():
            cursor = self._db.execute(
                "DELETE FROM cases WHERE id = ? AND version = ?", [case_id, row["version"]]
            )
            if cursor.rowcount != 1:
                current = self._row(case_id)
                if current["deleted_at"] is None:
                    raise NotInBin(case_id)
                raise ConflictError(case_id, row["version"], current["version"])
            self._audit(case_id, records.PURGE, moment, {"revisions": count})
