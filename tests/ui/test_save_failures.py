"""Saving fails while the program runs: the window says so in plain words, keeps the edits,
tries again (on its own and when asked), leaves the database file as it was, and saves
everything once the fault has cleared. Closing such a window warns and offers an export.

The faults are SQLite's own, produced on the saver's connection by a stand-in Store
(``FaultyStore``, the kind of store the window's saver opens):

* read-only: ``PRAGMA query_only`` (SQLITE_READONLY, as a write-protected file or folder gives;
  file permissions cannot be used here when the tests run as root, who may write anyway);
* disk full: ``PRAGMA max_page_count`` at the file's current size (SQLITE_FULL);
* I/O error: the process may write no file beyond a few bytes (``RLIMIT_FSIZE``), so the
  write to the database really fails in the operating system (SQLITE_IOERR_WRITE);
* busy: another program holds the write lock longer than the saver waits.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from impactapp.casefile import read_case_file
from impactapp.store import Store
from impactapp.ui import autosave_control
from impactapp.ui.autosave_control import AUTOSAVE_MS
from impactapp.ui.prompts import QtPrompts
from impactapp.ui.wizard import save_bar

from .conftest import save_screenshot
from .driving import activate, click, editor_of, press
from .test_conflicts import answer_modal, button, open_window, type_into

NOT_SQLITE_WORDS = ("attempt", "readonly", "locked", "disk I/O", "SQLITE", "Traceback")


class FaultyStore(Store):
    """The saver's connection, with the fault the test has switched on (applied in the
    saver's thread before each save, since a connection belongs to its thread)."""

    fault: ClassVar[str | None] = None  # None | "readonly" | "full"
    busy_ms: ClassVar[int] = 5000

    @classmethod
    def open(cls, path, *, who=None):
        store = super().open(path, who=who)
        store.db.execute(f"PRAGMA busy_timeout = {cls.busy_ms}")
        return store

    def save_draft(self, case_id, version, data, *, copy_id=None):
        fault = FaultyStore.fault
        self.db.execute(f"PRAGMA query_only = {int(fault == 'readonly')}")
        if fault == "full":
            pages = self.db.execute("PRAGMA page_count").fetchone()[0]
            self.db.execute(f"PRAGMA max_page_count = {pages}")
        else:
            self.db.execute("PRAGMA max_page_count = 1073741823")
        return super().save_draft(case_id, version, data, copy_id=copy_id)


@pytest.fixture
def faulty(qtbot, lang_nb, tmp_path, catalog, case_file, monkeypatch):
    """A case window whose saves meet the fault switched on; retries only when asked."""
    monkeypatch.setattr(autosave_control, "RETRY_MS", 60_000)
    # A test that fails half-way must not leave the close question waiting for a click.
    watchdog = QTimer()
    watchdog.timeout.connect(_close_without_saving)
    watchdog.start(10_000)
    path = tmp_path / "feil.db"
    with Store.open(path, who="kari") as store:
        case = store.add_case(read_case_file(case_file, catalog))
        window = open_window(qtbot, store, case.id, catalog, store_class=FaultyStore)
        yield path, store, window
        FaultyStore.fault, FaultyStore.busy_ms = None, 5000
        window.close()
    watchdog.stop()


def _close_without_saving() -> None:
    """The watchdog's way out of a close question left open by a failing test."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.windowTitle() == "Endringer er ikke lagret":
        button(box, "Lukk uten å lagre").click()


class ExportTo(QtPrompts):
    """Qt's own message boxes, but the file to export to is chosen by the test."""

    def __init__(self, target: Path):
        super().__init__()
        self.target = target

    def save_file(self, parent, title, suggested, filters, *, confirm_overwrite=True):
        return self.target, filters


def on_disk(path: Path, case_id: int) -> tuple[int, str, str]:
    """(version, content, integrity verdict) as another program reads the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version, content = conn.execute(
            "SELECT version, content FROM cases WHERE id = ?", [case_id]).fetchone()
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return version, content, verdict


def failed(qtbot, window) -> None:
    """The autosave's moment, now; its failure is in (at once, unless the saver is threaded)."""
    window.draft.autosave.save()
    qtbot.waitUntil(lambda: window.draft.autosave.save_failure is not None,
                    timeout=AUTOSAVE_MS + 5000)


def check_failure_shown(window, sentence: str) -> None:
    text = window.save_bar.message.text()
    assert window.save_bar.isVisible()
    assert text.startswith("De siste endringene dine kunne ikke lagres: " + sentence)
    assert "Databasefilen er ikke endret." in text
    assert window.save_label.text() == "Ikke lagret: " + sentence
    assert not any(word in text + window.save_label.text() for word in NOT_SQLITE_WORDS)


@pytest.mark.parametrize(("fault", "sentence"), [
    ("readonly", "Databasen kan ikke skrives til."),
    ("full", "Disken er full."),
])
def test_a_failed_save_is_shown_kept_and_saved_once_the_fault_clears(
        qtbot, faulty, fault, sentence):
    path, store, window = faulty
    case_id = window.draft.case.id
    before = on_disk(path, case_id)
    FaultyStore.fault = fault
    # Pasting a long text: a full disk has no room for it.
    QApplication.clipboard().setText("Limt inn fra et annet dokument. " * 1500)
    activate(qtbot, window)
    window.go_to(2)
    click(qtbot, editor_of(window, "problem", "principled_questions"))
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    typed = window.draft.case.principled_questions
    assert typed.endswith("Limt inn fra et annet dokument. ")
    failed(qtbot, window)

    check_failure_shown(window, sentence)
    assert window.draft.autosave.pending  # kept in the window
    assert on_disk(path, case_id) == before  # the file is as it was, and sound
    save_screenshot(window, f"save_failure_{fault}")

    FaultyStore.fault = None
    click(qtbot, button(window.save_bar, "Prøv igjen nå"))
    assert not window.draft.autosave.pending
    assert not window.save_bar.isVisible() and window.save_label.text().startswith("Lagret")
    assert store.get_case(case_id).principled_questions == typed
    assert on_disk(path, case_id)[2] == "ok"


def test_the_save_is_tried_again_on_its_own(qtbot, faulty, monkeypatch):
    _, store, window = faulty
    monkeypatch.setattr(autosave_control, "RETRY_MS", 300)
    FaultyStore.fault = "readonly"
    type_into(qtbot, window, "problem", "goals", " Skrevet mens disken var skrivebeskyttet.")
    failed(qtbot, window)
    FaultyStore.fault = None  # nobody clicks anything
    qtbot.waitUntil(lambda: not window.draft.autosave.pending, timeout=5000)
    assert store.get_case(window.draft.case.id).goals.endswith(
        " Skrevet mens disken var skrivebeskyttet.")


@pytest.fixture
def no_file_writes():
    """The operating system refuses to let this process write files beyond a few bytes."""
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error, not a kill
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def refuse(on: bool) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 if on else soft, hard))

    yield refuse
    refuse(False)
    signal.signal(signal.SIGXFSZ, previous)


def test_an_io_error_while_saving_is_shown_and_nothing_is_lost(qtbot, faulty, no_file_writes):
    path, store, window = faulty
    case_id = window.draft.case.id
    before = on_disk(path, case_id)
    no_file_writes(True)
    try:
        type_into(qtbot, window, "problem", "goals", " Skrevet under en I/O-feil.")
        failed(qtbot, window)
    finally:
        no_file_writes(False)
    check_failure_shown(window, "Databasefilen kunne ikke leses eller skrives.")
    assert on_disk(path, case_id) == before
    click(qtbot, button(window.save_bar, "Prøv igjen nå"))
    assert not window.draft.autosave.pending
    assert store.get_case(case_id).goals.endswith(" Skrevet under en I/O-feil.")
    assert on_disk(path, case_id)[2] == "ok"


def test_a_database_busy_for_long_never_shows_locked_and_saves_when_free(
        qtbot, lang_nb, tmp_path, catalog, case_file):
    path = tmp_path / "opptatt.db"
    FaultyStore.busy_ms = 50  # the saver gives up on each attempt after 50 ms ...
    with Store.open(path, who="kari") as store:
        case = store.add_case(read_case_file(case_file, catalog))
        window = open_window(qtbot, store, case.id, catalog, store_class=FaultyStore,
                             threaded=True)
        shown: list[str] = []
        window.draft.autosave.save_state_changed.connect(
            lambda: shown.append(window.save_bar.message.text() + window.save_label.text()))
        held, release = threading.Event(), threading.Event()

        def hold() -> None:  # ... while another program keeps the write lock far longer
            conn = sqlite3.connect(path, timeout=10, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")  # waits while the window's saver opens the file
            held.set()
            release.wait(30)
            conn.execute("ROLLBACK")
            conn.close()

        holder = threading.Thread(target=hold)
        holder.start()
        try:
            assert held.wait(15), "the other program could not take the write lock"
            type_into(qtbot, window, "problem", "goals", " Mens en annen skrev.")
            failed(qtbot, window)
            assert window.save_bar.message.text().startswith(
                "De siste endringene dine kunne ikke lagres: Databasen er opptatt av et annet "
                "program; prøv igjen om litt.")
            time.sleep(0.3)
            release.set()  # the other program is done: the save goes through on its own
            qtbot.waitUntil(lambda: not window.draft.autosave.pending, timeout=10_000)
        finally:
            release.set()
            holder.join()
            FaultyStore.busy_ms = 5000
        assert store.get_case(case.id).goals.endswith(" Mens en annen skrev.")
        assert shown and not any(w in text for text in shown for w in NOT_SQLITE_WORDS)
        window.close()


def test_closing_with_unsaved_edits_warns_and_exports_the_case_to_a_file(
        qtbot, faulty, tmp_path, catalog):
    _, store, window = faulty
    exported = tmp_path / "reddet.yaml"
    window.prompts = ExportTo(exported)  # the box is Qt's own; only the file is chosen here
    FaultyStore.fault = "readonly"
    type_into(qtbot, window, "problem", "goals", " Må ikke gå tapt.")
    failed(qtbot, window)
    seen: list[str] = []

    def export(box) -> None:
        seen.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        save_screenshot(box, "unsaved_close")
        click(qtbot, button(box, "Eksporter til fil …"))

    answer_modal(export)
    window.close()

    assert not window.isVisible()
    title, text, info = seen[0].split("|")
    assert title == "Endringer er ikke lagret"
    assert text.startswith("De siste endringene dine i «") and text.endswith("kunne ikke lagres.")
    assert info.startswith("Databasen kan ikke skrives til.")
    assert "Eksporter saken til en fil" in info
    assert read_case_file(exported, catalog).goals.endswith(" Må ikke gå tapt.")
    assert not store.get_case(window.draft.case.id).goals.endswith(" Må ikke gå tapt.")


def test_keeping_the_window_open_keeps_the_edits_and_a_later_close_saves_them(qtbot, faulty):
    _, store, window = faulty
    FaultyStore.fault = "full"
    QApplication.clipboard().setText("Mye tekst. " * 5000)
    activate(qtbot, window)
    window.go_to(2)
    click(qtbot, editor_of(window, "problem", "goals"))
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    failed(qtbot, window)

    answer_modal(lambda box: click(qtbot, button(box, "La vinduet være åpent")))
    window.close()
    assert window.isVisible() and window.draft.autosave.pending

    FaultyStore.fault = None
    window.close()  # saves first, so no question
    assert not window.isVisible()
    assert store.get_case(window.draft.case.id).goals.endswith("Mye tekst. ")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="file permissions do not stop the root user")
def test_a_database_made_read_only_is_reported_when_a_window_opens(
        qtbot, lang_nb, tmp_path, catalog, case_file):
    folder = tmp_path / "delt"
    folder.mkdir()
    path = folder / "saker.db"
    with Store.open(path, who="kari") as store:
        case = store.add_case(read_case_file(case_file, catalog))
        path.chmod(0o444)
        folder.chmod(0o555)
        try:
            window = open_window(qtbot, store, case.id, catalog)
            type_into(qtbot, window, "problem", "goals", " Skrevet i en låst mappe.")
            failed(qtbot, window)
            assert window.save_bar.isVisible() and window.draft.autosave.pending
        finally:
            folder.chmod(0o755)
            path.chmod(0o644)
        click(qtbot, button(window.save_bar, "Prøv igjen nå"))
        assert not window.draft.autosave.pending
        assert store.get_case(case.id).goals.endswith(" Skrevet i en låst mappe.")
        window.close()


def test_a_busy_file_when_the_saver_reopens_it_is_reported_as_busy_not_unusable(tmp_path):
    from impactapp.store import DatabaseFailure, DatabaseUnusable
    from impactapp.store.errors import CANNOT_OPEN
    from impactapp.ui.autosave import _as_save_failure

    path = tmp_path / "opptatt.db"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as busy:
            try:
                raise DatabaseUnusable(path, CANNOT_OPEN, str(busy)) from busy
            except DatabaseUnusable as unusable:
                failure = _as_save_failure(unusable)
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert isinstance(failure, DatabaseFailure) and failure.problem == "busy"
    assert save_bar.failure_text(failure, "nb") == (
        "Databasen er opptatt av et annet program; prøv igjen om litt.")
    refused = DatabaseUnusable(path, CANNOT_OPEN, "not a file")  # no SQLite cause: as it is
    assert _as_save_failure(refused) is refused
