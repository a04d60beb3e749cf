"""The About dialog: version, where the data lives, every data source and the font licence,
in bokmål and English, reached from Help → About."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from impactapp import __version__
from impactapp.resources import CONFIG_ENV_VAR
from impactapp.store import Store
from impactapp.ui.about import COMPONENTS, AboutDialog
from impactapp.ui.main_window import MainWindow

from .conftest import save_screenshot

#: The sources criteria/SOURCES.md credits, by the name the dialog must show.
SOURCES_NB = ("FN", "SDGforskning", "Open SDG", "Statistisk sentralbyrå (SSB)", "KS",
              "Folkehelseinstituttet (FHI)", "Oslo kommune", "Miljødirektoratet",
              "Valgdirektoratet", "CC BY 4.0", "NLOD")


@pytest.fixture(autouse=True)
def shipped_catalog(monkeypatch, tmp_path):
    monkeypatch.delenv(CONFIG_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-config"))


def test_the_dialog_shows_version_data_places_sources_and_licences_in_bokmal(
        qtbot, lang_nb, tmp_path):
    dialog = AboutDialog(tmp_path / "saker.db", "/home/saksbehandler/.config/ImpactApp.conf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Om ImpactApp"
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Program", "Datakilder", "Lisenser"]
    program = dialog.text(0)
    assert "Versjon" in program and __version__ in program
    assert str(tmp_path / "saker.db") in program
    assert "slik den følger med programmet" in program
    sources = dialog.text(1)
    for name in SOURCES_NB:
        assert name in sources, name
    licences = dialog.text(2)
    assert "Bitstream Vera" in licences and "Tavmjung Bah" in licences  # the font licence file
    assert all(component.name in licences for component in COMPONENTS)
    save_screenshot(dialog, "about_program_nb")
    dialog.tabs.setCurrentIndex(1)
    save_screenshot(dialog, "about_sources_nb")
    dialog.tabs.setCurrentIndex(2)
    save_screenshot(dialog, "about_licences_nb")


def test_a_municipal_catalog_is_named_with_its_folder(qtbot, tmp_path, monkeypatch):
    (tmp_path / "kommune" / "criteria").mkdir(parents=True)
    monkeypatch.setenv(CONFIG_ENV_VAR, str(tmp_path / "kommune"))
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    program = dialog.text(0)
    assert f"the municipality's own, from {tmp_path / 'kommune' / 'criteria'}" in program
    assert "Database" in program and "–" in program


def test_help_about_opens_the_dialog(qtbot, tmp_path, catalog, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    with Store.open(tmp_path / "ui.db") as store:
        window = MainWindow(store, catalog, tmp_path / "ui.db", "en")
        qtbot.addWidget(window)
        help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
        about = next(a for a in help_menu.actions() if a.text() == "&About ImpactApp")
        about.trigger()
        assert len(opened) == 1
        assert str(tmp_path / "ui.db") in opened[0].text(0)
        assert opened[0].windowTitle() == "About ImpactApp"
        window.close()


def test_the_application_carries_the_program_icon(qapp):
    from impactapp.app import make_application

    app = make_application()
    assert app is QApplication.instance()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    assert app.applicationVersion() == __version__
