"""No text is drawn over other text: on every step of a new case and of every shipped example,
no two visible labels of the case window overlap (a red message over a field label did)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel

from impactapp.examples import example_paths
from impactapp.store import Profile, Store
from impactapp.ui import case_ops
from impactapp.ui.draft import CaseDraft
from impactapp.ui.wizard.window import CaseWindow

LAPTOP = (1366, 728)  # a 1366x768 screen less the task bar


def visible_labels(window: CaseWindow) -> list[tuple[QLabel, QRect]]:
    """The labels showing text on the current page, with their rectangles in window terms."""
    out = []
    page = window.pages.currentWidget()
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(window) or not (label.text() or label.pixmap()):
            continue
        rect = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        if rect.width() > 0 and rect.height() > 0:
            out.append((label, rect))
    return out


def overlaps(window: CaseWindow) -> list[str]:
    labels = visible_labels(window)
    found = []
    for i, (a, ra) in enumerate(labels):
        for b, rb in labels[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersects(rb):
                found.append(f"{a.text()[:40]!r} {ra.getRect()} over {b.text()[:40]!r} "
                             f"{rb.getRect()}")
    return found


def walk_steps(qtbot, window: CaseWindow) -> dict[str, list[str]]:
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    problems = {}
    for index in range(window.pages.count()):
        window.go_to(index)
        QApplication.processEvents()
        window.draft.revalidate()  # the messages a caseworker sees once typing stops
        QApplication.processEvents()
        found = overlaps(window)
        if found:
            problems[window.form.steps[index].id] = found
    return problems


def test_no_labels_overlap_on_any_step_of_a_new_case(qtbot, lang_nb, tmp_path, catalog):
    with Store.open(tmp_path / "n.db") as store:
        case = store.add_case(case_ops.new_case(Profile("Kari", "Bymiljøetaten", "Oslo"), "nb"))
        window = CaseWindow(CaseDraft(case, store, catalog), catalog.form, "nb")
        qtbot.addWidget(window)
        assert walk_steps(qtbot, window) == {}
        # The alternatives step of a new case shows its message, under the label.
        window.go_to(window.form.steps.index(window.form.step("alternatives")))
        QApplication.processEvents()
        field = window.page("alternatives").fields[0]
        assert field.issue_label.isVisibleTo(window)
        assert field.issue_label.y() > field.label.y()
        window.close()


@pytest.mark.parametrize("index", range(len(example_paths())))
def test_no_labels_overlap_on_any_step_of_an_example(qtbot, lang_nb, tmp_path, catalog, index,
                                                     examples):
    example = examples[index]
    with Store.open(tmp_path / "e.db") as store:
        case = store.add_case(example)
        window = CaseWindow(CaseDraft(case, store, catalog), catalog.form, "nb")
        qtbot.addWidget(window)
        assert walk_steps(qtbot, window) == {}
        window.close()
