"""Two windows on one case, as two people (or two program instances) would have them open.

Both type, both autosave; the one that saves second is told in plain words that the case was
changed elsewhere, its edits are kept as a conflict copy (and what it types next goes there
too), and it can compare the versions and keep its own or take the stored one. Whatever is
chosen, nothing that was typed in either window is lost.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from impactapp.casefile import read_case_file
from impactapp.domain.serialize import case_to_data
from impactapp.store import Store
from impactapp.ui.autosave import BackgroundSaver, SynchronousSaver
from impactapp.ui.conflict_dialog import ConflictDialog
from impactapp.ui.draft import CaseDraft
from impactapp.ui.wizard.window import CaseWindow

from .conftest import save_screenshot
from .driving import activate, click, editor_of, type_text


def open_window(qtbot, store: Store, case_id: int, catalog, store_class: type[Store] = Store,
                threaded: bool = False) -> CaseWindow:
    """A case window with a saver of its own connection, as the program opens one; it saves
    on the test's thread unless ``threaded`` (the program's background saver)."""
    case = store.get_case(case_id)
    path, who = store.path, store.who
    kind = BackgroundSaver if threaded else SynchronousSaver
    saver = kind(lambda: store_class.open(path, who=who), case.id, case.version)
    window = CaseWindow(CaseDraft(case, store, catalog, saver=saver), catalog.form, "nb")
    qtbot.addWidget(window)
    window.show()
    return window


def type_into(qtbot, window: CaseWindow, step_id: str, field_id: str, text: str) -> None:
    """Click a field of a step and type, as a person does."""
    activate(qtbot, window)
    window.go_to(next(i for i, s in enumerate(window.form.steps) if s.id == step_id))
    click(qtbot, editor_of(window, step_id, field_id))
    type_text(qtbot, text)


def saved(qtbot, window: CaseWindow) -> None:
    """The autosave's moment, now (no Save button; the window's saver is synchronous)."""
    window.draft.autosave.save()
    assert not window.draft.autosave.pending


def answer_modal(handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Let ``handle`` answer the next modal dialog once it is shown; returns it (in a list)."""
    seen: list[QWidget] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, poll)
            return
        seen.append(widget)
        handle(widget)

    QTimer.singleShot(0, poll)
    return seen


def button(box: QWidget, text: str):
    """The button of a message box or dialog with this (translated) text."""
    found = [b for b in box.findChildren(QWidget) if getattr(b, "text", None)
             and callable(b.text) and b.text().replace("&", "") == text]
    assert found, f"no button {text!r}"
    return found[0]


@pytest.fixture
def people(qtbot, lang_nb, tmp_path, catalog, case_file):
    """Kari and Ola each have the same case open in a window of their own."""
    path = tmp_path / "delt.db"
    with Store.open(path, who="kari") as kari, Store.open(path, who="ola") as ola:
        case = kari.add_case(read_case_file(case_file, catalog))
        windows = (open_window(qtbot, kari, case.id, catalog),
                   open_window(qtbot, ola, case.id, catalog))
        yield (kari, ola, *windows)
        for window in windows:
            window.close()


def test_the_second_save_is_kept_as_a_conflict_copy_and_the_window_says_so(qtbot, people):
    kari, ola, first, second = people
    type_into(qtbot, first, "problem", "goals", " Karis tillegg.")
    saved(qtbot, first)
    type_into(qtbot, second, "problem", "problem", " Olas tillegg.")
    saved(qtbot, second)

    case = kari.get_case(first.draft.case.id)
    assert case.goals.endswith(" Karis tillegg.") and "Olas tillegg" not in case.problem
    bar = second.conflict_bar
    assert bar.isVisible() and not first.conflict_bar.isVisible()
    assert bar.message.text().startswith("Saken er endret et annet sted")
    assert "Endringene dine er tatt vare på som en konfliktkopi" in bar.message.text()
    assert second.save_label.text() == "Lagret i konfliktkopien"
    (copy,) = kari.conflict_copies(case.id)
    assert (copy.who, copy.base_version, copy.stored_version) == ("ola", 1, 2)
    assert ola.conflict_copy_case(copy.id).problem.endswith(" Olas tillegg.")
    save_screenshot(second, "conflict_bar")

    # What Ola types now goes on into the copy, never over Kari's version.
    type_into(qtbot, second, "problem", "problem", " Og mer.")
    saved(qtbot, second)
    assert ola.conflict_copy_case(copy.id).problem.endswith(" Og mer.")
    assert kari.get_case(case.id).version == 2 and len(kari.conflict_copies(case.id)) == 1


def test_keep_mine_makes_the_copy_current_and_keeps_the_version_it_replaced(qtbot, people):
    _, ola, first, second = people
    type_into(qtbot, first, "problem", "goals", " Karis tillegg.")
    saved(qtbot, first)
    type_into(qtbot, second, "problem", "problem", " Olas tillegg.")
    saved(qtbot, second)

    click(qtbot, button(second.conflict_bar, "Behold mine"))

    case = ola.get_case(second.draft.case.id)
    assert case.problem.endswith(" Olas tillegg.") and case.version == 3
    assert not second.draft.autosave.dirty and second.save_label.text().startswith("Lagret")
    (replaced,) = ola.conflict_copies(case.id)  # Kari's saved version is not lost
    assert replaced.reason == "replaced"
    assert ola.conflict_copy_case(replaced.id).goals.endswith(" Karis tillegg.")
    assert [e.action for e in ola.audit_log(case.id)][-1] == "conflict_take_over"
    # The window shows it as a listed copy for whoever wants to compare or take it.
    assert second.conflict_bar.isVisible() and "ble erstattet" in \
        second.conflict_bar.message.text()

    # Kari goes on typing: her window now loses, and is told so.
    type_into(qtbot, first, "problem", "goals", " Mer fra Kari.")
    saved(qtbot, first)
    assert first.conflict_bar.live
    assert ola.get_case(case.id).version == 3


def test_use_the_saved_version_shows_it_and_the_copy_stays_listed(qtbot, people):
    kari, _, first, second = people
    type_into(qtbot, first, "problem", "goals", " Karis tillegg.")
    saved(qtbot, first)
    type_into(qtbot, second, "problem", "problem", " Olas tillegg.")
    saved(qtbot, second)

    click(qtbot, button(second.conflict_bar, "Bruk den lagrede versjonen"))

    draft = second.draft
    assert draft.case.goals.endswith(" Karis tillegg.") and not draft.autosave.dirty
    assert editor_of(second, "problem", "goals").toPlainText().endswith(" Karis tillegg.")
    assert not draft.case.problem.endswith(" Olas tillegg.")
    (copy,) = kari.conflict_copies(draft.case.id)
    assert kari.conflict_copy_case(copy.id).problem.endswith(" Olas tillegg.")
    bar = second.conflict_bar
    assert bar.isVisible() and not bar.live
    assert "konfliktkopi" in bar.message.text() and "ola" in bar.message.text()

    # Later Ola decides to discard it after all (with a confirmation).
    asked: list[str] = []

    def yes(box: QWidget) -> None:
        asked.append(box.text())
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    answer_modal(yes)
    click(qtbot, button(bar, "Forkast kopien"))
    assert asked and asked[0].startswith("Forkaste konfliktkopien fra")
    assert kari.conflict_copies(draft.case.id) == [] and not bar.isVisible()


def test_compare_lists_the_differences_by_step_and_field_and_can_keep_mine(qtbot, people):
    _, ola, first, second = people
    type_into(qtbot, first, "problem", "goals", " Karis tillegg.")
    saved(qtbot, first)
    type_into(qtbot, second, "details", "unit", " Vest")
    saved(qtbot, second)
    rows: list[tuple[str, ...]] = []

    def look_and_keep(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        table = dialog.table
        rows.extend(tuple(table.item(r, c).text() for c in range(4))
                    for r in range(table.rowCount()))
        save_screenshot(dialog, "conflict_compare")
        click(qtbot, dialog.keep_button)

    answer_modal(look_and_keep)
    click(qtbot, button(second.conflict_bar, "Sammenlign …"))

    goals = next(r for r in rows if r[1] == "Hva vil vi oppnå?")
    unit = next(r for r in rows if r[1] == "Enhet")
    assert goals[0] == "Problem og mål" and unit[0] == "Saksopplysninger"
    assert goals[2].endswith(" Karis tillegg.") and not goals[3].endswith(" Karis tillegg.")
    assert unit[3].endswith(" Vest") and not unit[2].endswith(" Vest")
    assert len(rows) == 2  # only what differs
    assert ola.get_case(second.draft.case.id).unit.endswith(" Vest")  # kept mine


def test_a_case_opened_later_shows_its_undecided_copy_and_can_take_it_over(
        qtbot, lang_nb, tmp_path, catalog, case_file):
    path = tmp_path / "senere.db"
    with Store.open(path, who="kari") as kari, Store.open(path, who="ola") as ola:
        case = kari.add_case(read_case_file(case_file, catalog))
        theirs = ola.get_case(case.id)
        theirs.goals = "Olas mål."
        ola.save_draft(theirs.id, theirs.version, case_to_data(theirs))
        case.goals = "Karis mål."
        # Lost: a conflict copy, and Kari closed her window.
        kari.save_draft(case.id, case.version, case_to_data(case))

        window = open_window(qtbot, kari, case.id, catalog)
        bar = window.conflict_bar
        assert bar.isVisible() and not bar.live
        assert "fra" in bar.message.text() and "kari" in bar.message.text()
        save_screenshot(window, "conflict_copy_listed")
        click(qtbot, button(bar, "Bruk denne kopien"))
        assert window.draft.case.goals == "Karis mål." == kari.get_case(case.id).goals
        assert editor_of(window, "problem", "goals").toPlainText() == "Karis mål."
        (replaced,) = kari.conflict_copies(case.id)
        assert kari.conflict_copy_case(replaced.id).goals == "Olas mål."
        window.close()
