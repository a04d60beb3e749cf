"""The shared PostgreSQL database in the GUI, driven as a person would on a real server.

Connecting (type the address, click Koble til), an address with a password refused before
anything is tried, a server out of reach at start, what another login commits showing up in
the case list, the comparison and an open case window, and a caseworker told that someone
else's case is not theirs to change. The server is the test cluster (tests/pgcluster.py);
without a server binary these tests are skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from impactapp.domain.model import Case
from impactapp.store import NotAllowed, Profile, Store, StoreError, open_store
from impactapp.store.opener import default_location
from impactapp.store.postgres import CASEWORKER
from impactapp.ui import autosave_control
from impactapp.ui.controller import AppController
from impactapp.ui.database_dialog import DatabaseDialog, open_store_interactively
from impactapp.ui.live_refresh import LiveRefresh
from impactapp.ui.settings import UiSettings
from impactapp.ui.shared_db import ConnectDialog, has_password, shown_database

from .conftest import save_screenshot
from .driving import click, when_shown
from .test_conflicts import type_into

SECOND = 1000  # what "within a second" allows; the waits below are generous beyond it
WAIT = 10 * SECOND


def _type(qtbot, edit, text: str) -> None:
    """Click into the address field, clear it and type, as a person does."""
    click(qtbot, edit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


# --- without a server -------------------------------------------------------------------------


def test_an_address_with_a_password_is_refused_before_anything_is_tried(qtbot, lang_nb):
    tried: list[str] = []
    dialog = ConnectDialog("nb", opener=lambda uri: tried.append(uri))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.uri_edit, "postgresql://kari:hemmelig@db.example.org/impactapp")
    click(qtbot, dialog.connect_button)
    assert tried == [] and dialog.isVisible() and dialog.store is None
    assert dialog.error_label.text() == (
        "Adressen inneholder et passord; ImpactApp tar aldri vare på passord, så legg det i "
        "en pgpass- eller tjenestefil i stedet og fjern det fra adressen.")
    _type(qtbot, dialog.uri_edit, "/home/kari/saker.db")
    click(qtbot, dialog.connect_button)
    assert tried == [] and dialog.error_label.text().startswith(
        "Adressen må begynne med postgresql://")


def test_the_address_remembered_never_holds_a_password(settings):
    settings.shared_database = "postgresql://db.example.org/impactapp"
    assert settings.shared_database == "postgresql://db.example.org/impactapp"
    settings.shared_database = "postgresql://db.example.org/impactapp?password=hemmelig"
    assert settings.shared_database == ""
    assert has_password("postgresql://kari:x@h/db") and not has_password("postgresql://h/db")


def test_the_window_names_a_shared_database_by_host_and_name():
    assert shown_database("postgresql://db.kommune.no:5433/impactapp") == (
        "db.kommune.no/impactapp")
    assert shown_database("postgresql://kari@db.kommune.no/impactapp") == (
        "db.kommune.no/impactapp")
    assert shown_database("postgresql:///impactapp?host=/run/postgresql") == (
        "/run/postgresql/impactapp")
    assert shown_database("postgresql:///?service=kommune") == "service kommune"
    assert shown_database(Path("/home/kari/saker.db")) == "/home/kari/saker.db"


def test_a_file_store_has_no_listener_and_nothing_changes(qtbot, tmp_path):
    with Store.open(tmp_path / "saker.db", who="kari") as store:
        live = LiveRefresh(store)
        assert not live.supported and not live.active
        live.close()


# --- on the test cluster ----------------------------------------------------------------------


class Shared:
    """A database with the schema on the test cluster, and caseworker logins for it."""

    def __init__(self, cluster, name: str):
        self.cluster = cluster
        self.name = name

    def login(self, prefix: str, unit: str = "Bymiljøetaten") -> str:
        login = f"{prefix}_{uuid.uuid4().hex[:6]}"
        self.cluster.create_login(login, CASEWORKER)
        with self.cluster.connect(self.name) as conn:
            conn.execute("INSERT INTO user_units (login, unit) VALUES (%s, %s)", [login, unit])
        return login

    def uri(self, login: str) -> str:
        return self.cluster.conninfo(self.name, login)


@pytest.fixture
def shared(pg_cluster) -> Iterator[Shared]:
    from impactapp.store.postgres.admin import init_database

    name = pg_cluster.create_database("ui")
    with pg_cluster.connect(name) as conn:
        init_database(conn)
    yield Shared(pg_cluster, name)
    pg_cluster.drop_database(name)


@pytest.fixture
def kari(shared) -> str:
    return shared.login("kari")


@pytest.fixture
def controller(qtbot, lang_nb, shared, kari, catalog, settings, clock, prompts):
    store = open_store(shared.uri(kari), clock=clock)
    store.save_profile(Profile("Kari Nordmann", "Bymiljøetaten", "Oslo"))
    ctl = AppController(store, catalog, store.location, "nb", settings, prompts)
    qtbot.addWidget(ctl.main)
    ctl.main.resize(1366, 768)
    ctl.main.show()
    yield ctl
    ctl.close_all()
    store.close()


def _titles(controller) -> list[str]:
    return [controller.main.model.data(controller.main.model.index(r, 0))
            for r in range(controller.main.model.rowCount())]


def test_a_server_out_of_reach_at_start_offers_retry_a_file_or_quit_then_connect(
        qtbot, lang_nb, shared, kari, tmp_path, clock, prompts):
    gone = f"postgresql:///impactapp?host={tmp_path / 'no-server'}"
    good = shared.uri(kari)

    def in_dialog(dialog: DatabaseDialog) -> None:
        assert dialog.what_label.text().startswith("Den felles databasen kan ikke brukes")
        assert dialog.detail_label.text().startswith(
            f"Databaseserveren {tmp_path / 'no-server'} svarer ikke")
        assert "Traceback" not in dialog.detail_label.text()
        assert dialog.retry_button.isVisible() and dialog.open_button.isVisible()
        assert dialog.quit_button.isVisible() and not dialog.restore_button.isVisible()
        save_screenshot(dialog, "database_dialog_server_nb")
        when_shown(ConnectDialog, in_connect)
        click(qtbot, dialog.shared_button)

    def in_connect(dialog: ConnectDialog) -> None:
        assert dialog.uri_edit.text() == gone  # the address that failed, to correct
        _type(qtbot, dialog.uri_edit, good)
        dialog.resize(dialog.sizeHint())
        save_screenshot(dialog, "connect_shared_db_nb")
        click(qtbot, dialog.connect_button)

    seen = when_shown(DatabaseDialog, in_dialog)
    store = open_store_interactively(gone, "nb", lambda place: open_store(place, clock=clock),
                                     clock, prompts)
    assert len(seen) == 1 and store is not None
    try:
        assert store.location == good and store.who == kari
    finally:
        store.close()


def test_connect_from_the_file_menu_remembers_the_address_and_switches(
        qtbot, lang_nb, shared, kari, catalog, settings, clock, prompts, tmp_path):
    with Store.open(tmp_path / "lokal.db", who="kari") as local:
        ctl = AppController(local, catalog, tmp_path / "lokal.db", "nb", settings, prompts)
        qtbot.addWidget(ctl.main)
        ctl.main.show()
        assert ctl.main.menus.backup_action.isVisible()  # a file: its backups are offered
        switched: list = []
        ctl.shared.switch_requested.connect(switched.append)
        when_shown(ConnectDialog, lambda d: (_type(qtbot, d.uri_edit, shared.uri(kari)),
                                             click(qtbot, d.connect_button)))
        ctl.main.menus.shared_db_action.trigger()
        ctl.close_all()
    assert len(switched) == 1 and switched[0].who == kari
    assert settings.shared_database == shared.uri(kari)
    switched[0].close()


def test_the_window_names_the_shared_database_and_offers_no_file_backups(controller, shared):
    assert controller.main.windowTitle() == (
        f"ImpactApp – felles database {shared.cluster.socket_dir}/{shared.name}")
    assert controller.main.status_label.text().endswith(
        f"felles database: {shared.cluster.socket_dir}/{shared.name}")
    assert controller.database.files is None
    assert not controller.main.menus.backup_action.isVisible()
    assert not controller.main.menus.restore_backup_action.isVisible()
    assert controller.shared.live.active


def test_another_logins_case_shows_in_the_list_and_comparison_within_a_second(
        qtbot, controller, shared, clock):
    controller.main.show_view(controller.comparison_views().comparison)
    comparison = controller.comparison_views().comparison
    ola = shared.login("ola")
    with open_store(shared.uri(ola), clock=clock) as other:
        added = other.add_case(Case(title="Olas nye sykkelvei"))
        qtbot.waitUntil(lambda: added.id in set(comparison.model.case_ids()), timeout=WAIT)
        controller.main.set_mode(0)
        assert "Olas nye sykkelvei" in _titles(controller)
        other.delete_case(added.id)  # to the bin: gone from the list without a click
        qtbot.waitUntil(lambda: "Olas nye sykkelvei" not in _titles(controller), timeout=WAIT)
        other.restore_case(added.id)
        qtbot.waitUntil(lambda: "Olas nye sykkelvei" in _titles(controller), timeout=WAIT)
    save_screenshot(controller.main, "case_list_shared_db_nb")


def test_an_open_window_without_edits_takes_the_version_saved_elsewhere(
        qtbot, controller, shared, kari, clock):
    case = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(case.id)
    with open_store(shared.uri(kari), clock=clock) as elsewhere:  # Kari on another machine
        there = elsewhere.get_case(case.id)
        there.problem = "Skrevet på den andre maskinen."
        elsewhere.save_case(there)
    qtbot.waitUntil(lambda: window.draft.case.problem == "Skrevet på den andre maskinen.",
                    timeout=WAIT)
    assert window.draft.case.version == 2 and not window.draft.autosave.dirty
    assert window.statusBar().currentMessage() == (
        "Noen andre lagret denne saken; nå vises deres versjon.")


def test_edits_in_an_open_window_become_a_conflict_copy_not_overwritten(
        qtbot, controller, shared, kari, clock, monkeypatch):
    # The edit is still unsaved when the other save arrives (no race with the autosave).
    monkeypatch.setattr(autosave_control, "AUTOSAVE_MS", 600_000)
    case = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(case.id)
    type_into(qtbot, window, "problem", "problem", "Skrevet her")
    assert window.draft.autosave.pending
    with open_store(shared.uri(kari), clock=clock) as elsewhere:
        there = elsewhere.get_case(case.id)
        there.problem = "Skrevet der"
        elsewhere.save_case(there)
    qtbot.waitUntil(lambda: window.draft.autosave.conflict_copy_id is not None, timeout=WAIT)
    assert window.conflict_bar.isVisible()
    assert "Skrevet her" in window.draft.case.problem  # the window keeps what was typed
    assert controller.store.get_case(case.id).problem == "Skrevet der"
    (copy,) = controller.store.conflict_copies(case.id)
    assert "Skrevet her" in controller.store.conflict_copy_case(copy.id).problem


def test_someone_elses_draft_opens_read_only_and_says_why(qtbot, controller, shared, clock):
    ola = shared.login("ola")
    with open_store(shared.uri(ola), clock=clock) as other:
        theirs = other.add_case(Case(title="Olas sak", problem="Olas tekst"))
    qtbot.waitUntil(lambda: "Olas sak" in _titles(controller), timeout=WAIT)
    window = controller.open_case(theirs.id)
    assert window.draft.read_only_reason == "not_allowed"
    assert window.banner.isVisible()
    assert window.banner.text() == (
        "Skrivebeskyttet – du har ikke lov til å endre denne saken\n"
        "I den felles databasen er det bare eieren som endrer et utkast, og bare en godkjenner "
        "som ikke har skrevet saken, som endrer den når den er til godkjenning; ledere kan "
        "bare lese. Be eieren overlate saken til deg hvis du skal arbeide med den.")
    type_into(qtbot, window, "problem", "problem", "Kari skriver")
    assert window.draft.case.problem == "Olas tekst"
    assert not window.draft.autosave.pending and window.draft.autosave.save_failure is None
    assert not window.save_bar.isVisible()
    save_screenshot(window, "case_not_allowed_shared_db_nb")
    window.close()
    assert controller.store.get_case(theirs.id).version == theirs.version


def test_her_own_draft_opens_for_editing(qtbot, controller):
    case = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(case.id)
    assert window.draft.read_only_reason is None and not window.banner.isVisible()
    type_into(qtbot, window, "problem", "problem", "Kari skriver")
    assert window.draft.case.problem == "Kari skriver"


def test_a_case_handed_over_while_open_is_refused_at_save_and_said_so(
        qtbot, controller, shared, clock, prompts):
    ola = shared.login("ola")
    theirs = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(theirs.id)  # hers when opened: editable
    with shared.cluster.connect(shared.name) as admin:  # the owner of the tables hands it over
        admin.execute("UPDATE cases SET owner = %s WHERE id = %s", [ola, theirs.id])
    type_into(qtbot, window, "problem", "problem", "Kari skriver")
    qtbot.waitUntil(lambda: window.save_bar.isVisible(), timeout=WAIT)
    assert isinstance(window.draft.autosave.save_failure, NotAllowed)
    assert window.save_bar.message.text() == (
        f"Endringene dine kunne ikke lagres: Du har ikke lov til å endre sak {theirs.id} "
        f"(den eies av {ola}). De er tatt vare på i dette vinduet; eksporter dem til en fil "
        "for å beholde dem.")
    assert not window.conflict_bar.isVisible()
    assert controller.store.conflict_copies(theirs.id) == []
    assert controller.store.get_case(theirs.id).version == theirs.version
    prompts.answer("ask", "drop")  # closing warns that the edits are not saved anywhere
    window.close()
    assert prompts.asked[-1].title == "Endringer er ikke lagret"


def test_after_a_lost_connection_everything_is_read_again_and_changes_keep_coming(
        qtbot, controller, shared, kari, clock):
    with shared.cluster.connect(shared.name) as admin:  # the server drops Kari's connections
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE usename = %s", [kari])
    with qtbot.waitSignal(controller.shared.refreshed, timeout=WAIT,
                          check_params_cb=lambda ids: ids is None):
        pass  # the listener connects again and asks for a full reload
    ola = shared.login("ola")
    with open_store(shared.uri(ola), clock=clock) as other:
        other.add_case(Case(title="Etter at forbindelsen kom tilbake"))
    qtbot.waitUntil(lambda: "Etter at forbindelsen kom tilbake" in _titles(controller),
                    timeout=WAIT)


def test_try_again_at_start_opens_the_same_address(qtbot, lang_nb, tmp_path):
    gone = f"postgresql:///impactapp?host={tmp_path / 'no-server'}"
    with pytest.raises(StoreError) as caught:
        open_store(gone)
    dialog = DatabaseDialog(gone, caught.value, "nb")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.retry_button.isDefault()
    click(qtbot, dialog.retry_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == gone


def test_the_start_prefers_db_then_the_environment_then_the_shared_database(
        settings, monkeypatch, tmp_path):
    from impactapp.app import remember_location, start_location

    uri = "postgresql://db.kommune.no/impactapp"
    monkeypatch.delenv("IMPACTAPP_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert start_location(None, settings) == default_location()
    remember_location(settings, uri, default_location())
    assert start_location(None, settings) == uri
    assert start_location(str(tmp_path / "a.db"), settings) == tmp_path / "a.db"
    monkeypatch.setenv("IMPACTAPP_DB", str(tmp_path / "b.db"))
    assert start_location(None, settings) == tmp_path / "b.db"
    remember_location(settings, tmp_path / "lokal.db", uri)  # chose a file instead at start
    assert settings.shared_database == ""


def test_the_portfolio_counts_another_logins_case_without_a_click(
        qtbot, controller, shared, clock):
    portfolio = controller.comparison_views().portfolio
    controller.main.show_view(portfolio)
    qtbot.waitUntil(lambda: portfolio.scope_label.text().endswith("(0 saker)."), timeout=WAIT)
    ola = shared.login("ola")
    with open_store(shared.uri(ola), clock=clock) as other:
        other.add_case(Case(title="Olas nye sykkelvei"))
        other.add_case(Case(title="Olas andre sak"))
    qtbot.waitUntil(lambda: portfolio.scope_label.text().endswith("(2 saker)."), timeout=WAIT)


def _own_saves_then_anothers_case(qtbot, controller, shared, clock, window) -> list:
    """Type and autosave twice in ``window``, then let Ola add a case; returns what the live
    refresh passed on until Ola's case came (announcements arrive in commit order)."""
    reloads: list = []
    controller.shared.refreshed.connect(reloads.append)
    for text in ("Kari skriver", " videre"):
        type_into(qtbot, window, "problem", "problem", text)
        window.draft.autosave.save()  # the autosave's moment
        assert window.draft.autosave.saver.wait()
        qtbot.waitUntil(lambda: not window.draft.autosave.pending, timeout=WAIT)
    assert window.draft.case.version == 3
    ola = shared.login("ola")
    with open_store(shared.uri(ola), clock=clock) as other:
        added = other.add_case(Case(title="Olas sak"))
    qtbot.waitUntil(lambda: bool(reloads), timeout=WAIT)
    assert reloads == [frozenset({added.id})]
    qtbot.waitUntil(lambda: "Olas sak" in _titles(controller), timeout=WAIT)
    return reloads


def test_her_own_autosaves_reload_nothing_and_others_saves_still_do(
        qtbot, controller, shared, clock):
    case = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(case.id)
    _own_saves_then_anothers_case(qtbot, controller, shared, clock, window)
    assert window.draft.case.problem == "Kari skriver videre"


def test_own_saves_from_the_saving_thread_reload_nothing_either(
        qtbot, controller, shared, clock, monkeypatch):
    from impactapp.ui.autosave import BackgroundSaver

    monkeypatch.setattr(AppController, "make_saver", BackgroundSaver)  # as the program saves
    case = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(case.id)
    _own_saves_then_anothers_case(qtbot, controller, shared, clock, window)
    window.close()


def test_a_save_from_her_other_machine_still_reaches_the_open_window(
        qtbot, controller, shared, kari, clock):
    case = controller.store.add_case(Case(title="Karis sak"))
    controller.main.refresh()
    window = controller.open_case(case.id)
    type_into(qtbot, window, "problem", "problem", "Her")
    window.draft.autosave.save()
    assert window.draft.case.version == 2
    with open_store(shared.uri(kari), clock=clock) as elsewhere:  # the same login elsewhere
        there = elsewhere.get_case(case.id)
        there.problem = "Der"
        elsewhere.save_case(there)
    qtbot.waitUntil(lambda: window.draft.case.problem == "Der", timeout=WAIT)
    assert window.draft.case.version == 3
