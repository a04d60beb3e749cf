"""A store without files (a database server's, later) has no backups to take or restore: the
program does not offer them, and the start dialog offers no restore for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from impactapp.domain.model import Case
from impactapp.store import DatabaseUnusable, Store, file_maintenance, store_opener
from impactapp.ui.controller import AppController
from impactapp.ui.database_dialog import DatabaseDialog, open_store_interactively
from impactapp.ui.settings import UiSettings

from .driving import when_shown

URI = "postgresql://kari:hemmelig@db.oslo.kommune.no/impactapp"


class WithoutFiles:
    """The SQLite store seen as a store that keeps no files (as a server's store does)."""

    def __init__(self, store: Store):
        self._store = store

    def __getattr__(self, name: str):
        if name in ("file_maintenance", "path", "journal_mode", "db"):
            raise AttributeError(name)
        return getattr(self._store, name)


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def real(tmp_path: Path):
    """The SQLite store with one case, closed after the windows (asked for before qtbot)."""
    with Store.open(tmp_path / "saker.db", who="kari") as store:
        store.add_case(Case(title="Sykkelvei langs elva"))
        yield store


def _controller(qtbot, store, catalog, tmp_path: Path) -> AppController:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctl = AppController(store, catalog, store.location, "nb", settings,
                        opener=store_opener(tmp_path / "saker.db", who="kari"))
    qtbot.addWidget(ctl.main)
    ctl.main.show()
    return ctl


@pytest.mark.parametrize("files", [True, False], ids=["file", "server"])
def test_backup_entries_are_offered_only_for_a_store_with_files(real, qtbot, lang_nb, catalog,
                                                                 tmp_path, files) -> None:
    store = real if files else WithoutFiles(real)
    assert (file_maintenance(store) is not None) == files
    ctl = _controller(qtbot, store, catalog, tmp_path)
    try:
        menus = ctl.main.menus
        assert menus.backup_action.isVisible() == files
        assert menus.restore_backup_action.isVisible() == files
        task = ctl.database.start_daily_backup()
        assert (task is not None) == files
        if task is not None:
            qtbot.waitUntil(lambda: not task.thread.is_alive(), timeout=10000)
        else:
            assert ctl.database.backup_now() is None
            assert ctl.database.restore_from_backup() is False
        backups = tmp_path / "backups"
        assert backups.is_dir() == files  # the day's backup, beside the database file
    finally:
        ctl.close_all()


def test_at_start_a_server_gets_no_restore_and_no_password_shown(qtbot, lang_nb,
                                                                  tmp_path) -> None:
    shown: list[DatabaseDialog] = []

    def look_and_quit(dialog: DatabaseDialog) -> None:
        shown.append(dialog)
        assert dialog.kind == "server"  # refused before anything was tried: a password
        assert dialog.files is None and dialog.db_path is None
        assert not dialog.restore_button.isVisible()
        assert dialog.open_button.isVisible() and dialog.new_button.isVisible()
        assert "hemmelig" not in dialog.file_label.text()
        assert dialog.file_label.text() == "postgresql://kari@db.oslo.kommune.no/impactapp"
        assert dialog.what_label.text().startswith("Den felles databasen kan ikke brukes")
        assert "password" in dialog.detail_label.text()
        assert "hemmelig" not in dialog.detail_label.text()
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    when_shown(DatabaseDialog, look_and_quit)
    assert open_store_interactively(URI, "nb") is None
    assert len(shown) == 1
    assert isinstance(shown[0].error, DatabaseUnusable)
    assert list(tmp_path.iterdir()) == []  # nothing was created for it
