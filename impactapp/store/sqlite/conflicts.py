"""Conflict copies: an edit that lost against a save made elsewhere is kept, never dropped.

The autosave writes through ``save_draft``. When the case was saved by another window or
program since the edit's version was loaded (or was approved, or moved to the bin), the edit
is stored as a conflict copy instead, and later edits of that window go on into the same copy
until the person decides: take the copy over (it becomes the case's next version, and the
version it replaces is kept as a copy in turn, so no saved version vanishes unseen) or
discard it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from impactapp.domain.lang import Text

from ..content import build_case, canonical_text, sha256_hex
from ..errors import ConflictError, LockedError, StoreError
from .core import LOCKED_STATUSES, StoreCore, guarded
from .database import Database
from .retry import immediate, writes

if TYPE_CHECKING:
    from impactapp.domain.model import Case
    from impactapp.domain.serialize import Data

#: Why a copy exists: an edit lost against a newer version, or a version a copy replaced.
CONFLICT = "conflict"
REPLACED = "replaced"

# Audit actions.
KEEP_COPY = "conflict_copy"
TAKE_OVER = "conflict_take_over"
DISCARD = "conflict_discard"

_COPY_COLUMNS = (
    "id, case_id, reason, base_version, stored_version, who, created, updated, title, sha256"
)


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A kept edit of a case (its content is read with ``Store.conflict_copy_case``)."""

    id: int
    case_id: int
    reason: str  # CONFLICT or REPLACED
    base_version: int  # the case version the edit was based on
    stored_version: int  # the version the case had when the copy was made
    who: str
    created: datetime
    updated: datetime
    title: str
    sha256: str  # of the copy's content (canonical JSON)


@dataclass(frozen=True, slots=True)
class DraftSaved:
    """Where one autosave went: a new version of the case, or the edit's conflict copy."""

    case_id: int
    version: int  # the case version the edit is now based on
    updated: datetime
    copy: ConflictCopy | None = None  # set when the edit went into a conflict copy
    conflict: StoreError | None = None  # set on the save that found the conflict

    @property
    def copy_id(self) -> int | None:
        return None if self.copy is None else self.copy.id


class CopyNotFound(StoreError):
    """The conflict copy is gone: taken over or discarded (perhaps in another window)."""

    def __init__(self, copy_id: int):
        super().__init__(copy_id)
        self.copy_id = copy_id

    @property
    def text(self) -> Text:
        return Text(
            nb=f"Konfliktkopi {self.copy_id} finnes ikke lenger; den er tatt i bruk eller "
            "forkastet.",
            en=f"Conflict copy {self.copy_id} no longer exists; it was taken over or discarded.",
        )


def _copy(row: dict[str, Any]) -> ConflictCopy:
    return ConflictCopy(
        row["id"], row["case_id"], row["reason"], row["base_version"], row["stored_version"],
        row["who"], datetime.fromisoformat(row["created"]), datetime.fromisoformat(row["updated"]),
        row["title"], row["sha256"],
    )


class _DraftStore(Protocol):
    """What ``save_draft`` uses of the Store this mixin is part of: its self-type, so the
    mixin needs no stand-in for ``save_case``, which another part of the Store provides."""

    _db: Database

    def save_case(self, case: Case) -> Case: ...

    def _row(self, case_id: int) -> dict[str, Any]: ...

    def _keep(self, case_id: int, reason: str, data: dict[str, Any], base: int,
              stored: int) -> ConflictCopy: ...

    def _save_content(self, case_id: int, version: int, data: dict[str, Any],
                      case: Case | None = None, by: str | None = None,
                      ) -> tuple[dict[str, Any], bool]: ...

    def _write_copy(self, copy_id: int, case_id: int, version: int,
                    data: Data) -> ConflictCopy: ...

    def _copy_row(self, copy_id: int, *, content: bool = False) -> dict[str, Any]: ...

    def _writable_row(self, case_id: int, expected_version: int | None) -> dict[str, Any]: ...

    def _now(self) -> tuple[datetime, str]: ...

    def _audit(self, case_id: int | None, action: str, at: datetime,
               detail: dict[str, Any]) -> None: ...


class ConflictCopies(StoreCore):
    """Saving a draft without ever losing it, and the conflict copies that makes."""

    @writes
    def save_draft(self: _DraftStore, case_id: int, version: int, data: Data, *,
                   copy_id: int | None = None) -> DraftSaved:
        """Save an edited case's content (``serialize.case_to_data``, based on ``version``) the
        way the autosave does; nothing in it is ever dropped.

        It becomes the case's next version, or, when the case was changed elsewhere since
        ``version`` (or approved, or moved to the bin), a conflict copy. With ``copy_id``
        (the edit already lost a conflict) it goes on into that copy. Raises only what the
        database itself fails with, and NotFound when the case was erased for good.
        """
        if copy_id is not None:
            copy = self._write_copy(copy_id, case_id, version, data)
            return DraftSaved(case_id, version, copy.updated, copy)
        try:
            row, _ = self._save_content(case_id, version, data)
        except (ConflictError, LockedError) as exc:
            stored = self._row(case_id)["version"]
            with immediate(self._db):
                copy = self._keep(case_id, CONFLICT, data, version, stored)
            return DraftSaved(case_id, version, copy.updated, copy, exc)
        return DraftSaved(case_id, row["version"], datetime.fromisoformat(row["updated"]))

    @guarded
    def conflict_copies(self, case_id: int) -> list[ConflictCopy]:
        """The case's conflict copies, oldest first."""
        cursor = self._db.execute(
            f"SELECT {_COPY_COLUMNS} FROM conflict_copies WHERE case_id = ? ORDER BY id",
            [case_id],
        )
        names = [d[0] for d in cursor.description]
        return [_copy(dict(zip(names, values, strict=True))) for values in cursor.fetchall()]

    @guarded
    def conflict_copy(self, copy_id: int) -> ConflictCopy:
        """One conflict copy's record; CopyNotFound when it is gone."""
        return _copy(self._copy_row(copy_id))

    @guarded
    def conflict_copy_case(self, copy_id: int) -> Case:
        """The case as the conflict copy holds it.

        Its version is the one the edit was based on, so saving it over the case directly is
        refused as a conflict; ``take_over_conflict_copy`` is the way to make it current.
        """
        row = self._copy_row(copy_id, content=True)
        case_row = self._row(row["case_id"])
        return build_case(json.loads(row["content"]), {**case_row, "version": row["base_version"]})

    @writes
    def take_over_conflict_copy(self: _DraftStore, copy_id: int) -> Case:
        """Make the copy the case's next version (based on the current one) and remove it.

        The version it replaces is kept as a conflict copy (reason ``replaced``), so another
        person's saved work is never overwritten unseen. The case keeps its status; a case that
        is approved, decided or in the bin refuses (LockedError).
        """
        with immediate(self._db):
            row = self._copy_row(copy_id, content=True)
            current = self._writable_row(row["case_id"], None)
            if current["status"] in LOCKED_STATUSES:
                raise LockedError(current["id"], current["status"])
            mine = build_case(json.loads(row["content"]), current)
            saved = self.save_case(mine)
            if saved.version != current["version"]:
                replaced = json.loads(current["content"])
                self._keep(current["id"], REPLACED, replaced, current["version"], saved.version)
            self._db.execute("DELETE FROM conflict_copies WHERE id = ?", [copy_id])
            moment, _ = self._now()
            self._audit(
                current["id"], TAKE_OVER, moment,
                {"copy": copy_id, "based_on": row["base_version"],
                 "replaced": current["version"], "version": saved.version},
            )
        return saved

    @writes
    def discard_conflict_copy(self, copy_id: int) -> None:
        """Remove the copy for good (nothing happens when it is already gone)."""
        with immediate(self._db):
            row = self._one(f"SELECT {_COPY_COLUMNS} FROM conflict_copies WHERE id = ?",
                            [copy_id])
            if row is None:
                return
            self._db.execute("DELETE FROM conflict_copies WHERE id = ?", [copy_id])
            moment, _ = self._now()
            self._audit(row["case_id"], DISCARD, moment,
                        {"copy": copy_id, "reason": row["reason"], "who": row["who"]})

    # --- helpers ------------------------------------------------------------------------

    def _copy_row(self, copy_id: int, *, content: bool = False) -> dict[str, Any]:
        columns = _COPY_COLUMNS + (", content" if content else "")
        row = self._one(f"SELECT {columns} FROM conflict_copies WHERE id = ?", [copy_id])
        if row is None:
            raise CopyNotFound(copy_id)
        return row

    def _keep(self, case_id: int, reason: str, data: dict[str, Any], base: int,
              stored: int) -> ConflictCopy:
        """Store ``data`` as a new copy of the case, audit-logged. Call inside a transaction."""
        content = canonical_text(data)
        moment, now = self._now()
        row: dict[str, Any] = {
            "case_id": case_id, "reason": reason, "base_version": base,
            "stored_version": stored, "who": self._who, "created": now, "updated": now,
            "title": str(data.get("title", "")), "sha256": sha256_hex(content),
        }
        cursor = self._db.execute(
            f"INSERT INTO conflict_copies ({', '.join(row)}, content)"
            f" VALUES ({', '.join('?' for _ in row)}, ?)",
            [*row.values(), content],
        )
        row["id"] = int(cursor.lastrowid or 0)
        self._audit(case_id, KEEP_COPY, moment,
                    {"copy": row["id"], "reason": reason, "based_on": base, "stored": stored})
        return _copy(row)

    def _write_copy(self, copy_id: int, case_id: int, version: int,
                    data: Data) -> ConflictCopy:
        """Put the edit into its copy; into a new copy when that one was taken or discarded."""
        content = canonical_text(data)
        digest = sha256_hex(content)
        title = str(data.get("title", ""))
        with immediate(self._db):
            row = self._one(
                f"SELECT {_COPY_COLUMNS} FROM conflict_copies WHERE id = ? AND case_id = ?",
                [copy_id, case_id],
            )
            if row is None:
                stored = self._row(case_id)["version"]
                return self._keep(case_id, CONFLICT, data, version, stored)
            if row["sha256"] == digest:
                return _copy(row)
            _, now = self._now()
            self._db.execute(
                "UPDATE conflict_copies SET content = ?, sha256 = ?, updated = ?, title = ?"
                " WHERE id = ?",
                [content, digest, now, title, copy_id],
            )
        return _copy({**row, "sha256": digest, "updated": now, "title": title})
