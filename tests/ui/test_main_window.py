"""The main window lists the cases of the database, in bokmål, searchable and sortable."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from impactapp.casefile import read_case_file
from impactapp.store import Store
from impactapp.ui.case_list_model import CASE_ID_ROLE, CaseListModel
from impactapp.ui.main_window import MainWindow

from .conftest import save_screenshot


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ui.db") as s:
        yield s


@pytest.fixture
def filled_store(store, catalog, case_file):
    base = read_case_file(case_file, catalog)
    variants = [
        base,
        replace(base, title="Ny sykkelvei langs Akerselva", case_number="26/00077",
                unit="Bydel Grünerløkka", status="in_review"),
        replace(base, title="Gratis aktivitetsskole for alle barn", case_number="25/01990",
                unit="Utdanningsetaten", depth="full"),
        replace(base, title="Čoahkkebáiki og språksenter i Sagene", case_number="26/00500",
                unit="Kulturetaten"),
    ]
    for _ in store.add_cases(variants):
        pass
    return store


def make_window(qtbot, store, catalog, tmp_path, prompts=None):
    window = MainWindow(store, catalog, tmp_path / "ui.db", "nb", prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_titles(window) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]


def test_lists_the_cases_of_the_database_in_bokmal(qtbot, lang_nb, filled_store, catalog,
                                                   tmp_path):
    window = make_window(qtbot, filled_store, catalog, tmp_path)
    assert window.stack.currentWidget() is window.table
    assert sorted(visible_titles(window)) == sorted(c.title for c in filled_store.list_cases())
    headers = [window.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.proxy.columnCount())]
    assert headers == ["Tittel", "Saksnr.", "Enhet", "Status", "Utredningsnivå", "Endret"]
    status_col = CaseListModel.COLUMNS.index("status")
    statuses = {window.proxy.data(window.proxy.index(r, status_col))
                for r in range(window.proxy.rowCount())}
    assert statuses == {"Utkast", "Til godkjenning"}
    assert window.status_label.text().startswith("4 saker · database: ")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fil", "&Rediger", "&Vis", "&Hjelp"]
    save_screenshot(window, "main_window_nb")


def test_search_matches_norwegian_and_sami_letters_as_typed(qtbot, lang_nb, filled_store,
                                                            catalog, tmp_path):
    window = make_window(qtbot, filled_store, catalog, tmp_path)
    window.search.setText("grünerløkka")
    assert visible_titles(window) == ["Ny sykkelvei langs Akerselva"]
    assert window.shown_label.text() == "1 av 4 vises"
    window.search.setText("ČOAHKKEBÁIKI")
    assert visible_titles(window) == ["Čoahkkebáiki og språksenter i Sagene"]
    window.search.setText("økte bymiljø")  # every word must match, in any field
    assert visible_titles(window) == ["Økte parkeringsavgifter i indre by"]
    window.search.clear()
    assert len(visible_titles(window)) == 4
    assert window.shown_label.text() == ""


def test_sorting_by_a_column_orders_the_rows(qtbot, lang_nb, filled_store, catalog, tmp_path):
    window = make_window(qtbot, filled_store, catalog, tmp_path)
    window.table.sortByColumn(CaseListModel.COLUMNS.index("case_number"),
                              Qt.SortOrder.AscendingOrder)
    numbers = [window.proxy.data(window.proxy.index(r, 1)) for r in range(4)]
    assert numbers == sorted(numbers)
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    titles = visible_titles(window)
    assert titles == sorted(titles, key=str.casefold, reverse=True)


def test_activating_a_row_reports_its_case_id(qtbot, lang_nb, filled_store, catalog, tmp_path):
    window = make_window(qtbot, filled_store, catalog, tmp_path)
    index = window.proxy.index(0, 0)
    expected = window.proxy.data(index, CASE_ID_ROLE)
    with qtbot.waitSignal(window.case_activated) as blocker:
        window.table.doubleClicked.emit(index)
    assert blocker.args == [expected]


def test_an_empty_database_says_how_to_start(qtbot, lang_nb, store, catalog, tmp_path):
    window = make_window(qtbot, store, catalog, tmp_path)
    assert window.stack.currentWidget() is window.empty_label
    assert "Det er ingen saker i denne databasen ennå" in window.empty_label.text()
    assert "Importer" in window.empty_label.text()
    assert window.status_label.text().startswith("0 saker")
    save_screenshot(window, "main_window_empty_nb")


def test_import_from_the_file_menu_adds_valid_files_and_refuses_bad_ones(
        qtbot, lang_nb, store, catalog, case_file, tmp_path, prompts):
    window = make_window(qtbot, store, catalog, tmp_path, prompts)
    bad = tmp_path / "bad.yaml"
    bad.write_text(case_file.read_text(encoding="utf-8").replace("rating: 2", "rating: 7"),
                   encoding="utf-8")
    assert window.import_paths([case_file, bad]) == []
    assert store.count_cases() == 0
    shown = [a.options["details"] for a in prompts.asked if a.kind == "warn"]
    assert len(shown) == 1 and "bad.yaml" in shown[0] and "rating" in shown[0]
    ids = window.import_paths([case_file])
    assert len(ids) == 1 and store.count_cases() == 1
    assert visible_titles(window) == ["Økte parkeringsavgifter i indre by"]


def test_the_selected_case_stays_selected_when_the_list_is_resorted(
        qtbot, lang_nb, filled_store, catalog, tmp_path):
    window = make_window(qtbot, filled_store, catalog, tmp_path)
    window.table.selectRow(2)
    chosen = window.proxy.data(window.table.currentIndex(), CASE_ID_ROLE)
    for column in (0, 1, 2):
        window.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        selected = window.table.selectionModel().selectedRows()
        assert [window.proxy.data(i, CASE_ID_ROLE) for i in selected] == [chosen]


def test_english_counts_use_proper_plurals(qtbot, qapp, store, catalog, case_file, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from impactapp.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        for _ in store.add_cases([read_case_file(case_file, catalog)]):
            pass
        window = MainWindow(store, catalog, tmp_path / "ui.db", "en")
        qtbot.addWidget(window)
        assert window.status_label.text().startswith("1 case · database: ")
        for _ in store.add_cases([read_case_file(case_file, catalog)]):
            pass
        window.refresh()
        assert window.status_label.text().startswith("2 cases · ")
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)


def test_other_views_live_in_the_side_bar_beside_the_case_list(qtbot, lang_nb, store, catalog,
                                                               tmp_path):
    from PySide6.QtWidgets import QLabel

    window = make_window(qtbot, store, catalog, tmp_path)
    view = QLabel("Sammenligning")
    row = window.add_view("Sammenlign", view)
    window.sidebar.setCurrentRow(row)
    assert window.views.currentWidget() is view
    window.sidebar.setCurrentRow(1)  # the bin is the case list in another mode
    assert window.views.currentWidget() is window.case_view and window.mode == 1
    window.show_view(view)
    assert window.views.currentWidget() is view and window.sidebar.currentRow() == row


def test_a_view_given_as_a_function_is_built_when_first_shown(qtbot, lang_nb, store, catalog,
                                                              tmp_path):
    from PySide6.QtWidgets import QLabel

    window = make_window(qtbot, store, catalog, tmp_path)
    built = []

    def factory():
        built.append(QLabel("Portefølje"))
        return built[-1]

    row = window.add_view("Portefølje", factory)
    assert built == []  # nothing built at start-up
    window.sidebar.setCurrentRow(row)
    assert len(built) == 1 and window.views.currentWidget() is built[0]
    window.sidebar.setCurrentRow(0)
    window.sidebar.setCurrentRow(row)
    assert len(built) == 1  # built once
