"""The guidance panel beside the wizard: description, guiding questions, SDG targets, guide link."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...domain.model import Catalog
from ..fields.base import HelpTopic


class HelpPanel(QTextBrowser):
    """Shows a HelpTopic; all text is escaped (catalog and user text are never markup)."""

    guide_requested = Signal(str)  # a guide chapter name

    def __init__(self, catalog: Catalog, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link)
        self.setAccessibleName(self.tr("Guidance"))
        self.topic: HelpTopic | None = None

    def show_topic(self, topic: HelpTopic) -> None:
        self.topic = topic
        parts = [f"<h3>{escape(topic.title)}</h3>"]
        for paragraph in topic.body.split("\n\n"):
            if paragraph.strip():
                parts.append(f"<p>{escape(paragraph.strip())}</p>")
        if topic.questions:
            parts.append(f"<p><b>{escape(self.tr('Guiding questions'))}</b></p><ul>")
            parts += [f"<li>{escape(q)}</li>" for q in topic.questions]
            parts.append("</ul>")
        if topic.targets:
            parts.append(f"<p><b>{escape(self.tr('SDG targets'))}</b></p><ul>")
            for target_id in topic.targets:
                target = self.catalog.targets.get(target_id)
                if target is None:
                    continue
                goal = self.catalog.goals[target.goal]
                parts.append(
                    f'<li><span style="color:{goal.colour}">■</span> <b>{escape(target_id)}</b> '
                    f"{escape(target.text.get(self.lang))}</li>"
                )
            parts.append("</ul>")
        if topic.guide:
            parts.append(
                f'<p><a href="guide:{escape(topic.guide)}">'
                f"{escape(self.tr('Read more in the user guide'))}</a></p>"
            )
        self.setHtml("".join(parts))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "guide":
            self.guide_requested.emit(url.path())
