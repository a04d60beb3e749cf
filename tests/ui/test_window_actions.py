"""A case window is built with the actions it offers (declared, not attached afterwards): the
controller gives an open case its memo, status and follow-up actions, a frozen revision its
memo only, and each asks the person through the window's prompts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from impactapp.casefile import read_case_file
from impactapp.store import Store
from impactapp.ui.controller import AppController
from impactapp.ui.draft import CaseDraft
from impactapp.ui.followup.actions import FollowUpActions
from impactapp.ui.settings import UiSettings
from impactapp.ui.wizard.memo_actions import MemoActions
from impactapp.ui.wizard.status_actions import StatusActions
from impactapp.ui.wizard.window import CaseWindow
from impactapp.ui.wizard.window_actions import WindowActions


def entries(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "w.db", who="kari") as opened:
        yield opened


@pytest.fixture
def controller(qtbot, lang_nb, store, catalog, tmp_path, prompts):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctl = AppController(store, catalog, store.path, "nb", settings, prompts)
    qtbot.addWidget(ctl.main)
    yield ctl
    ctl.close_all()


def test_a_window_built_without_actions_has_none_and_no_memo_entries(
        qtbot, lang_nb, store, catalog, case_file):
    case = store.add_case(read_case_file(case_file, catalog))
    window = CaseWindow(CaseDraft(case, store, catalog), catalog.form, "nb")
    qtbot.addWidget(window)
    assert (window.memo_actions, window.status_actions, window.followup_actions) == (
        None, None, None)
    assert entries(window.memo_menu) == []


def test_the_actions_given_are_made_for_the_window_and_ask_through_its_prompts(
        qtbot, lang_nb, store, catalog, case_file, prompts, tmp_path):
    case = store.add_case(read_case_file(case_file, catalog))
    window = CaseWindow(CaseDraft(case, store, catalog), catalog.form, "nb", prompts=prompts,
                        actions=WindowActions(memo=MemoActions))
    qtbot.addWidget(window)
    assert isinstance(window.memo_actions, MemoActions)
    assert window.memo_actions.window is window and window.status_actions is None
    assert "&Eksporter notat (PDF) …" in entries(window.memo_menu)
    prompts.answer("save_file", None)  # the person cancels: nothing is written
    window.memo_actions.export_action.trigger()
    (asked,) = prompts.asked
    assert (asked.kind, asked.title, asked.parent) == ("save_file", "Eksporter notat", window)
    assert window.memo_actions.last_written is None


def test_the_controller_gives_an_open_case_every_action_and_a_revision_the_memo_only(
        qtbot, controller, store, catalog, case_file):
    added = store.add_case(read_case_file(case_file, catalog))
    window = controller.open_case(added.id)
    assert isinstance(window.status_actions, StatusActions)
    assert isinstance(window.followup_actions, FollowUpActions)
    assert isinstance(window.memo_actions, MemoActions)
    assert window.prompts is controller.prompts
    assert "Send til &godkjenning" in entries(window.case_menu)

    window.close()
    approved = store.approve(store.set_status(added.id, "in_review", by="Kari Nordmann").id,
                             "Lise Leder")
    revision = controller.show_revision(added.id, approved.revision)
    assert isinstance(revision.memo_actions, MemoActions)
    assert revision.status_actions is None and revision.followup_actions is None
    assert "Send til &godkjenning" not in entries(revision.case_menu)
    assert revision.prompts is controller.prompts
    revision.close()
