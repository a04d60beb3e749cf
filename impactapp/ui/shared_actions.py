"""The shared database while the program runs: connecting to one, and others' changes.

File → Connect to a shared database asks for the address, connects, remembers it (never a
password) and asks the composition root to go on with that store (``switch_requested``): the
windows, views and workers all hold the old store, so the program builds them anew rather
than rewiring them in place. On a shared database every change someone commits reaches the
case list, the comparison and portfolio, and the open case windows (``LiveRefresh``): a window
without unsaved edits takes the new version; one with edits saves them at once, so they
become a conflict copy that the window's conflict bar offers to resolve, as after any lost
race. A file store has no listener, so nothing here changes how a file behaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..store import CaseStore, StoreError, open_store
from .live_refresh import LiveRefresh
from .shared_db import ConnectDialog

#: How soon a reload that found the server gone is tried again.
RELOAD_RETRY_MS = 1000

if TYPE_CHECKING:
    from .controller import AppController
    from .wizard.window import CaseWindow


class SharedDatabaseActions(QObject):
    """Connecting to a shared database, and taking in what others commit to it."""

    #: The user connected to a shared database: the program goes on with this store.
    switch_requested = Signal(object)
    #: Others' changes were taken in (the case ids, or None: everything was read again).
    refreshed = Signal(object)

    def __init__(self, controller: AppController):
        super().__init__(controller)
        self.controller = controller
        self.connect_dialog: ConnectDialog | None = None  # while it is open (tests)
        controller.main.menus.shared_db_requested.connect(self.connect_shared)
        self.live = LiveRefresh(controller.store, self, held=self.holds)
        self._reload_again = QTimer(self, singleShot=True, interval=RELOAD_RETRY_MS)
        self._reload_again.timeout.connect(lambda: self.others_changed(None))
        self.live.changed.connect(self.others_changed)

    # --- connecting -------------------------------------------------------------------------

    def _open(self, uri: str) -> CaseStore:
        return open_store(uri, clock=self.controller.store.time_source)

    def connect_shared(self) -> CaseStore | None:
        """Ask for the address and connect; on success remember it and switch to it."""
        c = self.controller
        dialog = ConnectDialog(c.lang, c.main, uri=c.settings.shared_database, opener=self._open)
        self.connect_dialog = dialog
        try:
            if not dialog.exec() or dialog.store is None:
                return None
        finally:
            self.connect_dialog = None
        c.settings.shared_database = dialog.uri
        self.switch_requested.emit(dialog.store)
        return dialog.store

    # --- others' changes --------------------------------------------------------------------

    def others_changed(self, ids: frozenset[int] | None) -> None:
        """Read again what changed: the list (and with it the views over all cases), and
        each open case window whose case changed (all of them after a reconnect)."""
        c = self.controller
        try:
            c.main.refresh()  # emits cases_changed: the comparison and portfolio follow
        except StoreError:
            # The server went away meanwhile (or this connection was dropped and opens again
            # on the next statement): read everything once it answers.
            self._reload_again.start()
            return
        if ids is None and c._indicator_view is not None:
            c._indicator_view.refresh()
        for case_id, window in list(c.case_windows.items()):
            if ids is None or case_id in ids:
                self.take_change(window)
        self.refreshed.emit(ids)

    def holds(self, case_id: int, version: int) -> bool:
        """Whether the program already holds the case at ``version`` or newer: its open
        window's autosave stored it (an announcement of the program's own save)."""
        window = self.controller.case_windows.get(case_id)
        if window is None:
            return False
        draft = window.draft
        saver = draft.autosave.saver
        return max(draft.case.version, 0 if saver is None else saver.stored_version) >= version

    def take_change(self, window: CaseWindow) -> None:
        """A newer stored version of the window's case: take it, or keep the edits made here
        as a conflict copy (the conflict bar then offers the choices)."""
        draft = window.draft
        try:
            stored = self.controller.store.get_case(draft.case.id)
        except StoreError:
            return  # erased or unreadable now: the window's own save says so
        if stored.version <= draft.case.version:
            return  # this window's own save, or nothing new
        if draft.autosave.dirty:
            if draft.autosave.pending:
                draft.autosave.save()  # it loses to the newer version: a conflict copy, as always
            return
        draft.last_editor = self.controller.store.last_editor(stored.id)
        draft.replace_case(stored)
        window.update_banner()
        window.statusBar().showMessage(
            self.tr("Someone else saved this case; it shows their version now."), 10000)

    def close(self) -> None:
        self._reload_again.stop()
        self.live.close()
