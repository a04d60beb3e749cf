"""Memo -> "Eksporter til arkiv" in the case window: the memo and its arkivmelding.xml written
into the chosen folder by a worker; another revision's filing is replaced only when confirmed."""

from __future__ import annotations

import os
import stat
import threading
from datetime import UTC, datetime

import pytest
from lxml import etree

from impactapp.archive import filed_entry_key, schema_errors
from impactapp.archive.arkivmelding import NS
from impactapp.casefile import read_case_file
from impactapp.resources import CONFIG_ENV_VAR
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.wizard.memo_actions import MemoActions
from impactapp.ui.wizard.window import CaseWindow
from impactapp.ui.wizard.window_actions import WindowActions

from .driving import menu_action

FILED_AT = datetime(2026, 12, 2, 14, 0, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def shipped_settings(monkeypatch, tmp_path_factory):
    monkeypatch.delenv(CONFIG_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path_factory.mktemp("xdg-empty")))


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


@pytest.fixture
def window(qtbot, lang_nb, tmp_path, catalog, case_file, prompts):
    with Store.open(tmp_path / "m.db") as store:
        case = store.add_case(read_case_file(case_file, catalog))
        w = CaseWindow(CaseDraft(case, store, catalog), catalog.form, "nb", prompts=prompts,
                       actions=WindowActions(memo=MemoActions))
        w.memo_actions.archive.clock = lambda: FILED_AT
        qtbot.addWidget(w)
        w.show()
        yield w


def choose_folder(prompts, folder) -> None:
    prompts.answer("choose_folder", folder)


def test_the_menu_entry_writes_the_memo_and_the_arkivmelding_to_the_chosen_folder(
        qtbot, window, tmp_path, prompts):
    folder = tmp_path / "til-arkivet"
    folder.mkdir()
    choose_folder(prompts, folder)
    prompts.answer("ask", "close")  # the "export finished" box
    menu_action(window, "Eksporter til &arkiv …").trigger()
    xml_path = folder / "arkivmelding.xml"
    qtbot.waitUntil(lambda: window.memo_actions.last_written == xml_path, timeout=30000)
    assert sorted(p.name for p in folder.iterdir()) == ["arkivmelding.xml", "notat.pdf"]
    assert (folder / "notat.pdf").read_bytes().startswith(b"%PDF")
    xml = xml_path.read_bytes()
    assert schema_errors(xml) == []
    root = etree.fromstring(xml)
    assert root.findtext(f"{{{NS}}}registrering/{{{NS}}}opprettetDato") == \
        "2026-12-02T14:00:00+00:00"
    assert root.findtext(f"{{{NS}}}mappe/{{{NS}}}tittel") == window.draft.case.title
    uid = window.draft.store.case_uid(window.draft.case.id)
    assert filed_entry_key(xml) == f"{uid}/revisjon-{window.draft.case.revision}"
    if os.name == "posix":
        assert stat.S_IMODE(xml_path.stat().st_mode) == 0o640


def test_another_revisions_filing_stays_when_the_user_declines_and_goes_when_confirmed(
        qtbot, window, tmp_path, prompts):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    other = b'<?xml version="1.0"?><arkivmelding/>'
    (folder / "arkivmelding.xml").write_bytes(other)
    choose_folder(prompts, folder)
    prompts.answer("confirm", False)
    menu_action(window, "Eksporter til &arkiv …").trigger()
    asked = prompts.texts("confirm")
    assert len(asked) == 1 and "Vil du erstatte dem med denne revisjonen?" in asked[0]
    assert (folder / "arkivmelding.xml").read_bytes() == other
    assert not (folder / "notat.pdf").exists()
    choose_folder(prompts, folder)
    prompts.answer("confirm", True).answer("ask", "close")
    menu_action(window, "Eksporter til &arkiv …").trigger()
    xml_path = folder / "arkivmelding.xml"
    qtbot.waitUntil(lambda: window.memo_actions.last_written == xml_path, timeout=30000)
    assert len(prompts.texts("confirm")) == 2
    assert schema_errors(xml_path.read_bytes()) == []


def test_invalid_settings_are_shown_and_nothing_is_written(
        qtbot, window, tmp_path, monkeypatch, prompts):
    config = tmp_path / "config" / "archive"
    config.mkdir(parents=True)
    (config / "archive.yaml").write_text("schema_version: 1\nfile_mode: 640\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path / "config"))
    folder = tmp_path / "out"
    folder.mkdir()
    choose_folder(prompts, folder)
    menu_action(window, "Eksporter til &arkiv …").trigger()
    shown = prompts.texts("warn")
    assert len(shown) == 1
    assert shown[0].startswith("Arkivinnstillingene er ugyldige; rett disse feilene først:")
    assert "archive/archive.yaml:2: file_mode: string expected" in shown[0]
    assert list(folder.iterdir()) == []


def test_a_refused_filing_is_told_in_norwegian(qtbot, window, tmp_path, prompts):
    window.draft.case.title = ""  # the archive refuses a filing without a title
    folder = tmp_path / "out"
    folder.mkdir()
    choose_folder(prompts, folder)
    menu_action(window, "Eksporter til &arkiv …").trigger()
    qtbot.waitUntil(lambda: bool(prompts.texts("warn")), timeout=30000)
    assert prompts.texts("warn") == [
        "Filen kunne ikke skrives: Saken har ingen tittel; gi den en før du arkiverer den."]
    assert list(folder.iterdir()) == []
