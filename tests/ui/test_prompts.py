"""The prompts seam: Qt's own boxes and file dialogs as the person sees them (in bokmål), the
scripted double the other UI tests use, and that nothing in ui/ goes around the seam."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

import impactapp.ui
from impactapp.ui.case_ops import confirm_erase
from impactapp.ui.prompts import Choice, QtPrompts

from .conftest import save_screenshot
from .driving import when_shown
from .prompts_double import ScriptedPrompts, UnexpectedPrompt

UI = Path(impactapp.ui.__file__).parent
#: The one module that may show Qt's message boxes and file dialogs.
THE_SEAM = UI / "prompts.py"


def _button(box: QMessageBox, text: str):
    (found,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return found


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


# --- Qt's boxes ---------------------------------------------------------------------------------


def test_ask_shows_the_named_buttons_and_returns_the_key_of_the_one_clicked(
        qtbot, lang_nb, parent):
    seen: list[tuple] = []

    def act(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text(), box.informativeText(),
                     [b.text() for b in box.buttons()], box.defaultButton().text(),
                     box.escapeButton().text(), box.icon()))
        save_screenshot(box, "prompts_ask_nb")
        _button(box, "Prøv igjen").click()

    when_shown(QMessageBox, act)
    answer = QtPrompts().ask(
        parent, "Tittel", "Hva vil du gjøre?",
        [Choice("export", "&Eksporter"), Choice("retry", "&Prøv igjen", "action"),
         Choice("keep", "&Behold", "reject"), Choice("cancel")],
        default="export", escape="keep", icon="warning", informative="Mer om det.")
    assert answer == "retry"
    (title, text, informative, buttons, default, escape, icon), = seen
    assert (title, text, informative) == ("Tittel", "Hva vil du gjøre?", "Mer om det.")
    assert sorted(buttons) == sorted(["&Eksporter", "&Prøv igjen", "&Behold", "Avbryt"])
    assert (default, escape) == ("&Eksporter", "&Behold")
    assert icon == QMessageBox.Icon.Warning


def test_ask_closed_without_a_button_of_its_own_returns_none(qtbot, parent):
    when_shown(QMessageBox, lambda box: box.done(0))
    assert QtPrompts().ask(parent, "T", "Q?", [Choice("go", "Go"), Choice("stay", "Stay")],
                           escape=None) is None


def test_erasing_asks_twice_in_qts_boxes_in_bokmal_the_second_defaulting_to_cancel(
        qtbot, lang_nb, parent):
    """The erase confirmation as the person sees it: two questions, the second a warning
    whose default is Cancel."""
    seen: list[tuple] = []

    def first(box: QMessageBox) -> None:
        seen.append((box.text(), box.defaultButton().text(), box.icon()))
        when_shown(QMessageBox, second)
        box.button(QMessageBox.StandardButton.Yes).click()

    def second(box: QMessageBox) -> None:
        seen.append((box.text(), box.defaultButton().text(), box.icon()))
        save_screenshot(box, "prompts_erase_second_nb")
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_shown(QMessageBox, first)
    assert not confirm_erase(QtPrompts(), parent, "Bilfri by")
    assert seen == [
        ("Slette «Bilfri by» for godt? Den kan ikke gjenopprettes etterpå.", "&Nei",
         QMessageBox.Icon.Question),
        ("Er du sikker? Saken og alle revisjonene blir slettet.", "Avbryt",
         QMessageBox.Icon.Warning),
    ]


@pytest.mark.parametrize(("click", "expected"), [(QMessageBox.StandardButton.Yes, True),
                                                 (QMessageBox.StandardButton.No, False)])
def test_confirm_is_true_only_for_yes(qtbot, parent, click, expected):
    when_shown(QMessageBox, lambda box: box.button(click).click())
    assert QtPrompts().confirm(parent, "T", "Sure?", default="no") is expected


def test_a_warning_with_details_has_the_show_details_button_in_bokmal(qtbot, lang_nb, parent):
    seen: list[tuple] = []

    def act(box: QMessageBox) -> None:
        seen.append((box.text(), box.detailedText(), [b.text() for b in box.buttons()]))
        save_screenshot(box, "prompts_warn_details_nb")
        box.button(QMessageBox.StandardButton.Ok).click()

    when_shown(QMessageBox, act)
    QtPrompts().warn(parent, "ImpactApp", "Databasefilen kunne ikke leses eller skrives.",
                     details="disk I/O error")
    (text, details, buttons), = seen
    assert text == "Databasefilen kunne ikke leses eller skrives."
    assert details == "disk I/O error"
    assert "Vis detaljer …" in buttons and "OK" in buttons


def test_a_warning_not_waited_for_returns_at_once_and_stays_until_closed(qtbot, parent):
    prompts = QtPrompts()
    prompts.warn(parent, "Import", "Not imported.", wait=False)
    (box,) = prompts.open_boxes
    assert box.isVisible() and box.text() == "Not imported."
    assert QApplication.activeModalWidget() is not None
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: prompts.open_boxes == [])


def test_a_notice_with_informative_text_shows_both(qtbot, parent):
    seen: list[tuple] = []

    def act(box: QMessageBox) -> None:
        seen.append((box.icon(), box.text(), box.informativeText()))
        box.button(QMessageBox.StandardButton.Ok).click()

    when_shown(QMessageBox, act)
    QtPrompts().inform(parent, "Not allowed", "You cannot:", informative="• this")
    assert seen == [(QMessageBox.Icon.Information, "You cannot:", "• this")]


# --- Qt's file dialogs --------------------------------------------------------------------------


@pytest.mark.parametrize("confirm_overwrite", [True, False])
def test_save_file_returns_the_path_and_the_type_chosen(qtbot, lang_nb, parent, tmp_path,
                                                        confirm_overwrite):
    seen: list[tuple] = []

    def act(dialog: QFileDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.nameFilters(),
                     dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)))
        dialog.selectNameFilter("CSV (*.csv)")
        dialog.selectFile(str(tmp_path / "tabell.csv"))
        dialog.accept()

    when_shown(QFileDialog, act)
    chosen = QtPrompts().save_file(parent, "Eksporter", tmp_path / "tabell.xlsx",
                                   "Excel (*.xlsx);;CSV (*.csv)",
                                   confirm_overwrite=confirm_overwrite)
    assert chosen == (tmp_path / "tabell.csv", "CSV (*.csv)")
    assert seen == [("Eksporter", ["Excel (*.xlsx)", "CSV (*.csv)"], not confirm_overwrite)]


def test_a_cancelled_file_choice_is_none(qtbot, parent, tmp_path):
    when_shown(QFileDialog, lambda dialog: dialog.reject())
    assert QtPrompts().open_file(parent, "Open", tmp_path, "All files (*)") is None
    when_shown(QFileDialog, lambda dialog: dialog.reject())
    assert QtPrompts().open_files(parent, "Open", tmp_path, "All files (*)") == []


def test_open_file_and_choose_folder_return_paths(qtbot, parent, tmp_path):
    existing = tmp_path / "plan.yaml"
    existing.write_text("plans: []\n", encoding="utf-8")

    def pick(dialog: QFileDialog) -> None:
        dialog.selectFile(str(existing))
        dialog.accept()

    when_shown(QFileDialog, pick)
    assert QtPrompts().open_file(parent, "Open", tmp_path, "Plans (*.yaml)") == existing

    def folder(dialog: QFileDialog) -> None:
        dialog.selectFile(str(tmp_path))
        dialog.accept()

    when_shown(QFileDialog, folder)
    assert QtPrompts().choose_folder(parent, "Folder", tmp_path.parent) == tmp_path


# --- the double ---------------------------------------------------------------------------------


def test_the_double_answers_in_order_and_records_what_was_asked():
    prompts = ScriptedPrompts().answer("confirm", True).answer("save_file", "/tmp/x.pdf")
    assert prompts.confirm(None, "T", "Sure?") is True
    assert prompts.save_file(None, "Save", "a.pdf", "PDF (*.pdf)") == (Path("/tmp/x.pdf"),
                                                                       "PDF (*.pdf)")
    prompts.warn(None, "T", "Careful.")
    assert [(a.kind, a.text) for a in prompts.asked] == [
        ("confirm", "Sure?"), ("save_file", ""), ("warn", "Careful.")]
    assert prompts.queue == []


def test_the_double_fails_on_a_question_nobody_expected():
    with pytest.raises(UnexpectedPrompt, match="unexpected confirm prompt"):
        ScriptedPrompts().confirm(None, "T", "Sure?")


def test_the_double_fails_when_the_question_is_of_another_kind():
    prompts = ScriptedPrompts().answer("open_file", "/tmp/a")
    with pytest.raises(UnexpectedPrompt, match="expected open_file"):
        prompts.confirm(None, "T", "Sure?")


def test_the_double_refuses_an_answer_that_is_not_one_of_the_buttons():
    prompts = ScriptedPrompts().answer("ask", "maybe")
    with pytest.raises(AssertionError, match="not one of the buttons"):
        prompts.ask(None, "T", "Q?", [Choice("yes"), Choice("no")])


# --- nothing goes around the seam ---------------------------------------------------------------


def _qt_dialog_uses(path: Path) -> list[str]:
    """Where ``path`` names QMessageBox or QFileDialog (imports, calls, subclasses)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Name):
            names = [node.id]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = [alias.name.rsplit(".", 1)[-1] for alias in node.names]
        found += [f"{path.relative_to(UI)}:{node.lineno}: {n}" for n in names
                  if n in ("QMessageBox", "QFileDialog")]
    return found


def test_only_the_prompts_module_shows_message_boxes_and_file_dialogs():
    modules = sorted(UI.rglob("*.py"))
    assert THE_SEAM in modules and len(modules) > 50
    assert _qt_dialog_uses(THE_SEAM)  # the scan sees the one module that does
    around = [use for path in modules if path != THE_SEAM for use in _qt_dialog_uses(path)]
    assert around == []
