"""A database that cannot be opened at start: the dialog as the user sees and answers it.

Every kind of unusable file gets its own words and the same four choices; whatever is chosen,
the file's bytes stay as they were (a restore keeps it under another name).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from impactapp.domain.model import Case
from impactapp.store import BackupError, Store, StoreError
from impactapp.store.sqlite import backup as backup_module
from impactapp.store.sqlite.backup import DAILY, MIGRATION, take_backup
from impactapp.ui.backup_picker import BackupPicker
from impactapp.ui.database_dialog import DatabaseDialog, open_store_interactively
from impactapp.ui.labels import error_sentence
from tests.store.bad_databases import KINDS, make
from tests.store.readonly import access_taken, enterable_folder

from .conftest import save_screenshot
from .driving import when_shown

FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"
ACCESS_KINDS = ("read_only_file", "read_only_folder", "no_access", "missing_folder")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def folder() -> Iterator[Path]:
    with enterable_folder() as path:
        yield path


def _good(path: Path, *titles: str) -> Path:
    with Store.open(path, who="kari") as store:
        for title in titles:
            store.add_case(Case(title=title))
    return path


def _opening_error(kind: str, folder: Path) -> tuple[Path, StoreError]:
    """A file of the given kind at <folder>/data/saker.db, and what opening it raised."""
    data = folder / "data"
    data.mkdir()
    path = data / "saker.db"
    if kind in KINDS:
        make(kind, path)
        guard = None
    elif kind == "missing_folder":
        path = folder / "frakoblet-stasjon" / "mappe" / "saker.db"
        (folder / "frakoblet-stasjon").write_text("", encoding="utf-8")  # cannot become a folder
        guard = None
    else:
        _good(path, "Sak")
        target, keep = {"read_only_file": (path, 0o555), "read_only_folder": (data, 0o555),
                        "no_access": (data, 0)}[kind]
        guard = access_taken(folder, target, keep=keep)
    if guard is None:
        with pytest.raises(StoreError) as info:
            Store.open(path)
    else:
        with guard, pytest.raises(StoreError) as info:
            Store.open(path)
    return path, info.value


def _dialog(qtbot, path: Path, error: StoreError, lang: str = "nb") -> DatabaseDialog:
    dialog = DatabaseDialog(path, error, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the dialog shows, recorded instead of shown: (kind, text)."""
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda _parent, _title, text, *_a, _n=name, **_k: shown.append((_n, text))))
    return shown


# --- what the dialog says ---------------------------------------------------------------------

WORDS = {
    "truncated": "Filen er ufullstendig",
    "random_bytes": "Filen er ikke en database",
    "not_sqlite": "Filen er ikke en database",
    "damaged": "Filen er skadet",
    "foreign": "database fra et annet program",
    "newer_schema": "nyere versjon av ImpactApp",
    "read_only_file": "Du kan lese filen, men ikke endre den",
    "read_only_folder": "Du kan ikke endre noe i mappen",
    "no_access": "Filen kan ikke nås",
    "missing_folder": "Mappen filen skal ligge i, finnes ikke",
}


@pytest.mark.parametrize("kind", [*sorted(KINDS), *ACCESS_KINDS])
def test_each_kind_of_problem_is_explained_and_the_file_left_untouched(
    qtbot, lang_nb, folder: Path, kind: str, messages
) -> None:
    path, error = _opening_error(kind, folder)
    before = _sha256(path) if path.exists() else None
    dialog = _dialog(qtbot, path, error)
    assert dialog.file_label.text() == str(path)
    assert WORDS[kind] in dialog.what_label.text()
    assert dialog.detail_label.text() == error_sentence(error, "nb")
    assert "truncated" not in dialog.detail_label.text()  # no English in a Norwegian window
    unchanged = "Filen er ikke endret." if before else "Ingenting er opprettet eller endret."
    assert unchanged in dialog.unchanged_label.text()
    assert [b.text() for b in (dialog.open_button, dialog.restore_button, dialog.new_button,
                               dialog.quit_button)] == [
        "Åpne en annen database …", "Gjenopprett en sikkerhetskopi …", "Lag en ny database …",
        "Avslutt"]
    if kind in ("truncated", "newer_schema", "read_only_folder", "missing_folder"):
        save_screenshot(dialog, f"database_dialog_{kind}_nb")
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.chosen is None
    assert (_sha256(path) if path.exists() else None) == before
    assert messages == []


def test_a_failed_backup_before_an_upgrade_is_explained(
    qtbot, lang_nb, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "gammel.db"
    shutil.copy(FIXTURES / "schema1.db", path)
    before = _sha256(path)

    def disk_full(source, target: Path) -> Path:
        raise BackupError("write", target, "No space left on device")

    monkeypatch.setattr(backup_module, "copy_database", disk_full)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    dialog = _dialog(qtbot, path, info.value)
    assert "tar først en sikkerhetskopi" in dialog.what_label.text()
    assert "No space left on device" not in dialog.detail_label.text()
    assert dialog.details_button.isVisible() and not dialog.technical_label.isVisible()
    dialog.details_button.click()
    assert "No space left on device" in dialog.technical_label.text()
    assert dialog.technical_label.isVisible()
    assert "Filen er ikke endret." in dialog.unchanged_label.text()
    assert _sha256(path) == before


def test_the_dialog_speaks_english_too(qtbot, folder: Path) -> None:
    path, error = _opening_error("foreign", folder)
    dialog = _dialog(qtbot, path, error, lang="en")
    assert "database of another program" in dialog.what_label.text()
    assert dialog.detail_label.text() == error_sentence(error, "en")
    assert dialog.open_button.text() == "Open another database …"
    save_screenshot(dialog, "database_dialog_foreign_en")


# --- the choices ------------------------------------------------------------------------------


def test_open_another_database_takes_the_chosen_file(
    qtbot, lang_nb, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, error = _opening_error("truncated", folder)
    other = _good(folder / "annen.db", "Annen sak")
    answers = iter(["", str(other)])  # first the user cancels, then picks a file
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (next(answers), "")))
    dialog = _dialog(qtbot, path, error)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen is None  # cancelled: still asking
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == other


def test_create_a_new_database_never_over_an_existing_file(
    qtbot, lang_nb, folder: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    path, error = _opening_error("random_bytes", folder)
    before = _sha256(path)
    answers = iter([str(path), str(folder / "ny")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(answers), "")))
    dialog = _dialog(qtbot, path, error)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert messages == [("warning", f"Filen {path} finnes allerede. Velg et nytt navn, eller "
                                    "åpne den med «Åpne en annen database».")]
    assert dialog.isVisible() and _sha256(path) == before
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == folder / "ny.db"
    assert not dialog.chosen.exists()  # made when it is opened


@pytest.mark.parametrize("kind", ["truncated", "damaged", "foreign", "newer_schema"])
def test_restore_an_automatic_backup_keeps_the_bad_file_aside(
    qtbot, lang_nb, folder: Path, kind: str, messages
) -> None:
    path = _good(folder / "saker.db", "Sak i sikkerhetskopien", "Sak nummer to")
    take_backup(path, MIGRATION, now=datetime(2026, 11, 20, 7, 45))
    wanted = take_backup(path, DAILY, now=datetime(2026, 11, 26, 8, 15))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.unlink()
    make(kind, path)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    before = _sha256(path)
    dialog = _dialog(qtbot, path, info.value)
    assert "2 sikkerhetskopier av denne databasen" in dialog.restore_button.description()
    shown = when_shown(BackupPicker, lambda picker: (
        save_screenshot(picker, "backup_picker_nb"),
        qtbot.mouseClick(picker.restore_button, Qt.MouseButton.LeftButton)))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    (picker,) = shown
    assert [picker.table.item(0, c).text() for c in range(4)] == [
        "26.11.2026 08:15", "daglig", "2", wanted.name]
    assert picker.table.item(1, 1).text() == "før en oppgradering"
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == path
    ((box, text),) = messages
    assert box == "information" and text.startswith("Sikkerhetskopien er gjenopprettet.")
    aside = next(folder.glob("saker-replaced-*.db"))
    assert str(aside) in text
    assert _sha256(aside) == before
    with Store.open(path) as store:
        assert sorted(s.title for s in store.list_cases()) == [
            "Sak i sikkerhetskopien", "Sak nummer to"]


def test_restore_a_chosen_file_that_is_no_backup_is_refused(
    qtbot, lang_nb, folder: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    path, error = _opening_error("damaged", folder)
    before = _sha256(path)
    junk = folder / "ikke-en-kopi.db"
    make("foreign", junk)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(junk), "")))
    dialog = _dialog(qtbot, path, error)
    assert "ingen sikkerhetskopi av denne databasen" in dialog.restore_button.description()
    shown = when_shown(BackupPicker, lambda picker: qtbot.mouseClick(
        picker.file_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and not shown[0].restore_button.isEnabled()
    ((box, text),) = messages
    assert box == "warning"
    assert text == f"Filen {junk} er ikke en ImpactApp-database.\n\nDatabasen er ikke endret."
    assert dialog.isVisible() and dialog.chosen is None
    assert _sha256(path) == before


# --- at start -----------------------------------------------------------------------------------


def test_at_start_the_dialog_returns_until_a_database_opens(
    qtbot, lang_nb, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _opening_error("newer_schema", folder)
    before = _sha256(path)
    still_bad = folder / "også-feil.db"
    make("not_sqlite", still_bad)
    good = _good(folder / "god.db", "Den gode saken")
    answers = iter([str(still_bad), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (next(answers), "")))
    seen: list[Path] = []

    def choose_open(dialog: DatabaseDialog) -> None:
        seen.append(dialog.db_path)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        if len(seen) < 2:
            when_shown(DatabaseDialog, choose_open)  # the next file is refused too

    when_shown(DatabaseDialog, choose_open)
    store = open_store_interactively(path, "nb")
    assert store is not None
    try:
        assert seen == [path, still_bad]
        assert store.path == good
        assert [s.title for s in store.list_cases()] == ["Den gode saken"]
    finally:
        store.close()
    assert _sha256(path) == before


def test_at_start_quitting_opens_nothing(qtbot, lang_nb, folder: Path) -> None:
    path, _ = _opening_error("truncated", folder)
    before = _sha256(path)
    when_shown(DatabaseDialog, lambda d: qtbot.mouseClick(d.quit_button,
                                                          Qt.MouseButton.LeftButton))
    assert open_store_interactively(path, "nb") is None
    assert _sha256(path) == before
