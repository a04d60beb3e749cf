"""Nothing cut off: the district grid's headers hold a long measure name with its overall
rating, and a reviewer's note is shown whole rather than behind a two-line scroll box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from impactapp.examples import load_examples
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft
from impactapp.ui.wizard.window import CaseWindow

from .driving import field_of

EXAMPLE = "Lavutslippssone for tunge kjøretøy innenfor Ring 2"


@pytest.fixture
def window(qtbot, lang_nb, tmp_path, catalog):
    case = next(c for c in load_examples(catalog) if c.title == EXAMPLE)
    with Store.open(tmp_path / "f.db") as store:
        shown = CaseWindow(CaseDraft(store.add_case(case), store, catalog), catalog.form, "nb")
        qtbot.addWidget(shown)
        shown.resize(1366, 728)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown
        shown.close()


def open_step(window: CaseWindow, step_id: str) -> None:
    window.go_to([s.id for s in window.form.steps].index(step_id))
    QApplication.processEvents()


def test_the_district_headers_hold_four_lines(window):
    open_step(window, "distribution")
    view = field_of(window, "distribution", "districts").view
    header = view.horizontalHeader()
    # "Nullutslippssone for tunge kjøretøy i sentrum fra 2030 (samlet −1)" wraps to four.
    assert header.height() >= 4 * header.fontMetrics().lineSpacing()


def test_a_reviewers_note_shows_whole(window):
    open_step(window, "review")
    review = field_of(window, "review", "review")
    note = review.notes["distribution"]
    assert len(note.toPlainText()) > 120
    QApplication.processEvents()
    assert note.height() > 3 * note.fontMetrics().lineSpacing()
    assert not note.verticalScrollBar().isVisible()
    empty = review.notes["details"]
    assert empty.height() < note.height()  # empty boxes stay small


def test_a_note_box_is_no_taller_than_its_text(window):
    open_step(window, "review")
    note = field_of(window, "review", "review").notes["distribution"]
    fm = note.fontMetrics()
    from PySide6.QtCore import QRect, Qt

    width = note.viewport().width() - 2 * int(note.document().documentMargin()) - 4
    needed = fm.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap),
                             note.toPlainText()).height()
    assert note.height() <= needed + 3 * fm.lineSpacing()
