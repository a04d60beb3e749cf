"""What the program asks of a store: the interface every implementation (SQLite, PostgreSQL)
offers, and the file maintenance only a store kept in a file offers.

The UI, the CLI, the report and the indicator code use a store through ``CaseStore`` and get
one from an ``Opener`` (``store/opener.py``); they never name an implementation. A store used
by several threads is opened once per thread: an implementation may tie a connection to the
thread that opened it (SQLite does).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from impactapp.domain.approval import Actor
    from impactapp.domain.climate_target import ClimateTarget
    from impactapp.domain.clock import Clock
    from impactapp.domain.followup import FollowUp
    from impactapp.domain.history import HistoryEntry, ImportOrigin
    from impactapp.domain.indicator_targets import IndicatorTarget
    from impactapp.domain.model import Case, CaseSummary, Catalog
    from impactapp.domain.observation import Observation
    from impactapp.domain.plans import Plan

    from .records import AuditEntry, Revision
    from .sqlite.backup import BackupFile, BackupSummary
    from .sqlite.check import CheckReport
    from .sqlite.conflicts import ConflictCopy, DraftSaved
    from .sqlite.observations import CachedResponse, IndicatorDataSummary
    from .sqlite.profiles import Profile
    from .sqlite.restore import Restored

#: A table of rows as the comparison reads them: (column names, rows).
Table = tuple[tuple[str, ...], list[tuple[Any, ...]]]


class CaseStore(Protocol):
    """Cases with their revisions, lifecycle and history; the person's profile; the figures,
    targets, plans and follow-up the views read. Errors are StoreError subclasses."""

    # --- the connection ---------------------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the store is (a file path or a URI without password): shown to the user."""
        ...

    @property
    def who(self) -> str:
        """The login the audit log names for changes made through this store."""
        ...

    @property
    def time_source(self) -> Clock:
        """The clock that dates every change (the composition root's)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> CaseStore: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...

    # --- cases ------------------------------------------------------------------------------

    def get_case(self, case_id: int) -> Case: ...

    def case_uid(self, case_id: int) -> str: ...

    def list_cases(self, *, include_deleted: bool = False,
                   deleted_only: bool = False) -> list[CaseSummary]: ...

    def count_cases(self, *, include_deleted: bool = False, deleted_only: bool = False) -> int: ...

    def add_case(self, case: Case, origin: ImportOrigin | None = None) -> Case: ...

    def add_cases(self, cases: Iterable[Case],
                  origins: Iterable[ImportOrigin | None] | None = None) -> Iterator[Case]: ...

    def save_case(self, case: Case, *, by: str | None = None) -> Case: ...

    # --- lifecycle and revisions ------------------------------------------------------------

    def set_status(self, case_id: int, status: str, *, by: str | None = None,
                   expected_version: int | None = None) -> Case: ...

    def decide(self, case_id: int, decision_date: date, *, by: str | None = None,
               expected_version: int | None = None) -> Case: ...

    def approve(self, case_id: int, approver: str, *,
                expected_version: int | None = None) -> Case: ...

    def new_revision(self, case_id: int, *, by: str | None = None,
                     expected_version: int | None = None) -> Case: ...

    def last_editor(self, case_id: int) -> Actor | None: ...

    def may_edit(self, case_id: int) -> bool:
        """Whether an edit of the case's content by this store's login would be saved (the
        case window opens read-only when not)."""
        ...

    def revisions(self, case_id: int) -> list[Revision]: ...

    def get_revision(self, case_id: int, revision: int) -> Case: ...

    def delete_case(self, case_id: int) -> None: ...

    def restore_case(self, case_id: int) -> Case: ...

    def purge_case(self, case_id: int) -> None: ...

    def history(self, case_id: int, catalog: Catalog | None = None,
                lang: str = "nb") -> list[HistoryEntry]: ...

    # --- autosave and conflict copies -------------------------------------------------------

    def save_draft(self, case_id: int, version: int, data: dict[str, Any], *,
                   copy_id: int | None = None) -> DraftSaved: ...

    def conflict_copies(self, case_id: int) -> list[ConflictCopy]: ...

    def conflict_copy(self, copy_id: int) -> ConflictCopy: ...

    def conflict_copy_case(self, copy_id: int) -> Case: ...

    def take_over_conflict_copy(self, copy_id: int) -> Case: ...

    def discard_conflict_copy(self, copy_id: int) -> None: ...

    # --- the person and the place -----------------------------------------------------------

    def profile(self) -> Profile: ...

    def save_profile(self, profile: Profile) -> None: ...

    def municipality_code(self) -> str | None: ...

    def comparison_codes(self) -> tuple[str, ...] | None: ...

    def set_place(self, code: str, comparison: tuple[str, ...] | None = None) -> None: ...

    # --- comparison and portfolio -----------------------------------------------------------

    def comparison_rows(self, *, per_measure: bool = False, statuses: Iterable[str] = (),
                        units: Iterable[str] = (), years: Iterable[int] = (),
                        portfolio: bool = False) -> dict[str, Table]: ...

    # --- indicator figures ------------------------------------------------------------------

    def replace_observations(self, indicator: str,
                             observations: Iterable[Observation]) -> int: ...

    def observations(self, indicator: str,
                     regions: Iterable[str] | None = None) -> list[Observation]: ...

    def latest_observation(self, indicator: str, region: str, *,
                           with_value: bool = True) -> Observation | None: ...

    def indicator_summary(self) -> dict[str, IndicatorDataSummary]: ...

    def cache_get(self, table_id: str, query_key: str) -> CachedResponse | None: ...

    def cache_put(self, table_id: str, query_key: str, updated: str, fetched: datetime,
                  response: str) -> None: ...

    def replace_package_observations(
        self, by_indicator: Mapping[str, list[Observation]], *, name: str, created: datetime,
        municipality: str,
    ) -> dict[str, int]: ...

    # --- steering: indicator targets and plans ----------------------------------------------

    def indicator_targets(self) -> dict[str, IndicatorTarget]: ...

    def set_indicator_target(self, target: IndicatorTarget) -> IndicatorTarget: ...

    def remove_indicator_target(self, indicator: str) -> bool: ...

    def indicator_case_links(self) -> list[tuple[int, str, str, str]]: ...

    def plans(self) -> list[Plan]: ...

    def add_plan(self, plan: Plan) -> Plan: ...

    def add_plans(self, plans: list[Plan]) -> list[Plan]: ...

    def update_plan(self, plan: Plan) -> Plan: ...

    def remove_plan(self, plan_id: int) -> None: ...

    # --- follow-up and the climate budget ---------------------------------------------------

    def followups(self, case_id: int) -> dict[str, FollowUp]: ...

    def report_followup(self, case_id: int, measure: str, status: str, *,
                        unit: str | None = None, effect_tonnes: float | None = None,
                        cost_nok: float | None = None, note: str = "",
                        reason: str = "") -> FollowUp: ...

    def climate_target(self) -> ClimateTarget | None: ...

    def set_climate_target(self, target: ClimateTarget) -> None: ...

    def budget_cases(self, statuses: tuple[str, ...] = (
            "draft", "in_review", "approved", "decided")) -> list[Case]: ...


class InspectableStore(CaseStore, Protocol):
    """A CaseStore with the reads that only tests and tools use to look behind the program's
    back (the audit log, a plan by id, the raw choices): the contract tests need them."""

    def get_cases(self, ids: Iterable[int]) -> list[Case]: ...

    def audit_log(self, case_id: int | None = None) -> list[AuditEntry]: ...

    def comparison_choices(self) -> dict[str, list[Any]]: ...

    def all_followups(self) -> dict[int, dict[str, FollowUp]]: ...

    def last_package(self) -> dict | None: ...

    def plan(self, plan_id: int) -> Plan: ...


class FileMaintenance(Protocol):
    """What only a store kept in a file offers: a full check, backups, restoring one.

    None of these opens the store the usual way (which would create or migrate the file).
    """

    @property
    def path(self) -> Path: ...

    @property
    def journal_mode(self) -> str | None:
        """How the open store writes the file (``wal`` or ``delete``); None when not open."""
        ...

    @property
    def schema_version(self) -> int:
        """The schema this program writes; a file with an older one is upgraded on opening."""
        ...

    def exists(self) -> bool: ...

    def check(self) -> CheckReport:
        """Check every page and every stored case; never raises for a bad file."""
        ...

    def backup(self, target: Path) -> Path:
        """Write a checked copy to ``target``, the store only read."""
        ...

    def daily_backup(self, now: datetime) -> Path | None:
        """The day's automatic backup if none was taken on ``now``'s day (and there is any
        case to keep); None when none was due."""
        ...

    def backups(self) -> list[BackupFile]:
        """The backups of the file, newest first."""
        ...

    def suggested_backup(self, now: datetime) -> Path:
        """The file a backup taken by hand at ``now`` is suggested to go to."""
        ...

    def describe(self, backup: Path) -> BackupSummary: ...

    def check_candidate(self, backup: Path) -> None:
        """Raise DatabaseUnusable unless ``backup`` could be restored."""
        ...

    def restore(self, backup: Path, now: datetime) -> Restored:
        """Put ``backup`` in place of the file, keeping what it replaces."""
        ...


@runtime_checkable
class HasFiles(Protocol):
    """A store that lives in files and so offers their maintenance."""

    def file_maintenance(self) -> FileMaintenance: ...


def file_maintenance(store: object) -> FileMaintenance | None:
    """The store's file maintenance, or None for a store without files (a database server)."""
    return store.file_maintenance() if isinstance(store, HasFiles) else None
