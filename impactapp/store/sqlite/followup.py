"""Follow-up records of decided measures, their reports, and the climate target in ``meta``.

A report is one transaction: the record's new state, the report row, and an audit row that the
case's history shows (who, when, what was reported). Reports never touch the case's content,
so a decided case stays frozen while its measures are followed up.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from impactapp.domain.vocabulary import STATUS_LABELS, label

from ..errors import LockedError
from .core import StoreCore, guarded
from .database import Database
from .retry import writes
from .schema import META_TABLE

if TYPE_CHECKING:  # follow-up and the climate target are loaded by the views that use them
    from impactapp.domain.climate_target import ClimateTarget
    from impactapp.domain.followup import FollowUp, FollowUpEntry
    from impactapp.domain.model import Case

FOLLOWUP = "followup"  # the audit action of a report
TARGET_KEY = "climate_target"
_RECORD = "measure, unit, status, reason, effect_tonnes, cost_nok"
_REPORT = "measure, at, who, status, note, effect_tonnes, cost_nok, reason"


def _entry(row: tuple) -> FollowUpEntry:
    from impactapp.domain.followup import FollowUpEntry

    _measure, at, who, status, note, effect, cost, reason = row
    return FollowUpEntry(datetime.fromisoformat(at), who, status, note, effect, cost, reason)


def report_detail(measure: str, entry: FollowUpEntry, unit: str) -> dict[str, Any]:
    """The audit detail of a report: what the history shows."""
    detail: dict[str, Any] = {"measure": measure, "status": entry.status}
    for key, value in (("unit", unit), ("note", entry.note), ("reason", entry.reason),
                       ("effect_tonnes", entry.effect_tonnes), ("cost_nok", entry.cost_nok)):
        if value not in (None, ""):
            detail[key] = value
    return detail


class FollowUps(StoreCore):
    """Follow-up reading and reporting, mixed into the Store."""

    @guarded
    def followups(self, case_id: int) -> dict[str, FollowUp]:
        """The case's follow-up records by measure id, each with its reports, oldest first."""
        return self._followups("WHERE case_id = ?", [case_id]).get(case_id, {})

    @guarded
    def all_followups(self) -> dict[int, dict[str, FollowUp]]:
        """Every follow-up record of the cases outside the bin: case id -> measure -> record."""
        return self._followups(
            "WHERE case_id IN (SELECT id FROM cases WHERE deleted_at IS NULL)", [])

    def _followups(self, where: str, params: list[Any]) -> dict[int, dict[str, FollowUp]]:
        from impactapp.domain.followup import FollowUp

        reports: dict[tuple[int, str], list[FollowUpEntry]] = {}
        for case_id, *row in self._db.execute(
                f"SELECT case_id, {_REPORT} FROM followup_reports {where} ORDER BY id", params):
            reports.setdefault((case_id, row[0]), []).append(_entry(tuple(row)))
        out: dict[int, dict[str, FollowUp]] = {}
        for case_id, measure, unit, status, reason, effect, cost in self._db.execute(
                f"SELECT case_id, {_RECORD} FROM followups {where} ORDER BY case_id, measure",
                params):
            out.setdefault(case_id, {})[measure] = FollowUp(
                measure, unit, status, reason, effect, cost,
                tuple(reports.get((case_id, measure), ())))
        return out

    @writes
    def report_followup(
        self, case_id: int, measure: str, status: str, *, unit: str | None = None,
        effect_tonnes: float | None = None, cost_nok: float | None = None, note: str = "",
        reason: str = "",
    ) -> FollowUp:
        """Record a report on a measure of a decided case (FollowUpRefused otherwise)."""
        from impactapp.domain.followup import FollowUpEntry, apply_report, check_report

        row = self._row(case_id)
        if row["deleted_at"] is not None:
            raise LockedError(case_id, row["status"], deleted=True)
        check_report(self._case(row), measure, status, reason)
        moment, now = self._now()
        entry = FollowUpEntry(moment, self._who, status, note.strip(), effect_tonnes, cost_nok,
                              reason.strip() if status == "stopped" else "")
        previous = self.followups(case_id).get(measure)
        with self._db.atomic():
            record = apply_report(previous, measure, entry,
                                  None if unit is None else unit.strip())
            self._write_record(case_id, record, now)
            self._write_entry(case_id, measure, entry)
            self._audit(case_id, FOLLOWUP, moment, report_detail(measure, entry, record.unit))
        return record

    def _write_record(self, case_id: int, record: FollowUp, now: str) -> None:
        self._db.execute(
            "INSERT INTO followups (case_id, measure, unit, status, reason,"
            " effect_tonnes, cost_nok, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id, measure) DO UPDATE SET unit = excluded.unit,"
            " status = excluded.status, reason = excluded.reason,"
            " effect_tonnes = excluded.effect_tonnes, cost_nok = excluded.cost_nok,"
            " updated = excluded.updated",
            [case_id, record.measure, record.unit, record.status, record.reason,
             record.effect_tonnes, record.cost_nok, now])

    def _write_entry(self, case_id: int, measure: str, entry: FollowUpEntry) -> None:
        self._db.execute(
            f"INSERT INTO followup_reports (case_id, {_REPORT}) VALUES (?, ?, ?, ?, ?, ?, ?,"
            " ?, ?)",
            [case_id, measure, entry.at.isoformat(), entry.who, entry.status, entry.note,
             entry.effect_tonnes, entry.cost_nok, entry.reason])

    def _import_followups(self, case_id: int, status: str, records: Iterable[FollowUp],
                          measures: set[str]) -> None:
        """Store the follow-up records a case file brought (inside the import's transaction)."""
        from impactapp.domain.followup import FollowUpRefused

        records = list(records)
        if records and status != "decided":
            raise FollowUpRefused("file_not_decided", status=label(STATUS_LABELS, status))
        _, now = self._now()
        for record in records:
            if record.measure not in measures:
                raise FollowUpRefused("file_unknown_measure", measure=record.measure)
            self._write_record(case_id, record, now)
            for entry in record.entries:
                self._write_entry(case_id, record.measure, entry)

    # --- the climate target -------------------------------------------------------------------

    @guarded
    def climate_target(self) -> ClimateTarget | None:
        """The climate target set in the program (None: not set here)."""
        from impactapp.domain.climate_target import ClimateTarget

        row = self._db.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?",
                               [TARGET_KEY]).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return ClimateTarget(float(data["cut_percent"]), int(data["year"]),
                             int(data["base_year"]), float(data["base_tonnes"]),
                             tuple((int(y), float(t)) for y, t in data.get("known", [])))

    @writes
    def set_climate_target(self, target: ClimateTarget) -> None:
        """Keep the climate target in the database's ``meta`` table (with an audit row)."""
        data = {"cut_percent": target.cut_percent, "year": target.year,
                "base_year": target.base_year, "base_tonnes": target.base_tonnes,
                "known": [list(k) for k in target.known]}
        moment, _ = self._now()
        with self._db.atomic():
            self._db.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             [TARGET_KEY, json.dumps(data, sort_keys=True)])
            self._audit(None, "climate_target", moment, data)


class _BudgetStore(Protocol):
    """What ``budget_cases`` uses of the Store this mixin is part of (its self-type)."""

    _db: Database

    def get_cases(self, ids: Iterable[int]) -> list[Case]: ...

    def all_followups(self) -> dict[int, dict[str, FollowUp]]: ...


class BudgetCases(FollowUps):
    """The cases a budget or the follow-up list reads, with their follow-up attached."""

    @guarded
    def budget_cases(self: _BudgetStore, statuses: tuple[str, ...] = (
            "draft", "in_review", "approved", "decided")) -> list[Case]:
        """Every case outside the bin with one of ``statuses``, oldest id first."""
        marks = ", ".join("?" for _ in statuses)
        ids = [r[0] for r in self._db.execute(
            f"SELECT id FROM cases WHERE deleted_at IS NULL AND status IN ({marks})"
            " ORDER BY id", list(statuses))]
        cases = self.get_cases(ids)
        records = self.all_followups()
        for case in cases:
            case.followup = records.get(case.id, {})
        return cases
