"""The comparison table keeps title and case number in sight while it scrolls sideways; whole
titles show in tooltips, in the comparison and in the case list."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from impactapp.store import Store, store_opener
from impactapp.ui.case_list_model import CaseListModel
from impactapp.ui.comparison import ComparisonViews
from impactapp.ui.comparison.comparison_view import ComparisonView

from ..analysis.cases import hand_made_cases

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test(qtbot):
    yield
    qtbot.waitUntil(lambda: not any(t.name == "impactapp-task" for t in threading.enumerate()),
                    timeout=30000)


@pytest.fixture
def store(tmp_path: Path, examples) -> Iterator[Store]:
    with Store.open(tmp_path / "frozen.db", who="kari") as opened:
        for case in hand_made_cases() + examples:
            opened.add_case(case)
        yield opened


@pytest.fixture
def view(qtbot, lang_nb, store, catalog) -> ComparisonView:
    built = ComparisonViews(store_opener(store.path), catalog, "nb")
    shown = built.comparison
    qtbot.addWidget(shown)
    qtbot.addWidget(built.portfolio)
    shown.resize(640, 360)
    shown.show()
    qtbot.waitUntil(lambda: shown.data is not None and not shown.source.running, timeout=20000)
    QApplication.processEvents()
    return shown


def shown_columns(table) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


def test_title_and_case_number_stay_while_the_table_scrolls_sideways(qtbot, view):
    title, number = view.model.column_index("title"), view.model.column_index("case_number")
    frozen = view.frozen.view
    assert frozen.isVisible() and shown_columns(frozen) == [title, number]
    assert frozen.width() == view.table.columnWidth(title) + view.table.columnWidth(number)
    bar = view.table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)  # wider than the window
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert view.table.columnViewportPosition(title) < 0  # scrolled away in the table ...
    assert frozen.isVisible() and frozen.columnViewportPosition(title) == 0  # ... not here
    assert frozen.mapTo(view.table, QPoint(0, 0)).x() <= view.table.frameWidth()


def test_both_views_scroll_up_and_down_together_and_share_the_selection(qtbot, view):
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert view.frozen.view.verticalScrollBar().value() == bar.maximum()
    view.frozen.view.selectRow(2)
    assert view.table.selectionModel().isRowSelected(2)


def test_the_title_column_can_be_widened_in_the_frozen_header(view):
    title = view.model.column_index("title")
    before = view.table.columnWidth(title)
    view.frozen.view.horizontalHeader().resizeSection(title, before + 150)
    QApplication.processEvents()
    assert view.table.columnWidth(title) == before + 150
    assert view.frozen.view.width() == view.frozen.width() and \
        view.frozen.width() >= before + 150


def test_a_click_on_the_frozen_header_sorts_the_table(qtbot, view):
    number = view.model.column_index("case_number")
    header = view.frozen.view.horizontalHeader()
    x = header.sectionViewportPosition(number) + header.sectionSize(number) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    numbers = [view.proxy.index(r, number).data() or "" for r in range(view.proxy.rowCount())]
    filled = [n for n in numbers if n]
    assert filled == sorted(filled) and view.table.horizontalHeader().sortIndicatorSection() \
        == number


def test_whole_titles_show_in_tooltips(view, store):
    title = view.model.column_index("title")
    longest = max((r.title for r in store.list_cases()), key=len)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, title).data() == longest)
    assert longest in view.proxy.index(row, title).data(TIP)
    assert view.table.columnWidth(title) < view.fontMetrics().horizontalAdvance(longest)


def test_the_case_list_shows_whole_titles_in_tooltips(lang_nb, store):
    model = CaseListModel("nb")
    model.set_cases(store.list_cases())
    column = model.COLUMNS.index("title")
    for row in range(model.rowCount()):
        assert model.index(row, column).data(TIP) == model.case_at(row).title
