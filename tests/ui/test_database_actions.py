"""File → Back up now / Restore from backup, and the day's backup, in the running program."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from impactapp.domain.model import Case
from impactapp.store import Store
from impactapp.store.sqlite.backup import DAILY, MANUAL, RESTORE, list_backups, take_backup
from impactapp.ui.backup_picker import BackupPicker
from impactapp.ui.controller import AppController
from impactapp.ui.settings import UiSettings

from .conftest import save_screenshot
from .driving import when_shown


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def controller(qtbot, lang_nb, catalog, tmp_path: Path):
    path = tmp_path / "saker.db"
    store = Store.open(path, who="kari")
    for title in ("Sykkelvei langs elva", "Nytt bibliotek"):
        store.add_case(Case(title=title))
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctl = AppController(store, catalog, path, "nb", settings)
    qtbot.addWidget(ctl.main)
    ctl.main.show()
    yield ctl
    ctl.close_all()
    store.close()


def trigger(window, text: str) -> None:
    """Click a menu entry by its (translated) text, as a user would."""
    for action in window.actions():
        if action.text() == text:
            action.trigger()
            return
    raise AssertionError(f"no action {text!r}")


def _titles(path: Path) -> list[str]:
    with Store.open(path) as store:
        return sorted(s.title for s in store.list_cases())


def test_the_days_backup_runs_in_the_background_once_a_day(qtbot, controller) -> None:
    actions = controller.database
    task = actions.start_daily_backup()
    qtbot.waitUntil(lambda: not task.thread.is_alive(), timeout=10000)
    qtbot.waitUntil(lambda: "Dagens sikkerhetskopi" in controller.main.statusBar().currentMessage())
    (backup,) = list_backups(controller.store.path)
    assert backup.kind == DAILY
    assert str(backup.path) in controller.main.statusBar().currentMessage()
    again = actions.start_daily_backup()
    qtbot.waitUntil(lambda: not again.thread.is_alive(), timeout=10000)
    assert len(list_backups(controller.store.path)) == 1


def test_back_up_now_writes_a_private_backup_where_the_user_says(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def save_as(_parent, _title, start, _filter, *a, **k):
        offered.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    trigger(controller.main, "Ta sikkerhets&kopi nå …")
    task = controller.database.task
    qtbot.waitUntil(lambda: not task.thread.is_alive(), timeout=10000)
    qtbot.waitUntil(lambda: "sikkerhetskopiert til" in controller.main.statusBar().currentMessage())
    (backup,) = list_backups(controller.store.path)
    assert str(backup.path) == offered[0]  # the suggestion: the backups folder, "manual"
    assert backup.kind == MANUAL
    assert _titles(backup.path) == ["Nytt bibliotek", "Sykkelvei langs elva"]
    if os.name == "posix":
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600


def test_back_up_now_never_over_the_database_itself(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(controller.store.path), "")))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text)))
    trigger(controller.main, "Ta sikkerhets&kopi nå …")
    assert warnings == ["Det er selve databasen; velg en annen fil."]
    assert controller.store.count_cases() == 2


def test_restore_while_running_saves_closes_restores_and_quits(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = controller.store.path
    backup = take_backup(path, MANUAL)
    later = controller.store.add_case(Case(title="Sak etter kopien"))
    controller.main.refresh()
    window = controller.open_case(later.id)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: quits.append(True)))

    def pick(picker: BackupPicker) -> None:
        save_screenshot(picker, "backup_picker_running_nb")
        qtbot.mouseClick(picker.restore_button, Qt.MouseButton.LeftButton)

    when_shown(BackupPicker, pick)
    trigger(controller.main, "&Gjenopprett fra sikkerhetskopi …")
    assert asked and f"Gjenopprette {backup}" in asked[0]
    assert not window.isVisible() and not controller.main.isVisible()
    assert quits == [True]
    assert told and told[0].startswith("Sikkerhetskopien er gjenopprettet.")
    assert _titles(path) == ["Nytt bibliotek", "Sykkelvei langs elva"]
    (before_restore,) = [b for b in list_backups(path) if b.kind == RESTORE]
    assert "Sak etter kopien" in _titles(before_restore.path)


def test_restore_while_running_can_be_called_off(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    take_backup(controller.store.path, MANUAL)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.No))
    when_shown(BackupPicker, lambda p: qtbot.mouseClick(p.restore_button,
                                                         Qt.MouseButton.LeftButton))
    assert controller.database.restore_from_backup() is False
    assert controller.main.isVisible()
    assert controller.store.count_cases() == 2  # the store is still open and in use
