"""Follow-up and the budget as a user meets them: report on a measure in the case window, see
it in Til oppfølging; the Budsjett view's totals, sorting and export."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from impactapp.domain.clock import FixedClock
from impactapp.store import Store
from impactapp.ui.controller import AppController
from impactapp.ui.settings import UiSettings
from tests.cli.budget_data import build

from .conftest import save_screenshot
from .driving import click, type_text

NBSP, MINUS = "\u00a0", "\u2212"


@pytest.fixture
def data(tmp_path, monkeypatch):
    # An empty configuration folder: no climate.yaml, and everything else as shipped.
    (tmp_path / "config").mkdir()
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "u.db"
    return path, build(path)


@pytest.fixture
def controller(qtbot, lang_nb, data, catalog, tmp_path):
    path, _ = data
    clock = FixedClock(datetime(2027, 4, 15, 9, tzinfo=UTC))
    with Store.open(path, who="kari", clock=clock) as store:
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        ctl = AppController(store, catalog, path, "nb", settings)
        qtbot.addWidget(ctl.main)
        ctl.main.resize(1366, 768)
        ctl.main.show()
        yield ctl
        ctl.close_all()


def _show(controller, title: str):
    main = controller.main
    row = next(i for i in range(main.sidebar.count()) if main.sidebar.item(i).text() == title)
    main.sidebar.setCurrentRow(row)
    QApplication.processEvents()
    return main.views.currentWidget()


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_report_on_a_measure_and_see_it_in_til_oppfolging(qtbot, controller, data) -> None:
    _, ids = data
    view = _show(controller, "Til oppfølging")
    before = {r[0]: r for r in _rows(view.table)}
    assert before["Lavutslippssone"][4] == "rapport snart"  # due 30 April, today 15 April
    assert before["Lavutslippssone"][5] == "30.04.2027"
    assert before["Ladepunkter"][3] == "stanset: Vedtaket ble opphevet."

    window = controller.open_case(ids["zone"])
    action = window.followup_actions.action
    assert action.text() == "&Oppfølging av tiltak …" and action.isEnabled()
    action.trigger()
    dialog = window.followup_actions.dialog
    qtbot.waitExposed(dialog)
    assert dialog.expected.text() == f"{MINUS}1{NBSP}000,0 t CO2e per år"
    dialog.status.setFocus()
    dialog.status.setCurrentIndex(dialog.status.findText("stanset"))
    click(qtbot, dialog.save_button)  # no reason yet: refused, nothing written
    assert dialog.message.text() == ("Et stanset tiltak trenger en grunn: skriv hvorfor det "
                                     "ble stanset.")
    assert controller.store.followups(ids["zone"]) == {}
    dialog.reason.setFocus()
    type_text(qtbot, "Bystyret omprioriterte – midlene gikk til trikk.")
    dialog.effect.setFocus()
    type_text(qtbot, "−250,5")
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "Rapporten er lagret."
    record = controller.store.followups(ids["zone"])["a1"]
    assert (record.status, record.reason, record.effect_tonnes) == (
        "stopped", "Bystyret omprioriterte – midlene gikk til trikk.", -250.5)
    assert dialog.reports.item(0).text().startswith("15.04.2027")

    after = {r[0]: r for r in _rows(view.table)}
    assert after["Lavutslippssone"][3] == ("stanset: Bystyret omprioriterte – midlene gikk til "
                                           "trikk.")
    assert after["Lavutslippssone"][4] == "stanset, effekt langt fra forventet"
    assert controller.store.history(ids["zone"])[-1].kind == "followup"


def test_the_follow_up_action_is_off_for_a_case_not_decided(qtbot, controller, data) -> None:
    _, ids = data
    window = controller.open_case(ids["approved"])
    assert not window.followup_actions.action.isEnabled()
    assert window.followup_actions.open_editor() is None


def test_only_due_or_late(qtbot, controller) -> None:
    view = _show(controller, "Til oppfølging")
    view.due_only.setChecked(True)
    assert [r[0] for r in _rows(view.table)] == ["Lavutslippssone", "=SUM(A1:A9) bussfelt"]
    assert view.summary.text().startswith("2 tiltak til oppfølging i dag (15.04.2027).")


def test_the_budget_view_keeps_the_totals_apart(qtbot, controller, tmp_path) -> None:
    view = _show(controller, "Budsjett")
    view.year.setValue(2027)
    assert view.decided_label.text().splitlines() == [
        f"Vedtatte og godkjente tiltak (direkte virkning): {MINUS}1{NBSP}250 t CO2e per år",
        f"indirekte eller uten oppgitt omfang, ikke lagt til: {MINUS}300"]
    assert view.pipeline_label.text() == (
        f"Under arbeid, aldri lagt til budsjettet (direkte virkning): {MINUS}4{NBSP}007 "
        "t CO2e per år")
    assert view.stopped_label.text() == (
        "Stanset, utenfor summen: Lavutslippssone fra 2027 (Vedtaket ble opphevet.)")
    assert view.target_label.text() == "Ingen klimamål er satt."
    headers = [view.table.horizontalHeaderItem(c).text()
               for c in range(view.table.columnCount())]
    reported = headers.index("Rapportert t CO2e/år")
    bus = next(r for r in _rows(view.table) if r[1] == "=SUM(A1:A9) bussfelt")
    assert (bus[4], bus[reported]) == ("i gang", f"{MINUS}20")
    nok = headers.index("Kr per tonn")
    view.table.horizontalHeader().sectionClicked.emit(nok)
    view.table.sortItems(nok, Qt.SortOrder.AscendingOrder)
    values = [view.table.item(r, nok).data(Qt.ItemDataRole.UserRole + 1)
              for r in range(view.table.rowCount())]
    known = [v for v in values if v is not None]
    assert known == sorted(known) and len(known) == 7

    dialog = view.edit_target()
    dialog.base.setValue(10000)
    dialog.save()
    assert view.target_label.text().startswith("Klimamål: 95 % kutt innen 2030 mot 2009")
    assert [view.path_table.item(0, c).text() for c in range(7)][:3] == [
        "2027", f"10{NBSP}000", f"{MINUS}1{NBSP}200"]
    assert view.chart.path and view.chart.path[0].with_decided == 8800
    save_screenshot(controller.main, "budget_view_1366x768")

    out = view.export_to(tmp_path / "b.xlsx")
    assert load_workbook(out)["Tiltak"].max_row == 11
    assert view.export_to(tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
