"""The About dialog: version, where this installation keeps its data, data attributions and the
licences of what the program ships (fonts, libraries)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..resources import bundled_dir, config_dir, resource_dir
from .app_icon import app_icon


@dataclass(frozen=True)
class Attribution:
    """One source of shipped data: who, what we took from it, under which terms."""

    source: str
    used_for: str
    terms: str
    url: str


@dataclass(frozen=True)
class Component:
    """A library or font shipped inside the program, with its licence."""

    name: str
    licence: str


#: What a bundle ships besides our own code; the Python packages keep their licence files in
#: the bundle's ``*.dist-info`` folders.
COMPONENTS: tuple[Component, ...] = (
    Component("DejaVu Sans 2.37", "Bitstream Vera and Arev font licences (below)"),
    Component("Python", "PSF License"),
    Component("Qt 6 / PySide6", "LGPL-3.0 (shared libraries, replaceable)"),
    Component("ReportLab", "BSD-3-Clause"),
    Component("pikepdf", "MPL-2.0; qpdf: Apache-2.0"),
    Component("pandas, NumPy", "BSD-3-Clause"),
    Component("psycopg 3", "LGPL-3.0"),
    Component("SQLite", "public domain"),
    Component("PyYAML", "MIT"),
    Component("openpyxl", "MIT"),
    Component("platformdirs", "MIT"),
    Component("lxml", "BSD-3-Clause"),
    Component("Pillow", "MIT-CMU"),
)


def font_licence_text() -> str:
    """The licence file shipped with the memo's fonts ("" when it is missing)."""
    from ..report.fonts import FONT_DIR  # reportlab is loaded only when the dialog opens

    try:
        return (FONT_DIR / "LICENSE").read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """Three tabs: the program and its data locations, data sources, licences."""

    def __init__(self, db_path: Path | None, settings_file: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ImpactApp"))
        self.resize(640, 560)
        header = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            f"<h2>ImpactApp {html.escape(__version__)}</h2><p>"
            + html.escape(self.tr("Environmental and distributional impact assessment of "
                                  "municipal decisions, tied to the UN Sustainable "
                                  "Development Goals."))
            + "</p>", self)
        title.setWordWrap(True)
        header.addWidget(title, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._browser(self._program_html(db_path, settings_file)),
                         self.tr("Program"))
        self.tabs.addTab(self._browser(self._sources_html()), self.tr("Data sources"))
        self.tabs.addTab(self._browser(self._licences_html()), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def attributions(self) -> list[Attribution]:
        """The data sources of criteria/SOURCES.md, in the user's language."""
        facts = self.tr("facts only")
        return [
            Attribution(self.tr("United Nations"),
                        self.tr("English texts of the SDG goals and targets"),
                        self.tr("United Nations terms of use"),
                        "https://unstats.un.org/sdgs/indicators/indicators-list/"),
            Attribution("SDGforskning (Armitage et al., University of Bergen)",
                        self.tr("Official Norwegian target texts, as collected from the "
                                "Norwegian government and FN-sambandet"),
                        "CC BY 4.0", "https://doi.org/10.5281/zenodo.7241689"),
            Attribution("Open SDG",
                        self.tr("SDG colour values; draft of the Norwegian goal names (checked)"),
                        "MIT", "https://open-sdg.org/"),
            Attribution(self.tr("Statistics Norway (SSB)"),
                        self.tr("District codes and names (KLASS); indicator tables"),
                        self.tr("SSB's licence terms"), "https://www.ssb.no/en/diverse/lisens"),
            Attribution("KS",
                        self.tr("Counts of municipal indicators per target (SDG indicator "
                                "taxonomy), as evidence for local relevance"),
                        self.tr("facts only; the taxonomy itself is not shipped"),
                        "https://www.ks.no/"),
            Attribution(self.tr("Norwegian Institute of Public Health (FHI)"),
                        self.tr("Public health indicator tables"), "NLOD",
                        "https://statistikk-data.fhi.no/"),
            Attribution("Oslo kommune", self.tr("Titles and codes of statistics bank tables"),
                        facts, "https://statistikkbanken.oslo.kommune.no"),
            Attribution(self.tr("Norwegian Environment Agency (Miljødirektoratet)"),
                        self.tr("Municipal greenhouse gas emission accounts"), facts,
                        "https://www.miljodirektoratet.no/tjenester/klimagassutslipp-kommuner/"),
            Attribution(self.tr("Norwegian Directorate of Elections (Valgdirektoratet)"),
                        self.tr("Voter turnout"), facts, "https://valgresultat.no"),
            Attribution("ImpactApp",
                        self.tr("Norwegian texts of the targets that have no official "
                                "translation (shown as unofficial), the method texts, criteria "
                                "and the choice of indicators"),
                        self.tr("the project's own work"), ""),
        ]

    def _browser(self, body: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenExternalLinks(True)
        browser.setHtml(body)
        return browser

    def text(self, tab: int) -> str:
        """The plain text of tab ``tab`` (for tests and screen readers alike)."""
        browser = self.tabs.widget(tab)
        assert isinstance(browser, QTextBrowser)
        return browser.toPlainText()

    def _program_html(self, db_path: Path | None, settings_file: str) -> str:
        configured = config_dir()
        catalog = resource_dir("criteria")
        if configured is not None and catalog != bundled_dir("criteria"):
            catalog_line = self.tr("the municipality's own, from %1").replace(
                "%1", str(catalog))
        else:
            catalog_line = self.tr("as shipped with the program")
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Criteria catalog"), catalog_line),
            (self.tr("Database"), str(db_path) if db_path is not None else "–"),
            (self.tr("Settings"), settings_file or "–"),
            (self.tr("Configuration directory"),
             str(configured) if configured is not None else self.tr("none")),
        ]
        cells = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def _sources_html(self) -> str:
        terms = html.escape(self.tr("Terms:"))
        items = "".join(
            f"<li><b>{html.escape(a.source)}</b>: {html.escape(a.used_for)}. "
            f"{terms} {html.escape(a.terms)}."
            + (f' <a href="{html.escape(a.url)}">{html.escape(a.url)}</a>' if a.url else "")
            + "</li>"
            for a in self.attributions()
        )
        intro = self.tr("The catalog (criteria, SDG texts, regions, indicator set) uses these "
                        "sources. Details: criteria/SOURCES.md in the program's source.")
        return f"<p>{html.escape(intro)}</p><ul>{items}</ul>"

    def _licences_html(self) -> str:
        own = self.tr("ImpactApp itself: for municipal use. The program ships these "
                      "components under their own licences (their texts are in the licenses "
                      "folder of the installed program):")
        items = "".join(f"<li><b>{html.escape(c.name)}</b>: {html.escape(c.licence)}</li>"
                        for c in COMPONENTS)
        fonts = self.tr("Licence of the fonts embedded in every memo")
        missing = self.tr("The font licence file is missing from this installation.")
        licence = html.escape(font_licence_text() or missing)
        return (f"<p>{html.escape(own)}</p><ul>{items}</ul><h3>{html.escape(fonts)}</h3>"
                f'<pre style="white-space: pre-wrap">{licence}</pre>')
