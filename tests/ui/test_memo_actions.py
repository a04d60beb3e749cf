"""Export memo and Copy summary from the case window, as a user uses them."""

import pikepdf
import pytest
from PySide6.QtGui import QGuiApplication

from impactapp.casefile import read_case_file
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.wizard.memo_actions import MemoActions
from impactapp.ui.wizard.window import CaseWindow
from impactapp.ui.wizard.window_actions import WindowActions


@pytest.fixture
def window(qtbot, lang_nb, tmp_path, catalog, case_file, prompts):
    with Store.open(tmp_path / "m.db") as store:
        case = store.add_case(read_case_file(case_file, catalog))
        w = CaseWindow(CaseDraft(case, store, catalog), catalog.form, "nb", prompts=prompts,
                       actions=WindowActions(memo=MemoActions))
        qtbot.addWidget(w)
        w.show()
        yield w


def test_export_writes_a_pdfa_memo_in_the_background_and_offers_to_open_it(
        qtbot, window, tmp_path, prompts):
    target = tmp_path / "notat.pdf"
    prompts.answer("save_file", target).answer("ask", "close")
    window.memo_actions.export_action.trigger()
    qtbot.waitUntil(lambda: window.memo_actions.last_written == target, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    with pikepdf.open(target) as pdf:
        assert "pdfaid:part" in str(pdf.open_metadata())
    chosen, offered = prompts.asked
    assert chosen.title == "Eksporter notat"
    assert chosen.options["filters"] == "PDF-dokumenter (*.pdf)"
    assert offered.text == f"Filen ble lagret som {target}."
    assert [c.label for c in offered.options["choices"]] == ["Åpne filen", "Åpne mappen", ""]
    assert window.memo_actions.export_action.isEnabled()


def test_copy_summary_puts_page_one_on_the_clipboard_as_text_and_html(window):
    window.memo_actions.copy_summary()
    data = QGuiApplication.clipboard().mimeData()
    assert "Økte parkeringsavgifter i indre by" in data.text()
    assert "Avgiftsøkning på 40 prosent" in data.text()
    assert "<table" in data.html()
    # Offscreen Qt frees clipboard data after the application at exit; empty it now.
    QGuiApplication.clipboard().clear()
