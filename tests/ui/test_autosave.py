"""Autosave in the background: typing never waits for the disk, and nothing is lost."""

import sqlite3
import threading
import time

import pytest

from impactapp.casefile import read_case_file
from impactapp.store import ConflictError, Store
from impactapp.ui.autosave import BackgroundSaver
from impactapp.ui.autosave_control import AUTOSAVE_MS
from impactapp.ui.draft import CaseDraft


@pytest.fixture
def setup(qtbot, tmp_path, catalog, case_file):
    path = tmp_path / "a.db"
    store = Store.open(path)
    case = store.add_case(read_case_file(case_file, catalog))
    saver = BackgroundSaver(lambda: Store.open(path), case.id, case.version)
    draft = CaseDraft(case, store, catalog, saver=saver)
    yield path, store, draft
    draft.close()
    store.close()


def stored(path, case_id):
    with Store.open(path) as other:
        return other.get_case(case_id)


def test_a_change_is_saved_within_about_a_second_without_a_save_button(qtbot, setup):
    path, _, draft = setup
    draft.set_value("problem", "Ny problembeskrivelse med ŋ og č.")
    assert draft.autosave.dirty
    qtbot.waitUntil(lambda: not draft.autosave.dirty, timeout=AUTOSAVE_MS + 2000)
    assert stored(path, draft.case.id).problem == "Ny problembeskrivelse med ŋ og č."
    assert draft.autosave.last_saved is not None and draft.autosave.save_error == ""


def test_typing_does_not_wait_while_the_database_is_busy(qtbot, setup):
    path, _, draft = setup
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        text = ""
        for char in "Skrivingen går uhindret":
            text += char
            draft.set_value("goals", text)
            draft.autosave.save()
        assert max(draft.autosave.ui_save_times) < 0.05  # the UI thread only hands over a snapshot
        assert draft.autosave.dirty
    finally:
        time.sleep(0.2)
        blocker.rollback()
        blocker.close()
    assert draft.flush()
    assert stored(path, draft.case.id).goals == "Skrivingen går uhindret"


def test_flush_waits_for_the_newest_snapshot_and_keeps_the_version_in_step(setup):
    path, store, draft = setup
    for n in range(30):
        draft.set_value("prerequisites", f"Forutsetning {n}")
        draft.autosave.save()
    assert draft.flush()
    saved = stored(path, draft.case.id)
    assert saved.prerequisites == "Forutsetning 29"
    assert draft.case.version == saved.version
    assert len(draft.autosave.save_times) <= 30  # snapshots queued behind a save are coalesced
    # The main connection can go on from the version the saver reached.
    changed = store.set_status(draft.case.id, "in_review", by="Ola Saksbehandler",
                               expected_version=draft.case.version)
    draft.replace_case(changed)
    assert draft.read_only is False


def test_a_change_made_elsewhere_is_reported_as_a_conflict_not_overwritten(qtbot, setup):
    path, _, draft = setup
    with Store.open(path) as other:
        theirs = other.get_case(draft.case.id)
        theirs.title = "Endret i et annet vindu"
        other.save_case(theirs)
    conflicts = []
    draft.autosave.conflict.connect(conflicts.append)
    draft.set_value("title", "Min endring")
    assert not draft.flush()
    assert conflicts and isinstance(conflicts[0], ConflictError)
    assert stored(path, draft.case.id).title == "Endret i et annet vindu"
    assert draft.autosave.dirty  # the edit is kept in the window, not lost


def test_the_program_opens_case_windows_with_the_background_saver(
        qtbot, lang_nb, monkeypatch, tmp_path, catalog, case_file):
    from PySide6.QtCore import QSettings

    from impactapp.ui.controller import AppController
    from impactapp.ui.settings import UiSettings

    monkeypatch.undo()  # the program's own saver, not the tests' synchronous one
    path = tmp_path / "p.db"
    with Store.open(path, who="kari") as store:
        added = store.add_case(read_case_file(case_file, catalog))
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        controller = AppController(store, catalog, path, "nb", settings)
        qtbot.addWidget(controller.main)
        try:
            window = controller.open_case(added.id)
            assert isinstance(window.draft.autosave.saver, BackgroundSaver)
            assert f"autosave-{added.id}" in {t.name for t in threading.enumerate()}
            window.draft.set_value("goals", "Lagret i bakgrunnen.")
            assert window.draft.flush()
            assert stored(path, added.id).goals == "Lagret i bakgrunnen."
        finally:
            controller.close_all()
