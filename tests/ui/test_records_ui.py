"""Case -> History, the step list's check marks, "Not yet" with a jump to the field, and the
import of a file that claims an approval it does not record, as a user meets them."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from impactapp.casefile import import_case_file
from impactapp.examples import examples_dir
from impactapp.store import Profile, Store
from impactapp.ui.controller import AppController
from impactapp.ui.draft import VALIDATE_MS
from impactapp.ui.history_dialog import HistoryDialog
from impactapp.ui.settings import UiSettings
from impactapp.ui.wizard.blocker_dialog import BlockerDialog

from .conftest import save_screenshot
from .driving import activate, choose_in_menu, click, editor_of, type_text, when_shown

APPROVED = examples_dir() / "beboerparkering-prismodell.yaml"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "records.db", who="kari") as s:
        yield s


@pytest.fixture
def controller(qtbot, lang_nb, store, catalog, tmp_path):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctl = AppController(store, catalog, store.path, "nb", settings)
    qtbot.addWidget(ctl.main)
    ctl.main.show()
    yield ctl
    ctl.close_all()


def _imported_and_revised(store: Store, catalog) -> int:
    """The approved example imported, then revised and approved again as revision 2."""
    imported = import_case_file(APPROVED, catalog)
    case = store.add_case(imported.case, imported.origin)
    case = store.new_revision(case.id, by="Ahmed Rashid")
    case.goals = "Full kostnadsdekning innen 2028."
    case = store.save_case(case)
    case = store.set_status(case.id, "in_review", by="Ahmed Rashid")
    store.approve(case.id, "Kristin Aas")
    return case.id


def test_case_history_lists_import_approvals_and_what_changed(qtbot, controller, store,
                                                             catalog):
    case_id = _imported_and_revised(store, catalog)
    window = controller.open_case(case_id)
    activate(qtbot, window)
    choose_in_menu(window, "&Historikk")
    dialog = window.history_dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(dialog.isVisible)
    what = [row[2] for row in dialog.rows()]
    assert what == ["Importert som godkjent", "Godkjent av Kristin Aas (revisjon 1)",
                    "Ny revisjon 2 påbegynt", "Endret: Problem og mål",
                    "Status endret: utkast → til godkjenning",
                    "Godkjent av Kristin Aas (revisjon 2)"]
    assert [row[1] for row in dialog.rows()] == [
        "kari", "kari", "Ahmed Rashid (kari)", "kari", "Ahmed Rashid (kari)",
        "Kristin Aas (kari)"]  # the person beside the OS login, where a person acted
    digest = hashlib.sha256(APPROVED.read_bytes()).hexdigest()
    assert dialog.details(1) == ["godkjent 02.09.2026 12:20 UTC",
                                 f"importert fra {APPROVED.name} (SHA-256 {digest})"]
    changes = dialog.details(5)
    assert any(c.startswith("Problem og mål · ") and c.endswith("→ «Full kostnadsdekning "
                                                                "innen 2028.»")
               for c in changes), changes
    assert dialog.message.text() == "6 hendelser, eldste først."
    save_screenshot(dialog, "history_dialog_nb")
    dialog.close()


def test_the_step_list_marks_a_step_only_when_its_fields_are_filled(qtbot, controller):
    window = controller.new_case()
    activate(qtbot, window)
    problem = 2  # "3  Problem og mål"
    window.go_to(problem)
    qtbot.wait(VALIDATE_MS + 50)
    assert window.step_state("problem") == "not_started"
    assert not window.steps.item(problem).text().endswith("✓")
    click(qtbot, editor_of(window, "problem", "problem"))
    type_text(qtbot, "Trafikken rundt skolen er for tung.")
    qtbot.wait(VALIDATE_MS + 50)
    assert window.step_state("problem") == "incomplete"  # visiting and half filling is not done
    assert window.steps.item(problem).text().endswith("…")
    click(qtbot, editor_of(window, "problem", "goals"))
    type_text(qtbot, "Tryggere skolevei for barna på Tåsen.")
    qtbot.waitUntil(lambda: window.step_state("problem") == "complete")
    assert window.steps.item(problem).text().endswith("✓")


def test_not_yet_names_step_and_field_and_a_click_goes_there(qtbot, controller):
    controller.store.save_profile(Profile("Kari Nordmann", "Bydel Alna", ""))  # who acts
    window = controller.new_case()
    activate(qtbot, window)
    choose_in_menu(window, "Send til &godkjenning")
    dialog = window.blocker_dialog
    assert isinstance(dialog, BlockerDialog)
    qtbot.waitUntil(dialog.isVisible)
    lines = dialog.lines()
    assert len(set(lines)) == len(lines)  # no "Feltet må fylles ut." eight times
    assert "Steg 1, Saksopplysninger – Vedtaksorgan: Feltet må fylles ut." in lines
    goals = "Steg 3, Problem og mål – Hva vil vi oppnå?: Feltet må fylles ut."
    assert goals in lines
    save_screenshot(dialog, "not_yet_blockers_nb")
    item = dialog.list.item(lines.index(goals))
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert window.pages.currentWidget().step.id == "problem"
    goals_editor = editor_of(window, "problem", "goals")
    qtbot.waitUntil(lambda: window.focusWidget() is goals_editor)
    activate(qtbot, window)
    assert goals_editor.hasFocus()
    assert controller.store.get_case(window.draft.case.id).status == "draft"


def _without_record(tmp_path):
    text = APPROVED.read_text(encoding="utf-8")
    path = tmp_path / "uten-godkjenning.yaml"
    path.write_text(text[: text.index("  approval:\n")], encoding="utf-8")
    return path


@pytest.mark.parametrize("answer", ["Importer som utkast", "Avbryt"])
def test_the_import_offers_a_draft_for_a_file_without_its_approval(
        qtbot, controller, store, tmp_path, answer):
    path = _without_record(tmp_path)
    line = path.read_text(encoding="utf-8").splitlines().index("  status: approved") + 1
    said: list[str] = []

    def choose(box: QMessageBox) -> None:
        said.append(f"{box.text()}\n{box.informativeText()}")
        button = next(b for b in box.buttons() if b.text() == answer)
        click(qtbot, button)

    shown = when_shown(QMessageBox, choose)
    ids = controller.main.import_paths([path])
    assert len(shown) == 1
    assert "ikke hvem som godkjente" in said[0] and f"{path}:{line}: case.status" in said[0]
    if answer == "Avbryt":
        assert ids == [] and store.count_cases() == 0
        return
    [case_id] = ids
    case = store.get_case(case_id)
    assert (case.status, case.approved_by, case.approved_at) == ("draft", "", None)
    assert store.revisions(case_id) == []
    [entry] = store.history(case_id)
    assert entry.kind == "import" and entry.detail["imported_from"] == path.name
