"""The user guide window: the Markdown chapters in docs/guide/<lang>/, with working links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QWidget

from ..resources import resource_dir


def guide_dir(lang: str) -> Path:
    return resource_dir("docs") / "guide" / ("en" if lang == "en" else "nb")


class GuideWindow(QMainWindow):
    """Shows one chapter; links between chapters open in place, web links in the browser."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("ImpactApp – user guide"))
        self.resize(760, 820)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.setCentralWidget(self.browser)

    def show_chapter(self, chapter: str) -> bool:
        """Open ``chapter`` (a step id or topic name); False if the guide has no such chapter."""
        path = guide_dir(self.lang) / f"{chapter}.md"
        if not path.is_file():
            path = guide_dir(self.lang) / "index.md"
            if not path.is_file():
                return False
        self._load(QUrl.fromLocalFile(str(path)))
        return True

    def _load(self, url: QUrl) -> None:
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and target.toLocalFile().endswith(".md"):
            self._load(target)
