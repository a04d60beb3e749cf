"""Memo -> Export to archive: the memo PDF and its arkivmelding.xml into a folder the sak/arkiv
system imports from (KS Fiks Arkiv), made in a worker like the memo export."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...archive import (
    ArchiveSettings,
    FilingExists,
    check_folder,
    entry_key,
    export_filing,
    load_archive_settings,
)
from ...catalog import CatalogInvalid
from ...domain.model import Case
from ...store import StoreError
from ..labels import error_sentence
from ..worker import TaskState

if TYPE_CHECKING:
    from .memo_actions import MemoActions


def write_filing(memo, case: Case, uid: str, folder: Path, settings: ArchiveSettings,
                 filed_at: datetime, replace: bool, state: TaskState) -> Path:
    """Render the memo, then write it and its arkivmelding.xml: runs in a worker thread."""
    from ...report import renderers

    state.progress(0.1)
    pdf = renderers.get().render_memo(memo)
    state.progress(0.8)
    written = export_filing(folder, case, uid, pdf, settings, filed_at, replace=replace)
    state.progress(1.0)
    return written


class ArchiveActions(QObject):
    """The "Export to archive…" entry of the Memo menu."""

    def __init__(self, memo_actions: MemoActions, menu: QMenu):
        super().__init__(memo_actions)
        self.memo_actions = memo_actions
        self.window = memo_actions.window
        self.prompts = self.window.prompts
        # The moment of filing written into the arkivmelding: the store's clock, the one the
        # composition root injected (tests give a fixed one).
        self.clock: Callable[[], datetime] = self.window.draft.store.time_source.now
        self.action = QAction(self.tr("Export to &archive…"), self.window)
        self.action.triggered.connect(self.ask_and_export)
        menu.addAction(self.action)

    def ask_and_export(self) -> None:
        folder = self.prompts.choose_folder(
            self.window, self.tr("Choose the folder the archive imports from"), Path.home())
        if folder:
            self.export(folder)

    def _settings(self) -> ArchiveSettings | None:
        try:
            return load_archive_settings()
        except CatalogInvalid as exc:
            self.prompts.warn(
                self.window, self.tr("Export to archive"),
                self.tr("The archive settings are invalid; fix these problems first:\n%1")
                .replace("%1", "\n".join(str(e) for e in exc.errors)))
            return None

    def _may_write(self, folder: Path, key: str) -> bool | None:
        """False to write, True to replace another filing, None when the user declines."""
        try:
            check_folder(folder, key)
        except FilingExists as exc:
            if exc.existing:
                text = self.tr("The folder %1 already holds the filing of another revision "
                               "(%2).").replace("%1", str(folder)).replace("%2", exc.existing)
            else:
                text = self.tr("The folder %1 already holds files that are not this "
                               "revision's filing.").replace("%1", str(folder))
            replace = self.prompts.confirm(
                self.window, self.tr("Replace the filing?"),
                text + "\n\n" + self.tr("Replace them with this revision?"), default="no")
            return True if replace else None
        except OSError as exc:
            self.prompts.warn(self.window, self.tr("Export to archive"),
                              self.tr("The folder cannot be read: %1")
                              .replace("%1", exc.strerror or str(exc)))
            return None
        return False

    def export(self, folder: Path) -> bool:
        """Check settings and folder here, then render and write in a worker; False when
        nothing was started."""
        settings = self._settings()
        if settings is None:
            return False
        memo = self.memo_actions.memo()  # saves pending edits first
        draft = self.window.draft
        case = copy.deepcopy(draft.case)
        try:
            uid = draft.store.case_uid(case.id)
        except StoreError as exc:
            self.prompts.warn(self.window, self.tr("Export to archive"),
                              error_sentence(exc, self.window.ctx.lang))
            return False
        replace = self._may_write(folder, entry_key(uid, case.revision))
        if replace is None:
            return False
        filed_at = self.clock()
        return self.memo_actions.runner.run(
            lambda state: write_filing(memo, case, uid, folder, settings, filed_at, replace,
                                       state),
            self.tr("Making the memo for the archive …"))
