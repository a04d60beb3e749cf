"""The case repository: cases in and out of the database as domain objects.

A Store holds one SQLite connection and must be used from the thread that opened it (SQLite
connections are not shared between threads; Python's sqlite3 refuses it). Give each worker
thread its own Store on the same file: WAL lets readers and one writer work side by side.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from impactapp.domain.case_summary import CaseSummary
from impactapp.domain.clock import Clock as TimeSource

from .. import records
from ..content import build_case, canonical_text, changed_fields, sha256_hex
from ..errors import ConflictError, LockedError, NotFound, StatusError
from ..records import AuditEntry
from .comparison import Comparison
from .conflicts import ConflictCopies
from .connection import connect
from .core import CASE_COLUMNS, LOCKED_STATUSES, guarded, optional_timestamp
from .followup import BudgetCases
from .history import History, import_detail
from .lifecycle import Lifecycle
from .observations import Observations
from .packages import PackageImports
from .place import PlaceSettings
from .profiles import Profiles
from .projections import PROJECTED, write_projections
from .retry import writes
from .steering import Steering

if TYPE_CHECKING:
    from impactapp.domain.history import ImportOrigin
    from impactapp.domain.model import Case

# The case list's columns, in CaseSummary's field order: no content, so no JSON to parse.
_SUMMARY_COLUMNS = (
    "id, title, case_number, unit, status, depth, updated, revision, decision_body, caseworker"
)
_CHUNK = 500  # ids per IN (...) query, well below SQLite's limit on parameters


def current_user() -> str:
    """The operating system's name for the person running the program."""
    import getpass  # a command that only reads never asks

    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def _search_columns(case: Case) -> dict[str, Any]:
    """The columns that let the case list and filters work without reading content."""
    return {
        "title": case.title,
        "case_number": case.case_number,
        "unit": case.unit,
        "caseworker": case.caseworker,
        "decision_body": case.decision_body,
        "decision_date": None if case.decision_date is None else case.decision_date.isoformat(),
        "language": case.language,
        "exempt": int(case.confidentiality.exempt),
        "depth": case.depth,
        "status": case.status,
    }


def _given_verdicts(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """The verdicts ``new`` gives that ``old`` did not have (fresh ones only): the audit's
    record of who reviewed which step."""
    before = {r.get("step"): r for r in old.get("review") or []}
    out = []
    for verdict in new.get("review") or []:
        if verdict.get("stale"):
            continue
        previous = before.get(verdict.get("step"))
        if (previous is None or previous.get("stale")
                or previous.get("verdict") != verdict.get("verdict")):
            out.append({"step": verdict.get("step"), "verdict": verdict.get("verdict")})
    return out


def _with_name(detail: dict[str, Any], name: str) -> dict[str, Any]:
    """``detail`` with the acting person's name, when there is one."""
    return {**detail, "by": name} if name else detail


def _bin_filter(include_deleted: bool, deleted_only: bool) -> str:
    if deleted_only:
        return " WHERE deleted_at IS NOT NULL"
    return "" if include_deleted else " WHERE deleted_at IS NULL"


class Store(Lifecycle, Profiles, Comparison, Observations, ConflictCopies, History,
            PlaceSettings, PackageImports, Steering, BudgetCases):
    """Cases, their revisions and the audit log in one SQLite file.

    Use a Store only from the thread that opened it; open another Store for another thread.
    """

    @classmethod
    def open(
        cls, path: Path | str, *, who: str | None = None, clock: TimeSource | None = None
    ) -> Store:
        """Open the database at ``path``, creating or migrating it; ``who`` signs the audit log
        and ``clock`` (the composition root's) dates every change.

        Raises DatabaseUnusable (leaving the file untouched) for a file that is not an
        ImpactApp database, is damaged, or comes from a newer version of the program.
        """
        path = Path(path)
        db, journal_mode = connect(path, clock)
        return cls(db, path, who or current_user(), journal_mode, clock)

    def close(self) -> None:
        """Close the connection (SQLite then folds the write-ahead log into the file)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------------------

    @guarded
    def get_case(self, case_id: int) -> Case:
        """The case as last saved (also when it lies in the bin), with its follow-up."""
        case = self._case(self._row(case_id))
        case.followup = self.followups(case_id)
        return case

    @guarded
    def case_uid(self, case_id: int) -> str:
        """The case's stable identifier: never changes, never reused (the archive's key)."""
        found = self._db.execute("SELECT uid FROM cases WHERE id = ?", [case_id]).fetchone()
        if found is None:
            raise NotFound(case_id)
        return str(found[0])

    @guarded
    def get_cases(self, ids: Iterable[int]) -> list[Case]:
        """The cases with these ids, in the order asked; NotFound if any is missing."""
        wanted = list(ids)
        rows: dict[int, dict[str, Any]] = {}
        unique = list(dict.fromkeys(wanted))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            cursor = self._db.execute(
                f"SELECT {CASE_COLUMNS} FROM cases WHERE id IN ({marks})", chunk
            )
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                row = dict(zip(names, values, strict=True))
                rows[row["id"]] = row
        missing = [i for i in wanted if i not in rows]
        if missing:
            raise NotFound(missing[0])
        return [self._case(rows[i]) for i in wanted]

    @guarded
    def list_cases(
        self, *, include_deleted: bool = False, deleted_only: bool = False
    ) -> list[CaseSummary]:
        """The case list, most recently changed first; the bin's cases only when asked."""
        cursor = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM cases{_bin_filter(include_deleted, deleted_only)}"
            " ORDER BY updated DESC, id DESC"
        )
        parse = datetime.fromisoformat
        return [
            CaseSummary(i, title, num, unit, status, depth, parse(updated), rev, body, worker)
            for i, title, num, unit, status, depth, updated, rev, body, worker in cursor
        ]

    @guarded
    def count_cases(self, *, include_deleted: bool = False, deleted_only: bool = False) -> int:
        """How many cases there are (outside the bin unless asked)."""
        sql = f"SELECT COUNT(*) FROM cases{_bin_filter(include_deleted, deleted_only)}"
        return int(self._db.execute(sql).fetchone()[0])

    @guarded
    def audit_log(self, case_id: int | None = None) -> list[AuditEntry]:
        """The audit log, oldest first; only one case's entries when ``case_id`` is given."""
        sql = "SELECT at, who, action, case_id, detail FROM audit"
        params: list[Any] = []
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params.append(case_id)
        cursor = self._db.execute(sql + " ORDER BY id", params)
        return [
            AuditEntry(datetime.fromisoformat(at), who, action, cid, json.loads(detail))
            for at, who, action, cid, detail in cursor.fetchall()
        ]

    # --- writing ------------------------------------------------------------------------------

    @writes
    def add_case(self, case: Case, origin: ImportOrigin | None = None) -> Case:
        """Store a new case; returns it with its id, version and timestamps.

        A case that arrives approved or decided (an import) must carry its own approval record
        (``approved_by``, ``approved_at``): nobody is made up. It gets its frozen revision at
        once, and the history names the file it came from when ``origin`` is given.
        """
        import uuid  # loaded by the commands that add cases

        from impactapp.domain.serialize import case_to_data

        data = case_to_data(case)
        content = canonical_text(data)
        locked = case.status in LOCKED_STATUSES
        if locked and (not case.approved_by.strip() or case.approved_at is None):
            raise ValueError(
                f"a case marked {case.status} needs its approval record (who approved it and "
                "when) to be stored; import it as a draft instead"
            )
        revision = max(1, case.revision)
        moment, now = self._now()
        row: dict[str, Any] = {
            **_search_columns(case),
            "uid": str(uuid.uuid4()),
            "revision": revision,
            "version": 1,
            "content": content,
            "created": now,
            "updated": now,
            "approved_by": case.approved_by if locked else "",
            "approved_at": optional_timestamp(case.approved_at) if locked else None,
        }
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        from_file = import_detail(origin)
        with self._db.atomic():
            cursor = self._db.execute(
                f"INSERT INTO cases ({columns}) VALUES ({marks})", list(row.values())
            )
            case_id = int(cursor.lastrowid or 0)
            write_projections(self._db, case_id, case)
            self._audit(case_id, records.CREATE, moment, _with_name(
                {"revision": revision, "status": case.status, **from_file}, self._profile_name()))
            if locked:
                self._freeze(case_id, revision, content, row["approved_by"], row["approved_at"])
                self._audit(case_id, records.APPROVE, moment, {
                    "revision": revision, "sha256": sha256_hex(content),
                    "approved_by": row["approved_by"], "approved_at": row["approved_at"],
                    **from_file,
                })
            self._import_followups(case_id, case.status, case.followup.values(),
                                   {m.id for m in case.measures})
        added = build_case(data, {**row, "id": case_id})
        added.followup = dict(case.followup)
        return added

    def add_cases(
        self, cases: Iterable[Case], origins: Iterable[ImportOrigin | None] | None = None
    ) -> Iterator[Case]:
        """Store cases one by one, yielding each as soon as it is committed (bulk import);
        ``origins`` names the file of each case, in the same order."""
        sources = iter(origins) if origins is not None else None
        for case in cases:
            yield self.add_case(case, None if sources is None else next(sources, None))

    @writes
    def save_case(self, case: Case, *, by: str | None = None) -> Case:
        """Save an edited case; returns it with its new version.

        The audit names the editor: ``by``, else the profile name of the store's login (the
        last editor is what the two-person rule checks), and each verdict given in the save.

        Refused with LockedError when the stored case is approved or decided (or in the bin),
        and with ConflictError when it was saved by someone else since ``case`` was loaded.
        Approval and decision go through ``approve`` and ``set_status``, not through here.
        """
        if case.id is None:
            raise ValueError("the case has not been stored yet; use add_case")
        from impactapp.domain.serialize import case_to_data

        data = case_to_data(case)
        row, changed = self._save_content(case.id, case.version, data, case, by)
        return build_case(data, row) if changed else self._case(row)

    def _save_content(self, case_id: int, version: int, data: dict[str, Any],
                      case: Case | None = None, by: str | None = None,
                      ) -> tuple[dict[str, Any], bool]:
        """Write ``data`` (a case's content) as the case's next version, based on ``version``:
        the check and write behind ``save_case`` and ``save_draft``. Returns the case row as
        it now is, and whether anything changed. ``case`` is ``data`` as a Case, when the
        caller has it (else it is built here, for the projections)."""
        row, profile_name = self._writable_row_and_name(case_id)
        if row["status"] in LOCKED_STATUSES:
            raise LockedError(case_id, row["status"])
        if version != row["version"]:
            raise ConflictError(case_id, version, row["version"])
        status = data.get("status", "draft")
        if status in LOCKED_STATUSES:
            raise StatusError(case_id, row["status"], status)
        content = canonical_text(data)
        if content == row["content"]:
            return row, False  # nothing changed: no new version, no audit line
        if case is None:
            from impactapp.domain.serialize import case_from_data

            case = case_from_data(data)
        old = json.loads(row["content"])
        fields = changed_fields(old, data)
        name = (by if by is not None else profile_name).strip()
        moment, now = self._now()
        with self._db.atomic():
            row = self._update(row, {**_search_columns(case), "content": content, "updated": now})
            if PROJECTED.intersection(fields):  # else the rows would come out the same
                write_projections(self._db, case_id, case)
            self._audit(case_id, records.UPDATE, moment, _with_name({"fields": fields}, name))
            for verdict in _given_verdicts(old, data):
                self._audit(case_id, records.VERDICT, moment, _with_name(verdict, name))
        return row, True
