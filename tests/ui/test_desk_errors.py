"""Errors and Qt's own dialogs in the UI language: a database error is one Norwegian sentence
with SQLite's English words behind "Vis detaljer", and Qt's file dialog speaks bokmål."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog

from impactapp.store import DatabaseFailure, DatabaseUnusable, Store
from impactapp.store.errors import DAMAGED
from impactapp.ui.controller import AppController
from impactapp.ui.labels import error_detail, error_sentence
from impactapp.ui.settings import UiSettings


def test_a_truncated_database_is_told_without_english_fragments():
    error = DatabaseUnusable("/data/impactapp.db", DAMAGED,
                             "truncated: 163840 bytes where the header says 327680")
    sentence = error_sentence(error, "nb")
    assert sentence.startswith("Filen /data/impactapp.db ") and sentence.endswith(".")
    assert "truncated" not in sentence and "bytes" not in sentence
    assert "163840 bytes where the header says 327680" in error_detail(error)
    assert error_detail(DatabaseUnusable("/x.db", DAMAGED)) == ""


def test_a_database_failure_shows_details_behind_a_button(qtbot, lang_nb, tmp_path, catalog,
                                                           monkeypatch, prompts):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    with Store.open(tmp_path / "e.db", who="kari") as store:
        controller = AppController(store, catalog, store.path, "nb", settings, prompts)
        qtbot.addWidget(controller.main)

        def failing(_case_id):
            raise DatabaseFailure("io", "disk I/O error")

        monkeypatch.setattr(store, "get_case", failing)
        assert controller.open_case(1) is None
    shown, = prompts.asked
    assert (shown.kind, shown.text) == ("warn", "Databasefilen kunne ikke leses eller skrives.")
    assert "disk I/O error" in shown.options["details"]  # behind "Vis detaljer …" (test_prompts)


@pytest.mark.parametrize(("label", "words"), [
    (QFileDialog.DialogLabel.LookIn, "Se &i:"),
    (QFileDialog.DialogLabel.FileName, "Fil&navn:"),
    (QFileDialog.DialogLabel.FileType, "Fil&type:"),
])
def test_qts_own_file_dialog_speaks_bokmal(qtbot, lang_nb, label, words):
    dialog = QFileDialog(None, "Lagre", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    assert dialog.labelText(label) == words


def test_the_overwrite_question_is_asked_in_bokmal(lang_nb):
    question = QCoreApplication.translate("QFileDialog",
                                          "%1 already exists.\nDo you want to replace it?")
    assert question == "%1 finnes allerede.\nVil du erstatte den?"
    assert QCoreApplication.translate("QFileSystemModel", "Date Modified") == "Endret"


def test_a_picture_of_the_save_dialog_in_bokmal(qtbot, lang_nb, tmp_path):
    from .conftest import save_screenshot

    dialog = QFileDialog(None, "Eksporter notat", str(tmp_path), "PDF-dokumenter (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.resize(800, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert save_screenshot(dialog, "desk_nb_file_dialog").exists()
    dialog.reject()
