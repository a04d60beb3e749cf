"""Approval in the GUI: two desks, the refusal shown with its reason, the confirmation before the
lock, a case in review read-only for its caseworker, and read-only fields that look read-only."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from impactapp.casefile import read_case_file
from impactapp.domain.approval import review_steps
from impactapp.resources import resource_dir
from impactapp.store import Profile, Store
from impactapp.ui.controller import AppController
from impactapp.ui.profile_dialog import ProfileDialog
from impactapp.ui.settings import UiSettings

from .conftest import save_screenshot
from .driving import activate, choose_in_menu, editor_of, field_of, open_list_and_choose, when_shown

EXAMPLE = resource_dir("examples") / "gratis-aks-heltid.yaml"  # a complete draft
CASEWORKER = "Marte Lien Johansen"  # the example's caseworker
REVIEWER = "Lise Leder"
#: Inputs that browse rather than hold case content: they stay usable in a locked case.
BROWSING = ("Søk etter indikatorer",)


def desk(qtbot, tmp_path, path, login: str, name: str, catalog) -> AppController:
    """One person's program on the shared database: their login, their profile."""
    store = Store.open(path, who=login)
    if name:
        store.save_profile(Profile(name=name, unit="Bydel Grorud"))
    settings = UiSettings(QSettings(str(tmp_path / f"{login}.ini"), QSettings.Format.IniFormat))
    controller = AppController(store, catalog, path, "nb", settings)
    qtbot.addWidget(controller.main)
    return controller


@pytest.fixture
def desks(qtbot, tmp_path, catalog, lang_nb):
    """The caseworker's and the reviewer's programs, and the example case (added by her)."""
    path = tmp_path / "shared.db"
    marte = desk(qtbot, tmp_path, path, "marte", CASEWORKER, catalog)
    lise = desk(qtbot, tmp_path, path, "lise", REVIEWER, catalog)
    case = marte.store.add_case(read_case_file(EXAMPLE, catalog))
    yield marte, lise, case.id
    for controller in (marte, lise):
        controller.close_all()
        controller.store.close()


def answer_box(act) -> list:
    """Handle the next message box with ``act(box)``; the list holds what the box said."""
    said: list = []

    def handle(box: QMessageBox) -> None:
        said.append(f"{box.text()}\n{box.informativeText()}")
        act(box)

    when_shown(QMessageBox, handle)
    return said


def press_button(text: str):
    def act(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()
    return act


def send_to_review(qtbot, controller, case_id):
    window = controller.open_case(case_id)
    activate(qtbot, window)
    choose_in_menu(window, "Send til &godkjenning")
    assert controller.store.get_case(case_id).status == "in_review"
    return window


def looks_read_only(widget) -> bool:
    """Read-only, and drawn on the window's grey rather than the white of an input."""
    palette = widget.palette()
    return (widget.isReadOnly()
            and palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)
            and palette.color(QPalette.ColorRole.Base) != QPalette().color(QPalette.ColorRole.Base))


def fields_that_look_editable(window) -> list[tuple[str, str]]:
    """(step, field) of every visible, enabled text input on every step that looks editable."""
    found = []
    for index in range(len(window.form.steps)):
        window.go_to(index)
        page = window.pages.currentWidget()
        inputs = [w for w in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
                  if w.isVisibleTo(page) and w.isEnabled()]  # disabled ones are grey anyway
        found += [(page.step.id, w.accessibleName()) for w in inputs
                  if not looks_read_only(w) and w.accessibleName() not in BROWSING]
    return found


def test_the_caseworker_cannot_approve_her_own_case_and_is_told_why(qtbot, desks):
    marte, _lise, case_id = desks
    window = send_to_review(qtbot, marte, case_id)

    said = answer_box(press_button("OK"))
    choose_in_menu(window, "&Godkjenn")
    assert said[0].startswith("Du kan ikke gjøre denne endringen:")
    assert f"{CASEWORKER} er saksbehandler for saken og kan ikke godkjenne den selv; " \
        "en annen person må godkjenne." in said[0]
    assert marte.store.get_case(case_id).status == "in_review"

    # In review the case is read-only for her, looks it, and the window says why.
    assert window.banner.text().splitlines()[0] == (
        "Til godkjenning – skrivebeskyttet for saksbehandler")
    assert window.banner.isVisible()
    title = editor_of(window, "details", "title")
    assert looks_read_only(title)
    window.go_to(len(window.form.steps) - 1)
    field = field_of(window, "review", "review")
    assert not any(combo.isEnabled() for combo in field.verdicts.values())
    assert window.draft.edit("x", lambda case: setattr(case, "title", "Endret")) is False
    assert fields_that_look_editable(window) == []
    assert not window.status_actions.new_revision.isEnabled()  # only a locked case has one
    save_screenshot(window, "approval_in_review_caseworker")


def test_a_second_person_reviews_confirms_the_lock_and_approves(qtbot, desks, catalog):
    marte, lise, case_id = desks
    send_to_review(qtbot, marte, case_id).close()

    window = lise.open_case(case_id)
    activate(qtbot, window)
    assert not window.banner.isVisible()  # she may review: nothing is read-only for her
    window.go_to(len(window.form.steps) - 1)
    field = field_of(window, "review", "review")
    choose_in_menu(window, "&Godkjenn")  # no verdicts yet: the located list of what blocks
    lines = window.blocker_dialog.lines()
    assert any("Steget «Saksopplysninger» mangler vurdering." in line for line in lines)
    window.blocker_dialog.reject()
    for step in review_steps(catalog):
        open_list_and_choose(qtbot, field.verdicts[step], 1)  # ✓ I orden
    assert field.blockers == []

    said = answer_box(press_button("Avbryt"))
    choose_in_menu(window, "&Godkjenn")
    assert "Godkjenne revisjon 1 av saken og låse den?" in said[0]
    assert "Alt i saken blir skrivebeskyttet: feltene i alle steg, vurderingene, delmålene, " \
        "avveiningene, anbefalingen og gjennomgangen." in said[0]
    assert lise.store.get_case(case_id).status == "in_review"  # cancelled: nothing happened

    answer_box(press_button("Godkjenn og lås"))
    choose_in_menu(window, "&Godkjenn")
    stored = lise.store.get_case(case_id)
    assert (stored.status, stored.approved_by) == ("approved", REVIEWER)
    when = stored.approved_at.astimezone().strftime("%d.%m.%Y")
    assert window.banner.text().splitlines() == [
        f"Godkjent {when} – låst",
        f"Godkjent av {REVIEWER}. Denne revisjonen kan ikke endres; start en ny revisjon "
        "(Sak-menyen) for å endre den."]

    # Every text field on every step looks read-only, not only the combo boxes.
    assert fields_that_look_editable(window) == []
    window.go_to(0)
    title = editor_of(window, "details", "title")
    image = title.grab().toImage()
    background = image.pixelColor(title.width() - 4, title.height() // 2)
    assert background == title.palette().color(QPalette.ColorRole.Window)
    save_screenshot(window, "approval_locked_case")


def test_with_the_rule_off_the_caseworker_reviews_and_approves_alone(qtbot, desks, catalog):
    marte, _lise, case_id = desks
    marte.catalog = dataclasses.replace(catalog, two_person_rule=False)
    window = send_to_review(qtbot, marte, case_id)
    window.close()
    window = marte.open_case(case_id)
    assert not window.draft.read_only
    window.go_to(len(window.form.steps) - 1)
    field = field_of(window, "review", "review")
    for step in review_steps(catalog):
        open_list_and_choose(qtbot, field.verdicts[step], 1)
    answer_box(press_button("Godkjenn og lås"))
    choose_in_menu(window, "&Godkjenn")
    assert marte.store.get_case(case_id).approved_by == CASEWORKER


def test_the_first_start_asks_for_a_person_s_name(qtbot, tmp_path, catalog, lang_nb):
    controller = desk(qtbot, tmp_path, tmp_path / "new.db", "root", "", catalog)
    seen: list[str] = []

    def fill(dialog: ProfileDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen.append(f"{dialog.windowTitle()}|{save.isEnabled()}|{dialog.problem.text()}")
        dialog.name.setText("root")
        seen.append(f"{save.isEnabled()}|{dialog.problem.text()}")
        dialog.name.setText("Kari Nordmann")
        dialog.unit.setText("Bydel Alna")
        seen.append(f"{save.isEnabled()}|{dialog.problem.text()}")
        save.click()

    when_shown(ProfileDialog, fill)
    assert controller.ask_profile_if_missing() is True
    assert seen == [
        "Hvem er du?|False|Navnet ditt må fylles ut: det registreres med hver statusendring.",
        "False|«root» er en systemkonto, ikke en person; oppgi ditt eget navn.",
        "True|",
    ]
    assert controller.store.profile() == Profile("Kari Nordmann", "Bydel Alna", "")
    assert controller.ask_profile_if_missing() is True  # asked once only
    controller.store.close()


def test_a_status_change_without_a_name_asks_and_records_nothing_when_declined(
        qtbot, tmp_path, catalog, lang_nb):
    controller = desk(qtbot, tmp_path, tmp_path / "nameless.db", "root", "", catalog)
    case = controller.store.add_case(read_case_file(EXAMPLE, catalog))
    window = controller.open_case(case.id)
    said = answer_box(press_button("OK"))
    when_shown(ProfileDialog, lambda dialog: dialog.reject())
    choose_in_menu(window, "Send til &godkjenning")
    assert "profilen din har ikke navn ennå" in said[0]
    assert controller.store.get_case(case.id).status == "draft"
    assert [e.action for e in controller.store.audit_log(case.id)] == ["create"]
    controller.close_all()
    controller.store.close()


def test_taking_back_to_draft_keeps_the_verdicts_marked_to_be_confirmed(qtbot, desks, catalog):
    marte, lise, case_id = desks
    send_to_review(qtbot, marte, case_id).close()
    mine = lise.open_case(case_id)
    activate(qtbot, mine)
    mine.go_to(len(mine.form.steps) - 1)
    field = field_of(mine, "review", "review")
    for step in review_steps(catalog)[:3]:
        open_list_and_choose(qtbot, field.verdicts[step], 1)
    mine.close()

    window = marte.open_case(case_id)
    activate(qtbot, window)
    choose_in_menu(window, "&Tilbake til utkast")
    assert not window.banner.isVisible()
    assert not editor_of(window, "details", "title").isReadOnly()
    assert fields_that_look_editable(window) != []  # editable again, and white again
    window.go_to(len(window.form.steps) - 1)
    field = field_of(window, "review", "review")
    stale = [s for s, label in field.titles.items() if "bekreft den" in label.text()]
    assert stale == list(review_steps(catalog)[:3])
    assert [combo.currentData() for combo in field.verdicts.values()][:3] == ["ok"] * 3
    assert not any(combo.isEnabled() for combo in field.verdicts.values())
    entry = marte.store.audit_log(case_id)[-1]
    assert (entry.action, entry.who, entry.detail["by"]) == ("status", "marte", CASEWORKER)
